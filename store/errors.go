package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
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
	// fails the consistency check. The store has not written to it.
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

	// ErrBackup means the automatic backup on open was not taken (a draft
	// that does not decode, a folder that cannot be written, a full
	// disk); the earlier backups are kept. Open still succeeds: see
	// Store.BackupError.
	ErrBackup = errors.New("Chưa sao lưu tự động được tệp bản nháp; các bản sao lưu trước vẫn được giữ nguyên.")

	// ErrOwnFile means a file was to be written over the drafts file or
	// one of its backups (an export, a bundle or a backup named so, or a
	// link to it); nothing was written. See Overwrites.
	ErrOwnFile = errors.New("Tệp muốn ghi là tệp bản nháp của baocao hoặc một bản sao lưu của nó; ghi đè lên đó sẽ mất bản nháp nên baocao không ghi, kể cả khi có --force. Hãy chọn tên tệp khác.")

	// ErrRestoreReadOnly means RestoreBackup was to replace a drafts file
	// that the user made read-only (no write permission) or that lies on
	// read-only media; nothing was changed. See WithReplaceReadOnly.
	ErrRestoreReadOnly = errors.New("Tệp bản nháp đang để chỉ đọc (không cho ghi) nên baocao không thay nó bằng bản sao lưu; tệp không bị thay đổi. Hãy cho phép ghi tệp (bỏ thuộc tính chỉ đọc) rồi khôi phục lại, hoặc thêm --replace-read-only nếu bạn chắc chắn muốn thay tệp chỉ đọc này.")

	// ErrReadOnly means the store was opened read-only (the file has no
	// write permission, or lies on read-only media): drafts can be listed,
	// read, exported and bundled, but nothing can be saved.
	ErrReadOnly = errors.New("Tệp bản nháp đang mở ở chế độ chỉ xem (tệp không cho ghi hoặc nằm trên ổ chỉ đọc) nên thay đổi này chưa được lưu; hãy xuất bản nháp ra tệp, hoặc chép tệp bản nháp sang một thư mục ghi được rồi mở bằng --db.")
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
		msg += " Chi tiết: " + detail(e.Err)
	}
	return msg
}

// detail words the cause of an Error: an I/O failure by its cause (see
// ioMessage), anything else as it is.
func detail(err error) string {
	var pe *fs.PathError
	var le *os.LinkError
	var errno syscall.Errno
	if errors.As(err, &pe) || errors.As(err, &le) || errors.As(err, &errno) {
		return ioMessage(err)
	}
	return err.Error()
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

// ioMessage words an I/O failure by its cause (a full disk, read-only
// media, a missing folder, a name too long, no permission, a folder where
// a file was expected), naming the path; any other with its system text.
func ioMessage(err error) string {
	path, what := pathOf(err), "tệp hoặc thư mục"
	if path != "" {
		what = path
	}
	var ae *accessError
	switch {
	case errors.Is(err, syscall.ENOSPC), errors.Is(err, syscall.EDQUOT):
		return "Ổ đĩa đã đầy nên không ghi được " + what + "; hãy xóa bớt tệp không cần rồi thử lại. (" + err.Error() + ")"
	case errors.Is(err, syscall.EROFS):
		return "Ổ đĩa chứa " + what + " chỉ cho đọc nên không ghi được; hãy chọn một thư mục trên ổ khác. (" + err.Error() + ")"
	case errors.Is(err, syscall.ENAMETOOLONG):
		return "Tên tệp hoặc đường dẫn quá dài: " + what + "; hãy chọn tên hoặc thư mục ngắn hơn."
	case errors.Is(err, syscall.EISDIR):
		return what + " là một thư mục, không phải tệp; hãy chỉ rõ tên tệp trong thư mục đó."
	case errors.Is(err, syscall.ENOTDIR) && !errors.Is(err, fs.ErrNotExist): // Windows: ENOTDIR is path-not-found
		return "Một phần của đường dẫn " + what + " là tệp chứ không phải thư mục; hãy kiểm tra lại đường dẫn."
	case errors.Is(err, fs.ErrNotExist):
		return missingMessage(path, err)
	case errors.As(err, &ae) && errors.Is(err, fs.ErrPermission) && !ae.write:
		return "Không có quyền đọc " + what + "; hãy nhờ người quản trị máy cấp quyền đọc, hoặc chọn tệp khác. (" + err.Error() + ")"
	case errors.Is(err, fs.ErrPermission):
		return "Không có quyền ghi vào " + what + "; hãy chọn một thư mục khác bằng --db hoặc nhờ người quản trị máy cấp quyền. (" + err.Error() + ")"
	}
	return "Không đọc hoặc ghi được " + what + ": " + err.Error() + ". Hãy kiểm tra ổ đĩa (đã cắm chắc, còn hoạt động) rồi thử lại."
}

// missingMessage names what is missing: the folder when the path's folder
// does not exist, else the file.
func missingMessage(path string, err error) string {
	if path == "" {
		return "Không tìm thấy tệp hoặc thư mục: " + err.Error() + "."
	}
	dir := filepath.Dir(path)
	if _, serr := os.Stat(dir); serr != nil {
		return "Không có thư mục " + dir + " (chưa được tạo, đã bị xóa hoặc đổi tên); hãy tạo thư mục đó hoặc chọn một thư mục khác."
	}
	return "Không có tệp " + path + "; hãy kiểm tra lại tên tệp."
}

// pathOf returns the path an I/O error names, if any.
func pathOf(err error) string {
	var pe *fs.PathError
	var le *os.LinkError
	switch {
	case errors.As(err, &pe):
		return pe.Path
	case errors.As(err, &le):
		return le.New
	}
	return ""
}

// accessError marks an I/O error with what the store was doing, reading
// or writing, so that a permission error says which right is missing.
type accessError struct {
	write bool
	err   error
}

func (e *accessError) Error() string { return e.err.Error() }
func (e *accessError) Unwrap() error { return e.err }

// readError marks err (if any) as a failure to read.
func readError(err error) error {
	if err == nil {
		return nil
	}
	return &accessError{err: err}
}

// writeError marks err (if any) as a failure to write.
func writeError(err error) error {
	if err == nil {
		return nil
	}
	return &accessError{write: true, err: err}
}

func isSentinel(err error) bool {
	for _, s := range []error{ErrLocked, ErrNotFound, ErrCorrupt, ErrNewerSchema,
		ErrTrashed, ErrBadBundle, ErrNoBackup, ErrClosed, ErrReadOnly, ErrBackup, ErrOwnFile, ErrRestoreReadOnly} {
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
