package store

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// openBackup opens the store, takes the automatic backup if one is due,
// as the program does after its first frame, and closes it.
func openBackup(t *testing.T, path string, opts ...Option) {
	t.Helper()
	s := openTest(t, path, opts...)
	if _, err := s.AutoBackup(context.Background()); err != nil {
		t.Fatal(err)
	}
	s.Close()
}

func TestAutoBackup(t *testing.T) {
	c := newClock()
	path := filepath.Join(t.TempDir(), FileName)
	openBackup(t, path, WithClock(c.now))
	if list, _ := ListBackups(path); len(list) != 1 {
		t.Fatalf("after the first Open: %d backups, want 1", len(list))
	}
	c.add(time.Second)
	openBackup(t, path, WithClock(c.now))
	if list, _ := ListBackups(path); len(list) != 1 {
		t.Fatalf("an Open with no change since the last copy made another: %d", len(list))
	}
	c.add(time.Hour)
	s := openTest(t, path, WithClock(c.now))
	mustCreate(t, s, sampleReport("A", 9), sampleSummary("A"))
	s.Close()
	openBackup(t, path, WithClock(c.now))
	if list, _ := ListBackups(path); len(list) != 1 {
		t.Fatalf("an Open an hour after the last copy made another: %d", len(list))
	}
	for i := range 5 {
		c.add(DefaultBackupEvery)
		s = openTest(t, path, WithClock(c.now))
		mustCreate(t, s, sampleReport("A", i), sampleSummary("A"))
		s.Close()
		openBackup(t, path, WithClock(c.now))
	}
	list, err := ListBackups(path)
	if err != nil || len(list) != 3 {
		t.Fatalf("ListBackups = %d, %v; want the newest 3", len(list), err)
	}
	for i, b := range list {
		if !b.Auto || b.Size == 0 || (i > 0 && !b.Time.Before(list[i-1].Time)) {
			t.Errorf("backup %d = %+v", i, b)
		}
		if info, err := os.Stat(b.Path); err != nil || info.Mode().Perm() != 0o600 {
			t.Errorf("backup %s: %v, mode %v", b.Name, err, info.Mode())
		}
	}
	if !list[0].Time.Equal(c.now()) {
		t.Errorf("newest backup taken at %v, want %v", list[0].Time, c.now())
	}
}

func TestRestoreBackup(t *testing.T) {
	c := newClock()
	s, path := newStore(t, WithClock(c.now))
	mustCreate(t, s, sampleReport("A", 1), sampleSummary("trước"))
	s.Close()
	c.add(DefaultBackupEvery)
	openBackup(t, path, WithClock(c.now)) // backs up the store with one draft
	s = openTest(t, path, WithClock(c.now))
	mustCreate(t, s, sampleReport("B", 1), sampleSummary("sau"))
	s.Close()
	if err := os.WriteFile(path, []byte("hỏng"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(path); !errors.Is(err, ErrCorrupt) {
		t.Fatalf("Open(damaged) = %v", err)
	}
	if err := RestoreBackup(path, "nope.db"); !errors.Is(err, ErrNoBackup) {
		t.Fatalf("RestoreBackup(unknown) = %v, want ErrNoBackup", err)
	}
	c.add(time.Second)
	if err := RestoreBackup(path, "", WithClock(c.now)); err != nil {
		t.Fatal(err)
	}
	s = openTest(t, path, WithClock(c.now))
	list, _ := s.List()
	if titles(list) != "trước" {
		t.Fatalf("after restore: %s, want the draft of the newest backup", titles(list))
	}
	backups, _ := ListBackups(path)
	var replaced int
	for _, b := range backups {
		if !b.Auto {
			replaced++
			if data, _ := os.ReadFile(b.Path); string(data) != "hỏng" {
				t.Errorf("the replaced file was not kept as it was: %q", data)
			}
		}
	}
	if replaced != 1 {
		t.Errorf("%d copies of the replaced file, want 1", replaced)
	}
}

func TestRestoreBackupNone(t *testing.T) {
	path := filepath.Join(t.TempDir(), FileName)
	if err := RestoreBackup(path, ""); !errors.Is(err, ErrNoBackup) {
		t.Fatalf("RestoreBackup with no backups = %v, want ErrNoBackup", err)
	}
}

func TestBackupTo(t *testing.T) {
	s, path := newStore(t)
	mustCreate(t, s, sampleReport("A", 1), sampleSummary("A"))
	dst := filepath.Join(t.TempDir(), "copy.db")
	if err := s.Backup(dst); err != nil {
		t.Fatal(err)
	}
	if err := s.Backup(path); err == nil {
		t.Fatal("Backup onto the store itself was accepted")
	}
	c := openTest(t, dst)
	if list, _ := c.List(); titles(list) != "A" {
		t.Fatalf("copy holds %q", titles(list))
	}
}

func TestParseBackupName(t *testing.T) {
	tests := []struct {
		name string
		ok   bool
		auto bool
		tx   uint64
	}{
		{"drafts-20261123-074512.000123-tx42.db", true, true, 42},
		{"drafts-20261123-074512.000123-replaced.db", true, false, 0},
		{"drafts-20261123-074512.000123-txx.db", false, false, 0},
		{"drafts-2026-tx1.db", false, false, 0},
		{"other-20261123-074512.000123-tx42.db", false, false, 0},
		{"drafts-20261123-074512.000123-tx42.db.tmp", false, false, 0},
	}
	for _, tt := range tests {
		b, ok := parseBackupName("drafts-", tt.name)
		if ok != tt.ok || b.Auto != tt.auto || b.tx != tt.tx {
			t.Errorf("parseBackupName(%q) = %+v, %v", tt.name, b, ok)
		}
	}
}

// TestRestoreReadOnlyFile: RestoreBackup refuses to replace a drafts file
// without write permission (ErrRestoreReadOnly, the file unchanged) unless
// WithReplaceReadOnly confirms it.
func TestRestoreReadOnlyFile(t *testing.T) {
	tests := []struct {
		name string
		opts []Option
		want error
	}{
		{"refused", nil, ErrRestoreReadOnly},
		{"confirmed", []Option{WithReplaceReadOnly()}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, path := newStore(t)
			if _, err := s.AutoBackup(context.Background()); err != nil {
				t.Fatal(err)
			}
			mustCreate(t, s, sampleReport("A", 1), sampleSummary("sau sao lưu"))
			s.Close()
			if err := os.Chmod(path, 0o444); err != nil {
				t.Fatal(err)
			}
			before := fileSum(t, path)
			err := RestoreBackup(path, "", tt.opts...)
			if !errors.Is(err, tt.want) {
				t.Fatalf("RestoreBackup = %v, want %v", err, tt.want)
			}
			if changed := fileSum(t, path) != before; changed != (tt.want == nil) {
				t.Fatalf("file changed: %v, want %v", changed, tt.want == nil)
			}
		})
	}
}
