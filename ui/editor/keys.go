package editor

import "charm.land/bubbles/v2/key"

// KeyMap is the editor's key bindings. Printable keys insert their text;
// a binding with no keys is simply never matched, so a parent that wants a
// key for itself (pgup between sections, say) unbinds it here.
type KeyMap struct {
	CharacterForward   key.Binding
	CharacterBackward  key.Binding
	WordForward        key.Binding
	WordBackward       key.Binding
	LineUp             key.Binding
	LineDown           key.Binding
	LineStart          key.Binding
	LineEnd            key.Binding
	PageUp             key.Binding
	PageDown           key.Binding
	InputBegin         key.Binding
	InputEnd           key.Binding
	DeleteBackward     key.Binding
	DeleteForward      key.Binding
	DeleteWordBackward key.Binding
	DeleteWordForward  key.Binding
	DeleteToLineStart  key.Binding
	DeleteToLineEnd    key.Binding
	InsertNewline      key.Binding
}

// DefaultKeyMap returns the bindings of a common terminal editor. Backspace
// and ctrl+h both delete backwards, since Vietnamese input methods (Unikey,
// EVKey, ibus-bamboo) send either before the composed letter.
func DefaultKeyMap() KeyMap {
	b := func(help, desc string, keys ...string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
	}
	return KeyMap{
		CharacterForward:   b("→", "sang phải", "right", "ctrl+f"),
		CharacterBackward:  b("←", "sang trái", "left", "ctrl+b"),
		WordForward:        b("ctrl+→", "từ sau", "ctrl+right", "alt+right", "alt+f"),
		WordBackward:       b("ctrl+←", "từ trước", "ctrl+left", "alt+left", "alt+b"),
		LineUp:             b("↑", "dòng trên", "up"),
		LineDown:           b("↓", "dòng dưới", "down"),
		LineStart:          b("home", "đầu dòng (lần nữa: đầu đoạn)", "home", "ctrl+a"),
		LineEnd:            b("end", "cuối đoạn", "end", "ctrl+e"),
		PageUp:             b("pgup", "trang trước", "pgup"),
		PageDown:           b("pgdown", "trang sau", "pgdown"),
		InputBegin:         b("ctrl+home", "đầu văn bản", "ctrl+home"),
		InputEnd:           b("ctrl+end", "cuối văn bản", "ctrl+end"),
		DeleteBackward:     b("backspace", "xóa trước", "backspace", "ctrl+h"),
		DeleteForward:      b("delete", "xóa sau", "delete", "ctrl+d"),
		DeleteWordBackward: b("ctrl+w", "xóa từ trước", "ctrl+w", "alt+backspace"),
		DeleteWordForward:  b("alt+delete", "xóa từ sau", "alt+delete", "ctrl+delete", "alt+d"),
		DeleteToLineStart:  b("ctrl+u", "xóa đến đầu dòng", "ctrl+u"),
		DeleteToLineEnd:    b("ctrl+k", "xóa đến cuối dòng", "ctrl+k"),
		InsertNewline:      b("enter", "xuống dòng", "enter"),
	}
}

// ShortHelp returns the bindings worth showing in a one-line help.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.InsertNewline, k.WordForward, k.InputEnd}
}

// FullHelp returns every binding, grouped into columns.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.CharacterForward, k.CharacterBackward, k.WordForward, k.WordBackward, k.LineUp, k.LineDown},
		{k.LineStart, k.LineEnd, k.PageUp, k.PageDown, k.InputBegin, k.InputEnd},
		{k.DeleteBackward, k.DeleteForward, k.DeleteWordBackward, k.DeleteWordForward,
			k.DeleteToLineStart, k.DeleteToLineEnd, k.InsertNewline},
	}
}
