package export

import (
	"fmt"

	"github.com/baocao/baocao/model"
)

// texts are the export form's own texts, besides common.Strings'.
type texts struct {
	Hint              string
	KeyExportNow      string
	KeyOtherField     string
	ConfirmUnfinished func(errors, unfilled int) string
	RememberFailed    func(err error) string
	// IssueNote names the number and day an imported report leaves blank
	// for the văn thư (model.LeftForIssue); "" when none.
	IssueNote func(number, day bool) string
}

// textsFor returns the texts of a language ("vi" or "en").
func textsFor(lang string) texts {
	if lang == "en" {
		return texts{
			Hint:          "enter exports at once from either field; tab moves between them.",
			KeyExportNow:  "export now",
			KeyOtherField: "other field",
			ConfirmUnfinished: func(e, unfilled int) string {
				switch {
				case e > 0 && unfilled > 0:
					return fmt.Sprintf("The report still has %d errors and %d fields to fill in (below). Press y to export anyway, n to go back.", e, unfilled)
				case unfilled > 0:
					return fmt.Sprintf("The report still has %d fields to fill in (below). Press y to export anyway, n to go back.", unfilled)
				}
				return fmt.Sprintf("The report still has %d errors (below). Press y to export anyway, n to go back.", e)
			},
			RememberFailed: func(err error) string {
				return fmt.Sprintf("Exported, but the folder could not be remembered for next time: %v", err)
			},
			IssueNote: func(number, day bool) string {
				switch {
				case number && day:
					return "Note: the number and day are left blank — the văn thư fills them in at issue."
				case number:
					return "Note: the number is left blank — the văn thư fills it in at issue."
				case day:
					return "Note: the day is left blank — the văn thư fills it in at issue."
				}
				return ""
			},
		}
	}
	return texts{
		Hint:          "enter: xuất ngay, ở ô nào cũng được; tab: sang ô kia.",
		KeyExportNow:  "xuất ngay",
		KeyOtherField: "sang ô kia",
		ConfirmUnfinished: func(e, unfilled int) string {
			switch {
			case e > 0 && unfilled > 0:
				return fmt.Sprintf("Báo cáo còn %d lỗi và %d mục chưa điền (dưới đây). Nhấn y để vẫn xuất, n để quay lại.", e, unfilled)
			case unfilled > 0:
				return fmt.Sprintf("Báo cáo còn %d mục chưa điền (dưới đây). Nhấn y để vẫn xuất, n để quay lại.", unfilled)
			}
			return fmt.Sprintf("Báo cáo còn %d lỗi (dưới đây). Nhấn y để vẫn xuất, n để quay lại.", e)
		},
		RememberFailed: func(err error) string {
			return fmt.Sprintf("Đã xuất, nhưng không ghi nhớ được thư mục cho lần sau: %v", err)
		},
		IssueNote: func(number, day bool) string {
			if note := model.IssueNote(number, day); note != "" {
				return "Lưu ý: " + note + "."
			}
			return ""
		},
	}
}
