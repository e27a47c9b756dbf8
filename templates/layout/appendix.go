package layout

import (
	"strings"

	"github.com/baocao/baocao/model"
)

// Appendix is a Phụ lục (NĐ 30/2020 Phụ lục I): printed after the
// signature and Nơi nhận, from a new page, under its own heading.
type Appendix struct {
	// Label is "PHỤ LỤC I", "PHỤ LỤC II"…, or "PHỤ LỤC" alone when the
	// report has one appendix.
	Label string
	// Title is the section's heading.
	Title string
	// Note ties the appendix to the report: "(Kèm theo Báo cáo số
	// 58/BC-UBND ngày 16 tháng 6 năm 2025 của Ủy ban nhân dân xã …)".
	Note string
	// Landscape asks for the appendix's pages in landscape: one of its
	// tables does.
	Landscape bool
	// Body is the appendix's content: subsection headings, paragraphs and
	// tables.
	Body []Block
}

// AppendixWord is the word before an appendix's number.
const AppendixWord = "PHỤ LỤC"

// appendices lays out the outline's appendix sections that are printed
// (see keep), numbered by the outline.
func appendices(r model.Report, o model.Outline, f Form) []Appendix {
	var out []Appendix
	note := appendixNote(r, o)
	for _, tree := range appendixTrees(o) {
		content := make([][]Block, len(tree))
		for i, s := range tree {
			content[i] = sectionContent(r, s, nil, f)
		}
		if !keep(tree, content, 0) {
			continue
		}
		a := Appendix{Label: AppendixWord + " " + clean(tree[0].Number), Title: clean(tree[0].Heading), Note: note, Body: content[0]}
		for i := 1; i < len(tree); i++ {
			if keep(tree, content, i) {
				a.Body = append(a.Body, Block{Kind: Heading, Level: tree[i].Level, Number: numberText(tree[i]), Text: model.EscapeInline(clean(tree[i].Heading))})
				a.Body = append(a.Body, content[i]...)
			}
		}
		for _, b := range a.Body {
			a.Landscape = a.Landscape || (b.Table != nil && b.Table.Landscape)
		}
		out = append(out, a)
	}
	if len(out) == 1 {
		out[0].Label = AppendixWord
	}
	return out
}

// appendixTrees returns each appendix section with the sections under it.
func appendixTrees(o model.Outline) [][]model.Section {
	var out [][]model.Section
	for i, s := range o.Sections {
		if s.Appendix && s.Level == 1 {
			out = append(out, o.Subtree(i))
		}
	}
	return out
}

// inAppendix marks the sections that belong to an appendix's subtree.
func inAppendix(o model.Outline) map[string]bool {
	out := map[string]bool{}
	for _, tree := range appendixTrees(o) {
		for _, s := range tree {
			out[s.ID] = true
		}
	}
	return out
}

// appendixNote composes "(Kèm theo Báo cáo số …/BC-UBND ngày … của …)"
// from the report's own number, date and issuer, leaving dots for what is
// not typed yet.
func appendixNote(r model.Report, o model.Outline) string {
	number := strings.TrimSpace(model.NumberLine(profileOf(o), clean(r.Doc.Number), clean(r.Doc.TypeCode), clean(r.Unit.IssuerCode)))
	number = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(number, "Số:"), "Số"))
	if strings.HasPrefix(number, "/") || strings.HasPrefix(number, "-") {
		number = "…" + number
	}
	date := "ngày … tháng … năm …"
	if d, err := model.ParseDate(r.Doc.Date); err == nil && d.Valid() {
		date = strings.TrimPrefix(model.DateLine("", d), ", ")
	}
	issuer := clean(StripBreaks(r.Unit.Issuer))
	if issuer == "" {
		issuer = "…"
	}
	return "(Kèm theo Báo cáo số " + number + " " + date + " của " + issuer + ")"
}
