package store

import (
	"syscall"

	bolt "go.etcd.io/bbolt"
)

// releaser returns a function that lets the kernel drop the pages of db's
// map that this process has read (madvise MADV_DONTNEED: the map is a
// read-only view of the file, so a page read again comes back from the
// file), so that the full check of a copy does not keep the whole file
// resident. Only while a read transaction of db is open: bbolt moves
// its map only when no read transaction is open.
func releaser(db *bolt.DB, size int64) func() {
	base := db.Info().Data
	return func() {
		syscall.Syscall(syscall.SYS_MADVISE, base, uintptr(size), syscall.MADV_DONTNEED)
	}
}
