//go:build unix

package store

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// TestOpenNotRegular: a drafts path that is a FIFO or a device (directly
// or through a link) is refused at once as ErrCorrupt, and nothing is
// written there; a FIFO used to block Open for ever.
func TestOpenNotRegular(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "ong.db")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.db")
	if err := os.Symlink(fifo, link); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{fifo, link, "/dev/null"} {
		t.Run(filepath.Base(path), func(t *testing.T) {
			done := make(chan error, 1)
			go func() {
				s, err := Open(path, WithTimeout(time.Second))
				if err == nil {
					s.Close()
				}
				done <- err
			}()
			select {
			case err := <-done:
				if !errors.Is(err, ErrCorrupt) || !errors.Is(err, errNotRegular) {
					t.Fatalf("Open(%s) = %v, want ErrCorrupt saying it is not a regular file", path, err)
				}
			case <-time.After(2 * time.Minute):
				t.Fatalf("Open(%s) still blocked after 2 min", path)
			}
		})
	}
}
