package docx

import (
	"encoding/xml"
	"fmt"
	"math"
	"strings"

	"github.com/baocao/baocao/templates/layout"
)

// twips converts millimetres to twentieths of a point.
func twips(mm float64) int { return int(math.Round(mm * 1440 / 25.4)) }

// halfPoints converts a type size to Word's half-points.
func halfPoints(pt float64) int { return int(math.Round(pt * 2)) }

// ptTwips converts points to twips.
func ptTwips(pt float64) int { return int(math.Round(pt * 20)) }

// run is a stretch of text in one style; lines are separated by breaks.
type run struct {
	lines                   []string
	size                    float64
	bold, italic, underline bool
	field                   string // a field instruction (PAGE) instead of text
	// typed is the clerk's text, written with its hyphens and spaces as
	// typed (search and copy in Word find what was typed).
	typed bool
	// note is the number of the footnote a reference run cites; noteMark
	// marks the note's own number at the start of its text.
	note     int
	noteMark bool
}

// para is one paragraph and its properties.
type para struct {
	align               string // left, center, both
	firstLine           int    // twips
	hanging             int    // twips, a hanging indent instead of firstLine
	indLeft, indRight   int    // twips
	before, after       int    // twips
	line                int    // 240ths of a line (auto), 0 for single
	exact               int    // exact line height in twips, for rules
	ruleTop             bool   // a solid top border: the short rules
	keepNext, keepLines bool
	pageBreak           bool // start on a new page
	widows              bool // widow and orphan control
	outline             int  // outline level + 1 (0: none)
	// markSize is the size of the paragraph mark (pt; 0: the document's
	// default), which Word and LibreOffice count in the last line's height.
	markSize float64
	runs     []run
}

func escape(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}

func (p para) write(b *strings.Builder) {
	b.WriteString("<w:p><w:pPr>")
	if p.keepNext {
		b.WriteString(`<w:keepNext/>`)
	}
	if p.keepLines {
		b.WriteString(`<w:keepLines/>`)
	}
	if p.pageBreak {
		b.WriteString(`<w:pageBreakBefore/>`)
	}
	if p.widows {
		b.WriteString(`<w:widowControl/>`)
	}
	if p.ruleTop {
		b.WriteString(`<w:pBdr><w:top w:val="single" w:sz="6" w:space="0" w:color="000000"/></w:pBdr>`)
	}
	p.writeSpacing(b)
	switch {
	case p.hanging != 0:
		fmt.Fprintf(b, `<w:ind w:left="%d" w:right="%d" w:hanging="%d"/>`, p.indLeft, p.indRight, p.hanging)
	case p.firstLine != 0 || p.indLeft != 0 || p.indRight != 0:
		fmt.Fprintf(b, `<w:ind w:left="%d" w:right="%d" w:firstLine="%d"/>`, p.indLeft, p.indRight, p.firstLine)
	}
	if p.align != "" {
		fmt.Fprintf(b, `<w:jc w:val="%s"/>`, p.align)
	}
	if p.outline > 0 {
		fmt.Fprintf(b, `<w:outlineLvl w:val="%d"/>`, p.outline-1)
	}
	if p.markSize > 0 { // rPr is the last of pPr's children (CT_PPr)
		fmt.Fprintf(b, `<w:rPr><w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr>`, halfPoints(p.markSize), halfPoints(p.markSize))
	}
	b.WriteString("</w:pPr>")
	for _, r := range p.runs {
		r.write(b)
	}
	b.WriteString("</w:p>")
}

func (p para) writeSpacing(b *strings.Builder) {
	switch {
	case p.exact > 0:
		fmt.Fprintf(b, `<w:spacing w:before="%d" w:after="%d" w:line="%d" w:lineRule="exact"/>`, p.before, p.after, p.exact)
	case p.line > 0:
		fmt.Fprintf(b, `<w:spacing w:before="%d" w:after="%d" w:line="%d" w:lineRule="auto"/>`, p.before, p.after, p.line)
	default:
		fmt.Fprintf(b, `<w:spacing w:before="%d" w:after="%d"/>`, p.before, p.after)
	}
}

func (r run) props() string {
	var b strings.Builder
	b.WriteString("<w:rPr>")
	if r.bold {
		b.WriteString("<w:b/><w:bCs/>")
	}
	if r.italic {
		b.WriteString("<w:i/><w:iCs/>")
	}
	if r.size > 0 {
		fmt.Fprintf(&b, `<w:sz w:val="%d"/><w:szCs w:val="%d"/>`, halfPoints(r.size), halfPoints(r.size))
	}
	// w:u follows w:sz in the schema's order (ECMA-376 CT_RPr), which Word
	// holds to.
	if r.underline {
		b.WriteString(`<w:u w:val="single"/>`)
	}
	if r.note > 0 || r.noteMark {
		b.WriteString(`<w:vertAlign w:val="superscript"/>`)
	}
	b.WriteString("</w:rPr>")
	return b.String()
}

func (r run) write(b *strings.Builder) {
	rpr := r.props()
	switch {
	case r.note > 0:
		fmt.Fprintf(b, `<w:r>%s<w:footnoteReference w:id="%d"/></w:r>`, rpr, r.note)
		return
	case r.noteMark:
		fmt.Fprintf(b, `<w:r>%s<w:footnoteRef/></w:r>`, rpr)
		return
	}
	if r.field != "" {
		fmt.Fprintf(b, `<w:r>%s<w:fldChar w:fldCharType="begin"/></w:r>`, rpr)
		fmt.Fprintf(b, `<w:r>%s<w:instrText xml:space="preserve"> %s </w:instrText></w:r>`, rpr, escape(r.field))
		fmt.Fprintf(b, `<w:r>%s<w:fldChar w:fldCharType="separate"/></w:r>`, rpr)
		fmt.Fprintf(b, `<w:r>%s<w:t>2</w:t></w:r>`, rpr)
		fmt.Fprintf(b, `<w:r>%s<w:fldChar w:fldCharType="end"/></w:r>`, rpr)
		return
	}
	b.WriteString("<w:r>" + rpr)
	for i, line := range r.lines {
		if i > 0 {
			b.WriteString("<w:br/>")
		}
		if r.typed {
			fmt.Fprintf(b, `<w:t xml:space="preserve">%s</w:t>`, escape(line))
			continue
		}
		writeText(b, line)
	}
	b.WriteString("</w:r>")
}

// writeText writes a line of text where no line may break inside a
// document's symbol or before a spaced dash (layout.Protect): the symbol's
// hyphens as non-breaking hyphens, the dash bound by a no-break space.
func writeText(b *strings.Builder, line string) {
	for i, part := range strings.Split(layout.Protect(line), string(layout.NoBreakHyphen)) {
		if i > 0 {
			b.WriteString("<w:noBreakHyphen/>")
		}
		if part != "" {
			fmt.Fprintf(b, `<w:t xml:space="preserve">%s</w:t>`, escape(part))
		}
	}
}

// cell is one table cell: its width and paragraphs.
type cell struct {
	width int // twips
	paras []para
}

// table writes a borderless table of one row.
func table(b *strings.Builder, cells ...cell) { tableRows(b, cells) }

// tableRows writes a borderless table of rows, each row never split across
// pages; the first row's cells set the columns.
func tableRows(b *strings.Builder, rows ...[]cell) {
	total := 0
	for _, c := range rows[0] {
		total += c.width
	}
	fmt.Fprintf(b, `<w:tbl><w:tblPr><w:tblW w:w="%d" w:type="dxa"/><w:tblLayout w:type="fixed"/>`, total)
	b.WriteString(`<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>`)
	b.WriteString(`<w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar>`)
	b.WriteString(`<w:tblLook w:val="0000"/></w:tblPr><w:tblGrid>`)
	for _, c := range rows[0] {
		fmt.Fprintf(b, `<w:gridCol w:w="%d"/>`, c.width)
	}
	b.WriteString(`</w:tblGrid>`)
	for _, cells := range rows {
		tableRow(b, cells)
	}
	b.WriteString("</w:tbl>")
}

func tableRow(b *strings.Builder, cells []cell) {
	b.WriteString(`<w:tr><w:trPr><w:cantSplit/></w:trPr>`)
	for _, c := range cells {
		fmt.Fprintf(b, `<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>`, c.width)
		if len(c.paras) == 0 {
			c.paras = []para{{}}
		}
		for _, p := range c.paras {
			p.write(b)
		}
		b.WriteString("</w:tc>")
	}
	b.WriteString("</w:tr>")
}

func paraString(p para) string {
	var b strings.Builder
	p.write(&b)
	return b.String()
}
