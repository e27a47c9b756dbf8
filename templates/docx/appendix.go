package docx

import (
	"fmt"
	"strings"

	"github.com/baocao/baocao/templates/layout"
)

// Appendix heading sizes (pt), per NĐ 30/2020 Phụ lục I as FORMAT.md
// records it: "PHỤ LỤC" with its number, the title and the note all 14 pt.
const appendixSize = 14.0

// appendicesAndSections writes the appendices after the signature block,
// each from a new page, then the document's last section properties. An
// appendix whose orientation differs from the page before it starts a new
// section (its pages turned); the first section keeps the form's first
// page without a number, the later ones number every page.
func appendicesAndSections(b *strings.Builder, d layout.Doc, f layout.Form) {
	landscape, first := false, true
	for _, a := range d.Appendices {
		newPage := true
		if a.Landscape != landscape {
			closeSection(b, f, landscape, first)
			landscape, first, newPage = a.Landscape, false, false
		}
		appendixHeading(b, a, newPage)
		for i, bl := range a.Body {
			if bl.Kind == layout.TableBlock {
				tableBlock(b, bl.Table, f)
				continue
			}
			bodyPara(a.Body, i, f).write(b)
		}
	}
	b.WriteString(sectionProps(f, landscape, first))
}

// closeSection ends a section with an empty paragraph carrying its
// properties; the next section starts on a new page. The paragraph is one
// point high, so that a signature block ending at a page's foot does not
// push it onto a page of its own, left blank.
func closeSection(b *strings.Builder, f layout.Form, landscape, first bool) {
	b.WriteString(`<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/>` +
		`<w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr>` + sectionProps(f, landscape, first) + `</w:pPr></w:p>`)
}

// sectionProps is the form's section properties (sectPr), turned for a
// landscape section, without the unnumbered first page after the first.
func sectionProps(f layout.Form, landscape, first bool) string {
	var b strings.Builder
	sectPr(&b, f)
	s := b.String()
	if landscape {
		portrait := fmt.Sprintf(`<w:pgSz w:w="%d" w:h="%d"/>`, twips(f.PageWidth), twips(f.PageHeight))
		turned := fmt.Sprintf(`<w:pgSz w:w="%d" w:h="%d" w:orient="landscape"/>`, twips(f.PageHeight), twips(f.PageWidth))
		s = strings.Replace(s, portrait, turned, 1)
	}
	if !first {
		s = strings.Replace(s, `<w:titlePg/>`, "", 1)
	}
	return s
}

// appendixHeading writes "PHỤ LỤC I", the title and the note, centred,
// from a new page unless a section break already starts one.
func appendixHeading(b *strings.Builder, a layout.Appendix, newPage bool) {
	label := para{align: "center", keepNext: true, runs: []run{{lines: []string{a.Label}, size: appendixSize, bold: true}}}
	label.pageBreak = newPage
	label.write(b)
	title := para{align: "center", keepNext: true, runs: []run{{lines: []string{a.Title}, size: appendixSize, bold: true}}}
	title.write(b)
	note := para{align: "center", keepNext: true, after: ptTwips(captionSpace * 2), runs: []run{{lines: []string{a.Note}, size: appendixSize, italic: true}}}
	note.write(b)
}
