package layout

import (
	"strconv"
	"strings"

	"github.com/baocao/baocao/model"
)

// Table is a table field laid out: every printed row as the cells to draw,
// header rows first. A writer draws it with borders, repeats the first
// HeaderRows rows on each page and keeps each row on one page.
type Table struct {
	// Caption is the field's label, printed centred and bold above the
	// table.
	Caption string
	// Size is the type size (pt) of the cells: 13, or 12 for a wide table.
	Size float64
	// Widths are the printed columns' widths (mm), from their content, for
	// the text width of the page the table is on.
	Widths     []float64
	HeaderRows int
	Rows       [][]Cell
	Landscape  bool
}

// Align is a cell's horizontal alignment.
type Align int

// The alignments: text left, numbers right, headers and STT centred.
const (
	AlignLeft Align = iota
	AlignCenter
	AlignRight
)

// Cell is one cell of a laid-out row, in column order. A cell Span
// columns wide covers them; a cell with RowSpan > 1 starts a vertical merge
// that the cells marked Merged in the rows below continue (they carry the
// same Span and no text).
type Cell struct {
	Text    string
	Span    int
	RowSpan int
	Merged  bool
	Bold    bool
	Align   Align
}

// Table sizes (pt) and the share of the text width a text column may take
// before it wraps.
const (
	tableSize      = 13.0
	wideTableSize  = 12.0
	wideTableCols  = 7
	cellPad        = 3.0  // mm lost to a cell's margins and borders
	boldWidth      = 1.1  // how much wider bold text sets
	minColumn      = 8.0  // mm, the narrowest column
	headerWrap     = 2.0  // lines a header cell's text may wrap to before its column widens
	maxNaturalLine = 0.45 // share of the text width a column may take unwrapped
)

// LandscapeWidth is the text width of a landscape page of form f: the
// page turned, with the same left and right margins.
func LandscapeWidth(f Form) float64 { return f.PageHeight - f.MarginLeft - f.MarginRight }

// tableBlock lays out a table field's answer for the text width of form f
// (its landscape width when the table asks for it).
func tableBlock(f model.Field, t *model.Table, form Form) *Table {
	spec := *f.Table
	if t == nil || (spec.Fixed() && len(t.Rows) == 0) {
		t = model.NewTable(spec)
	}
	out := &Table{Caption: clean(f.Label), Size: tableSize, Landscape: spec.Landscape}
	if spec.PrintedColumns() >= wideTableCols {
		out.Size = wideTableSize
	}
	out.Rows = headerCells(spec)
	out.HeaderRows = len(out.Rows)
	for i, row := range t.Rows {
		out.Rows = append(out.Rows, bodyRow(spec, i, row))
	}
	if len(t.Rows) == 0 {
		out.Rows = append(out.Rows, bodyRow(spec, 0, model.TableRow{}))
	}
	if spec.TotalRow {
		out.Rows = append(out.Rows, totalRow(spec, t))
	}
	width := form.TextWidth()
	if spec.Landscape {
		width = LandscapeWidth(form)
	}
	out.Widths = columnWidths(out, spec, width)
	return out
}

// headerCells lays out the header rows, vertical merges continued by
// Merged cells.
func headerCells(spec model.TableSpec) [][]Cell {
	places, err := spec.HeaderGrid()
	if err != nil {
		// An outline that loaded has a header that fits; a hand-made spec
		// that does not falls back to the column titles.
		spec.Header = nil
		places, _ = spec.HeaderGrid()
	}
	rows := len(spec.HeaderRows())
	width := spec.PrintedColumns()
	grid := make([][]*Cell, rows)
	for r := range grid {
		grid[r] = make([]*Cell, width)
	}
	for _, p := range places {
		grid[p.Row][p.Col] = &Cell{Text: clean(p.Text), Span: p.Span, RowSpan: p.RowSpan, Bold: true, Align: AlignCenter}
		for dr := 1; dr < p.RowSpan; dr++ {
			grid[p.Row+dr][p.Col] = &Cell{Span: p.Span, Merged: true, Bold: true, Align: AlignCenter}
		}
	}
	out := make([][]Cell, rows)
	for r, row := range grid {
		for c := 0; c < width; {
			cell := row[c]
			out[r] = append(out[r], *cell)
			c += cell.Span
		}
	}
	return out
}

// bodyRow lays out row i: STT, label, the cells as typed, the row's total.
func bodyRow(spec model.TableSpec, i int, row model.TableRow) []Cell {
	var out []Cell
	if spec.Numbered {
		out = append(out, Cell{Text: strconv.Itoa(i + 1), Span: 1, RowSpan: 1, Align: AlignCenter})
	}
	if spec.Fixed() {
		out = append(out, Cell{Text: clean(row.Label), Span: 1, RowSpan: 1})
	}
	for c, col := range spec.Columns {
		text := ""
		if c < len(row.Cells) {
			text = cellText(row.Cells[c])
		}
		out = append(out, dataCell(text, col.Kind))
	}
	if spec.TotalColumn {
		sum := rowSum(spec, row)
		out = append(out, Cell{Text: sum, Span: 1, RowSpan: 1, Bold: true, Align: AlignRight})
	}
	return out
}

func dataCell(text string, kind model.ColumnKind) Cell {
	c := Cell{Text: text, Span: 1, RowSpan: 1}
	if kind.Numeric() {
		c.Align = AlignRight
	}
	return c
}

// cellText is a cell's text as printed: NFC, single spaces, its lines kept.
func cellText(s string) string {
	var lines []string
	for _, l := range strings.Split(s, "\n") {
		if l = clean(l); l != "" {
			lines = append(lines, l)
		}
	}
	return strings.Join(lines, "\n")
}

// rowSum is the printed total of a row's summed cells; empty when none is
// a number.
func rowSum(spec model.TableSpec, row model.TableRow) string {
	sums, err := model.TableTotals(spec, &model.Table{Rows: []model.TableRow{row}})
	if err != nil || !anyNumber(spec, []model.TableRow{row}, -1) {
		return ""
	}
	return sums.Rows[0].Format(model.NumberDecimals)
}

// totalRow lays out the computed "Tổng cộng" row: the label over the STT
// and label columns (or in the first column of a free table), each summed
// column's total, the grand total.
func totalRow(spec model.TableSpec, t *model.Table) []Cell {
	sums, err := model.TableTotals(spec, t)
	var out []Cell
	lead := spec.FirstData()
	if lead > 0 {
		out = append(out, Cell{Text: model.TotalLabel, Span: lead, RowSpan: 1, Bold: true, Align: AlignCenter})
	}
	for c, col := range spec.Columns {
		text := ""
		switch {
		case c == 0 && lead == 0:
			text = model.TotalLabel
		case err == nil && sums.Summed[c] && anyNumber(spec, t.Rows, c):
			text = sums.Columns[c].Format(model.NumberDecimals)
		}
		cell := dataCell(text, col.Kind)
		cell.Bold = true
		if c == 0 && lead == 0 {
			cell.Align = AlignCenter
		}
		out = append(out, cell)
	}
	if spec.TotalColumn {
		text := ""
		if err == nil && anyNumber(spec, t.Rows, -1) {
			text = sums.Grand.Format(model.NumberDecimals)
		}
		out = append(out, Cell{Text: text, Span: 1, RowSpan: 1, Bold: true, Align: AlignRight})
	}
	return out
}

// anyNumber reports whether a summed column (col, or any when col < 0)
// holds a number in some row: a total of nothing prints empty, not 0.
func anyNumber(spec model.TableSpec, rows []model.TableRow, col int) bool {
	for _, r := range rows {
		for c, cell := range r.Cells {
			if c >= len(spec.Columns) || (col >= 0 && c != col) {
				continue
			}
			k := spec.Columns[c].Kind
			if k.Numeric() && k != model.ColumnPercent {
				if _, _, err := model.ParseNumber(cell); err == nil {
					return true
				}
			}
		}
	}
	return false
}

// columnWidths gives each printed column its width (mm) within width: at
// least its longest word (header words included), at most its longest body
// line or half its header (capped), the room left over going to the text
// columns; a table wider than the page shrinks (see shrink).
func columnWidths(t *Table, spec model.TableSpec, width float64) []float64 {
	n := spec.PrintedColumns()
	least, natural := make([]float64, n), make([]float64, n)
	for r, row := range t.Rows {
		c := 0
		for _, cell := range row {
			if cell.Span == 1 && !cell.Merged {
				for _, line := range strings.Split(cell.Text, "\n") {
					w := cellWidth(line, t.Size, cell.Bold)
					if r < t.HeaderRows {
						w /= headerWrap
					}
					natural[c] = max(natural[c], w)
					for _, w := range strings.Fields(line) {
						least[c] = max(least[c], cellWidth(w, t.Size, cell.Bold))
					}
				}
			}
			c += cell.Span
		}
	}
	textCols := textColumns(spec)
	want := make([]float64, n)
	sum, sumLeast := 0.0, 0.0
	for c := range want {
		least[c] = max(least[c], minColumn)
		want[c] = max(least[c], min(natural[c], width*maxNaturalLine))
		sum += want[c]
		sumLeast += least[c]
	}
	if sum > width {
		return shrink(want, least, sum, sumLeast, width)
	}
	spare := width - sum
	grow := 0.0
	for c := range want {
		if textCols[c] {
			grow += natural[c]
		}
	}
	for c := range want {
		switch {
		case grow > 0 && textCols[c]:
			want[c] += spare * natural[c] / grow
		case grow == 0:
			want[c] += spare / float64(n)
		}
	}
	return want
}

// shrink fits columns wider than the page: each gives up the room it has
// beyond its longest word, in proportion; when the words alone do not fit,
// every column shrinks evenly and words wrap.
func shrink(want, least []float64, sum, sumLeast, width float64) []float64 {
	for c := range want {
		if sumLeast >= width {
			want[c] = least[c] * width / sumLeast
			continue
		}
		want[c] = least[c] + (want[c]-least[c])*(width-sumLeast)/(sum-sumLeast)
	}
	return want
}

// cellWidth estimates the room (mm) a cell needs for text on one line:
// Estimate's width, a tenth more for bold, and the cell's padding.
func cellWidth(text string, size float64, bold bool) float64 {
	w := Estimate(text, size, text == model.Upper(text) && text != strings.ToLower(text))
	if bold {
		w *= boldWidth
	}
	return w + cellPad
}

// textColumns marks the printed columns that hold text: the label and the
// text data columns.
func textColumns(spec model.TableSpec) []bool {
	out := make([]bool, spec.PrintedColumns())
	i := 0
	if spec.Numbered {
		i++
	}
	if spec.Fixed() {
		out[i] = true
		i++
	}
	for _, col := range spec.Columns {
		out[i] = !col.Kind.Numeric()
		i++
	}
	return out
}

// Columns returns the number of printed columns of a laid-out table.
func (t *Table) Columns() int { return len(t.Widths) }

// FlatHeader returns one title per printed column: the texts of the header
// cells over it joined by " - " (for Markdown and plain text, which cannot
// merge cells).
func (t *Table) FlatHeader() []string {
	out := make([]string, t.Columns())
	for _, row := range t.Rows[:t.HeaderRows] {
		c := 0
		for _, cell := range row {
			for k := c; k < c+cell.Span && k < len(out); k++ {
				if cell.Text != "" && !strings.HasSuffix(out[k], cell.Text) {
					if out[k] != "" {
						out[k] += " - "
					}
					out[k] += cell.Text
				}
			}
			c += cell.Span
		}
	}
	return out
}

// Flat returns a body row as one text per printed column: a spanned cell's
// text in its first column, the others empty.
func Flat(row []Cell, columns int) []string {
	out := make([]string, columns)
	c := 0
	for _, cell := range row {
		if c < columns && !cell.Merged {
			out[c] = cell.Text
		}
		c += cell.Span
	}
	return out
}
