package docx

import (
	"fmt"
	"strings"

	"github.com/baocao/baocao/templates/layout"
)

// Table cells: a thin single border, small margins, a little room above
// and below each line.
const (
	tableBorder  = `<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders>`
	cellMargin   = `<w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar>`
	cellSpacing  = 1.5 // pt above and below a cell's text
	captionSpace = 6.0 // pt above a table's caption
)

// tableBlock writes a table field: its caption, then a Word table with
// borders, the header rows repeated on each page (tblHeader), no row split
// across pages (cantSplit), merged cells as gridSpan and vMerge.
func tableBlock(b *strings.Builder, t *layout.Table, f layout.Form) {
	if t.Caption != "" {
		caption := para{align: "center", before: ptTwips(captionSpace), after: ptTwips(cellSpacing * 2), keepNext: true,
			runs: []run{{lines: []string{t.Caption}, size: f.Body.Size, bold: true}}}
		caption.write(b)
	}
	widths := make([]int, len(t.Widths))
	total := 0
	for i, w := range t.Widths {
		widths[i] = twips(w)
		total += widths[i]
	}
	fmt.Fprintf(b, `<w:tbl><w:tblPr><w:tblW w:w="%d" w:type="dxa"/><w:jc w:val="center"/>`, total)
	b.WriteString(tableBorder + `<w:tblLayout w:type="fixed"/>` + cellMargin + `<w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>`)
	for _, w := range widths {
		fmt.Fprintf(b, `<w:gridCol w:w="%d"/>`, w)
	}
	b.WriteString(`</w:tblGrid>`)
	for i, row := range t.Rows {
		b.WriteString(`<w:tr><w:trPr><w:cantSplit/>`)
		if i < t.HeaderRows {
			b.WriteString(`<w:tblHeader/>`)
		}
		b.WriteString(`</w:trPr>`)
		col := 0
		for _, c := range row {
			tableCell(b, c, widths[col:min(col+c.Span, len(widths))], t.Size)
			col += c.Span
		}
		b.WriteString(`</w:tr>`)
	}
	b.WriteString(`</w:tbl>`)
	// A little room under the table, and a paragraph that keeps the next
	// table from joining this one.
	para{exact: ptTwips(captionSpace), runs: []run{{size: 1}}}.write(b)
}

// tableCell writes one cell spanning the given grid columns.
func tableCell(b *strings.Builder, c layout.Cell, widths []int, size float64) {
	w := 0
	for _, x := range widths {
		w += x
	}
	fmt.Fprintf(b, `<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>`, w)
	if c.Span > 1 {
		fmt.Fprintf(b, `<w:gridSpan w:val="%d"/>`, c.Span)
	}
	switch {
	case c.Merged:
		b.WriteString(`<w:vMerge/>`)
	case c.RowSpan > 1:
		b.WriteString(`<w:vMerge w:val="restart"/>`)
	}
	b.WriteString(`<w:vAlign w:val="center"/></w:tcPr>`)
	lines := strings.Split(c.Text, "\n")
	if c.Merged {
		lines = []string{""}
	}
	for _, line := range lines {
		p := para{align: alignOf(c.Align), before: ptTwips(cellSpacing), after: ptTwips(cellSpacing), markSize: size}
		if line != "" {
			p.runs = []run{{lines: []string{line}, size: size, bold: c.Bold}}
		}
		p.write(b)
	}
	b.WriteString(`</w:tc>`)
}

func alignOf(a layout.Align) string {
	switch a {
	case layout.AlignCenter:
		return "center"
	case layout.AlignRight:
		return "right"
	}
	return "left"
}
