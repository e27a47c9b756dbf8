package staffing

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

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
	msgNoMatch     = "Không có chức danh nào khớp với chữ đã gõ; xóa bớt chữ (backspace), hoặc nhấn enter để thêm chức danh tự đặt tên từ chữ đã gõ."
)

// picker is the list shown while adding a position or a combined post.
// Typing filters it: every word typed must appear in the position's name,
// diacritics and case aside ("chu tich ub" finds "Chủ tịch UBND").
type picker struct {
	all    []model.Position // the positions offered
	keys   []string         // their folded names, for the filter
	items  []model.Position // those the filter keeps, shown
	idx    int
	filter string
	chosen []string // combined post: the roles picked, in the order picked
}

// newPicker offers the positions.
func newPicker(ps []model.Position) picker {
	p := picker{all: ps, items: ps}
	for _, pos := range ps {
		p.keys = append(p.keys, model.Fold(pos.Short+" "+pos.Title))
	}
	return p
}

// apply keeps the positions matching the filter, the highlight on the
// first of them.
func (p *picker) apply() {
	words := strings.Fields(model.Fold(p.filter))
	p.items = p.items[:0:0]
	var later []model.Position // matched, but not from the name's start
	for i, pos := range p.all {
		if !matchAll(p.keys[i], words) {
			continue
		}
		if len(words) == 0 || strings.HasPrefix(p.keys[i], words[0]) || abbreviates(words[0], nameWords(p.keys[i])) {
			p.items = append(p.items, pos)
		} else {
			later = append(later, pos)
		}
	}
	p.items = append(p.items, later...)
	p.idx = 0
}

// matchAll reports whether every typed word matches s: it appears in s, or
// it abbreviates consecutive words of s, each giving a prefix ("ctub" for
// "chu tich ubnd", "pbt" for "pho bi thu").
func matchAll(s string, words []string) bool {
	var names []string
	for _, w := range words {
		if strings.Contains(s, w) {
			continue
		}
		if names == nil {
			names = nameWords(s)
		}
		found := false
		for i := range names {
			if abbreviates(w, names[i:]) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// nameWords splits a folded name into its words.
func nameWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// abbreviates reports whether w is made of non-empty prefixes of the first
// words of names, in order.
func abbreviates(w string, names []string) bool {
	if w == "" {
		return true
	}
	if len(names) == 0 {
		return false
	}
	for k := len(w); k > 0; k-- {
		if strings.HasPrefix(names[0], w[:k]) && abbreviates(w[k:], names[1:]) {
			return true
		}
	}
	return false
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
		m.pick = newPicker(items)
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
	m.pick = newPicker(items)
	m.mode = modeCombine
}

// setFilter filters the list by s (one line without control characters,
// at most 60 characters; spaces are kept as typed, they separate words).
func (m *Model) setFilter(s string) {
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == utf8.RuneError {
			return -1
		}
		return r
	}, s)
	if utf8.RuneCountInString(s) > 60 {
		s = string([]rune(s)[:60])
	}
	m.pick.filter = s
	m.pick.apply()
}

// handlePicker handles a key in either list: arrows move, letters filter,
// enter adds. In the list of positions to add, a digit adds the highlighted
// position and starts its count, so "a", "bi thu", "1" adds Bí thư with 1.
func (m *Model) handlePicker(msg tea.KeyPressMsg) {
	k := m.KeyMap
	m.msg = ""
	p := &m.pick
	switch {
	case key.Matches(msg, k.Up):
		p.idx = max(p.idx-1, 0)
	case key.Matches(msg, k.Down):
		p.idx = max(min(p.idx+1, len(p.items)-1), 0)
	case key.Matches(msg, k.Cancel):
		m.mode = modeTable
	case m.mode == modeCombine && key.Matches(msg, k.Toggle):
		p.toggle()
	case key.Matches(msg, k.Accept):
		m.acceptPick()
	case key.Matches(msg, k.Erase):
		if r := []rune(p.filter); len(r) > 0 {
			m.setFilter(string(r[:len(r)-1]))
		}
	case key.Matches(msg, k.ClearText):
		m.setFilter("")
	case m.mode == modeAdd && len(msg.Text) == 1 && msg.Text[0] >= '0' && msg.Text[0] <= '9' && msg.Mod&(tea.ModCtrl|tea.ModAlt) == 0:
		if len(p.items) == 0 {
			m.msg = msgNoMatch
			return
		}
		m.acceptPick()
		m.typeDigit(rune(msg.Text[0]))
	case msg.Text != "" && msg.Mod&(tea.ModCtrl|tea.ModAlt) == 0:
		m.setFilter(p.filter + msg.Text)
	}
}

// toggle adds the highlighted role to the combined post, or takes it out.
func (p *picker) toggle() {
	if len(p.items) == 0 {
		return
	}
	id := p.items[p.idx].ID
	if i := slices.Index(p.chosen, id); i >= 0 {
		p.chosen = slices.Delete(p.chosen, i, i+1)
		return
	}
	p.chosen = append(p.chosen, id)
}

// acceptPick adds the picked position or combined post. When no position
// of the catalogue matches what was typed, enter starts a custom position
// with that text as its title.
func (m *Model) acceptPick() {
	if m.mode == modeAdd {
		if len(m.pick.items) == 0 && strings.TrimSpace(m.pick.filter) != "" {
			m.openTitle()
			m.title.SetValue(model.CleanLine(m.pick.filter))
			return
		}
		if len(m.pick.items) == 0 {
			m.msg = msgNoMatch
			return
		}
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
