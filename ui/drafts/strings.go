package drafts

import (
	"fmt"
	"time"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/ui/common"
)

// Strings are the screen's own texts in one language (the rest are the
// program's, in common.Strings).
type Strings struct {
	KeyHistory, KeyTrash, KeyClearFilter, TrashEmpty, Untitled string
	KeyMark, KeyCompile                                        string
	KeyImport, KeyWord, KeyNext, KeySaveOutline                string
	KeyImportInto, KeyImportIntoBar                            string
	// NoSaver says the program cannot save outlines here.
	NoSaver string
	// NoPeriod says why a draft has no next period's report.
	NoPeriod func(id string) string
	// ConfirmDelete names the draft by number, title, unit and last
	// change, since two drafts often share a title.
	ConfirmDelete func(id, title, unit string, modified time.Time) string
	// UndeletedLast says which draft came back from the trash.
	UndeletedLast func(id, title string) string
}

// stringsFor picks the screen's texts in the language of the program's.
func stringsFor(s *common.Strings) Strings {
	if s.Lang == "en" {
		return English()
	}
	return Vietnamese()
}

// Vietnamese returns the Vietnamese texts.
func Vietnamese() Strings {
	return Strings{
		KeyHistory: "lịch sử", KeyTrash: "thùng rác", KeyClearFilter: "xóa bộ lọc", KeyImport: "đọc tệp cũ", KeyWord: "kiểm tra tệp Word",
		KeyNext: "báo cáo kỳ sau", KeyImportInto: "đọc tệp đã sửa vào bản nháp", KeyImportIntoBar: "đọc tệp vào",
		KeySaveOutline: "lưu dàn ý của bản nháp làm mẫu",
		NoSaver:        "Chương trình chạy thế này không lưu được dàn ý làm mẫu; hãy dùng lệnh baocao templates save NHÁP.",
		NoPeriod: func(id string) string {
			return "Bản nháp " + id + ": " + model.ErrNoPeriod.Error() + "."
		},
		KeyMark: "đánh dấu", KeyCompile: "tổng hợp các bản đã đánh dấu",
		TrashEmpty: "Thùng rác trống; không có bản nháp nào để lấy lại.", Untitled: "(chưa đặt tên)",
		ConfirmDelete: func(id, title, unit string, mod time.Time) string {
			if unit != "" {
				unit = ", " + unit
			}
			return fmt.Sprintf("Xóa bản nháp số %s — “%s”%s, sửa lần cuối %s? Bản nháp vào thùng rác 30 ngày và lấy lại được (phím u, hoặc t để xem thùng rác). Nhấn y để xóa, n để thôi.",
				id, title, unit, mod.Local().Format("15:04 02/01/2006"))
		},
		UndeletedLast: func(id, title string) string {
			return fmt.Sprintf("Đã lấy lại bản nháp số %s (“%s”) từ thùng rác.", id, title)
		},
	}
}

// English returns the English texts.
func English() Strings {
	return Strings{
		KeyHistory: "history", KeyTrash: "trash", KeyClearFilter: "clear filter", KeyImport: "import file", KeyWord: "check a Word file",
		KeyNext: "next period's report", KeyImportInto: "read an edited copy into the draft", KeyImportIntoBar: "read into",
		KeySaveOutline: "save the draft's outline as a template",
		NoSaver:        "This program cannot save outlines here; use the command baocao templates save DRAFT.",
		NoPeriod: func(id string) string {
			return "Draft " + id + ": its subject names no reporting period (week, month, quarter, 6 months or year), " +
				"so the next one is unknown; write the period in the subject, e.g. “tháng 6 năm 2026”, and try again."
		},
		KeyMark: "mark", KeyCompile: "compile the marked drafts",
		TrashEmpty: "The trash is empty; there is no draft to take back.", Untitled: "(untitled)",
		ConfirmDelete: func(id, title, unit string, mod time.Time) string {
			if unit != "" {
				unit = ", " + unit
			}
			return fmt.Sprintf("Delete draft %s — “%s”%s, last changed %s? It goes to the trash for 30 days and can be taken back (u, or t to see the trash). Press y to delete, n to keep.",
				id, title, unit, mod.Local().Format("2006-01-02 15:04"))
		},
		UndeletedLast: func(id, title string) string {
			return fmt.Sprintf("Took draft %s (“%s”) back from the trash.", id, title)
		},
	}
}
