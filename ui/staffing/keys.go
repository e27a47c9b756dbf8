package staffing

import "charm.land/bubbles/v2/key"

// KeyMap is the table's key bindings. Digits are not bindings: they always
// edit the count cell.
type KeyMap struct {
	Up        key.Binding
	Down      key.Binding
	Left      key.Binding
	Right     key.Binding
	Next      key.Binding
	Prev      key.Binding
	Erase     key.Binding
	Clear     key.Binding
	Add       key.Binding
	AddCustom key.Binding
	Combine   key.Binding
	Remove    key.Binding
	Toggle    key.Binding
	Accept    key.Binding
	Cancel    key.Binding
	Yes       key.Binding
	No        key.Binding
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
		Next:      b("tab", "ô sau", "tab"),
		Prev:      b("shift+tab", "ô trước", "shift+tab"),
		Erase:     b("backspace", "xóa chữ số", "backspace", "ctrl+h"),
		Clear:     b("delete", "đặt về 0", "delete"),
		Add:       b("a", "thêm chức danh", "a", "+"),
		AddCustom: b("c", "chức danh tự đặt", "c"),
		Combine:   b("k", "kiêm nhiệm", "k"),
		Remove:    b("x", "xóa dòng", "x"),
		Toggle:    b("space", "chọn/bỏ chọn", "space"),
		Accept:    b("enter", "đồng ý", "enter"),
		Cancel:    b("esc", "thôi", "esc"),
		Yes:       b("y", "có", "y", "enter"),
		No:        b("n", "không", "n", "esc"),
	}
}

// ShortHelp returns the bindings worth showing in a one-line help.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Next, k.Add, k.AddCustom, k.Combine, k.Remove}
}

// FullHelp returns every binding of the table, grouped into columns.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.Left, k.Right, k.Next, k.Prev},
		{k.Erase, k.Clear, k.Add, k.AddCustom, k.Combine, k.Remove},
		{k.Toggle, k.Accept, k.Cancel},
	}
}
