package staffing

import (
	"fmt"
	"slices"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/baocao/baocao/model"
)

// The notices of the pickers.
const (
	msgAllThere    = "Mọi chức danh trong danh mục đã có trong bảng; nhấn c để thêm chức danh tự đặt tên."
	msgNoCatalogue = "Chưa có danh mục chức danh cho ngày báo cáo; nhấn c để thêm chức danh tự đặt tên."
	msgPickTwo     = "Chọn ít nhất hai chức danh bằng phím cách, rồi nhấn enter."
	msgNoTitle     = "Hãy nhập tên chức danh (ví dụ: Ủy viên UBND), rồi nhấn enter."
	msgDupCombined = "Dòng kiêm nhiệm này đã có trong bảng; hãy sửa số người ở dòng đó."
)

// picker is the list shown while adding a position or a combined post.
type picker struct {
	items  []model.Position
	idx    int
	chosen []string // combined post: the roles picked, in the order picked
}

// openAdd opens the list of catalogue positions not yet in the table.
func (m *Model) openAdd() {
	var items []model.Position
	for _, p := range m.regime.PositionsFor(m.kind) {
		if !m.has(model.StaffRow{Roles: []string{p.ID}}) {
			items = append(items, p)
		}
	}
	switch {
	case len(m.regime.Positions) == 0:
		m.msg = msgNoCatalogue
	case len(items) == 0:
		m.msg = msgAllThere
	default:
		m.pick = picker{items: items}
		m.mode = modeAdd
	}
}

// openCombine opens the list of every catalogue position, to pick the
// roles of a combined post.
func (m *Model) openCombine() {
	items := m.regime.PositionsFor(m.kind)
	if len(items) < 2 {
		m.msg = msgNoCatalogue
		return
	}
	m.pick = picker{items: items}
	m.mode = modeCombine
}

// handlePicker handles a key in either list.
func (m *Model) handlePicker(msg tea.KeyPressMsg) {
	k := m.KeyMap
	m.msg = ""
	p := &m.pick
	switch {
	case key.Matches(msg, k.Up):
		p.idx = max(p.idx-1, 0)
	case key.Matches(msg, k.Down):
		p.idx = min(p.idx+1, len(p.items)-1)
	case key.Matches(msg, k.Cancel):
		m.mode = modeTable
	case m.mode == modeCombine && key.Matches(msg, k.Toggle):
		p.toggle()
	case key.Matches(msg, k.Accept):
		m.acceptPick()
	}
}

// toggle adds the highlighted role to the combined post, or takes it out.
func (p *picker) toggle() {
	id := p.items[p.idx].ID
	if i := slices.Index(p.chosen, id); i >= 0 {
		p.chosen = slices.Delete(p.chosen, i, i+1)
		return
	}
	p.chosen = append(p.chosen, id)
}

// acceptPick adds the picked position or combined post.
func (m *Model) acceptPick() {
	if m.mode == modeAdd {
		m.mode = modeTable
		m.insertRow(model.StaffRow{Roles: []string{m.pick.items[m.pick.idx].ID}})
		return
	}
	if len(m.pick.chosen) < 2 {
		m.msg = msgPickTwo
		return
	}
	r := model.StaffRow{Roles: slices.Clone(m.pick.chosen)}
	if m.has(r) {
		m.msg = msgDupCombined
		return
	}
	m.mode = modeTable
	m.insertRow(r)
}

// openTitle starts a custom position: its title first.
func (m *Model) openTitle() tea.Cmd {
	m.mode = modeTitle
	m.title.Reset()
	return m.title.Focus()
}

// handleTitle passes keys to the title input; enter goes on to the group.
func (m *Model) handleTitle(msg tea.KeyPressMsg) tea.Cmd {
	k := m.KeyMap
	m.msg = ""
	switch {
	case key.Matches(msg, k.Cancel):
		m.mode = modeTable
		m.title.Blur()
		return nil
	case key.Matches(msg, k.Accept):
		m.acceptTitle()
		return nil
	}
	var cmd tea.Cmd
	m.title, cmd = m.title.Update(msg)
	return cmd
}

// acceptTitle checks the typed title and asks for the group.
func (m *Model) acceptTitle() {
	title := model.CleanLine(m.title.Value())
	switch {
	case title == "":
		m.msg = msgNoTitle
	case m.has(model.StaffRow{Title: title}):
		m.msg = fmt.Sprintf("Chức danh %q đã có trong bảng; hãy đặt tên khác hoặc sửa số người ở dòng đó.", title)
	default:
		m.title.Blur()
		m.group = model.GroupCivilServ
		m.mode = modeGroup
	}
}

// handleGroup chooses cán bộ or công chức for the custom position.
func (m *Model) handleGroup(msg tea.KeyPressMsg) {
	k := m.KeyMap
	switch {
	case key.Matches(msg, k.Up, k.Down, k.Left, k.Right, k.Toggle, k.Next, k.Prev):
		if m.group == model.GroupCadre {
			m.group = model.GroupCivilServ
		} else {
			m.group = model.GroupCadre
		}
	case key.Matches(msg, k.Cancel):
		m.mode = modeTitle
		m.title.Focus()
	case key.Matches(msg, k.Accept):
		m.mode = modeTable
		m.insertRow(model.StaffRow{Title: model.CleanLine(m.title.Value()), Group: m.group})
	}
}

// openRemove asks to confirm removing the selected row.
func (m *Model) openRemove() {
	if m.current() < 0 {
		m.msg = msgEmpty
		return
	}
	m.mode = modeRemove
}

// handleRemove removes the row on yes, and goes back on no.
func (m *Model) handleRemove(msg tea.KeyPressMsg) {
	switch {
	case key.Matches(msg, m.KeyMap.Yes):
		m.mode = modeTable
		m.removeSelected()
	case key.Matches(msg, m.KeyMap.No):
		m.mode = modeTable
	}
}
