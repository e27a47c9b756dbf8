package main

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
)

// ioCauseEN words an I/O failure in English by its cause, naming the path,
// as store.Message does in Vietnamese; any other error as it is.
func ioCauseEN(err error) string {
	var pe *fs.PathError
	var errno syscall.Errno
	if !errors.As(err, &pe) && !errors.As(err, &errno) {
		return err.Error()
	}
	what := "the file or folder"
	if pe != nil {
		what = pe.Path
	}
	switch {
	case errors.Is(err, syscall.ENOSPC), errors.Is(err, syscall.EDQUOT):
		return "The disk is full, so " + what + " could not be written; free some space and try again. (" + err.Error() + ")"
	case errors.Is(err, syscall.EROFS):
		return "The disk holding " + what + " is read-only; choose a folder on another disk. (" + err.Error() + ")"
	case errors.Is(err, syscall.ENAMETOOLONG):
		return "The file name or path is too long: " + what + "; choose a shorter name or folder."
	case errors.Is(err, syscall.EISDIR):
		return what + " is a folder, not a file; name a file inside it."
	case errors.Is(err, syscall.ENOTDIR) && !errors.Is(err, fs.ErrNotExist): // Windows: ENOTDIR is path-not-found
		return "Part of the path " + what + " is a file, not a folder; check the path."
	case errors.Is(err, fs.ErrNotExist) && pe != nil:
		if _, serr := os.Stat(filepath.Dir(pe.Path)); serr != nil {
			return "The folder " + filepath.Dir(pe.Path) + " does not exist (never made, deleted or renamed); create it or choose another folder."
		}
		return "There is no file " + pe.Path + "; check its name."
	case errors.Is(err, fs.ErrPermission):
		return "No permission to access " + what + "; ask the computer's administrator, or choose another file with --db. (" + err.Error() + ")"
	}
	return "Cannot read or write " + what + ": " + err.Error() + ". Check the disk (plugged in, working) and try again."
}
