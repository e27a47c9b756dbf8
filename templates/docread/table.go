package docread

import "strings"

// Table is a top-level table of a document with the structure its
// paragraphs alone do not keep: rows marked as repeated headers, merged
// cells. Its paragraphs are in Document.Paras too, with Para.Table equal to
// Index; a nested table's text stays in the cell that holds it.
type Table struct {
	// Index is the table's 1-based number, as in Para.Table.
	Index int
	// At is the index in Document.Paras of the first paragraph after the
	// table's own (len(Paras) when none follows): where the table stands.
	At   int
	Rows []Row
	// Landscape is true when the table's section sets its pages turned.
	Landscape bool
}

// Row is one table row.
type Row struct {
	// Header is Word's "repeat as header row" flag (w:tblHeader).
	Header bool
	Cells  []Cell
}

// Merge says how a cell takes part in a vertical merge (w:vMerge).
type Merge int

// The vertical merge states.
const (
	MergeNone     Merge = iota
	MergeRestart        // the top cell of a vertical merge
	MergeContinue       // a cell the one above covers
)

// Cell is one table cell.
type Cell struct {
	// Text is the cell's paragraphs (numbering included), one per line.
	Text string
	// Span is how many grid columns the cell covers (w:gridSpan, ≥ 1).
	Span  int
	Merge Merge
	// Bold is true when every paragraph of the cell with text is bold.
	Bold bool
	// Align is the first paragraph's alignment ("left" when empty).
	Align string
}

// Columns is the number of grid columns of the table's widest row.
func (t Table) Columns() int {
	n := 0
	for _, r := range t.Rows {
		w := 0
		for _, c := range r.Cells {
			w += c.Span
		}
		n = max(n, w)
	}
	return n
}

// tableOf reads the structure of table n (number index); paras are the
// paragraphs read from it, which give the cells their text.
func tableOf(n *node, index int, paras []Para) Table {
	text := map[[2]int][]Para{}
	for _, p := range paras {
		if p.Table == index {
			k := [2]int{p.Row, p.Cell}
			text[k] = append(text[k], p)
		}
	}
	t := Table{Index: index}
	for ri, tr := range rows(n) {
		trPr := tr.child("trPr")
		header, _ := trPr.flag("tblHeader")
		row := Row{Header: header}
		for ci, tc := range cells(tr) {
			row.Cells = append(row.Cells, cellOf(tc, text[[2]int{ri + 1, ci + 1}]))
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}

func cellOf(tc *node, paras []Para) Cell {
	pr := tc.child("tcPr")
	c := Cell{Span: 1, Align: "left"}
	if v, ok := pr.val("gridSpan"); ok {
		if n := atoiSmall(v); n > 1 {
			c.Span = n
		}
	}
	if m := pr.child("vMerge"); m != nil {
		c.Merge = MergeContinue
		if m.attr1("val") == "restart" {
			c.Merge = MergeRestart
		}
	}
	var lines []string
	c.Bold = len(paras) > 0
	for i, p := range paras {
		lines = append(lines, p.Full())
		c.Bold = c.Bold && p.Bold
		if i == 0 {
			c.Align = p.Align
		}
	}
	c.Text = strings.Join(lines, "\n")
	return c
}

// maxSpan bounds a cell's gridSpan: Word's own limit on columns.
const maxSpan = 63

// atoiSmall reads a small positive number, 0 when it is not one.
func atoiSmall(s string) int {
	n := 0
	for _, r := range s {
		if r < '0' || r > '9' {
			return 0
		}
		n = n*10 + int(r-'0')
		if n > maxSpan {
			return maxSpan
		}
	}
	return n
}

// section is the end of a document section: the paragraphs before At (and
// after the previous section's end) are set on turned pages when
// Landscape.
type section struct {
	at        int
	landscape bool
}

// sectionEnd reads a section's properties (w:sectPr): whether its pages are
// turned (w:orient, or a page wider than high).
func sectionEnd(sect *node, at int) section {
	pg := sect.child("pgSz")
	s := section{at: at}
	if pg == nil {
		return s
	}
	s.landscape = pg.attr1("orient") == "landscape"
	if w, h := atoiSmallBig(pg.attr1("w")), atoiSmallBig(pg.attr1("h")); w > 0 && h > 0 && w > h {
		s.landscape = true
	}
	return s
}

// markLandscape sets each table's Landscape from the section it ends in.
func markLandscape(tables []Table, sections []section) {
	for i := range tables {
		for _, s := range sections {
			if tables[i].At <= s.at {
				tables[i].Landscape = s.landscape
				break
			}
		}
	}
}

// atoiSmallBig reads a page dimension in twips (at most 7 digits), 0 when
// it is not one.
func atoiSmallBig(s string) int {
	if len(s) == 0 || len(s) > 7 {
		return 0
	}
	n := 0
	for _, r := range s {
		if r < '0' || r > '9' {
			return 0
		}
		n = n*10 + int(r-'0')
	}
	return n
}
