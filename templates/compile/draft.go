package compile

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/baocao/baocao/model"
)

// The fields of the compiled outlines the program writes itself.
const (
	FieldReceived = "I.received"
	FieldStaffing = "I.staffing"
)

// draft is the compiled report: the target outline's defaults, the
// receipt and staffing paragraphs, and under every answer field of the
// source outline the units' texts, each labelled by unit, up to
// model.MaxFieldLen (see gathered). Fields the compiled outline has no
// place for, and units' texts a full field left out, are listed as issues.
func (res *Result) draft() model.Report {
	r := model.New(res.Target)
	r.Answers = map[string]model.Answer{}
	r.Answers[FieldReceived] = model.Answer{Text: res.receivedText()}
	if text := res.staffingText(); text != "" {
		r.Answers[FieldStaffing] = model.Answer{Text: text}
	}
	r.Normalize()
	// The units' answers were cleaned when their reports were read and are
	// joined by labels and line breaks only: they are not cleaned again.
	for _, s := range res.Source.Sections {
		for _, f := range s.Fields {
			if f.Bind != "" {
				continue
			}
			g := res.fields[f.ID]
			if g == nil || g.b.Len() == 0 && g.left == 0 {
				continue
			}
			if _, _, ok := res.Target.Field(f.ID); !ok {
				res.issue(IssueNoPlace, f.Label, fmt.Sprintf("dàn ý %s không có trường %q nên phần trả lời của các đơn vị cho mục này không được gom; hãy thêm trường đó vào dàn ý tổng hợp", res.Target.ID, f.ID))
				continue
			}
			if g.b.Len() > 0 {
				r.Answers[f.ID] = model.Answer{Text: g.b.String()}
			}
			if g.left > 0 {
				res.leftIssue(f, g)
			}
		}
	}
	res.fillTables(&r)
	res.fields = nil // in the draft now
	return r
}

// answerText is one unit's answer as gathered text: a narrative's
// paragraphs, a list as "- " lines below the label, "Không." for a
// deliberate none.
func answerText(r model.Report, f model.Field) string {
	a := r.Answers[f.ID]
	switch {
	case a.None:
		return "Không."
	case f.Kind == model.FieldBullets:
		var b strings.Builder
		for _, it := range a.Items {
			if it = strings.TrimSpace(it); it != "" {
				b.WriteString("\n- " + it)
			}
		}
		return b.String()
	}
	var lines []string
	for _, line := range strings.Split(a.Text, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			lines = append(lines, line)
		}
	}
	return strings.Join(lines, "\n")
}

// receivedText is the paragraph on what was received: how many units
// reported and did not, which were late, which reported twice.
func (res *Result) receivedText() string {
	n := len(res.Units)
	var b strings.Builder
	if res.Expected > 0 {
		fmt.Fprintf(&b, "Đã nhận báo cáo của %s/%s đơn vị phải báo cáo", Count(res.Expected-len(res.Missing)), Count(res.Expected))
		if len(res.Missing) > 0 {
			fmt.Fprintf(&b, "; còn %s đơn vị chưa báo cáo: %s", Count(len(res.Missing)), nameList(res.Missing))
		} else {
			b.WriteString("; không còn đơn vị nào chưa báo cáo")
		}
		if k := res.unexpected(); k > 0 {
			fmt.Fprintf(&b, "; ngoài ra có %s đơn vị không thuộc danh sách đã báo cáo", Count(k))
		}
	} else {
		fmt.Fprintf(&b, "Đã nhận báo cáo của %s đơn vị", Count(n))
	}
	b.WriteString(".")
	if late := res.labels(IssueLate); len(late) > 0 {
		fmt.Fprintf(&b, "\nCó %s đơn vị báo cáo sau thời hạn ngày %s: %s.", Count(len(late)), res.Deadline.Short(), nameList(late))
	}
	if dup := res.labels(IssueDuplicate); len(dup) > 0 {
		fmt.Fprintf(&b, "\nCó %s đơn vị gửi báo cáo nhiều lần (%s); bản tổng hợp dùng báo cáo mới nhất của mỗi đơn vị.", Count(len(dup)), nameList(dup))
	}
	if k := len(res.Issues) - len(res.labels(IssueMissing)); k > 0 {
		b.WriteString("\nCác điểm chưa thống nhất giữa các báo cáo được liệt kê trong bảng tính kèm theo để đối chiếu với đơn vị.")
	}
	return b.String()
}

// listBudget is how many characters each list of names in the receipt
// paragraph may take: its three lists keep it within model.MaxFieldLen.
const listBudget = model.MaxFieldLen / 4

// nameList joins names with commas up to listBudget characters; the names
// past it are counted ("và 1.234 đơn vị khác"), the workbook lists them.
func nameList(names []string) string {
	n := 0
	for i, name := range names {
		if n += utf8.RuneCountInString(name) + 2; n > listBudget {
			return strings.Join(names[:i], ", ") + fmt.Sprintf(" và %s đơn vị khác (xem trang %q của bảng tính)", Count(len(names)-i), SheetSubmissions)
		}
	}
	return strings.Join(names, ", ")
}

func (res *Result) unexpected() int { return len(res.labels(IssueUnexpected)) }

func (res *Result) labels(k IssueKind) []string {
	var out []string
	for _, is := range res.Issues {
		if is.Kind == k {
			out = append(out, is.Unit)
		}
	}
	return out
}

// aggRow is one position of the staffing totals across units.
type aggRow struct {
	title      string
	group      model.Group
	order      int
	start, now int
}

// staffingText writes the totals across units (see addStaff) the way a
// unit's own staffing paragraphs read: the total, then cán bộ by position,
// then công chức by title.
func (res *Result) staffingText() string {
	rows, terms := res.staff, res.terms
	list := make([]*aggRow, 0, len(rows))
	for _, a := range rows {
		list = append(list, a)
	}
	slices.SortFunc(list, func(a, b *aggRow) int {
		if a.order != b.order {
			return a.order - b.order
		}
		return strings.Compare(a.title, b.title)
	})
	term := ""
	if len(terms) == 1 {
		for t := range terms {
			if t != "" {
				term = " " + t
			}
		}
	}
	var paras []string
	for _, snap := range []model.Snapshot{model.AtStart, model.AtNow} {
		if p := res.snapshotText(list, snap, term); p != "" {
			paras = append(paras, p)
		}
	}
	return strings.Join(paras, "\n")
}

func positionOrder(cat model.Catalogue, row model.StaffRow) int {
	if len(row.Roles) > 0 {
		for i, p := range cat.Positions {
			if p.ID == row.Roles[0] {
				return i
			}
		}
	}
	return len(cat.Positions)
}

func (res *Result) snapshotText(list []*aggRow, snap model.Snapshot, term string) string {
	var cadre, civil, total int
	var cadreParts, civilParts []string
	for _, a := range list {
		n := a.now
		if snap == model.AtStart {
			n = a.start
		}
		if n == 0 {
			continue
		}
		part := a.title + ": " + Count(n)
		if a.group == model.GroupCadre {
			cadre += n
			cadreParts = append(cadreParts, part)
		} else {
			civil += n
			civilParts = append(civilParts, part)
		}
		total += n
	}
	if total == 0 {
		return ""
	}
	lead := "Hiện nay"
	if snap == model.AtStart {
		lead = "Đầu nhiệm kỳ" + term
	}
	return fmt.Sprintf("%s, tổng số cán bộ, công chức của %s đơn vị đã báo cáo là %s người, trong đó: %s; %s.",
		lead, Count(len(res.Units)), Count(total),
		groupText("cán bộ", cadre, "chức vụ", cadreParts), groupText("công chức", civil, "chức danh", civilParts))
}

func groupText(group string, n int, noun string, parts []string) string {
	if n == 0 {
		return "không có " + group
	}
	return fmt.Sprintf("%s %s người, giữ các %s %s", group, Count(n), noun, strings.Join(parts, ", "))
}

// Count writes a count as reports do: two digits under ten (05), and
// thousands grouped with dots (1.234).
func Count(n int) string {
	if n >= 0 && n < 10 {
		return model.CountText(n)
	}
	s := strconv.Itoa(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}
