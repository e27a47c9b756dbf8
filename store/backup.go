package store

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/baocao/baocao/model"
)

// BackupInfo is one backup copy of a drafts file.
type BackupInfo struct {
	// Name is the file name, e.g. "drafts-20261123-074512.000123-tx42.db".
	Name string
	Path string
	// Time is when the copy was taken (UTC, from the name).
	Time time.Time
	Size int64
	// Auto is true for the copies Open keeps; false for the copy of the
	// file that RestoreBackup replaced.
	Auto bool
	tx   uint64
}

const stampLayout = "20060102-150405.000000"

// BackupDir returns the folder holding the backups of the drafts file at
// dbPath: "backups" beside it.
func BackupDir(dbPath string) string {
	return filepath.Join(filepath.Dir(dbPath), "backups")
}

func backupPrefix(dbPath string) string {
	base := filepath.Base(dbPath)
	return strings.TrimSuffix(base, filepath.Ext(base)) + "-"
}

// ListBackups lists the backups of the drafts file at dbPath, newest
// first; none (and no folder) is an empty list.
func ListBackups(dbPath string) ([]BackupInfo, error) {
	dir := BackupDir(dbPath)
	ents, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var out []BackupInfo
	for _, de := range ents {
		b, ok := parseBackupName(backupPrefix(dbPath), de.Name())
		info, err := de.Info()
		if !ok || err != nil || !info.Mode().IsRegular() {
			continue
		}
		b.Path, b.Size = filepath.Join(dir, b.Name), info.Size()
		out = append(out, b)
	}
	slices.SortFunc(out, func(a, b BackupInfo) int { return strings.Compare(b.Name, a.Name) })
	return out, nil
}

// parseBackupName reads "<prefix><stamp>-tx<N>.db" (automatic) and
// "<prefix><stamp>-replaced.db".
func parseBackupName(prefix, name string) (BackupInfo, bool) {
	rest, ok := strings.CutPrefix(name, prefix)
	if !ok || len(rest) < len(stampLayout) || !strings.HasSuffix(rest, ".db") {
		return BackupInfo{}, false
	}
	t, err := time.Parse(stampLayout, rest[:len(stampLayout)])
	if err != nil {
		return BackupInfo{}, false
	}
	b := BackupInfo{Name: name, Time: t}
	switch tail := strings.TrimSuffix(rest[len(stampLayout):], ".db"); {
	case tail == "-replaced":
	case strings.HasPrefix(tail, "-tx"):
		n, err := strconv.ParseUint(tail[3:], 10, 64)
		if err != nil {
			return BackupInfo{}, false
		}
		b.tx, b.Auto = n, true
	default:
		return BackupInfo{}, false
	}
	return b, true
}

// backupDue says whether an automatic backup is due: none of this
// transaction yet, and the newest older than o.backupEvery. It returns the
// automatic copies, newest first.
func backupDue(tx *bolt.Tx, dbPath string, o options) (bool, []BackupInfo, error) {
	list, err := ListBackups(dbPath)
	if err != nil {
		return false, nil, &Error{Kind: ErrBackup, Path: dbPath, Err: readError(err)}
	}
	autos := slices.DeleteFunc(list, func(b BackupInfo) bool { return !b.Auto })
	if len(autos) == 0 {
		return true, autos, nil
	}
	same := autos[0].tx == uint64(tx.ID()) && autos[0].Size == tx.Size()
	recent := o.now().UTC().Sub(autos[0].Time) < o.backupEvery
	return !same && !recent, autos, nil
}

// AutoBackup takes the automatic backup when one is due (see the package
// doc) and returns it; the zero BackupInfo when none was due, the store
// is read-only or WithBackups(0). It is meant to run in the background
// after the first screen is drawn: the copy is taken in one read
// transaction (saves go on meanwhile), then checked in full — its page
// structure read in a stream (checkTree), every draft decoded one at a
// time with the pages read let go as it goes, so memory does not grow
// with the drafts — as a file of its own, and only then renamed into
// the backups folder and the oldest automatic copies removed. A copy that
// fails, a folder that cannot be written, a full disk or ctx cancelled
// (the program quitting) leave the earlier backups as they were; the
// error (ErrBackup) says why. A kill at any moment leaves at most a
// temporary file, which the next Open removes.
func (s *Store) AutoBackup(ctx context.Context) (BackupInfo, error) {
	if s.readOnly != nil || s.opts.backups == 0 {
		return BackupInfo{}, nil
	}
	fail := func(err error) (BackupInfo, error) {
		return BackupInfo{}, &Error{Kind: ErrBackup, Path: s.path, Err: err}
	}
	var b BackupInfo
	var tmp string
	var autos []BackupInfo
	err := s.view(func(tx *bolt.Tx) error {
		due, list, err := backupDue(tx, s.path, s.opts)
		if err != nil || !due {
			return err
		}
		autos = list
		if err := os.MkdirAll(BackupDir(s.path), 0o700); err != nil {
			return &Error{Kind: ErrBackup, Path: s.path, Err: writeError(err)}
		}
		b.Time = s.opts.now().UTC()
		b.Name = fmt.Sprintf("%s%s-tx%d.db", backupPrefix(s.path), b.Time.Format(stampLayout), tx.ID())
		b.Path, b.Auto, b.tx, b.Size = filepath.Join(BackupDir(s.path), b.Name), true, uint64(tx.ID()), tx.Size()
		tmp, err = writeTemp(b.Path, func(w io.Writer) error {
			_, err := tx.WriteTo(ctxWriter{ctx, w})
			return err
		})
		if err != nil {
			return &Error{Kind: ErrBackup, Path: s.path, Err: writeError(err)}
		}
		return nil
	})
	if err != nil || tmp == "" {
		return BackupInfo{}, err
	}
	defer os.Remove(tmp)
	if err := checkFile(ctx, tmp, s.opts); err != nil {
		return fail(err)
	}
	if err := os.Rename(tmp, b.Path); err != nil {
		return fail(writeError(err))
	}
	if err := syncDir(BackupDir(s.path)); err != nil {
		return fail(writeError(err))
	}
	for _, old := range autos[min(len(autos), s.opts.backups-1):] {
		if err := os.Remove(old.Path); err != nil {
			return fail(writeError(err))
		}
	}
	return b, nil
}

// ctxWriter fails its writes once ctx is done, so that a long copy stops
// when the program quits.
type ctxWriter struct {
	ctx context.Context
	w   io.Writer
}

func (c ctxWriter) Write(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.w.Write(p)
}

// checkFile runs the full check on a copy of a store at path: its page
// structure read in a stream (checkFileTree, whose memory does not grow
// with the file), then the copy opened read-only as a database of its own
// and every draft decoded, the pages read let go as it goes.
func checkFile(ctx context.Context, path string, o options) (err error) {
	if err := checkFileTree(ctx, path); err != nil {
		return err
	}
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("trang dữ liệu hỏng: %v", r)
		}
	}()
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true, Timeout: o.timeout})
	if err != nil {
		return err
	}
	defer db.Close()
	return db.View(func(tx *bolt.Tx) error {
		release := releaser(db, tx.Size())
		defer release()
		return decodeAll(ctx, tx, release)
	})
}

// decodeAll checks that every live and trashed draft's entry and report
// decode; the error names the first that does not. Every releaseEvery
// drafts it calls release (nil: none), so that the pages read can go.
func decodeAll(ctx context.Context, tx *bolt.Tx, release func()) error {
	drafts := tx.Bucket(bucketDrafts)
	n := 0
	for _, name := range [][]byte{bucketIndex, bucketTrash} {
		b := tx.Bucket(name)
		if b == nil {
			continue
		}
		err := b.ForEach(func(k, v []byte) error {
			if err := ctx.Err(); err != nil {
				return err
			}
			if n++; release != nil && n%releaseEvery == 0 {
				release()
			}
			if _, err := decodeEntry(v); err != nil {
				return fmt.Errorf("mục lục của bản nháp số %s hỏng: %w", formatID(keyID(k)), err)
			}
			data, err := unpackDraft(drafts.Get(k))
			if err == nil {
				_, err = model.UnmarshalReport(data)
			}
			if err != nil {
				return fmt.Errorf("bản nháp số %s không đọc được (%w)", formatID(keyID(k)), err)
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// releaseEvery is how many drafts decodeAll decodes between two releases
// of the pages it read.
const releaseEvery = 256

// Backup writes a consistent copy of the open store to dst (0600),
// atomically: dst is either its old self or the whole copy. The copy is
// written beside dst under a temporary name and checked in full as
// AutoBackup checks its own (checkFile: memory flat in the drafts): a
// store that fails leaves dst as it was (ErrCorrupt, naming the draft or
// the page).
func (s *Store) Backup(dst string) error {
	if err := Overwrites(s.path, dst); err != nil {
		return err
	}
	dst = writeTarget(dst)
	var tmp string
	err := s.view(func(tx *bolt.Tx) error {
		var err error
		tmp, err = writeTemp(dst, func(w io.Writer) error {
			_, err := tx.WriteTo(w)
			return err
		})
		return writeError(err)
	})
	if err != nil {
		return err
	}
	defer os.Remove(tmp)
	if err := checkFile(context.Background(), tmp, s.opts); err != nil {
		return corrupt(s.path, err)
	}
	if err := os.Rename(tmp, dst); err != nil {
		return writeError(err)
	}
	return writeError(syncDir(filepath.Dir(dst)))
}

// Verify checks the open store in full, as Open does after an unclean
// shutdown and AutoBackup does on its copy: the page structure read in a
// stream (checkLiveTree) while no commit can change the file, then every
// draft's entry and report decoded one at a time in a read transaction,
// the pages read let go as it goes; so its memory does not grow with the
// drafts.
func (s *Store) Verify() error {
	if err := s.checkPages(); err != nil {
		return err
	}
	return s.view(func(tx *bolt.Tx) error {
		release := releaser(s.db, tx.Size())
		defer release()
		if err := decodeAll(context.Background(), tx, release); err != nil {
			return corrupt(s.path, err)
		}
		return nil
	})
}

// checkPages runs checkLiveTree on the drafts file holding bbolt's writer
// lock, so that no commit changes the file meanwhile; a read-only store
// has no writer (the file lock keeps other baocao processes out).
func (s *Store) checkPages() error {
	if s.readOnly == nil {
		tx, err := s.db.Begin(true)
		if err != nil {
			return closedError(err)
		}
		defer tx.Rollback()
	}
	f, err := os.Open(s.path)
	if err != nil {
		return readError(err)
	}
	defer f.Close()
	return checkOpenFile(f, s.path)
}

// RestoreBackup replaces the drafts file at dbPath with one of its backups
// (by Name; "" for the newest). The backup is checked first, in full; the
// file it replaces is kept in the backups folder (Auto false), so a
// restore can be undone. When dbPath is a symbolic link, the file it
// points to is replaced and the link kept. It refuses with ErrLocked while
// a baocao has the file open, and with ErrRestoreReadOnly when the file
// has no write permission (the user made it read-only, or it lies on
// read-only media), unless WithReplaceReadOnly: a rename would replace it
// all the same.
func RestoreBackup(dbPath, name string, opts ...Option) error {
	o := options{timeout: DefaultTimeout, now: time.Now}
	for _, opt := range opts {
		opt(&o)
	}
	b, err := pickBackup(dbPath, name)
	if err != nil {
		return err
	}
	if err := readOnlyTarget(realPath(dbPath)); err != nil && !o.replaceRO {
		return &Error{Kind: ErrRestoreReadOnly, Path: dbPath, Err: err}
	}
	if _, err := inspect(b.Path, o, true); err != nil {
		return err
	}
	target := realPath(dbPath)
	tmp, err := writeTemp(target, copyFrom(b.Path))
	if err != nil {
		return writeError(err)
	}
	defer os.Remove(tmp)
	if err := freshReplica(tmp, o); err != nil {
		return writeError(err)
	}
	if _, err := keepReplacedCopy(dbPath, o); err != nil {
		return err
	}
	if err := os.Rename(tmp, target); err != nil {
		return writeError(err)
	}
	return syncDir(filepath.Dir(target))
}

// readOnlyTarget says why the drafts file at path counts as read-only:
// no write permission bit (as the user sets it; root would write anyway),
// or the system refuses to open it for writing; nil when it is writable
// or missing.
func readOnlyTarget(path string) error {
	info, err := os.Stat(path)
	if err != nil {
		return nil
	}
	if info.Mode().Perm()&0o222 == 0 {
		return &fs.PathError{Op: "open", Path: path, Err: fs.ErrPermission}
	}
	return writeDenied(path)
}

// realPath follows symbolic links to the file a path names; a path that
// is no link, or whose target does not exist yet, is resolved as far as it
// can be.
func realPath(path string) string {
	for range 40 {
		dst, err := os.Readlink(path)
		if err != nil {
			return path
		}
		if !filepath.IsAbs(dst) {
			dst = filepath.Join(filepath.Dir(path), dst)
		}
		path = dst
	}
	return path
}

// freshReplica clears the restored copy's replica ID (session.go), so that
// saves made after the restore are told from the ones the backup missed.
func freshReplica(path string, o options) error {
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: o.timeout})
	if err != nil {
		return err
	}
	err = db.Update(renewReplica)
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	return err
}

func pickBackup(dbPath, name string) (BackupInfo, error) {
	list, err := ListBackups(dbPath)
	if err != nil {
		return BackupInfo{}, err
	}
	for _, b := range list {
		if name == "" || b.Name == name {
			return b, nil
		}
	}
	if name == "" {
		return BackupInfo{}, &Error{Kind: ErrNoBackup, Path: dbPath}
	}
	return BackupInfo{}, &Error{Kind: ErrNoBackup, Path: filepath.Join(BackupDir(dbPath), name),
		Err: errors.New("không có bản sao lưu tên này; hãy chọn một tên trong danh sách")}
}

// keepReplacedCopy copies the current file, if any, into the backups
// folder under an exclusive lock (ErrLocked while another baocao has it
// open) and returns the copy's path.
func keepReplacedCopy(dbPath string, o options) (string, error) {
	f, err := os.Open(dbPath)
	if errors.Is(err, fs.ErrNotExist) {
		return "", nil
	}
	if err != nil {
		return "", err
	}
	defer f.Close()
	if err := waitLock(f, dbPath, true, o.timeout); err != nil {
		return "", err
	}
	defer unlock(f)
	if err := os.MkdirAll(BackupDir(dbPath), 0o700); err != nil {
		return "", writeError(err)
	}
	dst := filepath.Join(BackupDir(dbPath), backupPrefix(dbPath)+o.now().UTC().Format(stampLayout)+"-replaced.db")
	return dst, writeAtomic(dst, func(w io.Writer) error {
		_, err := io.Copy(w, io.NewSectionReader(f, 0, 1<<62))
		return err
	})
}

func copyFrom(path string) func(io.Writer) error {
	return func(w io.Writer) error {
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		_, err = io.Copy(w, f)
		return err
	}
}

// writeAtomic writes dst through a temporary file beside it, synced and
// renamed into place, so that dst is never half written.
func writeAtomic(dst string, write func(io.Writer) error) error {
	tmp, err := writeTemp(dst, write)
	if err != nil {
		return err
	}
	if err := os.Rename(tmp, dst); err != nil {
		os.Remove(tmp)
		return err
	}
	return syncDir(filepath.Dir(dst))
}

// writeTemp writes a synced 0600 temporary file beside dst and returns its
// path.
func writeTemp(dst string, write func(io.Writer) error) (string, error) {
	f, err := os.CreateTemp(filepath.Dir(dst), "."+filepath.Base(dst)+"-*.tmp")
	if err != nil {
		return "", err
	}
	rw := &recordWriter{w: f}
	err = write(rw)
	if err != nil && rw.err != nil {
		err = rw.err // bbolt's WriteTo words the cause with %s: keep the *PathError
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(f.Name())
		return "", err
	}
	return f.Name(), nil
}

// recordWriter keeps the first error of its writer, so that a caller that
// rewords it without wrapping cannot hide the cause (a full disk).
type recordWriter struct {
	w   io.Writer
	err error
}

func (r *recordWriter) Write(p []byte) (int, error) {
	n, err := r.w.Write(p)
	if err != nil && r.err == nil {
		r.err = err
	}
	return n, err
}
