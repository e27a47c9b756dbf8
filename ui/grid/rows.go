package grid

import (
	"slices"

	"github.com/baocao/baocao/model"
)

// maxUndo is how many changes ctrl+z can take back.
const maxUndo = 50

// snapshot is the table and cursor before a change. Cells are strings, so
// a snapshot copies the rows' slices, not their text.
type snapshot struct {
	rows     []model.TableRow
	row, col int
}

// remember keeps the state before a change, for undoLast.
func (m *Model) remember() {
	rows := make([]model.TableRow, len(m.rows))
	for i, r := range m.rows {
		rows[i] = model.TableRow{Label: r.Label, Cells: slices.Clone(r.Cells)}
	}
	m.undo.Push(snapshot{rows: rows, row: m.row, col: m.col})
}

// undoLast takes back the last change: a cell, a paste, a row added or
// removed.
func (m *Model) undoLast() {
	last, ok := m.undo.Pop()
	if !ok {
		m.msg = msgNothingToUndo
		return
	}
	m.rows = last.rows
	m.moveTo(last.row, last.col)
	m.changed()
	m.msg = msgUndone
}

// addRow inserts an empty row at i in a table with free rows and puts the
// cursor on its first cell.
func (m *Model) addRow(i int) {
	switch {
	case m.spec.Fixed():
		m.msg = msgFixedRows
		return
	case len(m.rows) >= model.MaxTableRows:
		m.msg = msgTooManyRows
		return
	}
	m.remember()
	m.insertRow(i)
	m.moveTo(i, 0)
}

// insertRow inserts an empty row at i; its total is nothing, so the
// totals stay as they are.
func (m *Model) insertRow(i int) {
	fresh := m.summedAt == m.version && len(m.check.sums.Rows) == len(m.rows)
	m.rows = slices.Insert(m.rows, i, model.TableRow{Cells: make([]string, m.ncols())})
	m.changed()
	if fresh {
		m.check.sums.Rows = slices.Insert(m.check.sums.Rows, i, 0)
		m.summedAt = m.version
	}
}

// removeRow removes the cursor row of a table with free rows; the last row
// left is emptied instead.
func (m *Model) removeRow() {
	if m.spec.Fixed() {
		m.msg = msgFixedRows
		return
	}
	m.remember()
	if len(m.rows) == 1 {
		m.rows[0] = model.TableRow{Cells: make([]string, len(m.rows[0].Cells))}
	} else {
		m.rows = slices.Delete(m.rows, m.row, m.row+1)
	}
	m.moveTo(m.row, m.col)
	m.changed()
}
