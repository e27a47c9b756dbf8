package store

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"sync/atomic"
	"syscall"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"

	"github.com/baocao/baocao/model"
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
	// walked says whether Open read every page (see the package doc).
	walked bool
	// readOnly is why the store was opened read-only; nil when writable.
	readOnly error
	// replica identifies this store in the drafts' clocks (lineage.go).
	replica string
}

type options struct {
	timeout     time.Duration
	backups     int
	backupEvery time.Duration
	verify      bool
	readOnly    bool
	// replaceRO lets RestoreBackup replace a read-only drafts file.
	replaceRO bool
	now       func() time.Time
	summarize func(model.Report) Summary
}

// Option changes how Open opens a store.
type Option func(*options)

// DefaultTimeout is how long Open waits for another baocao to let go of
// the file before it returns ErrLocked: short of 1 s, so that the refusal
// comes within a second.
const DefaultTimeout = 900 * time.Millisecond

// DefaultBackupEvery is how old the newest automatic backup must be before
// AutoBackup takes another (when the file changed since).
const DefaultBackupEvery = 12 * time.Hour

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

// WithBackups sets how many automatic backups AutoBackup keeps (default
// 3); 0 turns the automatic backup off.
func WithBackups(n int) Option {
	return func(o *options) { o.backups = max(n, 0) }
}

// WithBackupEvery sets how old the newest automatic backup must be before
// AutoBackup takes another (DefaultBackupEvery); 0 takes one whenever the
// file changed since the last.
func WithBackupEvery(d time.Duration) Option {
	return func(o *options) { o.backupEvery = max(d, 0) }
}

// WithVerify makes Open check the whole page structure (checkLiveTree)
// whatever the clean-shutdown mark says.
func WithVerify() Option {
	return func(o *options) { o.verify = true }
}

// WithReadOnly opens the store read-only even when the file is writable.
func WithReadOnly() Option {
	return func(o *options) { o.readOnly = true }
}

// WithReplaceReadOnly lets RestoreBackup replace a drafts file that has
// no write permission: the user's explicit confirmation that they mean to
// replace the file they made read-only.
func WithReplaceReadOnly() Option {
	return func(o *options) { o.replaceRO = true }
}

// WithSummarizer sets how ImportBundle computes the drafts-list summary
// of an imported report (the caller knows outlines and rules; the store
// does not). Without it the summary has the report's subject, unit and
// outline and no counts. A bundle's own summary is never used.
func WithSummarizer(f func(model.Report) Summary) Option {
	return func(o *options) { o.summarize = f }
}

// WithClock replaces time.Now, for tests of revisions and the trash.
func WithClock(now func() time.Time) Option {
	return func(o *options) { o.now = now }
}

// Open opens the drafts file at path, creating it (and its folder, 0700;
// the file 0600) when missing. Before writing anything it checks, under a
// shared lock and read-only, that the file is a bbolt database of baocao;
// after an unclean shutdown or WithVerify, it reads every page of the
// tree and checks the structure in a stream (memory flat in the file). It takes no backup (see AutoBackup). A file that fails is never
// written to (ErrCorrupt), nor is one of a newer schema (ErrNewerSchema).
// A file held by another baocao gives ErrLocked within the timeout. A file
// that cannot be opened for writing (no write permission, read-only media)
// is opened read-only (see ReadOnly). An older schema is migrated in one
// transaction and drafts in the trash past their time are purged.
func Open(path string, opts ...Option) (*Store, error) {
	o := options{timeout: DefaultTimeout, backups: 3, backupEvery: DefaultBackupEvery, now: time.Now}
	for _, opt := range opts {
		opt(&o)
	}
	path, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	if err := prepare(path, o); err != nil {
		return nil, err
	}
	ro := writeDenied(path)
	if o.readOnly && ro == nil {
		ro = errors.New("mở chỉ để xem theo yêu cầu")
	}
	res, err := inspect(path, o, o.verify)
	if err != nil {
		return nil, err
	}
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: o.timeout, ReadOnly: ro != nil})
	if err != nil {
		return nil, openError(path, err)
	}
	s := &Store{db: db, path: path, opts: o, walked: res.walked, readOnly: ro}
	if ro == nil {
		removeTemps(path)
	}
	if err := s.upgrade(); err != nil {
		db.Close()
		return nil, err
	}
	if err := s.beginSession(); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// prepare creates a missing store and refuses a path that is not a
// regular file (a folder, a FIFO, a device), before anything opens it.
func prepare(path string, o options) error {
	info, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		if o.readOnly {
			return readError(err)
		}
		return writeError(create(path, o))
	case err != nil:
		return readError(err)
	case info.IsDir():
		return &fs.PathError{Op: "open", Path: path, Err: syscall.EISDIR}
	case !info.Mode().IsRegular():
		// A FIFO would block every open below until a writer came.
		return corrupt(path, errNotRegular)
	}
	return nil
}

// writeDenied says why the file cannot be opened for writing (no
// permission, read-only media), or nil when it can.
func writeDenied(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err == nil {
		f.Close()
		return nil
	}
	if errors.Is(err, fs.ErrPermission) || errors.Is(err, syscall.EROFS) {
		return err
	}
	return nil
}

// Path returns the drafts file's absolute path.
func (s *Store) Path() string { return s.path }

// ReadOnly returns why the store is open read-only (the file has no write
// permission, the media is read-only, or WithReadOnly), or nil when it is
// writable. A read-only store lists, reads, exports and bundles; every
// write gives ErrReadOnly.
func (s *Store) ReadOnly() error { return s.readOnly }

// Close ends the session (marking the file cleanly closed, so that the
// next Open need not read every page), then closes the file and lets go of
// its lock.
func (s *Store) Close() error {
	if s.readOnly == nil && s.db.Path() != "" {
		_ = s.endSession()
	}
	return s.db.Close()
}

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
	err = db.Update(func(tx *bolt.Tx) error {
		if err := initLayout(tx); err != nil {
			return err
		}
		return markSession(tx, false)
	})
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
	real := realPath(path)
	for _, pattern := range []string{
		filepath.Join(filepath.Dir(path), "."+filepath.Base(path)+"-*.tmp"),
		filepath.Join(filepath.Dir(real), "."+filepath.Base(real)+"-*.tmp"),
		filepath.Join(BackupDir(path), "."+backupPrefix(path)+"*.tmp"),
	} {
		names, _ := filepath.Glob(pattern)
		for _, name := range names {
			os.Remove(name)
		}
	}
}

// checked is what inspect did.
type checked struct {
	walked bool
}

// inspect checks the file read-only under a shared lock: the meta pages
// always; when full or when the file was not closed cleanly (see
// session.go), its whole page structure too, read in a stream
// (checkLiveTree: memory flat in the file's size). No writer can hold
// the file meanwhile. A fault on a bad page (bbolt maps the file)
// becomes ErrCorrupt.
func inspect(path string, o options, full bool) (res checked, err error) {
	f, err := os.Open(path)
	if err != nil {
		return res, readError(err)
	}
	defer f.Close()
	if err := waitLock(f, path, false, o.timeout); err != nil {
		return res, err
	}
	defer unlock(f)
	if err := precheck(f); err != nil {
		return res, corrupt(path, err)
	}
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			err = corrupt(path, fmt.Errorf("trang dữ liệu hỏng: %v", r))
		}
	}()
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true, Timeout: o.timeout, PreLoadFreelist: true})
	if err != nil {
		return res, openError(path, err)
	}
	defer db.Close()
	err = db.View(func(tx *bolt.Tx) error {
		res.walked = full || !closedCleanly(tx)
		return nil
	})
	if err == nil && res.walked {
		err = checkOpenFile(f, path)
	}
	if err != nil {
		return res, err
	}
	err = db.View(func(tx *bolt.Tx) error {
		_, err := readSchema(tx, path)
		return err
	})
	return res, err
}

// checkOpenFile runs checkLiveTree on f, the drafts file at path; a
// fault, or a page that cannot be read, is ErrCorrupt.
func checkOpenFile(f *os.File, path string) error {
	info, err := f.Stat()
	if err != nil {
		return readError(err)
	}
	if err := checkLiveTree(context.Background(), newAheadReader(f), info.Size()); err != nil {
		return corrupt(path, err)
	}
	return nil
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
