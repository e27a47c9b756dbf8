package importer

import (
	"regexp"
	"slices"
	"strings"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/templates/docread"
)

// A source table, read: its grid of cells (merged cells expanded), how many
// of its rows are the header, and where it stands among the paragraphs that
// are left once the data tables are taken out.
type srcTable struct {
	grid    [][]gridCell
	headers int
	// at is the index of the paragraph after the table in the filtered
	// document; caption is the paragraph that titles it, if any.
	at      int
	caption string
	// landscape is true when the table stands on turned pages.
	landscape bool
}

// gridCell is one grid position of a source table: the text of the cell
// that starts there, or a position covered by a merged cell.
type gridCell struct {
	text    string
	start   bool // a cell starts here (not covered from the left or above)
	span    int  // columns the cell covers, when start
	rowSpan int  // rows the cell covers, when start
	bold    bool
}

// layoutMarks are the beginnings (folded) of the texts a layout table holds:
// the header with the Quốc hiệu or the Party's name and the number, the
// signature and Nơi nhận block.
var layoutMarks = []string{"cong hoa xa hoi chu nghia", "doc lap - tu do", "doc lap tu do", "dang cong san viet nam",
	"so:", "noi nhan", "kinh gui"}

// isLayout reports a table used to place the document's parts, not data:
// one that holds the header's or the signature's texts.
func isLayout(t docread.Table) bool {
	for _, r := range t.Rows {
		for _, c := range r.Cells {
			for _, line := range strings.Split(c.Text, "\n") {
				line = strings.TrimSpace(line)
				f := Fold(line)
				for _, m := range layoutMarks {
					if strings.HasPrefix(f, m) {
						return true
					}
				}
				if authorityRe.MatchString(line) && isUpper(line) {
					return true
				}
			}
		}
	}
	return false
}

// takeTables takes the data tables out of a document: their paragraphs
// (and each one's caption, a short bold centred paragraph right above it)
// leave Paras, and each comes back read, with its place. Layout tables stay
// as paragraphs, read as the header and signature they are, and so do
// oversized ones.
func takeTables(doc docread.Document) (docread.Document, []srcTable) {
	data := map[int]bool{}
	var found []srcTable
	captions := map[int]bool{}
	for _, t := range doc.Tables {
		if isLayout(t) || len(t.Rows) == 0 || oversized(t) {
			continue
		}
		data[t.Index] = true
		st := readGrid(t)
		if c := captionBefore(doc.Paras, t); c >= 0 {
			captions[c] = true
			st.caption = doc.Paras[c].Text
		}
		st.at, st.landscape = t.At, t.Landscape
		found = append(found, st)
	}
	if len(found) == 0 {
		return doc, nil
	}
	kept := make([]docread.Para, 0, len(doc.Paras))
	newIndex := make([]int, len(doc.Paras)+1)
	for i, p := range doc.Paras {
		newIndex[i] = len(kept)
		if !data[p.Table] && !captions[i] {
			kept = append(kept, p)
		}
	}
	newIndex[len(doc.Paras)] = len(kept)
	for i := range found {
		found[i].at = newIndex[min(found[i].at, len(doc.Paras))]
	}
	doc.Paras = kept
	return doc, found
}

// oversized reports a table beyond what a table field holds (more rows
// than model.MaxTableRows, twice model.MaxTableColumns grid columns): it
// stays paragraphs, read as text, so that nothing of it is cut.
func oversized(t docread.Table) bool {
	return len(t.Rows) > model.MaxTableRows || t.Columns() > 2*model.MaxTableColumns
}

// captionBefore returns the index of the table's caption: the paragraph
// right before its first one, outside tables, centred, bold and short,
// without a heading number; -1 when there is none.
func captionBefore(paras []docread.Para, t docread.Table) int {
	first := -1
	for i, p := range paras {
		if p.Table == t.Index {
			first = i
			break
		}
	}
	if first < 1 {
		return -1
	}
	p := paras[first-1]
	if p.Table != 0 || p.Align != "center" || !p.Bold || p.Num != "" || len([]rune(p.Text)) > 200 {
		return -1
	}
	if _, numbered := ParseHeading(p.Text); numbered || strings.HasPrefix(Fold(p.Text), "phu luc") {
		return -1
	}
	return first - 1
}

// readGrid expands a table's merged cells onto its grid and finds its
// header rows.
func readGrid(t docread.Table) srcTable {
	width := t.Columns()
	grid := make([][]gridCell, len(t.Rows))
	for r, row := range t.Rows {
		grid[r] = make([]gridCell, width)
		col := 0
		for _, c := range row.Cells {
			if col >= width {
				break
			}
			span := min(c.Span, width-col)
			g := gridCell{text: strings.TrimSpace(c.Text), start: true, span: span, rowSpan: 1, bold: c.Bold}
			if c.Merge == docread.MergeContinue && r > 0 {
				g = gridCell{span: span}
				growAbove(grid, r, col)
			}
			grid[r][col] = g
			for k := 1; k < span; k++ {
				grid[r][col+k] = gridCell{}
			}
			col += span
		}
	}
	return srcTable{grid: grid, headers: headerRows(t, grid)}
}

// growAbove lengthens the merged cell that starts above (r, col) by a row.
func growAbove(grid [][]gridCell, r, col int) {
	for k := r - 1; k >= 0; k-- {
		if grid[k][col].start {
			grid[k][col].rowSpan++
			return
		}
	}
}

var colNumberRe = regexp.MustCompile(`^\(?([0-9]{1,2}|[A-Za-z])\)?$`)

// headerRows counts the header rows: those Word repeats on each page, else
// the leading bold rows, else the first row when it holds no number; the
// header then grows to cover cells merged down from it and a row of column
// numbers ("(1) (2) (3)", "A B 1 2") right under it.
func headerRows(t docread.Table, grid [][]gridCell) int {
	n := 0
	for n < len(t.Rows)-1 && t.Rows[n].Header {
		n++
	}
	if n == 0 {
		for n < min(len(grid)-1, 4) && boldRow(grid[n]) {
			n++
		}
	}
	if n == 0 && len(grid) > 1 && !numberRow(grid[0]) {
		n = 1
	}
	for r := 0; r < n; r++ {
		for _, g := range grid[r] {
			if g.start && r+g.rowSpan > n {
				n = min(r+g.rowSpan, len(grid)-1)
			}
		}
	}
	if n > 0 && n < len(grid)-1 && columnNumbers(grid[n]) {
		n++
	}
	return n
}

func boldRow(row []gridCell) bool {
	seen := false
	for _, g := range row {
		if g.start && g.text != "" {
			if !g.bold {
				return false
			}
			seen = true
		}
	}
	return seen
}

// numberRow reports a row holding a number in some cell besides the first.
func numberRow(row []gridCell) bool {
	for i, g := range row {
		if i > 0 && g.start && isNumber(g.text) {
			return true
		}
	}
	return false
}

// columnNumbers reports a row that numbers the columns: every cell a short
// number or letter.
func columnNumbers(row []gridCell) bool {
	n := 0
	for _, g := range row {
		if !g.start {
			continue
		}
		if !colNumberRe.MatchString(g.text) {
			return false
		}
		n++
	}
	return n > 1
}

func isNumber(s string) bool {
	if strings.TrimSpace(s) == "" {
		return false
	}
	_, _, err := model.ParseNumber(s)
	return err == nil
}

// body returns the body rows as text, one string per grid column (a merged
// position empty).
func (t srcTable) body() [][]string {
	var out [][]string
	for _, row := range t.grid[t.headers:] {
		cells := make([]string, len(row))
		for i, g := range row {
			if g.start {
				cells[i] = g.text
			}
		}
		out = append(out, cells)
	}
	return out
}

// titles returns one title per grid column: the header texts over it,
// joined by " - ".
func (t srcTable) titles() []string {
	width := len(t.grid[0])
	out := make([]string, width)
	for r := 0; r < t.headers; r++ {
		for c := 0; c < width; c++ {
			g := t.grid[r][c]
			if !g.start || g.text == "" {
				continue
			}
			for k := c; k < c+g.span && k < width; k++ {
				if out[k] != "" {
					out[k] += " - "
				}
				out[k] += model.CleanLine(g.text)
			}
		}
	}
	return out
}

// header returns the header rows as HeaderCells, merged cells kept.
func (t srcTable) header() [][]model.HeaderCell {
	out := make([][]model.HeaderCell, t.headers)
	for r := range out {
		for _, g := range t.grid[r] {
			if g.start {
				out[r] = append(out[r], model.HeaderCell{Text: model.CleanLine(g.text), Span: g.span, RowSpan: min(g.rowSpan, t.headers-r)})
			}
		}
	}
	for r := len(out) - 1; r >= 0; r-- { // from the bottom: a row may leave the one above blank
		if blank(out[r]) { // merged into the rows above, or empty: no row of its own
			unspan(out[:r], r)
			out = slices.Delete(out, r, r+1)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// unspan takes row r out of the header cells above it that span it.
func unspan(above [][]model.HeaderCell, r int) {
	for i, row := range above {
		for j := range row {
			if i+row[j].RowSpan > r {
				row[j].RowSpan--
			}
		}
	}
}

// blank reports a header row whose own cells are empty and span no row
// below: an outline cannot write it, and it says nothing.
func blank(row []model.HeaderCell) bool {
	for _, c := range row {
		if c.Text != "" || c.RowSpan > 1 {
			return false
		}
	}
	return true
}

// rows returns the table as TSV lines (tab between cells), header
// included: how a table that fits no field is kept for the clerk, ready to
// paste into a grid.
func (t srcTable) rows() []string {
	var out []string
	if t.caption != "" {
		out = append(out, t.caption)
	}
	for _, row := range t.grid {
		cells := make([]string, len(row))
		for i, g := range row {
			cells[i] = strings.ReplaceAll(g.text, "\n", " ")
		}
		out = append(out, strings.TrimRight(strings.Join(cells, "\t"), "\t"))
	}
	return out
}
