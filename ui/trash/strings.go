package trash

import (
	"fmt"
	"strings"

	"github.com/baocao/baocao/ui/common"
)

// Strings are the screen's texts in one language.
type Strings struct {
	Title, Empty, Loading, NoStore string
	KeyRestore, KeyEmpty           string
	Heading                        func(n, days int) string
	Deleted                        func(ago string, daysLeft int) string
	Draft                          func(id, title, unit string) string
	Restored                       func(name string) string
	Emptied                        func(n int) string
	ConfirmEmpty                   func(names []string, more int) string
	untitled                       string
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
		Title: "Thùng rác", Empty: "Thùng rác trống. Bản nháp bị xóa bằng phím x nằm ở đây 30 ngày.",
		Loading: "Đang đọc thùng rác…", NoStore: "Kho bản nháp này không có thùng rác.",
		KeyRestore: "lấy lại", KeyEmpty: "dọn sạch thùng rác", untitled: "(chưa đặt tên)",
		Heading: func(n, days int) string {
			return fmt.Sprintf("Thùng rác · %d bản nháp · tự xóa hẳn sau %d ngày", n, days)
		},
		Deleted: func(ago string, left int) string {
			if left == 0 {
				return "xóa " + ago + " · sẽ xóa hẳn khi mở lại baocao"
			}
			return fmt.Sprintf("xóa %s · còn %d ngày", ago, left)
		},
		Draft: func(id, title, unit string) string {
			if unit == "" {
				return fmt.Sprintf("Nháp %s · %s", id, title)
			}
			return fmt.Sprintf("Nháp %s · %s — %s", id, title, unit)
		},
		Restored: func(name string) string { return "Đã lấy lại " + name + "." },
		Emptied:  func(n int) string { return fmt.Sprintf("Đã xóa hẳn %d bản nháp.", n) },
		ConfirmEmpty: func(names []string, more int) string {
			list := strings.Join(names, "; ")
			if more > 0 {
				list += fmt.Sprintf(" và %d bản khác", more)
			}
			return fmt.Sprintf("Xóa hẳn %d bản nháp: %s, cùng mọi bản lưu của chúng? Không lấy lại được. Nhấn y để xóa hẳn, n để thôi.",
				len(names)+more, list)
		},
	}
}

// English returns the English texts.
func English() Strings {
	return Strings{
		Title: "Trash", Empty: "The trash is empty. Drafts deleted with x stay here for 30 days.",
		Loading: "Reading the trash…", NoStore: "This drafts store has no trash.",
		KeyRestore: "take back", KeyEmpty: "empty the trash", untitled: "(untitled)",
		Heading: func(n, days int) string {
			return fmt.Sprintf("Trash · %s · deleted for good after %d days", drafts(n), days)
		},
		Deleted: func(ago string, left int) string {
			if left == 0 {
				return "deleted " + ago + " · goes for good when baocao next opens"
			}
			return fmt.Sprintf("deleted %s · %d days left", ago, left)
		},
		Draft: func(id, title, unit string) string {
			if unit == "" {
				return fmt.Sprintf("Draft %s · %s", id, title)
			}
			return fmt.Sprintf("Draft %s · %s — %s", id, title, unit)
		},
		Restored: func(name string) string { return "Took back " + name + "." },
		Emptied:  func(n int) string { return fmt.Sprintf("Deleted %s for good.", drafts(n)) },
		ConfirmEmpty: func(names []string, more int) string {
			list := strings.Join(names, "; ")
			if more > 0 {
				list += fmt.Sprintf(" and %d more", more)
			}
			return fmt.Sprintf("Delete %s for good: %s, with all their revisions? This cannot be undone. Press y to delete, n to keep them.",
				drafts(len(names)+more), list)
		},
	}
}

// drafts is "1 draft" or "n drafts".
func drafts(n int) string {
	if n == 1 {
		return "1 draft"
	}
	return fmt.Sprintf("%d drafts", n)
}
