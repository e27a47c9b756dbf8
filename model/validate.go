package model

import (
	"fmt"
	"sort"
	"strings"
)

// Validate checks a report against its outline and the staffing rules and
// returns every problem, in outline order. It is pure and cheap enough to run
// on every keystroke.
func Validate(r Report, o Outline, rules Rules) []Problem {
	v := validator{r: &r, o: o, rules: rules}
	for i, s := range o.Sections {
		for _, f := range s.Fields {
			v.field(s, f)
		}
		if s.NeedContent {
			v.content(o.Subtree(i))
		}
	}
	v.dates()
	v.dated()
	v.signerRules()
	v.partyEnding()
	v.orphans()
	return v.out
}

// orphans warns of every answer with content whose field the outline does
// not have (the outline file was edited, or the report came from another
// outline): no document prints it, so the clerk must see that it is there.
func (v *validator) orphans() {
	ids := map[string]bool{}
	for _, s := range v.o.Sections {
		for _, f := range s.Fields {
			ids[f.ID] = true
		}
	}
	var lost []string
	for id, a := range v.r.Answers {
		if !ids[id] && (strings.TrimSpace(a.Text) != "" || len(nonEmpty(a.Items)) > 0 || !a.Table.IsEmpty()) {
			lost = append(lost, id)
		}
	}
	sort.Strings(lost)
	for _, id := range lost {
		v.add("answers."+id, Warning, fmt.Sprintf("Có nội dung trả lời cho trường %q nhưng dàn ý %q không có trường này nên nội dung đó không được in ra văn bản; hãy chép nó sang mục đúng (nội dung vẫn còn trong bản xuất JSON của báo cáo), hoặc dùng lại dàn ý có trường đó.", id, v.o.ID))
	}
}

// validator collects problems while walking a report.
type validator struct {
	r     *Report
	o     Outline
	rules Rules
	out   []Problem
	where map[string]place // pathOf each field → its first place; built on first use
	// catalogues holds the staffing catalogues made so far (see catalogue).
	catalogues []madeCatalogue
}

// place is a field's position in the outline, in outline order (n).
type place struct {
	n              int
	section, field string
}

func (v *validator) add(path string, sev Severity, msg string) {
	sec, fld := v.locate(path)
	v.out = append(v.out, Problem{Path: path, Section: sec, Field: fld, Severity: sev, Message: msg})
}

// locate finds the outline field a problem path belongs to: the first field
// in outline order whose path is the problem's path or a part of it ending
// before a "." or "[". An index of the fields' paths makes this cost the
// length of the path, not the size of the outline.
func (v *validator) locate(path string) (section, field string) {
	if v.where == nil {
		v.where = make(map[string]place)
		n := 0
		for _, s := range v.o.Sections {
			for _, f := range s.Fields {
				if _, ok := v.where[pathOf(f)]; !ok {
					v.where[pathOf(f)] = place{n: n, section: s.ID, field: f.ID}
				}
				n++
			}
		}
	}
	best := place{n: -1}
	try := func(p string) {
		if at, ok := v.where[p]; ok && (best.n < 0 || at.n < best.n) {
			best = at
		}
	}
	try(path)
	for i := 0; i < len(path); i++ {
		if path[i] == '.' || path[i] == '[' {
			try(path[:i])
		}
	}
	return best.section, best.field
}

// pathOf is the problem path of a field: its bind, or "answers.<ID>".
func pathOf(f Field) string {
	if f.Bind != "" {
		return f.Bind
	}
	return "answers." + f.ID
}

func (v *validator) field(s Section, f Field) {
	if !Filled(*v.r, f) {
		if Asked(*v.r, f) {
			v.add(pathOf(f), Error, missingMessage(f))
		}
		return
	}
	if a, ok := v.r.Answers[f.ID]; ok && a.None && !f.NoneOK {
		v.add(pathOf(f), Error, fmt.Sprintf("Mục %q không được trả lời \"Không\"; hãy viết nội dung.", f.Label))
	}
	switch f.Kind {
	case FieldDate:
		v.date(f)
	case FieldInteger:
		v.integer(f)
	case FieldChoice:
		v.choice(f)
	case FieldStaffing:
		v.staffing()
	case FieldRecipients:
		v.recipients()
	case FieldTable:
		v.table(f)
	}
}

// Asked reports whether a field must be answered in this report: it is
// required, applies to the unit (the class, phân loại, exists only for
// commune-level units), and, for the directive's fields, the report is
// based on a directive (see NoDirective).
func Asked(r Report, f Field) bool {
	return f.Required && (f.Bind != "unit.class" || r.Unit.Kind.IsCommuneLevel()) &&
		!(strings.HasPrefix(f.Bind, "directive.") && NoDirective(r))
}

// NoDirective reports a report based on no directive (an internal rule, a
// periodic duty): its own opening sentence names none, so the directive's
// fields are not asked for.
func NoDirective(r Report) bool {
	return strings.TrimSpace(r.Opening) != "" && r.Directive == (Directive{})
}

// content checks that a NeedContent section and its subsections say
// something: at least one field filled with more than "Không".
func (v *validator) content(tree []Section) {
	for _, s := range tree {
		for _, f := range s.Fields {
			if Filled(*v.r, f) && !v.r.Answers[f.ID].None {
				return
			}
		}
	}
	s := tree[0]
	v.out = append(v.out, Problem{Path: "sections." + s.ID, Section: s.ID, Severity: Error, Message: fmt.Sprintf(
		"Mục %s. %s chưa có nội dung nào; hãy viết nội dung cụ thể cho ít nhất một mục con; không thể trả lời \"Không\" cho tất cả.",
		s.Number, s.Heading)})
}

func missingMessage(f Field) string {
	if f.NoneOK {
		return fmt.Sprintf("Chưa điền %q. Hãy viết nội dung, hoặc chọn \"Không\" nếu đơn vị không có gì để báo cáo.", f.Label)
	}
	return fmt.Sprintf("Chưa điền %q; đây là mục bắt buộc.", f.Label)
}

// Filled reports whether a field has a value: text, list items, staffing
// rows, recipients, a signer's name (a title alone is only the outline's
// default), a table with a typed cell, or a deliberate "Không".
func Filled(r Report, f Field) bool {
	switch f.Kind {
	case FieldStaffing:
		return len(r.Staffing.Rows) > 0
	case FieldRecipients:
		return len(nonEmpty(r.Recipients)) > 0
	case FieldSignature:
		return strings.TrimSpace(r.Signer.Name) != ""
	case FieldTable:
		return !r.Answers[f.ID].Table.IsEmpty()
	}
	if f.Bind != "" {
		return strings.TrimSpace(r.Text(f)) != ""
	}
	return !r.Answers[f.ID].IsEmpty()
}

func nonEmpty(list []string) []string {
	var out []string
	for _, s := range list {
		if strings.TrimSpace(s) != "" {
			out = append(out, s)
		}
	}
	return out
}

func (v *validator) date(f Field) {
	text := v.r.Text(f)
	d, err := ParseDate(text)
	if _, _, blank := ParseBlankDay(text); blank {
		if !v.r.Imported { // an imported draft's is named at export (LeftForIssue)
			v.add(pathOf(f), Warning, fmt.Sprintf("%q: chưa điền ngày (để văn thư điền khi ban hành); bản in để trống chỗ ngày.", f.Label))
		}
		return
	}
	if err != nil {
		v.add(pathOf(f), Error, fmt.Sprintf("%q: %q không phải ngày; hãy viết dạng ngày/tháng/năm, ví dụ 29/8/2023.", f.Label, text))
		return
	}
	if !d.Valid() {
		v.add(pathOf(f), Error, fmt.Sprintf("%q: ngày %s không có trên lịch; hãy kiểm tra lại ngày và tháng.", f.Label, text))
	}
}

func (v *validator) integer(f Field) {
	text := strings.TrimSpace(v.r.Text(f))
	for _, c := range text {
		if c < '0' || c > '9' {
			v.add(pathOf(f), Error, fmt.Sprintf("%q chỉ được chứa chữ số (ví dụ 197); hãy xóa ký tự %q.", f.Label, string(c)))
			return
		}
	}
	if strings.Trim(text, "0") == "" {
		v.add(pathOf(f), Error, fmt.Sprintf("%q phải là số lớn hơn 0.", f.Label))
	}
}

func (v *validator) choice(f Field) {
	if (f.Bind == "unit.kind" || f.Bind == "unit.class") && v.unitOptions() {
		return // judged by the date's kinds and classes (unitKind)
	}
	val := v.r.Text(f)
	var labels []string
	for _, opt := range f.Options {
		value, label := SplitOption(opt)
		if value == val {
			return
		}
		labels = append(labels, label)
	}
	v.add(pathOf(f), Error, fmt.Sprintf("%q: %q không có trong danh sách; hãy chọn một trong: %s.", f.Label, val, strings.Join(labels, ", ")))
}

// SplitOption splits a choice option "value=Label" into its parts; an option
// without "=" is its own label.
func SplitOption(opt string) (value, label string) {
	if i := strings.Index(opt, "="); i >= 0 {
		return strings.TrimSpace(opt[:i]), strings.TrimSpace(opt[i+1:])
	}
	return strings.TrimSpace(opt), strings.TrimSpace(opt)
}
