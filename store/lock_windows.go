//go:build windows

package store

import (
	"errors"
	"os"

	"golang.org/x/sys/windows"
)

// lockRange is the byte range bbolt locks on Windows (offset -1, length 1),
// so that this lock and bbolt's exclude each other.
const lockRange = (1 << 32) - 1

// tryLock takes a LockFileEx lock on f without waiting: shared or
// exclusive, on the range bbolt uses. It reports false when another holder
// has a conflicting lock.
func tryLock(f *os.File, exclusive bool) (bool, error) {
	var flags uint32 = windows.LOCKFILE_FAIL_IMMEDIATELY
	if exclusive {
		flags |= windows.LOCKFILE_EXCLUSIVE_LOCK
	}
	ol := &windows.Overlapped{Offset: lockRange, OffsetHigh: lockRange}
	err := windows.LockFileEx(windows.Handle(f.Fd()), flags, 0, 1, 0, ol)
	if errors.Is(err, windows.ERROR_LOCK_VIOLATION) {
		return false, nil
	}
	return err == nil, err
}

// unlock releases the lock taken by tryLock.
func unlock(f *os.File) error {
	ol := &windows.Overlapped{Offset: lockRange, OffsetHigh: lockRange}
	return windows.UnlockFileEx(windows.Handle(f.Fd()), 0, 1, 0, ol)
}
