package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"sync/atomic"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// Store is an open drafts file. Its methods are safe for concurrent use;
// every method that writes returns only after the commit is on disk.
type Store struct {
	db   *bolt.DB
	path string
	opts options
	// decodes counts full reports decoded (drafts and revisions), so that
	// tests can assert that List decodes none.
	decodes atomic.Int64
	// backupErr is why the backup on open failed, if it did.
	backupErr error
}

type options struct {
	timeout time.Duration
	backups int
	now     func() time.Time
}

// Option changes how Open opens a store.
type Option func(*options)

// DefaultTimeout is how long Open waits for another baocao to let go of
// the file before it returns ErrLocked: short of 1 s, so that the refusal
// comes within a second.
const DefaultTimeout = 900 * time.Millisecond

// WithTimeout sets how long Open waits for another baocao to let go of the
// file before it returns ErrLocked (DefaultTimeout). Zero or less keeps
// the default: the store never waits forever.
func WithTimeout(d time.Duration) Option {
	return func(o *options) {
		if d > 0 {
			o.timeout = d
		}
	}
}

// WithBackups sets how many automatic backups Open keeps (default 3); 0
// turns the backup on open off.
func WithBackups(n int) Option {
	return func(o *options) { o.backups = max(n, 0) }
}

// WithClock replaces time.Now, for tests of revisions and the trash.
func WithClock(now func() time.Time) Option {
	return func(o *options) { o.now = now }
}

// Open opens the drafts file at path, creating it (and its folder, 0700;
// the file 0600) when missing. Before writing anything it checks, under a
// shared lock and read-only, that the file is a bbolt database of baocao
// that passes bbolt's consistency check, and keeps a backup copy (see
// ListBackups); a file that fails is never written to (ErrCorrupt), nor is
// one of a newer schema (ErrNewerSchema). A file held by another baocao
// gives ErrLocked within the timeout. An older schema is migrated in one
// transaction and drafts in the trash past their time are purged.
func Open(path string, opts ...Option) (*Store, error) {
	o := options{timeout: DefaultTimeout, backups: 3, now: time.Now}
	for _, opt := range opts {
		opt(&o)
	}
	path, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		if err := create(path, o); err != nil {
			return nil, err
		}
	} else if err != nil {
		return nil, err
	}
	var backupErr error
	keep := func(tx *bolt.Tx) error {
		if o.backups > 0 {
			backupErr = backupOnOpen(tx, path, o)
		}
		return nil
	}
	if err := inspect(path, o, keep); err != nil {
		return nil, err
	}
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: o.timeout})
	if err != nil {
		return nil, openError(path, err)
	}
	removeTemps(path)
	s := &Store{db: db, path: path, opts: o, backupErr: backupErr}
	if err := s.upgrade(); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// Path returns the drafts file's absolute path.
func (s *Store) Path() string { return s.path }

// BackupError returns why Open could not keep its backup copy (a full
// disk, a read-only folder), or nil. Open does not fail for it, so that
// the clerk can work; the UI should show it as a warning.
func (s *Store) BackupError() error { return s.backupErr }

// Close closes the file and lets go of its lock.
func (s *Store) Close() error { return s.db.Close() }

// create makes a new, empty store at path: built under a temporary name and
// moved into place, so that a crash never leaves a half-made file there.
func create(path string, o options) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+"-new-*.tmp")
	if err != nil {
		return err
	}
	tmp.Close()
	defer os.Remove(tmp.Name())
	db, err := bolt.Open(tmp.Name(), 0o600, &bolt.Options{Timeout: o.timeout})
	if err != nil {
		return err
	}
	err = db.Update(func(tx *bolt.Tx) error { return initLayout(tx) })
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	// Link fails if another baocao created the file meanwhile; then theirs
	// is kept. Where links are not supported (FAT), rename.
	if err := os.Link(tmp.Name(), path); err != nil && !errors.Is(err, fs.ErrExist) {
		if err := os.Rename(tmp.Name(), path); err != nil {
			return err
		}
	}
	return syncDir(dir)
}

// removeTemps deletes the temporary files a killed baocao may have left
// beside the drafts file and in its backups folder. Open calls it holding
// the exclusive lock, when no other baocao can be writing them.
func removeTemps(path string) {
	for _, pattern := range []string{
		filepath.Join(filepath.Dir(path), "."+filepath.Base(path)+"-*.tmp"),
		filepath.Join(BackupDir(path), "."+backupPrefix(path)+"*.tmp"),
	} {
		names, _ := filepath.Glob(pattern)
		for _, name := range names {
			os.Remove(name)
		}
	}
}

// inspect checks the file read-only under a shared lock, then calls keep
// (if not nil) in the same read transaction. A fault on a bad page (bbolt
// maps the file) becomes ErrCorrupt.
func inspect(path string, o options, keep func(*bolt.Tx) error) (err error) {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := waitLock(f, path, false, o.timeout); err != nil {
		return err
	}
	defer unlock(f)
	if err := precheck(f); err != nil {
		return corrupt(path, err)
	}
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			err = corrupt(path, fmt.Errorf("trang dữ liệu hỏng: %v", r))
		}
	}()
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true, Timeout: o.timeout, PreLoadFreelist: true})
	if err != nil {
		return openError(path, err)
	}
	defer db.Close()
	return db.View(func(tx *bolt.Tx) error {
		if err := verify(tx); err != nil {
			return corrupt(path, err)
		}
		if _, err := readSchema(tx, path); err != nil {
			return err
		}
		if keep != nil {
			return keep(tx)
		}
		return nil
	})
}

// waitLock takes a lock on f, retrying until timeout; then ErrLocked.
func waitLock(f *os.File, path string, exclusive bool, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	for {
		ok, err := tryLock(f, exclusive)
		if err != nil || ok {
			return err
		}
		left := time.Until(deadline)
		if left <= 0 {
			return &Error{Kind: ErrLocked, Path: path}
		}
		time.Sleep(min(left, 50*time.Millisecond))
	}
}

// openError maps bbolt's open errors to the store's.
func openError(path string, err error) error {
	switch {
	case errors.Is(err, berrors.ErrTimeout):
		return &Error{Kind: ErrLocked, Path: path}
	case errors.Is(err, berrors.ErrInvalid), errors.Is(err, berrors.ErrVersionMismatch),
		errors.Is(err, berrors.ErrChecksum), errors.Is(err, berrors.ErrInvalidMapping):
		return corrupt(path, err)
	}
	return err
}

// verify reads every bucket, key and value (the caller turns a fault into a
// panic), then runs bbolt's consistency check.
func verify(tx *bolt.Tx) error {
	err := tx.ForEach(func(_ []byte, b *bolt.Bucket) error { return walk(b, 0) })
	if err != nil {
		return err
	}
	var errs []error
	for e := range tx.Check() {
		if len(errs) < 3 {
			errs = append(errs, e)
		}
	}
	return errors.Join(errs...)
}

func walk(b *bolt.Bucket, depth int) error {
	if depth > 2 {
		return errors.New("ngăn lồng nhau quá sâu")
	}
	var sink byte
	c := b.Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		if v != nil {
			if len(v) > 0 {
				sink ^= v[0] ^ v[len(v)-1]
			}
			continue
		}
		nb := b.Bucket(k)
		if nb == nil {
			return fmt.Errorf("khóa %x không có giá trị", k)
		}
		if err := walk(nb, depth+1); err != nil {
			return err
		}
	}
	runtime.KeepAlive(sink) // the reads above must happen: they fault on a bad page
	return nil
}

// syncDir makes a rename or a new file in dir durable. Windows cannot
// sync a directory and does not need to.
func syncDir(dir string) error {
	if runtime.GOOS == "windows" {
		return nil
	}
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}
