//go:build !windows

package store

import (
	"errors"
	"os"
	"syscall"
)

// tryLock takes an advisory flock on f without waiting: shared or
// exclusive, the same kind of lock bbolt takes, so the two exclude each
// other. It reports false when another holder has a conflicting lock.
func tryLock(f *os.File, exclusive bool) (bool, error) {
	how := syscall.LOCK_SH
	if exclusive {
		how = syscall.LOCK_EX
	}
	err := syscall.Flock(int(f.Fd()), how|syscall.LOCK_NB)
	if errors.Is(err, syscall.EWOULDBLOCK) || errors.Is(err, syscall.EAGAIN) {
		return false, nil
	}
	return err == nil, err
}

// unlock releases the lock taken by tryLock.
func unlock(f *os.File) error {
	return syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
}
