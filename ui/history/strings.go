package history

import (
	"fmt"
	"strings"
	"time"

	"github.com/baocao/baocao/model/diff"
	"github.com/baocao/baocao/ui/common"
)

// Strings are the screen's texts in one language.
type Strings struct {
	Title, Loading, NoStore, NoRevisions, Unreadable, Oldest string
	NoCurrent, NoChange, ReadOnly                            string
	NoOutline                                                func(outline string) string
	KeyView, KeyCompare, KeyRestore, KeyUndo, KeyHistory     string
	Heading                                                  func(id, title string, n int) string
	Entry                                                    func(rev uint64, saved time.Time, done, required int) string
	Change                                                   func(d diff.Diff) string
	Compared                                                 func(rev uint64, d diff.Diff) string
	Viewing                                                  func(rev uint64, saved time.Time) string
	ConfirmRestore                                           func(rev uint64, saved time.Time) string
	Restored                                                 func(rev, replaced uint64) string
	Undone                                                   func(rev uint64) string
}

// stringsFor picks the screen's texts in the language of the program's.
func stringsFor(s *common.Strings) Strings {
	if s.Lang == "en" {
		return English()
	}
	return Vietnamese()
}

const (
	viTime = "15:04 02/01/2006"
	enTime = "2006-01-02 15:04"
)

// Vietnamese returns the Vietnamese texts.
func Vietnamese() Strings {
	return Strings{
		Title: "Lịch sử sửa", Loading: "Đang đọc lịch sử sửa…", NoStore: "Kho bản nháp này không giữ lịch sử sửa.",
		NoRevisions: "Chưa có bản lưu nào.", Unreadable: "không đọc được bản lưu này", Oldest: "bản lưu cũ nhất còn giữ",
		NoCurrent: "Không đọc được bản hiện tại nên không so sánh được.", NoChange: "Bản lưu này giống hệt bản hiện tại.",
		ReadOnly: "chỉ xem", KeyView: "xem trang", KeyCompare: "so với bản hiện tại", KeyRestore: "khôi phục",
		KeyUndo: "hoàn tác khôi phục", KeyHistory: "lịch sử sửa",
		NoOutline: func(outline string) string {
			return fmt.Sprintf("Không có dàn ý %q mà bản lưu theo, nên không dàn được trang; dưới đây là nội dung từng trường.", outline)
		},
		Heading: func(id, title string, n int) string {
			return fmt.Sprintf("Lịch sử sửa · bản nháp số %s · %s · %d bản lưu", id, title, n)
		},
		Entry: func(rev uint64, saved time.Time, done, required int) string {
			return fmt.Sprintf("Bản lưu %d · %s · %d/%d mục xong", rev, saved.Local().Format(viTime), done, required)
		},
		Change: func(d diff.Diff) string { return d.Summary() },
		Compared: func(rev uint64, d diff.Diff) string {
			return fmt.Sprintf("Bản lưu %d → bản hiện tại: %s. Chữ bị bỏ trong [-…-], chữ thêm trong {+…+}.", rev, d.Summary())
		},
		Viewing: func(rev uint64, saved time.Time) string {
			return fmt.Sprintf("Bản lưu %d · lưu lúc %s · chỉ xem", rev, saved.Local().Format(viTime))
		},
		ConfirmRestore: func(rev uint64, saved time.Time) string {
			return fmt.Sprintf("Khôi phục bản lưu %d (lưu lúc %s)? Nội dung hiện tại được giữ thành một bản lưu mới nên vẫn quay lại được. Nhấn y để khôi phục, n để thôi.",
				rev, saved.Local().Format(viTime))
		},
		Restored: func(rev, replaced uint64) string {
			return fmt.Sprintf("Đã khôi phục bản lưu %d; bản trước đó giữ thành bản lưu %d (u để quay lại).", rev, replaced)
		},
		Undone: func(rev uint64) string {
			return fmt.Sprintf("Đã quay lại nội dung trước lần khôi phục (bản lưu %d).", rev)
		},
	}
}

// English returns the English texts.
func English() Strings {
	return Strings{
		Title: "History", Loading: "Reading the history…", NoStore: "This drafts store keeps no history.",
		NoRevisions: "No revision yet.", Unreadable: "this revision cannot be read", Oldest: "oldest revision kept",
		NoCurrent: "The current draft cannot be read, so it cannot be compared.", NoChange: "This revision is the same as the current draft.",
		NoOutline: func(outline string) string {
			return fmt.Sprintf("There is no outline %q, which the revision follows, so no page can be laid out; below is the content field by field.", outline)
		},
		ReadOnly: "read-only", KeyView: "view page", KeyCompare: "compare with current", KeyRestore: "restore",
		KeyUndo: "undo restore", KeyHistory: "history",
		Heading: func(id, title string, n int) string {
			return fmt.Sprintf("History · draft %s · %s · %d revisions", id, title, n)
		},
		Entry: func(rev uint64, saved time.Time, done, required int) string {
			return fmt.Sprintf("Revision %d · %s · %d/%d sections done", rev, saved.Local().Format(enTime), done, required)
		},
		Change: englishChange,
		Compared: func(rev uint64, d diff.Diff) string {
			return fmt.Sprintf("Revision %d → the current draft: %s. Removed words in [-…-], added words in {+…+}.", rev, englishChange(d))
		},
		Viewing: func(rev uint64, saved time.Time) string {
			return fmt.Sprintf("Revision %d · saved %s · read-only", rev, saved.Local().Format(enTime))
		},
		ConfirmRestore: func(rev uint64, saved time.Time) string {
			return fmt.Sprintf("Restore revision %d (saved %s)? The current content is kept as a new revision, so you can go back. Press y to restore, n to keep.",
				rev, saved.Local().Format(enTime))
		},
		Restored: func(rev, replaced uint64) string {
			return fmt.Sprintf("Restored revision %d; the content before is kept as revision %d (u to go back).", rev, replaced)
		},
		Undone: func(rev uint64) string {
			return fmt.Sprintf("Back to the content before the restore (revision %d).", rev)
		},
	}
}

func englishChange(d diff.Diff) string {
	if d.Empty() {
		return "no change to the content"
	}
	return fmt.Sprintf("%d section(s) changed (%s) · %d characters added, %d removed",
		len(d.Sections), strings.Join(d.Labels(), ", "), d.Added, d.Removed)
}
