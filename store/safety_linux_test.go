package store

import (
	"errors"
	"path/filepath"
	"syscall"
	"testing"
)

// TestReadOnlyMedia opens a store on a read-only mount (a tmpfs remounted
// read-only: EROFS holds for root too).
func TestReadOnlyMedia(t *testing.T) {
	dir := roMount(t)
	path := filepath.Join(dir, FileName)
	s := openTest(t, path)
	m := mustCreate(t, s, sampleReport("A", 1), sampleSummary("A"))
	s.Close()
	remount(t, dir, syscall.MS_RDONLY)
	s = openTest(t, path)
	if !errors.Is(s.ReadOnly(), syscall.EROFS) {
		t.Fatalf("ReadOnly() = %v, want EROFS", s.ReadOnly())
	}
	checkReadOnly(t, s, m.ID)
}

// roMount mounts a small tmpfs at a temporary folder, unmounted at
// cleanup; it skips the test, saying why, where mounting is not allowed.
func roMount(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := syscall.Mount("tmpfs", dir, "tmpfs", 0, "size=16m"); err != nil {
		t.Skipf("cannot mount a tmpfs to make read-only media (needs root or CAP_SYS_ADMIN): %v", err)
	}
	t.Cleanup(func() { syscall.Unmount(dir, syscall.MNT_DETACH) })
	return dir
}

func remount(t *testing.T, dir string, flags uintptr) {
	t.Helper()
	if err := syscall.Mount("tmpfs", dir, "tmpfs", syscall.MS_REMOUNT|flags, "size=16m"); err != nil {
		t.Fatalf("remount %s: %v", dir, err)
	}
}
