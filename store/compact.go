package store

import (
	"context"
	"os"
	"path/filepath"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Compacted is what Compact did: the drafts file's size before and after,
// and the backup copy of the file it replaced.
type Compacted struct {
	Before, After int64
	Replaced      string
}

// Compact rewrites the drafts file at dbPath without its free pages, so
// that a file that once held a large draft (deleted for good, or trimmed)
// shrinks: bbolt reuses freed pages but never gives them back. The file is
// checked in full first, the compacted copy is written beside it and
// checked in full too, the file it replaces is kept in the backups folder
// (as RestoreBackup keeps it, Auto false), and only then is the copy
// renamed into place. It refuses with ErrLocked while a baocao has the
// file open, and with ErrReadOnly for a file without write permission.
func Compact(dbPath string, opts ...Option) (Compacted, error) {
	o := options{timeout: DefaultTimeout, now: time.Now}
	for _, opt := range opts {
		opt(&o)
	}
	var res Compacted
	target := realPath(dbPath)
	info, err := os.Stat(target)
	if err != nil {
		return res, readError(err)
	}
	res.Before = info.Size()
	if err := readOnlyTarget(target); err != nil {
		return res, &Error{Kind: ErrReadOnly, Path: dbPath, Err: err}
	}
	if _, err := inspect(target, o, true); err != nil {
		return res, err
	}
	tmp, err := compactCopy(target, o)
	if err != nil {
		return res, err
	}
	defer os.Remove(tmp)
	if err := checkFile(context.Background(), tmp, o); err != nil {
		return res, corrupt(tmp, err)
	}
	if res.Replaced, err = keepReplacedCopy(dbPath, o); err != nil {
		return res, err
	}
	if err := os.Rename(tmp, target); err != nil {
		return res, writeError(err)
	}
	if info, err := os.Stat(target); err == nil {
		res.After = info.Size()
	}
	return res, writeError(syncDir(filepath.Dir(target)))
}

// compactCopy writes a compacted copy of the store at path into a
// temporary file beside it and returns the file's path.
func compactCopy(path string, o options) (string, error) {
	src, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true, Timeout: o.timeout})
	if err != nil {
		return "", openError(path, err)
	}
	defer src.Close()
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+"-compact-*.tmp")
	if err != nil {
		return "", writeError(err)
	}
	f.Close()
	dst, err := bolt.Open(f.Name(), 0o600, &bolt.Options{Timeout: o.timeout})
	if err == nil {
		err = bolt.Compact(dst, src, 64<<20)
		if cerr := dst.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		os.Remove(f.Name())
		return "", writeError(err)
	}
	return f.Name(), nil
}
