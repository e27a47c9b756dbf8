package store

import (
	"syscall"

	bolt "go.etcd.io/bbolt"
)

// releaser returns a function that lets the kernel drop the pages of db's
// map that this process has read (madvise MADV_DONTNEED: the map is a
// read-only view of the file, so a page read again comes back from the
// file), so that the full check of a copy does not keep the whole file
// resident. Only for a database nothing else uses while it runs: db is
// opened read-only by the check alone, so its map never moves.
func releaser(db *bolt.DB, size int64) func() {
	base := db.Info().Data
	return func() {
		syscall.Syscall(syscall.SYS_MADVISE, base, uintptr(size), syscall.MADV_DONTNEED)
	}
}
