package grid

import "github.com/baocao/baocao/model"

// cellNum is a numeric cell's value as parsed once, when it was typed.
type cellNum struct {
	n     model.Number
	err   error
	empty bool
}

// parse reads a cell of a numeric column.
func parse(s string) cellNum {
	if trimmedEmpty(s) {
		return cellNum{empty: true}
	}
	n, _, err := model.ParseNumber(s)
	return cellNum{n: n, err: err}
}

// trimmedEmpty reports whether s holds only spaces.
func trimmedEmpty(s string) bool {
	for _, r := range s {
		if r != ' ' && r != '\t' && r != '\u00a0' {
			return false
		}
	}
	return true
}

// parseAll parses every cell and every column's total.
func (m *Model) parseAll() {
	m.nums = make([][]cellNum, len(m.rows))
	for i := range m.rows {
		m.nums[i] = m.parseRow(i)
	}
	m.sums = make([]cellNum, m.ncols())
	for c := range m.sums {
		m.sumColumn(c)
	}
}

// parseRow parses the numeric cells of row i.
func (m *Model) parseRow(i int) []cellNum {
	out := make([]cellNum, m.ncols())
	for c, col := range m.spec.Columns {
		if col.Kind.Numeric() {
			out[c] = parse(m.rows[i].Cells[c])
		}
	}
	return out
}

// sumColumn adds up column c; the total is empty when no cell has a
// number, and carries the error when the sum overflows.
func (m *Model) sumColumn(c int) {
	if !m.spec.Columns[c].Kind.Numeric() {
		m.sums[c] = cellNum{empty: true}
		return
	}
	total := cellNum{empty: true}
	for i := range m.nums {
		v := m.nums[i][c]
		if v.empty || v.err != nil {
			continue
		}
		n, err := model.AddNumbers(total.n, v.n)
		if err != nil {
			m.sums[c] = cellNum{err: err}
			return
		}
		total = cellNum{n: n}
	}
	m.sums[c] = total
}

// rowSum adds up the numeric cells of row i, for the total column.
func (m *Model) rowSum(i int) cellNum {
	total := cellNum{empty: true}
	for _, v := range m.nums[i] {
		if v.empty || v.err != nil {
			continue
		}
		n, err := model.AddNumbers(total.n, v.n)
		if err != nil {
			return cellNum{err: err}
		}
		total = cellNum{n: n}
	}
	return total
}

// grandTotal adds up the column totals, for the corner cell.
func (m *Model) grandTotal() cellNum {
	total := cellNum{empty: true}
	for _, v := range m.sums {
		if v.err != nil {
			return v
		}
		if v.empty {
			continue
		}
		n, err := model.AddNumbers(total.n, v.n)
		if err != nil {
			return cellNum{err: err}
		}
		total = cellNum{n: n}
	}
	return total
}

// setCell writes a cell, reparses it and its column's total.
func (m *Model) setCell(row, col int, s string) {
	if m.rows[row].Cells[col] == s {
		return
	}
	m.rows[row].Cells[col] = s
	if m.spec.Columns[col].Kind.Numeric() {
		m.nums[row][col] = parse(s)
		m.sumColumn(col)
	}
	m.changed()
}

// format writes a total in Vietnamese form, "!" when it overflowed.
func (m *Model) format(v cellNum) string {
	switch {
	case v.err != nil:
		return "!"
	case v.empty:
		return ""
	}
	return v.n.Format(model.NumberDecimals)
}
