package grid

import (
	"fmt"
	"slices"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/baocao/baocao/model"
)

// The notices of the grid.
const (
	msgComputed      = "Ô tổng do chương trình tự cộng, không nhập được."
	msgFixedRows     = "Biểu có các dòng cố định: không thêm, chèn hay xóa dòng được."
	msgUndone        = "Đã hoàn tác thay đổi vừa rồi."
	msgNothingToUndo = "Không còn thay đổi nào để hoàn tác."
	msgEditTaken     = "Đã trả ô về giá trị trước khi sửa."
)

var (
	msgCellTooLong = fmt.Sprintf("Mỗi ô tối đa %d ký tự; hãy viết gọn lại.", model.MaxCellRunes)
	msgTooManyRows = fmt.Sprintf("Bảng đã có %d dòng, số tối đa; hãy xóa bớt dòng thừa.", model.MaxTableRows)
)

// cellEdit is the cell being edited: its text as runes (written through
// to the cell at every change), the cursor in it and the value before.
type cellEdit struct {
	on     bool
	inside bool // opened with enter: ←/→ move in the text
	undo   bool // opening it left an undo step
	text   []rune
	pos    int
	before string
}

// handleKey handles a key: while editing, the edit's keys first.
func (m *Model) handleKey(k tea.KeyPressMsg) tea.Cmd {
	if m.edit.on {
		if done := m.editKey(k); done {
			return nil
		}
	}
	km := m.KeyMap
	switch {
	case key.Matches(k, km.Up):
		m.moveTo(m.row-1, m.col)
	case key.Matches(k, km.Down):
		m.moveTo(m.row+1, m.col)
	case key.Matches(k, km.Left):
		m.moveTo(m.row, m.col-1)
	case key.Matches(k, km.Right):
		m.moveTo(m.row, m.col+1)
	case key.Matches(k, km.Next):
		return m.step(1)
	case key.Matches(k, km.Prev):
		return m.step(-1)
	case key.Matches(k, km.Home):
		m.moveTo(m.row, 0)
	case key.Matches(k, km.End):
		m.moveTo(m.row, m.lastCol())
	case key.Matches(k, km.PageUp):
		m.moveTo(m.row-m.bodyHeight(), m.col)
	case key.Matches(k, km.PageDown):
		m.moveTo(m.row+m.bodyHeight(), m.col)
	case key.Matches(k, km.Edit):
		m.startEdit(true)
	case key.Matches(k, km.Erase, km.Clear):
		m.clearCell()
	case key.Matches(k, km.AddRow):
		m.addRow(m.row + 1)
	case key.Matches(k, km.InsertRow):
		m.addRow(m.row)
	case key.Matches(k, km.RemoveRow):
		m.removeRow()
	case key.Matches(k, km.Undo):
		m.undoLast()
	default:
		if t := typed(k); t != "" {
			m.typeText(t)
		}
	}
	return nil
}

// typed returns the text a key types, "" for a key that types nothing.
func typed(k tea.KeyPressMsg) string {
	if k.Mod&^tea.ModShift != 0 || k.Text == "" {
		return ""
	}
	return k.Text
}

// editKey handles a key while editing and reports whether it was taken;
// a key it does not take ends the edit and then acts as on the grid.
func (m *Model) editKey(k tea.KeyPressMsg) bool {
	km := m.KeyMap
	e := &m.edit
	switch {
	case key.Matches(k, km.Cancel):
		m.cancelEdit()
	case key.Matches(k, km.Edit):
		m.endEdit()
		m.moveTo(m.row+1, m.col)
	case key.Matches(k, km.Erase):
		if e.pos > 0 {
			e.text = slices.Delete(e.text, e.pos-1, e.pos)
			e.pos--
			m.writeEdit()
		}
	case key.Matches(k, km.Clear):
		if e.pos < len(e.text) {
			e.text = slices.Delete(e.text, e.pos, e.pos+1)
			m.writeEdit()
		}
	case e.inside && key.Matches(k, km.Left):
		e.pos = max(e.pos-1, 0)
	case e.inside && key.Matches(k, km.Right):
		e.pos = min(e.pos+1, len(e.text))
	case e.inside && key.Matches(k, km.Home):
		e.pos = 0
	case e.inside && key.Matches(k, km.End):
		e.pos = len(e.text)
	case typed(k) != "":
		m.insert(typed(k))
	default:
		m.endEdit()
		return false
	}
	return true
}

// typeText types into the cursor cell: the first key replaces the value.
func (m *Model) typeText(s string) {
	if !m.edit.on && !m.startEdit(false) {
		return
	}
	m.insert(s)
}

// startEdit opens the cursor cell for editing: inside keeps its value with
// the cursor at the end, else the value is replaced by what is typed next.
// A total cell cannot be edited.
func (m *Model) startEdit(inside bool) bool {
	if m.col >= m.ncols() {
		m.msg = msgComputed
		return false
	}
	cur := m.rows[m.row].Cells[m.col]
	m.edit = cellEdit{on: true, inside: inside, before: cur, undo: !m.paste.on}
	if inside {
		m.edit.text = []rune(cur)
		m.edit.pos = len(m.edit.text)
	}
	if m.edit.undo {
		m.remember()
	}
	m.writeEdit()
	return true
}

// insert types s at the edit's cursor, within the cell's bound.
func (m *Model) insert(s string) {
	e := &m.edit
	rs := []rune(s)
	if len(e.text)+len(rs) > model.MaxCellRunes {
		m.msg = msgCellTooLong
		rs = rs[:max(model.MaxCellRunes-len(e.text), 0)]
	}
	e.text = slices.Insert(e.text, e.pos, rs...)
	e.pos += len(rs)
	m.writeEdit()
}

// writeEdit writes the edit's text through to its cell.
func (m *Model) writeEdit() { m.setCell(m.row, m.col, string(m.edit.text)) }

// endEdit closes the edit, keeping the text cleaned (model.CleanLine); an
// edit that changed nothing leaves no undo step.
func (m *Model) endEdit() {
	if !m.edit.on {
		return
	}
	e := m.edit
	m.edit = cellEdit{}
	m.setCell(m.row, m.col, model.CleanLine(m.rows[m.row].Cells[m.col]))
	if m.rows[m.row].Cells[m.col] == e.before && e.undo {
		m.undo.Pop()
	}
}

// cancelEdit closes the edit, giving the cell back its value.
func (m *Model) cancelEdit() {
	e := m.edit
	m.edit = cellEdit{}
	m.setCell(m.row, m.col, e.before)
	if e.undo {
		m.undo.Pop()
	}
	m.msg = msgEditTaken
}

// clearCell empties the cursor cell.
func (m *Model) clearCell() {
	if m.col >= m.ncols() {
		m.msg = msgComputed
		return
	}
	if m.rows[m.row].Cells[m.col] == "" {
		return
	}
	m.remember()
	m.setCell(m.row, m.col, "")
}

// moveTo puts the cursor on a cell, clamped to the grid.
func (m *Model) moveTo(row, col int) {
	m.row = min(max(row, 0), len(m.rows)-1)
	m.col = min(max(col, 0), m.lastCol())
}

// step moves to the next (+1) or previous (-1) data cell, row after row;
// from the last cell forward or the first backward it asks the parent to
// move focus.
func (m *Model) step(d int) tea.Cmd {
	n := max(m.ncols(), 1)
	at := m.row*n + min(m.col, n-1) + d
	if at < 0 || at >= len(m.rows)*n {
		id, fwd := m.id, d > 0
		return func() tea.Msg { return LeaveMsg{ID: id, Forward: fwd} }
	}
	m.moveTo(at/n, at%n)
	return nil
}
