package grid

import (
	"charm.land/bubbles/v2/key"

	"github.com/baocao/baocao/ui/common"
)

// KeyMap is the grid's key bindings. Printable keys are not bindings: they
// always type into the cell, so the commands are on keys that type nothing.
type KeyMap struct {
	Up        key.Binding
	Down      key.Binding
	Left      key.Binding
	Right     key.Binding
	Arrows    key.Binding // help only: the four arrows move between cells
	Next      key.Binding // tab: the next cell; on the last one, the next field
	Prev      key.Binding // shift+tab: the previous cell or field
	Home      key.Binding // the row's first cell, or the text's start
	End       key.Binding // the row's last cell, or the text's end
	PageUp    key.Binding
	PageDown  key.Binding
	Edit      key.Binding // enter: edit inside the cell; while editing, done
	Cancel    key.Binding // esc while editing: take the edit back
	Erase     key.Binding // backspace
	Clear     key.Binding // delete: empty the cell
	AddRow    key.Binding
	InsertRow key.Binding
	RemoveRow key.Binding
	Undo      key.Binding
}

// DefaultKeyMap returns the default bindings. The wizard keeps tab, pgup,
// pgdown and its ctrl keys (n, p, k, g, r, o, x) for itself; page moves are
// on ctrl+↑ and ctrl+↓.
func DefaultKeyMap() KeyMap {
	b := common.Bind
	return KeyMap{
		Up:        b("↑", "ô trên", "up"),
		Down:      b("↓", "ô dưới", "down"),
		Left:      b("←", "ô trái", "left"),
		Right:     b("→", "ô phải", "right"),
		Arrows:    b("↑↓←→", "chọn ô", "up", "down", "left", "right"),
		Next:      b("tab", "ô sau", "tab"),
		Prev:      b("shift+tab", "ô trước", "shift+tab"),
		Home:      b("home", "đầu dòng", "home"),
		End:       b("end", "cuối dòng", "end"),
		PageUp:    b("ctrl+↑", "trang trên", "ctrl+up"),
		PageDown:  b("ctrl+↓", "trang dưới", "ctrl+down"),
		Edit:      b("enter", "sửa trong ô", "enter"),
		Cancel:    b("esc", "thôi sửa", "esc"),
		Erase:     b("backspace", "xóa chữ", "backspace", "ctrl+h"),
		Clear:     b("delete", "xóa ô", "delete"),
		AddRow:    b("ctrl+t", "thêm dòng dưới", "ctrl+t"),
		InsertRow: b("ctrl+b", "chèn dòng trên", "ctrl+b"),
		RemoveRow: b("ctrl+d", "xóa dòng", "ctrl+d"),
		Undo:      b("ctrl+z", "hoàn tác", "ctrl+z"),
	}
}

// ShortHelp returns the most important keys first, for a one-line help that
// may be cut on a narrow screen.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Arrows, k.AddRow, k.Edit, k.Undo, k.RemoveRow, k.Next}
}

// FullHelp returns every binding in two columns: moving, then changing.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Arrows, k.Next, k.Prev, k.Home, k.End, k.PageUp, k.PageDown},
		{k.Edit, k.Cancel, k.Erase, k.Clear, k.AddRow, k.InsertRow, k.RemoveRow, k.Undo},
	}
}

// helpKeys is the help for the grid as it stands: the row keys only for a
// table with free rows, the editing keys while editing.
type helpKeys struct {
	k       KeyMap
	free    bool
	editing bool
}

func (h helpKeys) ShortHelp() []key.Binding {
	k := h.k
	if h.editing {
		done := k.Edit
		done.SetHelp("enter", "xong ô")
		return []key.Binding{done, k.Cancel, k.Next, k.Arrows}
	}
	if !h.free {
		return []key.Binding{k.Arrows, k.Edit, k.Clear, k.Undo, k.Next}
	}
	return k.ShortHelp()
}

func (h helpKeys) FullHelp() [][]key.Binding {
	full := h.k.FullHelp()
	if !h.free {
		full[1] = []key.Binding{h.k.Edit, h.k.Cancel, h.k.Erase, h.k.Clear, h.k.Undo}
	}
	return full
}
