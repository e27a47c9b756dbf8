package staffing

import (
	"slices"

	"charm.land/bubbles/v2/key"
)

// KeyMap is the table's key bindings. Digits are not bindings: they always
// edit the count cell. Letters typed while a picker is open filter its list.
type KeyMap struct {
	Up        key.Binding
	Down      key.Binding
	Left      key.Binding
	Right     key.Binding
	Arrows    key.Binding // help only: the four arrows move between cells
	NextCell  key.Binding // enter: the next cell (start, now, next row)
	Next      key.Binding // tab: leave the table for the next field
	Prev      key.Binding // shift+tab: leave it for the previous field
	Erase     key.Binding
	Clear     key.Binding
	Add       key.Binding
	AddCustom key.Binding
	Combine   key.Binding
	Remove    key.Binding
	Undo      key.Binding
	Paragraph key.Binding // show the generated paragraph in full, and back
	Toggle    key.Binding
	Accept    key.Binding
	Cancel    key.Binding
	Filter    key.Binding // help only: typing filters a picker's list
	ClearText key.Binding // empties a picker's filter
}

// DefaultKeyMap returns the default bindings.
func DefaultKeyMap() KeyMap {
	b := func(help, desc string, keys ...string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
	}
	return KeyMap{
		Up:        b("↑", "dòng trên", "up"),
		Down:      b("↓", "dòng dưới", "down"),
		Left:      b("←", "cột trái", "left"),
		Right:     b("→", "cột phải", "right"),
		Arrows:    b("↑↓←→", "chọn ô", "up", "down", "left", "right"),
		NextCell:  b("enter", "ô sau", "enter"),
		Next:      b("tab", "rời bảng", "tab"),
		Prev:      b("shift+tab", "rời bảng, lùi", "shift+tab"),
		Erase:     b("backspace", "xóa chữ số", "backspace", "ctrl+h"),
		Clear:     b("delete", "đặt về 0", "delete"),
		Add:       b("a", "thêm chức danh", "a", "+"),
		AddCustom: b("c", "chức danh tự đặt", "c"),
		Combine:   b("k", "kiêm nhiệm", "k"),
		Remove:    b("x", "xóa dòng", "x"),
		Undo:      b("u", "hoàn tác", "u", "ctrl+z"),
		Paragraph: b("p", "xem đoạn văn", "p"),
		Toggle:    b("space", "chọn/bỏ chọn", "space"),
		Accept:    b("enter", "thêm", "enter"),
		Cancel:    b("esc", "thôi", "esc"),
		Filter:    b("gõ chữ", "lọc danh mục", "\x00filter"),
		ClearText: b("ctrl+u", "xóa chữ lọc", "ctrl+u"),
	}
}

// ShortHelp returns the table's most important keys first, for a one-line
// help that may be cut on a narrow screen.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Next, k.Arrows, k.Add, k.Remove, k.Undo, k.Paragraph, k.AddCustom, k.Combine}
}

// FullHelp returns every binding of the table, grouped into two columns
// (moving, then changing rows), so that the help fits 80 columns.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Next, k.Prev, k.Arrows, k.NextCell, k.Erase, k.Clear, k.Paragraph},
		{k.Add, k.AddCustom, k.Combine, k.Remove, k.Undo},
	}
}

// modeKeys is the help of the mode the table is in: a picker, the title or
// group of a custom position, the paragraph, or the table itself.
type modeKeys struct {
	k       KeyMap
	mode    mode
	canUndo bool // a change can be undone: the one-line help shows u
}

// ShortHelp returns the keys of the current mode, most important first.
func (h modeKeys) ShortHelp() []key.Binding {
	k := h.k
	switch h.mode {
	case modeAdd:
		add := k.Accept
		add.SetHelp("enter", "thêm")
		return []key.Binding{k.Filter, k.upDown(), add, k.Cancel, k.ClearText}
	case modeCombine:
		add := k.Accept
		add.SetHelp("enter", "thêm dòng kiêm nhiệm")
		return []key.Binding{k.Toggle, k.upDown(), add, k.Filter, k.Cancel}
	case modeTitle:
		next := k.Accept
		next.SetHelp("enter", "tiếp")
		return []key.Binding{next, k.Cancel}
	case modeGroup:
		add := k.Accept
		add.SetHelp("enter", "thêm")
		change := k.Arrows
		change.SetHelp("←/→", "đổi nhóm")
		back := k.Cancel
		back.SetHelp("esc", "sửa tên")
		return []key.Binding{change, add, back}
	case modeParagraph:
		back := k.Paragraph
		back.SetHelp("p/esc", "về bảng")
		return []key.Binding{back}
	}
	out := k.ShortHelp()
	if !h.canUndo {
		out = slices.DeleteFunc(out, func(b key.Binding) bool { return b.Help() == k.Undo.Help() })
	}
	return out
}

// FullHelp returns the keys of the current mode in columns.
func (h modeKeys) FullHelp() [][]key.Binding {
	if h.mode == modeTable {
		return h.k.FullHelp()
	}
	return [][]key.Binding{h.ShortHelp()}
}

// upDown is the help entry of ↑/↓ in a list.
func (k KeyMap) upDown() key.Binding {
	return key.NewBinding(key.WithKeys("up", "down"), key.WithHelp("↑/↓", "chọn"))
}
