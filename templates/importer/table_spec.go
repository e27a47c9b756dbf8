package importer

import (
	"fmt"
	"strings"

	"github.com/baocao/baocao/model"
)

// numberTitles are the folded titles of an STT column.
var numberTitles = map[string]bool{"stt": true, "tt": true, "so tt": true, "so thu tu": true}

// specOf derives a table field's shape from a source table, with the
// table's answer: an STT column numbered by itself; a text first column
// beside numeric ones read as the row labels of a biểu (fixed rows), else
// free rows (columns all empty, as in a biểu mẫu, count as columns to fill);
// a typed total row or column that equals the sum of the others
// made a computed one; column kinds from the cells (integer, decimal,
// percent for a "%" or "tỷ lệ" title, money for a title in đồng, else
// text); the header rows with their merged cells; landscape when the
// source sets it on turned pages.
func specOf(t srcTable) (model.TableSpec, *model.Table) {
	titles, body := t.titles(), t.body()
	width := len(titles)
	spec := model.TableSpec{Landscape: t.landscape}
	lead := 0
	if width > 1 && numberTitles[Fold(titles[0])] {
		spec.Numbered, lead = true, 1
	}
	rows, _ := dropTotalRow(body, lead+1, width) // a biểu's rows, its total aside
	fixed := lead < width-1 && !numericColumn(body, lead) && fillable(body, lead+1, width) && uniqueLabels(rows, lead)
	first := lead
	if fixed {
		spec.LabelTitle = firstNonEmpty(titles[lead], "Nội dung")
		first = lead + 1
	}
	body, spec.TotalRow = dropTotalRow(body, first, width)
	last := width
	if last-first > 2 && IsTotal(titles[width-1]) && rowTotalsMatch(body, first, width-1) {
		spec.TotalColumn, last = true, width-1
	}
	for c := first; c < last; c++ {
		spec.Columns = append(spec.Columns, model.TableColumn{ID: fmt.Sprintf("c%d", c-first+1),
			Title: firstNonEmpty(titles[c], fmt.Sprintf("Cột %d", c+1)), Kind: kindOf(titles[c], body, c)})
	}
	table := &model.Table{}
	for _, row := range body {
		tr := model.TableRow{Cells: append([]string(nil), row[first:last]...)}
		if fixed {
			tr.Label = model.CleanLine(row[lead])
			spec.Rows = append(spec.Rows, tr.Label)
		}
		table.Rows = append(table.Rows, tr)
	}
	if t.headers > 1 || merged(t) {
		spec.Header = t.header()
		if _, err := spec.HeaderGrid(); err != nil {
			spec.Header = nil
		}
	}
	return spec, table
}

// IsTotal reports a total's label or title (see model.IsTotalLabel).
func IsTotal(s string) bool { return model.IsTotalLabel(s) }

// merged reports a header cell spanning columns or rows.
func merged(t srcTable) bool {
	for _, row := range t.grid[:t.headers] {
		for _, g := range row {
			if g.start && (g.span > 1 || g.rowSpan > 1) {
				return true
			}
		}
	}
	return false
}

// numericColumn reports a column most of whose filled cells are numbers.
func numericColumn(body [][]string, c int) bool {
	nums, filled := 0, 0
	for _, row := range body {
		if c < len(row) && strings.TrimSpace(row[c]) != "" {
			filled++
			if isNumber(row[c]) {
				nums++
			}
		}
	}
	return filled > 0 && nums*2 > filled
}

// fillable reports columns for numbers among from…to: one holding
// numbers, or every one empty (a biểu mẫu waiting for its figures).
func fillable(body [][]string, from, to int) bool {
	empty := true
	for c := from; c < to; c++ {
		if numericColumn(body, c) {
			return true
		}
		empty = empty && emptyColumn(body, c)
	}
	return empty
}

func emptyColumn(body [][]string, c int) bool {
	for _, row := range body {
		if c < len(row) && strings.TrimSpace(row[c]) != "" {
			return false
		}
	}
	return true
}

// textTitles are the folded words of a title that names a text column of
// an empty biểu.
var textTitles = []string{"ghi chu", "y kien", "ly do", "noi dung", "ten ", "ho ten", "dia chi", "ket qua thuc hien", "bien phap", "giai phap"}

// uniqueLabels reports a label column whose labels are all given and
// different (a biểu's rows are named once each).
func uniqueLabels(body [][]string, c int) bool {
	seen := map[string]bool{}
	for _, row := range body {
		label := model.CleanLine(row[c])
		if label == "" || seen[Fold(label)] {
			return false
		}
		seen[Fold(label)] = true
	}
	return len(seen) > 0
}

// totalLabel reports a row named as a total in one of its first upto
// columns.
func totalLabel(row []string, upto int) bool {
	for c := 0; c < upto && c < len(row); c++ {
		if IsTotal(row[c]) {
			return true
		}
	}
	return false
}

// dropTotalRow removes a last row named as a total whose numbers are the
// sums of the rows above; one that differs stays, as data.
func dropTotalRow(body [][]string, first, width int) ([][]string, bool) {
	n := len(body)
	if n < 2 || !totalLabel(body[n-1], first+1) {
		return body, false
	}
	for c := first; c < width; c++ {
		want, ok := parseCell(body[n-1][c])
		if !ok {
			continue
		}
		var parts []string
		for _, row := range body[:n-1] {
			parts = append(parts, row[c])
		}
		if sum, ok := sumCells(parts); !ok || sum != want {
			return body, false
		}
	}
	return body[:n-1], true
}

// sumCells adds the numbers among cells; false when the sum overflows.
func sumCells(cells []string) (model.Number, bool) {
	var sum model.Number
	for _, s := range cells {
		if v, ok := parseCell(s); ok {
			var err error
			if sum, err = model.AddNumbers(sum, v); err != nil {
				return 0, false
			}
		}
	}
	return sum, true
}

// rowTotalsMatch reports that column total equals, in every row, the sum
// of the numeric columns from first up to it.
func rowTotalsMatch(body [][]string, first, total int) bool {
	for _, row := range body {
		want, ok := parseCell(row[total])
		if !ok {
			continue
		}
		if sum, ok := sumCells(row[first:total]); !ok || sum != want {
			return false
		}
	}
	return true
}

func parseCell(s string) (model.Number, bool) {
	if strings.TrimSpace(s) == "" {
		return 0, false
	}
	n, _, err := model.ParseNumber(s)
	return n, err == nil
}

// kindOf is a column's kind from its title and cells.
func kindOf(title string, body [][]string, c int) model.ColumnKind {
	f := Fold(title)
	empty := emptyColumn(body, c)
	if empty {
		for _, w := range textTitles {
			if strings.HasPrefix(f+" ", w) || strings.Contains(f+" ", " "+w) {
				return model.ColumnText
			}
		}
	}
	if !empty && !numericColumn(body, c) {
		return model.ColumnText
	}
	switch {
	case strings.Contains(title, "%") || strings.Contains(f, "ty le"):
		return model.ColumnPercent
	case strings.Contains(f, "dong") || strings.Contains(f, "tien"):
		return model.ColumnMoney
	}
	for _, row := range body {
		if v, ok := parseCell(row[c]); ok && v%model.NumberScale != 0 {
			return model.ColumnDecimal
		}
	}
	if empty {
		return model.ColumnDecimal
	}
	return model.ColumnInteger
}

// sttShift is how many grid columns a source table has before a field's
// data columns beyond the field's own: 0 when the widths agree, -1 when
// the source lacks the field's STT column, 1 when it has one the field
// does not; false when the table does not fit the field.
func sttShift(spec model.TableSpec, t srcTable) (int, bool) {
	if len(t.grid) == 0 {
		return 0, false
	}
	width, want := len(t.grid[0]), spec.PrintedColumns()
	stt := numberTitles[Fold(t.titles()[0])]
	switch {
	case width == want:
		return 0, true
	case spec.Numbered && !stt && width == want-1:
		return -1, true
	case !spec.Numbered && stt && width == want+1:
		return 1, true
	}
	return 0, false
}

// fill reads a source table into the answer of an outline's table field of
// the same printed width (an STT column more or less allowed): the total row dropped when the field computes
// it, a biểu's rows matched to its labels. It returns false when the widths
// differ, and the rows it could not place (as TSV lines).
func fill(spec model.TableSpec, t srcTable) (*model.Table, []string, bool) {
	shift, ok := sttShift(spec, t)
	if !ok {
		return nil, nil, false
	}
	body := t.body()
	first, n := spec.FirstData()+shift, len(spec.Columns)
	if spec.TotalRow && len(body) > 0 && totalLabel(body[len(body)-1], first+1) {
		body = body[:len(body)-1]
	}
	if !spec.Fixed() {
		table := &model.Table{}
		for _, row := range body {
			table.Rows = append(table.Rows, model.TableRow{Cells: append([]string(nil), row[first:first+n]...)})
		}
		return table, nil, true
	}
	table := model.NewTable(spec)
	index := map[string]int{}
	for i, label := range spec.Rows {
		index[Fold(label)] = i
	}
	var extra []string
	for _, row := range body {
		i, ok := index[Fold(row[first-1])]
		if !ok {
			extra = append(extra, strings.Join(row, "\t"))
			continue
		}
		copy(table.Rows[i].Cells, row[first:first+n])
		delete(index, Fold(row[first-1]))
	}
	return table, extra, true
}

// sameTable compares two tables' answers cell for cell, spaces aside; an
// empty table equals none.
func sameTable(a, b *model.Table) bool {
	if a.IsEmpty() || b.IsEmpty() {
		return a.IsEmpty() == b.IsEmpty()
	}
	if len(a.Rows) != len(b.Rows) {
		return false
	}
	for i, r := range a.Rows {
		s := b.Rows[i]
		if model.CleanLine(r.Label) != model.CleanLine(s.Label) || len(r.Cells) != len(s.Cells) {
			return false
		}
		for j, c := range r.Cells {
			if strings.Join(strings.Fields(c), " ") != strings.Join(strings.Fields(s.Cells[j]), " ") {
				return false
			}
		}
	}
	return true
}
