package grid

import (
	"strings"

	"github.com/baocao/baocao/model"
)

// checked is what model.CheckTable and model.TableTotals say of the table.
// The totals are redone after each message that changed the table; the
// checks when no cell is being typed (a cell is judged once typed), so
// that a key costs the same in a table of any size.
type checked struct {
	sums  model.TableSums
	err   error             // a total overflowed
	cells map[cellAt]string // problems of one cell
	rows  map[int]string    // problems of a whole row
	table []string          // problems of the whole table
}

// recheck redoes the totals when the table changed, and the checks too
// unless one cell is being typed by keys. A paste (a burst of keys
// included, open until the next key) may have filled any row, so the
// checks follow it at once: no problem is left shown for a cell it
// changed.
func (m *Model) recheck() {
	t := &model.Table{Rows: m.rows}
	if m.summedAt != m.version || m.check.cells == nil {
		m.check.sums, m.check.err = model.TableTotals(m.spec, t)
		m.summedAt = m.version
	}
	typing := m.edit.on && !m.paste.on
	if (typing || m.checkedAt == m.version) && m.check.cells != nil {
		return
	}
	c := checked{sums: m.check.sums, err: m.check.err, cells: map[cellAt]string{}, rows: map[int]string{}}
	for _, p := range model.CheckTable(m.spec, t) {
		switch {
		case p.Row < 0:
			c.table = append(c.table, p.Message)
		case p.Col < 0:
			c.rows[p.Row] = first(c.rows[p.Row], p.Message)
		default:
			at := cellAt{p.Row, p.Col}
			c.cells[at] = first(c.cells[at], p.Message)
		}
	}
	if c.err != nil {
		c.table = append(c.table, c.err.Error())
	}
	m.check, m.checkedAt = c, m.version
}

// first keeps the first problem found for a place.
func first(had, msg string) string {
	if had != "" {
		return had
	}
	return msg
}

// columnTotal is the total of data column c, "" when it is not summed.
func (m Model) columnTotal(c int) string {
	if m.check.err != nil {
		return mark
	}
	if c >= m.ncols() {
		return m.check.sums.Grand.Format(model.NumberDecimals)
	}
	if !m.check.sums.Summed[c] {
		return ""
	}
	return m.check.sums.Columns[c].Format(model.NumberDecimals)
}

// rowTotal is the total of row i, for the total column.
func (m Model) rowTotal(i int) string {
	switch {
	case m.check.err != nil:
		return mark
	case i < len(m.check.sums.Rows):
		return m.check.sums.Rows[i].Format(model.NumberDecimals)
	}
	return ""
}

// cellProblem is what is wrong with a cell, "" when nothing.
func (m Model) cellProblem(i, c int) string {
	return m.check.cells[cellAt{i, c}]
}

// setCell writes a cell and moves the totals by its change, so that a key
// costs the same whatever the table's size; model.TableTotals redoes them
// whole after any other change (rows, undo) or an overflow.
func (m *Model) setCell(row, col int, s string) {
	old := m.rows[row].Cells[col]
	if old == s {
		return
	}
	m.rows[row].Cells[col] = s
	fresh := m.summedAt == m.version
	m.changed()
	if fresh && m.shift(row, col, value(s)-value(old)) {
		m.summedAt = m.version
	}
}

// shift adds d to the totals of a cell's column and row, reporting false
// when the column is not summed or a total would overflow.
func (m *Model) shift(row, col int, d model.Number) bool {
	t := &m.check.sums
	if col >= len(t.Summed) || !t.Summed[col] || row >= len(t.Rows) || m.check.err != nil {
		return col < len(t.Summed) && !t.Summed[col]
	}
	c, err1 := model.AddNumbers(t.Columns[col], d)
	r, err2 := model.AddNumbers(t.Rows[row], d)
	g, err3 := model.AddNumbers(t.Grand, d)
	if err1 != nil || err2 != nil || err3 != nil {
		return false
	}
	t.Columns[col], t.Rows[row], t.Grand = c, r, g
	return true
}

// value is a cell's number as model.TableTotals counts it: nothing for an
// empty or unreadable cell. Two cells' values differ by at most twice
// model.MaxCellValue, far inside a Number.
func value(s string) model.Number {
	if strings.TrimSpace(s) == "" {
		return 0
	}
	n, _, err := model.ParseNumber(s)
	if err != nil {
		return 0
	}
	return n
}
