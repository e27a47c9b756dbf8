package ui

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/baocao/baocao/store"
	"github.com/baocao/baocao/ui/common"
)

// TestBackupStatus: the automatic backup starts once the drafts list is
// on screen and the status line says when it is done; one that fails
// says why, keeps saying it when nothing else shows, and leaves the last
// good backup as it was.
func TestBackupStatus(t *testing.T) {
	tests := []struct {
		name  string
		block bool // the backups folder is a file: the backup fails
		want  string
	}{
		{"done", false, "Đã sao lưu tự động"},
		{"failed", true, "Chưa sao lưu tự động được"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, size := range [][2]int{{80, 24}, {40, 12}} {
				dir := t.TempDir()
				path := filepath.Join(dir, "drafts.db")
				h := backupHarness(t, path, false, size[0], size[1])
				h.newDraft()
				h.st.Close()
				good := filepath.Join(store.BackupDir(path), "kept")
				if tt.block {
					if err := os.RemoveAll(store.BackupDir(path)); err != nil {
						t.Fatal(err)
					}
					if err := os.WriteFile(store.BackupDir(path), []byte("chắn chỗ thư mục"), 0o600); err != nil {
						t.Fatal(err)
					}
					good = store.BackupDir(path)
				}
				before, _ := os.ReadFile(good)
				h = backupHarness(t, path, true, size[0], size[1])
				h.contains(tt.want)
				if after, _ := os.ReadFile(good); string(after) != string(before) {
					t.Errorf("%dx%d: the last good backup changed", size[0], size[1])
				}
				if tt.block {
					h.keys("down") // nothing else to show: the warning stays
					h.contains(tt.want)
				}
			}
		})
	}
}

// backupHarness opens the drafts file at path with a backup due on every
// change, and the root model with the background backup when withBackup.
func backupHarness(t *testing.T, path string, withBackup bool, w, h int) *harness {
	t.Helper()
	st, err := store.Open(path, store.WithClock(func() time.Time { return testNow }), store.WithBackupEvery(0))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	hs := openHarnessOn(t, st, filepath.Dir(path), w, h, func(svc *common.Services) {
		if withBackup {
			svc.Backup = NewBackup(context.Background(), st)
		}
	})
	return hs
}
