package staffing

import (
	"fmt"
	"slices"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/baocao/baocao/model"
)

// The notices of the table.
const (
	msgDigitsOnly = "Chỉ nhập chữ số (0–9) vào ô số người."
	msgEmpty      = "Bảng chưa có dòng nào; nhấn a để thêm chức danh trong danh mục, c để thêm chức danh tự đặt tên."
)

// msgTooBig says a count passed MaxCount.
var msgTooBig = fmt.Sprintf("Số người mỗi ô tối đa là %d; hãy kiểm tra lại số vừa nhập.", MaxCount)

// handleTable handles a key on the table itself.
func (m *Model) handleTable(msg tea.KeyPressMsg) tea.Cmd {
	k := m.KeyMap
	m.msg = ""
	switch {
	case key.Matches(msg, k.Up):
		m.move(-1, m.col)
	case key.Matches(msg, k.Down):
		m.move(1, m.col)
	case key.Matches(msg, k.Left):
		m.move(0, 0)
	case key.Matches(msg, k.Right):
		m.move(0, 1)
	case key.Matches(msg, k.Next):
		return m.tab(true)
	case key.Matches(msg, k.Prev):
		return m.tab(false)
	case key.Matches(msg, k.Erase):
		m.erase()
	case key.Matches(msg, k.Clear):
		m.setCount(0)
	case key.Matches(msg, k.Add):
		m.openAdd()
	case key.Matches(msg, k.AddCustom):
		return m.openTitle()
	case key.Matches(msg, k.Combine):
		m.openCombine()
	case key.Matches(msg, k.Remove):
		m.openRemove()
	default:
		m.typeText(msg)
	}
	return nil
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

// tab moves to the next or previous cell, and asks the parent to move on at
// either end of the table.
func (m *Model) tab(forward bool) tea.Cmd {
	cell := m.sel*2 + m.col
	if forward {
		cell++
	} else {
		cell--
	}
	if cell < 0 || cell >= 2*len(m.order) {
		id := m.id
		return func() tea.Msg { return LeaveMsg{ID: id, Forward: forward} }
	}
	m.sel, m.col, m.fresh = cell/2, cell%2, true
	return nil
}

// insertRow adds a row after the last row of its group that comes no later
// in the catalogue (custom rows last), and selects its first cell.
func (m *Model) insertRow(r model.StaffRow) {
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

// removeSelected deletes the selected row.
func (m *Model) removeSelected() {
	row := m.current()
	if row < 0 {
		return
	}
	m.s.Rows = append(m.s.Rows[:row], m.s.Rows[row+1:]...)
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
