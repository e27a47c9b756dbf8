package store

import (
	"errors"
	"fmt"
	"io/fs"
	"syscall"

	"github.com/baocao/baocao/model"
)

// The sentinel errors of the store. Their texts are Vietnamese and say what
// to do, so that the UI and the CLI can show Message(err) as it is. Test for
// them with errors.Is; the store wraps them in *Error to name the file or
// draft concerned.
var (
	// ErrLocked means another baocao (another process, or another Store in
	// this one) holds the drafts file. Open gives up after the lock timeout
	// (1 s by default) instead of waiting forever.
	ErrLocked = errors.New("Tệp bản nháp đang được mở trong một cửa sổ baocao khác; hãy đóng cửa sổ đó rồi thử lại.")

	// ErrNotFound means there is no draft, revision or backup with the
	// given name; a draft deleted for good is not found either.
	ErrNotFound = errors.New("Không tìm thấy bản nháp này; có thể nó đã bị xóa hẳn. Hãy mở lại danh sách bản nháp.")

	// ErrCorrupt means the file is not a baocao drafts file, is truncated or
	// fails bbolt's consistency check. The store has not written to it.
	ErrCorrupt = errors.New("Tệp bản nháp bị hỏng hoặc không phải tệp bản nháp của baocao; baocao không ghi gì vào tệp này. Hãy khôi phục một bản sao lưu bằng lệnh \"baocao restore\", hoặc mở một tệp khác bằng --db.")

	// ErrNewerSchema means the file was written by a newer baocao whose
	// layout this build does not know. The file is left untouched.
	ErrNewerSchema = errors.New("Tệp bản nháp được tạo bởi một phiên bản baocao mới hơn; hãy cập nhật baocao rồi mở lại. Tệp không bị thay đổi.")

	// ErrTrashed means the draft is in the trash (thùng rác): it can be
	// listed by Trash and brought back by Undelete, but not read or saved.
	ErrTrashed = errors.New("Bản nháp này đang nằm trong thùng rác; hãy lấy nó ra trước khi mở hoặc sửa: phím t trong danh sách bản nháp, hoặc lệnh \"baocao trash restore SỐ\".")

	// ErrBadBundle means an import file is not a bundle of the form
	// "baocao/bundle@1"; nothing of it was imported.
	ErrBadBundle = errors.New("Tệp gói bản nháp không đọc được nên chưa nhập bản nháp nào; hãy chọn đúng tệp .json do lệnh \"baocao bundle export\" tạo ra.")

	// ErrNoBackup means there is no backup copy to restore.
	ErrNoBackup = errors.New("Chưa có bản sao lưu nào của tệp bản nháp; không có gì để khôi phục.")

	// ErrClosed means the Store was used after Close.
	ErrClosed = errors.New("Kho bản nháp đã đóng; hãy mở lại baocao.")
)

// Error is a store failure with the file or draft it concerns. Kind is one
// of the sentinel errors above; Err, when not nil, is the underlying cause
// (an I/O error, a bbolt check failure, a *model.FormatError). errors.Is
// matches both Kind and Err.
type Error struct {
	Kind error
	// Path is the file concerned; empty when it is the open store's.
	Path string
	// Draft is the draft's ID as shown to users; empty when none.
	Draft string
	Err   error
}

// Error returns the Vietnamese text of Kind, then the file or draft, then
// the cause's detail.
func (e *Error) Error() string {
	msg := e.Kind.Error()
	if e.Kind == ErrCorrupt && e.Draft != "" {
		msg = fmt.Sprintf("Bản nháp này bị hỏng, không đọc được; hãy khôi phục một bản lưu trước của nó (phím h trong danh sách bản nháp, hoặc lệnh \"baocao history restore %s SỐ\"), hoặc một bản sao lưu bằng lệnh \"baocao restore\".", e.Draft)
	}
	if e.Draft != "" {
		msg += fmt.Sprintf(" (bản nháp số %s)", e.Draft)
	}
	if e.Path != "" {
		msg += fmt.Sprintf(" (tệp: %s)", e.Path)
	}
	if e.Err != nil {
		msg += " Chi tiết: " + e.Err.Error()
	}
	return msg
}

// Unwrap returns Kind and the cause.
func (e *Error) Unwrap() []error {
	if e.Err == nil {
		return []error{e.Kind}
	}
	return []error{e.Kind, e.Err}
}

// Message returns the Vietnamese text to show a user for any error the
// store returns: the store's own errors as they are, a report format error
// with a hint, and any other (an I/O failure) in a sentence that says what
// to do. It returns "" for nil.
func Message(err error) string {
	var se *Error
	var fe *model.FormatError
	switch {
	case err == nil:
		return ""
	case errors.As(err, &se):
		return se.Error()
	case isSentinel(err):
		return err.Error()
	case errors.As(err, &fe):
		return "Dữ liệu bản nháp không đọc được: " + fe.Error()
	}
	return ioMessage(err)
}

// ioMessage words an I/O failure: the common causes by name, any other
// with its system text.
func ioMessage(err error) string {
	switch {
	case errors.Is(err, syscall.ENOSPC):
		return "Ổ đĩa đã đầy nên không ghi được bản nháp; hãy xóa bớt tệp không cần rồi thử lại. (" + err.Error() + ")"
	case errors.Is(err, fs.ErrPermission), errors.Is(err, syscall.EROFS):
		return "Không có quyền ghi vào thư mục hoặc tệp bản nháp; hãy chọn một thư mục khác bằng --db hoặc nhờ người quản trị máy cấp quyền. (" + err.Error() + ")"
	}
	return "Không đọc hoặc ghi được tệp bản nháp: " + err.Error() +
		". Hãy kiểm tra ổ đĩa còn chỗ trống và quyền ghi thư mục, rồi thử lại."
}

func isSentinel(err error) bool {
	for _, s := range []error{ErrLocked, ErrNotFound, ErrCorrupt, ErrNewerSchema,
		ErrTrashed, ErrBadBundle, ErrNoBackup, ErrClosed} {
		if errors.Is(err, s) {
			return true
		}
	}
	return false
}

func corrupt(path string, err error) error {
	return &Error{Kind: ErrCorrupt, Path: path, Err: err}
}

func notFound(id string) error {
	return &Error{Kind: ErrNotFound, Draft: id}
}
