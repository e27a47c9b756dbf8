package model

import (
	"fmt"
	"strconv"
	"strings"
)

// dated runs the checks whose rules follow the report's own date: the
// unit's kind and class, bodies that had ceased to exist, and the term.
// A report without a valid date gets none of them (its date is reported
// with its field).
func (v *validator) dated() {
	d, own, ok := v.rules.ReportDate(*v.r)
	if !ok || !own {
		return
	}
	v.unitKind(d)
	v.abolished(d)
	v.term(d)
}

// unitOptions reports whether the unit's kind and class are judged by the
// dated units data rather than by the outline's options: the kind is a
// commune-level one and the data covers the report's date.
func (v *validator) unitOptions() bool {
	if !v.r.Unit.Kind.IsCommuneLevel() {
		return false
	}
	d, own, ok := v.rules.ReportDate(*v.r)
	if !ok || !own {
		return false
	}
	_, covered := v.rules.UnitsOn(d)
	return covered
}

// unitKind reports a commune-level kind or a class that did not exist on
// the report's date.
func (v *validator) unitKind(d Date) {
	u := v.r.Unit
	p, ok := v.rules.UnitsOn(d)
	if !ok || !u.Kind.IsCommuneLevel() {
		return
	}
	k, ok := p.Kind(u.Kind)
	if !ok {
		v.add("unit.kind", Error, fmt.Sprintf(
			"Ngày %s không có đơn vị hành chính loại %q (theo %s); hãy chọn một trong: %s.",
			d.Short(), u.Kind.Label(), firstClause(p.Basis), kindLabels(p)))
		return
	}
	class := strings.TrimSpace(u.Class)
	if class == "" {
		return
	}
	if _, ok := k.Class(class); !ok {
		v.add("unit.class", Error, fmt.Sprintf(
			"Ngày %s, %s không có hạng %q (theo %s); hãy chọn một trong: %s.",
			d.Short(), strings.ToLower(k.Label), v.rules.ClassLabel(class), firstClause(p.Basis), classLabels(k)))
	}
}

func kindLabels(p UnitPeriod) string {
	var out []string
	for _, k := range p.Kinds {
		out = append(out, k.Label)
	}
	return strings.Join(out, ", ")
}

func classLabels(k KindRule) string {
	var out []string
	for _, c := range k.Classes {
		out = append(out, c.Label)
	}
	return strings.Join(out, ", ")
}

// firstClause is a legal basis up to its first ";": the main text.
func firstClause(basis string) string {
	before, _, _ := strings.Cut(basis, ";")
	return strings.TrimSpace(before)
}

// abolished warns about a parent body, directive issuer or recipient that
// had ceased to exist by the report's date.
func (v *validator) abolished(d Date) {
	v.abolishedBody(d, func() string { return "unit.parent" }, "Cơ quan cấp trên", v.r.Unit.Parent)
	v.abolishedBody(d, func() string { return "directive.issuer" }, "Cơ quan ban hành văn bản chỉ đạo", v.r.Directive.Issuer)
	for i, it := range v.r.Recipients {
		if isArchive(it) {
			continue
		}
		v.abolishedBody(d, func() string { return "recipients[" + strconv.Itoa(i) + "]" }, "Nơi nhận", it)
	}
}

// abolishedBody warns when text names a body abolished before d; path
// gives the problem's path, written only then.
func (v *validator) abolishedBody(d Date, path func() string, what, text string) {
	if strings.TrimSpace(text) == "" {
		return
	}
	a, words, ok := v.rules.AbolishedOn(d, text)
	if !ok {
		return
	}
	v.add(path(), Warning, fmt.Sprintf(
		"%s %q nêu cơ quan %s (%q), nhưng %s đã kết thúc hoạt động từ ngày %s (%s), trước ngày báo cáo %s; hãy ghi %s.",
		what, strings.TrimSpace(text), a.Level, words, a.Level, a.From.Short(), firstClause(a.Basis), d.Short(), a.Instead))
}

// term checks the term as typed: five years, around the report's date;
// and the day the term began, when given.
func (v *validator) term(d Date) {
	s := v.r.Staffing
	text := strings.TrimSpace(s.Term)
	if text != "" {
		v.termSpan(d, text)
	}
	from := strings.TrimSpace(s.TermFrom)
	if from == "" {
		return
	}
	began, err := ParseDate(from)
	if err != nil || !began.Valid() {
		return // reported with its field, as any date
	}
	if d.Before(began) {
		v.add("staffing.termFrom", Error, fmt.Sprintf("Ngày bắt đầu nhiệm kỳ %s muộn hơn ngày báo cáo %s; hãy kiểm tra lại.", began.Short(), d.Short()))
	}
	if start, end, ok := ParseTerm(text); ok && (began.Year < start || began.Year > end) {
		v.add("staffing.termFrom", Error, fmt.Sprintf("Ngày bắt đầu nhiệm kỳ %s không thuộc nhiệm kỳ %s; hãy sửa ngày hoặc nhiệm kỳ.", began.Short(), text))
	}
}

func (v *validator) termSpan(d Date, text string) {
	start, end, ok := ParseTerm(text)
	switch {
	case !ok:
		v.add("staffing.term", Error, fmt.Sprintf("Nhiệm kỳ %q chưa đúng dạng; hãy viết năm đầu-năm cuối, ví dụ %s.", text, v.termExample(d)))
	case end-start != TermYears:
		v.add("staffing.term", Error, fmt.Sprintf("Nhiệm kỳ %q dài %d năm; nhiệm kỳ đại hội đảng bộ và Hội đồng nhân dân là %d năm, ví dụ %s.", text, end-start, TermYears, v.termExample(d)))
	case d.Year < start || d.Year > end:
		v.add("staffing.term", Warning, fmt.Sprintf("Ngày báo cáo %s nằm ngoài nhiệm kỳ %s; nhiệm kỳ vào ngày đó là %s — hãy kiểm tra lại.", d.Short(), text, v.termExample(d)))
	}
}

// termExample is the profile's term on d, or a made-up five-year span.
func (v *validator) termExample(d Date) string {
	if t := v.rules.DefaultTerm(v.o.Profile, d); t != "" {
		return t
	}
	return fmt.Sprintf("%d-%d", d.Year, d.Year+TermYears)
}
