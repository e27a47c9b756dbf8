package model

import (
	"fmt"
	"strings"
)

// StaffingText writes the staffing paragraphs of section I.1 from the table,
// the way commune reports word them: the total, then the cán bộ by position,
// then the công chức by title, counts written 01, 02, …. Because the text is
// generated, its figures can never disagree with the table. The first
// paragraph is the start of the term, the second now; a snapshot whose every
// count is zero is left out.
func StaffingText(s Staffing, cat Catalogue, kind UnitKind) []string {
	var out []string
	if p := snapshotText(s, cat, kind, AtStart, ""); p != "" {
		out = append(out, p)
	}
	if p := snapshotText(s, cat, kind, AtNow, ""); p != "" {
		out = append(out, p)
	}
	return out
}

// snapshotText writes one column's paragraph; a non-empty basis is named
// after the total ("(theo danh mục của Nghị định …)").
func snapshotText(s Staffing, cat Catalogue, kind UnitKind, snap Snapshot, basis string) string {
	t := s.Sum(snap, cat)
	if t.All == 0 {
		return ""
	}
	where := unitWord(kind)
	var lead string
	if snap == AtStart {
		term := ""
		if s.Term != "" {
			term = " " + s.Term
		}
		lead = fmt.Sprintf("Đầu nhiệm kỳ%s, tổng số cán bộ, công chức %s là %s người", term, where, CountText(t.All))
	} else {
		lead = fmt.Sprintf("Hiện nay, tổng số cán bộ, công chức %s là %s người", where, CountText(t.All))
	}
	if basis != "" {
		lead += " (theo danh mục của " + basis + ")"
	}
	cadre := groupText(s, cat, snap, GroupCadre, t.Cadre, "chức vụ")
	civil := groupText(s, cat, snap, GroupCivilServ, t.CivilServ, "chức danh")
	return lead + ", trong đó: " + cadre + "; " + civil + "."
}

func groupText(s Staffing, cat Catalogue, snap Snapshot, g Group, total int, noun string) string {
	if total == 0 {
		return "không có " + g.Label()
	}
	var parts []string
	for _, r := range s.Rows {
		if n := r.Count(snap); n > 0 && cat.GroupOf(r) == g {
			parts = append(parts, fmt.Sprintf("%s: %s", cat.RowTitle(r), CountText(n)))
		}
	}
	return fmt.Sprintf("%s %s người, giữ các %s %s", g.Label(), CountText(total), noun, strings.Join(parts, ", "))
}

// unitWord names the unit in running text: "phường", "xã", "thị trấn",
// "cơ quan", "đơn vị".
func unitWord(kind UnitKind) string {
	switch kind {
	case KindCommune, KindWard, KindTownlet, KindSpecialZone, KindAgency:
		return kind.Label()
	}
	return "đơn vị"
}

// BasisText writes the căn cứ sentence that opens the body: "Thực hiện Công
// văn số 1364-CV/TU ngày 23/8/2023 của Ban Thường vụ Thị ủy về việc …, Ủy ban
// nhân dân phường Phổ Minh báo cáo như sau:". Parts left empty are left out.
func BasisText(r Report) string {
	d := r.Directive
	var b strings.Builder
	b.WriteString("Thực hiện ")
	b.WriteString(orDefault(d.Type, "văn bản"))
	if d.Ref != "" {
		b.WriteString(" số " + d.Ref)
	}
	if date, err := ParseDate(d.Date); err == nil && date.Valid() {
		b.WriteString(" ngày " + date.Short())
	}
	if d.Issuer != "" {
		b.WriteString(" của " + d.Issuer)
	}
	if d.Subject != "" {
		b.WriteString(" về việc " + strings.TrimSuffix(d.Subject, "."))
	}
	b.WriteString(", " + orDefault(r.Unit.Issuer, "đơn vị") + " báo cáo như sau:")
	return b.String()
}

// OpeningText returns the sentence that opens the body: the clerk's own
// (Report.Opening), else for a draft started in baocao the căn cứ sentence
// (BasisText); an imported draft without one has none.
func OpeningText(r Report) string {
	if text := strings.TrimSpace(r.Opening); text != "" || r.Imported {
		return text
	}
	return BasisText(r)
}

// ClosingText returns the closing sentence: the clerk's own, or the
// outline's with {issuer} and {directive} filled in. It always ends with
// "./." as NĐ 30/2020 requires, except in an imported draft, whose closing
// is printed as written (and is empty when the source had none).
func ClosingText(r Report, o Outline) string {
	text := strings.TrimSpace(r.Closing)
	if r.Imported {
		return text
	}
	if text == "" {
		ref := strings.TrimSpace(r.Directive.Type + " số " + r.Directive.Ref)
		if r.Directive.Ref == "" {
			ref = orDefault(r.Directive.Type, "văn bản")
		}
		text = strings.NewReplacer("{issuer}", orDefault(r.Unit.Issuer, "đơn vị"), "{directive}", ref).Replace(o.Closing)
	}
	if text == "" {
		return ""
	}
	text = strings.TrimRight(strings.TrimSuffix(text, "./."), ". ")
	return text + "./."
}

func orDefault(s, def string) string {
	if strings.TrimSpace(s) == "" {
		return def
	}
	return s
}
