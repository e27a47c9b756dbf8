// Package userfile reads the files a clerk names or drops into a folder
// (outlines, reports, bundles, documents) safely: only regular files are
// read, never a FIFO, a device or a folder (or a link to one), which would
// hang the program or feed it without end; and a file larger than the
// caller's bound is refused before it fills memory. Errors are Vietnamese
// and say what to do.
package userfile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"syscall"
)

// ErrNotRegular is matched (errors.Is) by the error for a path that is not
// a regular file.
var ErrNotRegular = errors.New("không phải tệp thường")

// ErrTooLarge is matched by the error for a file over the size bound.
var ErrTooLarge = errors.New("tệp quá lớn")

// Read returns the contents of the regular file at path, at most limit
// bytes. The file is opened as Open does.
func Read(path string, limit int64) ([]byte, error) {
	f, err := Open(path, limit)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, Describe(path, err)
	}
	if int64(len(data)) > limit {
		return nil, tooLarge(path, limit)
	}
	return data, nil
}

// Open opens the regular file at path, of at most limit bytes, for reading
// as a stream. The file is opened without blocking (a FIFO swapped in after
// the check cannot hang the open) and checked again once open.
func Open(path string, limit int64) (*os.File, error) {
	if err := Check(path, limit); err != nil {
		return nil, err
	}
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, Describe(path, err)
	}
	info, err := f.Stat()
	if err == nil {
		err = checkInfo(path, info, limit)
	} else {
		err = Describe(path, err)
	}
	if err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

// Check reports, without opening it, why path cannot be read as a file of
// at most limit bytes; nil when it can. Links are followed.
func Check(path string, limit int64) error {
	info, err := os.Stat(path)
	if err != nil {
		return Describe(path, err)
	}
	return checkInfo(path, info, limit)
}

func checkInfo(path string, info fs.FileInfo, limit int64) error {
	switch {
	case info.IsDir():
		return fmt.Errorf("%s là một thư mục, không phải tệp; hãy chỉ ra một tệp: %w", path, ErrNotRegular)
	case !info.Mode().IsRegular():
		return fmt.Errorf("%s không phải tệp thường (ống dẫn, thiết bị…) nên không đọc; hãy chỉ ra một tệp văn bản: %w", path, ErrNotRegular)
	case info.Size() > limit:
		return tooLarge(path, limit)
	}
	return nil
}

func tooLarge(path string, limit int64) error {
	return fmt.Errorf("%s lớn hơn %s nên không đọc; hãy kiểm tra đúng tệp chưa: %w", path, Size(limit), ErrTooLarge)
}

// Size writes a byte count the way a clerk reads it ("1 MB", "64 MB").
func Size(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%d MB", n>>20)
	case n >= 1<<10:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d byte", n)
}

// Describe says in Vietnamese why path could not be opened or read, naming
// the real cause: a missing file or folder, a name too long, no permission,
// a folder where a file was expected. Any other cause keeps the system's
// text.
func Describe(path string, err error) error {
	var cause string
	switch {
	case errors.Is(err, syscall.ENAMETOOLONG):
		cause = "tên tệp hoặc đường dẫn quá dài; hãy đổi tên ngắn hơn hoặc chuyển tệp lên thư mục gần gốc ổ đĩa"
	case errors.Is(err, syscall.ENOTDIR) && !errors.Is(err, fs.ErrNotExist): // Windows: ENOTDIR is path-not-found
		cause = "một phần của đường dẫn là tệp chứ không phải thư mục; hãy kiểm tra lại đường dẫn"
	case errors.Is(err, fs.ErrNotExist):
		cause = "không có tệp này; hãy kiểm tra tên và thư mục của tệp"
	case errors.Is(err, fs.ErrPermission):
		cause = "không có quyền đọc tệp; hãy kiểm tra quyền truy cập hoặc chép tệp ra chỗ khác"
	case errors.Is(err, syscall.EISDIR):
		cause = "đó là một thư mục; hãy chỉ ra một tệp"
	case errors.Is(err, syscall.ELOOP):
		cause = "liên kết (symlink) trỏ vòng quanh; hãy chỉ ra tệp thật"
	default:
		return fmt.Errorf("không đọc được %s: %w", path, err)
	}
	return &Error{Path: path, Cause: cause, Err: err}
}

// Error is a file that could not be read, with the cause in Vietnamese.
type Error struct {
	Path, Cause string
	Err         error
}

func (e *Error) Error() string { return "không đọc được " + e.Path + ": " + e.Cause }

// Unwrap returns the system's error.
func (e *Error) Unwrap() error { return e.Err }
