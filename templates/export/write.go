package export

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"syscall"
	"time"
)

// ErrExists is matched (errors.Is) by the error WriteFile returns when the
// file is there already and force is off.
var ErrExists = errors.New("tệp đã có; hãy dùng --force để ghi đè hoặc chọn tên tệp khác")

// ExistsError is the refusal to overwrite Path. It matches ErrExists, and
// also Also when set (see Exporter.Exists).
type ExistsError struct {
	Path string
	Also error
}

// Error names the file and says how to go on.
func (e *ExistsError) Error() string {
	return fmt.Sprintf("tệp %s đã có; hãy dùng --force để ghi đè hoặc chọn tên tệp khác", e.Path)
}

// Is matches ErrExists and Also.
func (e *ExistsError) Is(target error) bool {
	return target == ErrExists || (e.Also != nil && target == e.Also)
}

// WriteFile writes data to path atomically: into a temporary file in the
// same folder, synced to disk, then renamed over path, so that a reader
// never sees half a file and a crash leaves the old file whole. Without
// force an existing path is refused with an *ExistsError (errors.Is
// ErrExists); a symbolic link counts as existing even when what it points
// to does not. A new file gets the permissions the user's umask allows, as
// any program's; an overwritten one keeps its mode, and a link to a file is
// written through (the link stays). Temporary files of an export that was
// killed are removed by the next export into the same folder. The check and
// the rename are two steps: a file created by another program in between
// is overwritten.
func WriteFile(path string, data []byte, force bool) error {
	return writeFile(path, data, force, nil)
}

func writeFile(path string, data []byte, force bool, also error) error {
	return writeFileFrom(path, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	}, force, also)
}

// writeFileFrom is writeFile with the content written by write.
func writeFileFrom(path string, write func(io.Writer) error, force bool, also error) error {
	target, mode, err := destination(path, force, also)
	if err != nil {
		return err
	}
	dir := filepath.Dir(target)
	removeStaleTemps(dir, time.Now())
	tmp, err := createTemp(target, mode)
	if err != nil {
		return writeError(target, err)
	}
	if err := fill(tmp, write, mode); err != nil {
		os.Remove(tmp.Name())
		return writeError(target, err)
	}
	if err := os.Rename(tmp.Name(), target); err != nil {
		os.Remove(tmp.Name())
		return writeError(target, err)
	}
	syncDir(dir)
	return nil
}

// destination checks path and returns the file to write (a link to a file
// resolved to that file) and the mode to keep (0 for a new file).
func destination(path string, force bool, also error) (string, fs.FileMode, error) {
	info, err := os.Lstat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return path, 0, nil
	}
	if err != nil {
		return "", 0, writeError(path, err)
	}
	if !force && !info.IsDir() {
		return "", 0, &ExistsError{Path: path, Also: also}
	}
	if info.Mode()&fs.ModeSymlink != 0 {
		resolved, err := filepath.EvalSymlinks(path)
		if err != nil {
			return path, 0, nil // a dangling link: --force replaces the link itself
		}
		path = resolved
		if info, err = os.Stat(path); err != nil {
			return "", 0, writeError(path, err)
		}
	}
	if info.IsDir() {
		return "", 0, fmt.Errorf("%s là một thư mục; hãy ghi tên tệp, ví dụ %s", path, filepath.Join(path, "bao-cao.docx"))
	}
	if !info.Mode().IsRegular() {
		return "", 0, fmt.Errorf("%s không phải tệp thường (thiết bị, ống dẫn…); hãy chọn tên tệp khác", path)
	}
	return path, info.Mode().Perm(), nil
}

// tempSuffix ends the name of every temporary file WriteFile makes, so that
// one left by a killed export can be recognised and removed.
const tempSuffix = ".baocao-tmp"

// staleAfter is how old a temporary file must be before another export
// removes it: far longer than any export takes, so a concurrent one is safe.
const staleAfter = time.Hour

// createTemp creates ".NAME.RANDOM.baocao-tmp" beside target. A new file is
// created with mode 0666 so that the kernel applies the umask (0644 under
// the usual 022, 0600 under 077); fill then sets an overwritten file's mode.
func createTemp(target string, mode fs.FileMode) (*os.File, error) {
	perm := fs.FileMode(0o666)
	if mode != 0 {
		perm = mode
	}
	dir, base := filepath.Split(target)
	for range 100 {
		name := filepath.Join(dir, "."+base+"."+strconv.FormatUint(rand.Uint64(), 36)+tempSuffix)
		f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, perm)
		if !errors.Is(err, fs.ErrExist) {
			return f, err
		}
	}
	return nil, fmt.Errorf("không tạo được tệp tạm trong %s", dir)
}

// removeStaleTemps removes this program's temporary files in dir that are
// older than staleAfter: what an export killed mid-write left behind.
func removeStaleTemps(dir string, now time.Time) {
	matches, _ := filepath.Glob(filepath.Join(dir, ".*"+tempSuffix))
	for _, name := range matches {
		if info, err := os.Lstat(name); err == nil && info.Mode().IsRegular() && now.Sub(info.ModTime()) > staleAfter {
			os.Remove(name)
		}
	}
}

// fill writes, syncs and closes the temporary file; an overwritten file's
// mode is kept (mode != 0), a new file keeps what the umask gave it.
func fill(f *os.File, write func(io.Writer) error, mode fs.FileMode) error {
	err := write(f)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil && mode != 0 {
		err = os.Chmod(f.Name(), mode)
	}
	return err
}

// syncDir makes the rename durable where the system allows syncing a
// directory; elsewhere (Windows) it does nothing.
func syncDir(dir string) {
	d, err := os.Open(dir)
	if err != nil {
		return
	}
	_ = d.Sync()
	_ = d.Close()
}

// writeError says in Vietnamese what went wrong with writing path and what
// to do: each common cause by name, any other with the system's text.
func writeError(path string, err error) error {
	dir := filepath.Dir(path)
	msg := "không ghi được " + path + ": "
	switch {
	case errors.Is(err, syscall.ENAMETOOLONG):
		return errors.New(msg + "tên tệp hoặc đường dẫn quá dài; hãy đặt tên ngắn hơn hoặc lưu vào thư mục gần gốc ổ đĩa hơn")
	case errors.Is(err, syscall.ENOTDIR) && !errors.Is(err, fs.ErrNotExist): // Windows: ENOTDIR is path-not-found
		return errors.New(msg + "một phần của đường dẫn là tệp chứ không phải thư mục; hãy kiểm tra lại đường dẫn")
	case errors.Is(err, fs.ErrNotExist):
		return errors.New(msg + "thư mục " + dir + " không có; hãy tạo thư mục hoặc chọn nơi lưu khác")
	case errors.Is(err, syscall.EROFS):
		return errors.New(msg + "ổ đĩa chỉ cho đọc (ví dụ đĩa CD hoặc thẻ nhớ bị khóa); hãy chọn nơi lưu khác")
	case errors.Is(err, fs.ErrPermission):
		return errors.New(msg + "không có quyền ghi vào thư mục " + dir + "; hãy chọn nơi lưu khác")
	case errors.Is(err, syscall.ENOSPC), errors.Is(err, syscall.EDQUOT):
		return errors.New(msg + "ổ đĩa đã đầy; hãy xóa bớt tệp không cần hoặc chọn ổ đĩa khác")
	case errors.Is(err, syscall.EISDIR):
		return errors.New(msg + "đó là một thư mục; hãy ghi tên tệp")
	}
	return fmt.Errorf("%s%w", msg, err)
}
