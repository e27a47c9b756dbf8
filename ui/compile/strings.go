package compile

import (
	"fmt"

	"github.com/baocao/baocao/ui/common"
)

// Strings are the screen's texts in one language.
type Strings struct {
	Title, Deadline, DeadlineHint, Expected, ExpectedHint, Workbook       string
	KeyCompile, KeyOpen, KeyBack, KeyScroll, Reading, Writing, NeedPath   string
	BadDeadline, NoExpected, NoIssues, Skipped, IssuesHead, NothingMarked string
	// Marked says how many drafts will be compiled.
	Marked func(n int) string
	// Done sums up the result.
	Done func(units, expected, missing int, path, id string) string
	// Failed says the compilation failed.
	Failed func(err error) string
}

func vietnamese() Strings {
	return Strings{
		Title: "Tổng hợp báo cáo", Deadline: "Hạn báo cáo", DeadlineHint: "ngày/tháng/năm; để trống nếu không xét hạn",
		Expected: "Danh sách đơn vị phải báo cáo", ExpectedHint: "tệp văn bản, mỗi dòng một tên; có thể để trống",
		Workbook: "Ghi bảng tính vào", KeyCompile: "tổng hợp", KeyOpen: "mở bản tổng hợp", KeyBack: "quay lại",
		KeyScroll: "cuộn", Reading: "Đang đọc các bản nháp…", Writing: "Đang ghi bảng tính và bản nháp tổng hợp…",
		NeedPath: "Hãy ghi tên tệp bảng tính, đuôi .xlsx.", BadDeadline: "Hạn báo cáo không phải ngày; hãy viết dạng ngày/tháng/năm, ví dụ 15/9/2023.",
		NoExpected: "Danh sách đơn vị không có tên nào; hãy ghi mỗi dòng một tên.", NoIssues: "Không có điểm bất thường nào.",
		Skipped: "Bỏ qua", IssuesHead: "Điểm bất thường (cũng có trong bảng tính):",
		NothingMarked: "Chưa đánh dấu bản nháp nào; hãy quay lại danh sách và đánh dấu các bản nháp cần tổng hợp.",
		Marked:        func(n int) string { return fmt.Sprintf("Tổng hợp %d bản nháp đã đánh dấu.", n) },
		Done: func(units, expected, missing int, path, id string) string {
			s := fmt.Sprintf("Đã tổng hợp %d đơn vị", units)
			if expected > 0 {
				s += fmt.Sprintf(" (%d/%d đơn vị phải báo cáo)", expected-missing, expected)
			}
			return s + fmt.Sprintf(". Bảng tính: %s. Bản nháp tổng hợp số %s.", path, id)
		},
		Failed: func(err error) string { return "Không tổng hợp được: " + err.Error() },
	}
}

func english() Strings {
	return Strings{
		Title: "Compile reports", Deadline: "Deadline", DeadlineHint: "day/month/year; empty for none",
		Expected: "List of units that must report", ExpectedHint: "a text file, one name a line; may be empty",
		Workbook: "Write the workbook to", KeyCompile: "compile", KeyOpen: "open the compiled draft", KeyBack: "back",
		KeyScroll: "scroll", Reading: "Reading the drafts…", Writing: "Writing the workbook and the compiled draft…",
		NeedPath: "Name the workbook file, ending in .xlsx.", BadDeadline: "The deadline is not a date; write day/month/year, e.g. 15/9/2023.",
		NoExpected: "The list of units has no name in it; write one name a line.", NoIssues: "No inconsistencies.",
		Skipped: "Skipped", IssuesHead: "Inconsistencies (also in the workbook):",
		NothingMarked: "No draft is marked; go back to the list and mark the drafts to compile.",
		Marked:        func(n int) string { return fmt.Sprintf("Compiling the %d marked drafts.", n) },
		Done: func(units, expected, missing int, path, id string) string {
			s := fmt.Sprintf("Compiled %d units", units)
			if expected > 0 {
				s += fmt.Sprintf(" (%d of %d expected)", expected-missing, expected)
			}
			return s + fmt.Sprintf(". Workbook: %s. Compiled draft %s.", path, id)
		},
		Failed: func(err error) string { return "Could not compile: " + err.Error() },
	}
}

// stringsFor picks the texts of the language the program's strings are in.
func stringsFor(s *common.Strings) Strings {
	if s != nil && s.Lang == "en" {
		return english()
	}
	return vietnamese()
}
