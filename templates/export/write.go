package export

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
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
// ErrExists). The check and the rename are two steps: a file created by
// another program in between is overwritten.
func WriteFile(path string, data []byte, force bool) error {
	return writeFile(path, data, force, nil)
}

func writeFile(path string, data []byte, force bool, also error) error {
	if info, err := os.Stat(path); err == nil {
		if info.IsDir() {
			return fmt.Errorf("%s là một thư mục; hãy ghi tên tệp, ví dụ %s", path, filepath.Join(path, "bao-cao.docx"))
		}
		if !force {
			return &ExistsError{Path: path, Also: also}
		}
	}
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return writeError(path, err)
	}
	if err := fill(tmp, data); err != nil {
		os.Remove(tmp.Name())
		return writeError(path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		os.Remove(tmp.Name())
		return writeError(path, err)
	}
	syncDir(dir)
	return nil
}

// fill writes, syncs and closes the temporary file, readable by others as
// a document normally is.
func fill(f *os.File, data []byte) error {
	_, err := f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(f.Name(), 0o644)
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

func writeError(path string, err error) error {
	if errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("không ghi được %s: thư mục %s không có; hãy tạo thư mục hoặc chọn nơi lưu khác", path, filepath.Dir(path))
	}
	if errors.Is(err, fs.ErrPermission) {
		return fmt.Errorf("không ghi được %s: không có quyền ghi vào thư mục %s; hãy chọn nơi lưu khác", path, filepath.Dir(path))
	}
	return fmt.Errorf("không ghi được %s: %w; hãy kiểm tra ổ đĩa còn chỗ trống và thử lại", path, err)
}
