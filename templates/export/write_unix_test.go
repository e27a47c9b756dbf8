//go:build unix

package export

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// TestStaleTempsRemoved: a temporary file left by an export that was
// killed is removed by the next export into the folder; a recent one (an
// export under way) is left alone.
func TestStaleTempsRemoved(t *testing.T) {
	dir := t.TempDir()
	stale := filepath.Join(dir, ".báo cáo.docx.k3j2"+tempSuffix)
	fresh := filepath.Join(dir, ".khác.docx.a1"+tempSuffix)
	for _, p := range []string{stale, fresh} {
		if err := os.WriteFile(p, make([]byte, 1<<20), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	old := time.Now().Add(-2 * staleAfter)
	os.Chtimes(stale, old, old)
	if err := WriteFile(filepath.Join(dir, "mới.txt"), []byte("x"), false); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(stale); !os.IsNotExist(err) {
		t.Errorf("the stale temporary file is still there (%v)", err)
	}
	if _, err := os.Stat(fresh); err != nil {
		t.Errorf("a recent temporary file was removed: %v", err)
	}
}

// TestWriteRefusesSpecialFiles: a FIFO at the path is never opened (that
// would hang) and never replaced.
func TestWriteRefusesSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "ong.txt")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(fifo, []byte("x"), true); err == nil {
		t.Fatal("WriteFile replaced a FIFO")
	}
	if info, _ := os.Lstat(fifo); info.Mode()&os.ModeNamedPipe == 0 {
		t.Fatal("the FIFO is gone")
	}
}
