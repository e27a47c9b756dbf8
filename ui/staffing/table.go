package staffing

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/ui/common"
)

// The notices of the table.
const (
	msgDigitsOnly    = "Chỉ nhập chữ số (0–9) vào ô số người."
	msgEmpty         = "Bảng chưa có dòng nào; nhấn a để thêm chức danh trong danh mục, c để thêm chức danh tự đặt tên."
	msgUndone        = "Đã hoàn tác thay đổi vừa rồi."
	msgNothingToUndo = "Không còn thay đổi nào để hoàn tác."
	msgFinishCell    = "Đang nhập số vào ô: nhấn enter hoặc mũi tên để xong ô này, rồi mới dùng phím lệnh."
)

// msgTooBig says a count passed MaxCount.
var msgTooBig = fmt.Sprintf("Số người mỗi ô tối đa là %d; hãy kiểm tra lại số vừa nhập.", MaxCount)

// handleTable handles a key on the table itself: arrows and enter move
// between cells, tab and shift+tab leave the table.
func (m *Model) handleTable(msg tea.KeyPressMsg) tea.Cmd {
	k := m.KeyMap
	m.msg = ""
	if !m.fresh && isLetter(msg) {
		m.msg = msgFinishCell // a letter while typing a count is no command
		return nil
	}
	switch {
	case key.Matches(msg, k.Up):
		m.move(-1, m.col)
	case key.Matches(msg, k.Down):
		m.move(1, m.col)
	case key.Matches(msg, k.Left):
		m.move(0, 0)
	case key.Matches(msg, k.Right):
		m.move(0, 1)
	case key.Matches(msg, k.NextCell):
		m.nextCell()
	case key.Matches(msg, k.Next):
		return m.leave(true)
	case key.Matches(msg, k.Prev):
		return m.leave(false)
	case key.Matches(msg, k.Erase):
		m.erase()
	case key.Matches(msg, k.Clear):
		if row := m.current(); row >= 0 && m.count(row) != 0 {
			m.remember()
		}
		m.setCount(0)
		m.fresh = true
	case key.Matches(msg, k.Add):
		m.openAdd()
	case key.Matches(msg, k.AddCustom):
		return m.openTitle()
	case key.Matches(msg, k.Combine):
		m.openCombine()
	case key.Matches(msg, k.Remove):
		m.removeSelected()
	case key.Matches(msg, k.Undo):
		m.undoLast()
	case key.Matches(msg, k.Paragraph):
		m.mode = modeParagraph
	default:
		m.typeText(msg)
	}
	return nil
}

// isLetter reports whether a key types a character that is not a digit.
func isLetter(msg tea.KeyPressMsg) bool {
	t := common.KeyText(msg)
	return t != "" && !strings.ContainsAny(t, "\t\r\n") && (t < "0" || t > "9")
}

// typeText takes a printable key: digits edit the cell, anything else is
// refused with a notice.
func (m *Model) typeText(msg tea.KeyPressMsg) {
	if msg.Text == "" || msg.Mod&(tea.ModCtrl|tea.ModAlt) != 0 {
		return
	}
	for _, r := range msg.Text {
		if !m.typeDigit(r) {
			return
		}
	}
}

// typeDigit adds one digit to the selected cell and reports whether it was
// taken.
func (m *Model) typeDigit(r rune) bool {
	row := m.current()
	switch {
	case row < 0:
		m.msg = msgEmpty
		return false
	case r < '0' || r > '9' || utf8.RuneLen(r) != 1:
		m.msg = msgDigitsOnly
		return false
	}
	n := m.count(row)
	if m.fresh || n < 0 {
		n = 0
	}
	if m.fresh {
		m.remember()
	}
	n = n*10 + int(r-'0')
	if n > MaxCount {
		m.msg = msgTooBig
		return false
	}
	m.fresh = false
	m.setCount(n)
	return true
}

// erase removes the last digit of the selected cell.
func (m *Model) erase() {
	if row := m.current(); row >= 0 {
		if m.fresh && m.count(row) != 0 {
			m.remember()
		}
		m.fresh = false
		m.setCount(max(m.count(row), 0) / 10)
	}
}

// count returns the selected column's count of a row.
func (m *Model) count(row int) int {
	if m.col == 0 {
		return m.s.Rows[row].Start
	}
	return m.s.Rows[row].Now
}

// setCount sets the selected cell.
func (m *Model) setCount(n int) {
	row := m.current()
	if row < 0 {
		m.msg = msgEmpty
		return
	}
	if m.count(row) == n {
		return
	}
	if m.col == 0 {
		m.s.Rows[row].Start = n
	} else {
		m.s.Rows[row].Now = n
	}
	m.changed()
}

// move moves the cursor dr rows and to column col.
func (m *Model) move(dr, col int) {
	if len(m.order) == 0 {
		m.msg = msgEmpty
		return
	}
	sel := min(max(m.sel+dr, 0), len(m.order)-1)
	if sel != m.sel || col != m.col {
		m.fresh = true
	}
	m.sel, m.col = sel, col
}

// nextCell moves to the next cell: from the start count to the now count,
// then to the next row's start count; on the last cell it stays.
func (m *Model) nextCell() {
	if len(m.order) == 0 {
		m.msg = msgEmpty
		return
	}
	cell := min(m.sel*2+m.col+1, 2*len(m.order)-1)
	m.sel, m.col, m.fresh = cell/2, cell%2, true
}

// leave asks the parent to move to the next or previous field.
func (m *Model) leave(forward bool) tea.Cmd {
	id := m.id
	return func() tea.Msg { return LeaveMsg{ID: id, Forward: forward} }
}

// insertRow adds a row after the last row of its group that comes no later
// in the catalogue (custom rows last), and selects its first cell.
func (m *Model) insertRow(r model.StaffRow) {
	if len(m.s.Rows) >= model.MaxRows {
		m.msg = fmt.Sprintf("Bảng đã có %d dòng, số tối đa; hãy xóa bớt dòng thừa.", model.MaxRows)
		return
	}
	m.remember()
	at := m.insertAt(r)
	m.s.Rows = slices.Insert(m.s.Rows, at, r)
	m.reorder(at)
	m.col, m.fresh = 0, true
	m.changed()
}

// insertAt returns where a new row goes in s.Rows.
func (m *Model) insertAt(r model.StaffRow) int {
	g, rank := m.groupOf(r), m.rank(r)
	first, at := -1, -1
	for i, other := range m.s.Rows {
		if m.groupOf(other) != g {
			continue
		}
		if first < 0 {
			first = i
		}
		if m.rank(other) <= rank {
			at = i + 1
		}
	}
	switch {
	case at >= 0:
		return at
	case first >= 0:
		return first
	}
	return len(m.s.Rows)
}

// rank is a row's place in the catalogue: its first role's index; custom
// rows and unknown roles come last.
func (m *Model) rank(r model.StaffRow) int {
	if len(r.Roles) > 0 {
		for i, p := range m.regime.Positions {
			if p.ID == r.Roles[0] {
				return i
			}
		}
	}
	return len(m.regime.Positions)
}

// has reports whether the table has a row with the same position as r.
func (m *Model) has(r model.StaffRow) bool {
	key := r.Key()
	for _, other := range m.s.Rows {
		if other.Key() == key {
			return true
		}
	}
	return false
}

// removeSelected deletes the selected row at once and says how to undo it.
func (m *Model) removeSelected() {
	row := m.current()
	if row < 0 {
		m.msg = msgEmpty
		return
	}
	m.remember()
	title := m.regime.RowTitle(m.s.Rows[row])
	m.s.Rows = append(m.s.Rows[:row:row], m.s.Rows[row+1:]...)
	next := -1
	if m.sel+1 < len(m.order) {
		next = m.order[m.sel+1]
		if next > row {
			next--
		}
	}
	m.reorder(next)
	m.fresh = true
	m.changed()
	m.msg = fmt.Sprintf("Đã xóa dòng %q; nhấn u để hoàn tác.", title)
}

// maxUndo is how many changes u can take back.
const maxUndo = 100

// snapshot is the table and cursor before a change.
type snapshot struct {
	rows     []model.StaffRow
	sel, col int
}

// remember keeps the state before a change, for undoLast.
func (m *Model) remember() {
	m.undo.Push(snapshot{rows: m.s.Clone().Rows, sel: m.sel, col: m.col})
}

// undoLast takes back the last change: a typed count, a cleared cell, an
// added or removed row.
func (m *Model) undoLast() {
	last, ok := m.undo.Pop()
	if !ok {
		m.msg = msgNothingToUndo
		return
	}
	m.s.Rows = last.rows
	m.reorder(-1)
	m.sel, m.col, m.fresh = min(last.sel, max(len(m.order)-1, 0)), last.col, true
	m.changed()
	m.msg = msgUndone
}

// capWarning returns the warning for a "now" total above the regime's cap
// for the unit, or "".
func (m *Model) capWarning() string {
	limit, ok := m.regime.Cap(m.kind, m.class)
	if !ok {
		return ""
	}
	t := m.s.Sum(model.AtNow, m.regime.Catalogue)
	if t.All <= limit {
		return ""
	}
	return fmt.Sprintf("Hiện nay có %d người, vượt số tối đa %d của %s loại %s theo %s; nếu đúng thực tế, hãy nêu lý do trong phần thực trạng.",
		t.All, limit, m.kind.Label(), m.class, m.regime.Basis)
}
