// Package unplaced is the wizard's list of paragraphs an import could not
// place (model.Report.Unplaced): shown at the top of the section pane, one
// paragraph at a time, with keys to choose a paragraph, move it into the
// field being edited, or discard it. The wizard owns the report; the list
// only says what the clerk asked for.
package unplaced

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/baocao/baocao/ui/common"
)

// Action is what a key asked of the wizard.
type Action int

// The actions.
const (
	// Moved: move the selected paragraph into the focused field.
	Moved Action = iota + 1
	// Dropped: discard the selected paragraph.
	Dropped
)

// KeyMap holds the list's keys; they use alt so that they never type.
type KeyMap struct {
	Prev, Next, Move, Drop key.Binding
}

// List is the unplaced paragraphs and the one selected.
type List struct {
	items []string
	sel   int
	keys  KeyMap
	st    *common.Styles
	txt   texts
}

// New returns the list of a report's unplaced paragraphs, in the language
// of c.
func New(c common.Common, items []string) *List {
	txt := textsFor(c.Str)
	return &List{items: append([]string(nil), items...), st: c.Styles, txt: txt, keys: KeyMap{
		Prev: key.NewBinding(key.WithKeys("alt+up"), key.WithHelp("alt+↑", txt.prev)),
		Next: key.NewBinding(key.WithKeys("alt+down"), key.WithHelp("alt+↓", txt.next)),
		Move: key.NewBinding(key.WithKeys("alt+enter"), key.WithHelp("alt+enter", txt.move)),
		Drop: key.NewBinding(key.WithKeys("alt+x"), key.WithHelp("alt+x", txt.drop)),
	}}
}

// Len is the number of paragraphs left.
func (l *List) Len() int { return len(l.items) }

// Items returns the paragraphs left, in order.
func (l *List) Items() []string { return append([]string(nil), l.items...) }

// Keys returns the list's keys for the help line (none when it is empty).
func (l *List) Keys() []key.Binding {
	if len(l.items) == 0 {
		return nil
	}
	return []key.Binding{l.keys.Prev, l.keys.Next, l.keys.Move, l.keys.Drop}
}

// Key handles a key press: choosing moves the selection; Move and Drop
// return the action and the selected paragraph's index, which the wizard
// carries out (and then calls Remove). ok is false for keys that are not
// the list's, or when the list is empty.
func (l *List) Key(k tea.KeyPressMsg) (act Action, index int, ok bool) {
	if len(l.items) == 0 {
		return 0, 0, false
	}
	switch {
	case key.Matches(k, l.keys.Prev):
		l.sel = (l.sel + len(l.items) - 1) % len(l.items)
	case key.Matches(k, l.keys.Next):
		l.sel = (l.sel + 1) % len(l.items)
	case key.Matches(k, l.keys.Move):
		return Moved, l.sel, true
	case key.Matches(k, l.keys.Drop):
		return Dropped, l.sel, true
	default:
		return 0, 0, false
	}
	return 0, l.sel, true
}

// Selected returns the selected paragraph.
func (l *List) Selected() string {
	if len(l.items) == 0 {
		return ""
	}
	return l.items[l.sel]
}

// Remove takes paragraph i out of the list.
func (l *List) Remove(i int) {
	if i < 0 || i >= len(l.items) {
		return
	}
	l.items = append(l.items[:i], l.items[i+1:]...)
	if l.sel >= len(l.items) {
		l.sel = max(len(l.items)-1, 0)
	}
}

// Lines draws the list in width columns: a title line with the count and
// the keys as far as they fit whole, then the selected paragraph on up to rows lines; nothing when
// the list is empty.
func (l *List) Lines(width, rows int) []string {
	if len(l.items) == 0 || width < 4 {
		return nil
	}
	lines := []string{l.st.Form.Warning.Render(ansi.Truncate(l.title(width), width, "…"))}
	text := common.WrapLines("“"+l.items[l.sel]+"”", width-2)
	if len(text) > rows {
		text = text[:rows]
		text[rows-1] = ansi.Truncate(text[rows-1]+" …", width-2, "…")
	}
	for _, t := range text {
		lines = append(lines, "  "+l.st.Form.Hint.Render(t))
	}
	return lines
}

// title is the longest title line that fits width: the keys with what
// they do, the keys alone, or only the count (F1 lists the keys).
func (l *List) title(width int) string {
	long := fmt.Sprintf(l.txt.title, l.sel+1, len(l.items))
	short := fmt.Sprintf(l.txt.short, l.sel+1, len(l.items))
	for _, t := range []string{long + " · " + l.txt.keysLong, long + " · " + l.txt.keysShort, short + " " + l.txt.keysShort} {
		if ansi.StringWidth(t) <= width {
			return t
		}
	}
	return short
}

// texts are the list's words in one language.
type texts struct {
	title, short, keysLong, keysShort, prev, next, move, drop string
	moved, dropped, notText                                   string
}

var vi = texts{
	title:     "Đoạn chưa xếp %d/%d",
	short:     "Chưa xếp %d/%d",
	keysLong:  "alt+↑↓ chọn · alt+enter đưa vào ô đang soạn · alt+x bỏ",
	keysShort: "alt+↑↓ alt+enter alt+x",
	prev:      "đoạn chưa xếp trước", next: "đoạn chưa xếp sau", move: "đưa đoạn vào ô", drop: "bỏ đoạn",
	moved:   "Đã đưa đoạn vào ô %q; còn %d đoạn chưa xếp.",
	dropped: "Đã bỏ đoạn; còn %d đoạn chưa xếp. Đoạn vẫn còn trong lịch sử sửa.",
	notText: "Ô này không nhận đoạn văn; hãy chuyển tới một ô soạn nội dung (tab) rồi nhấn lại alt+enter.",
}

var en = texts{
	title:     "Unplaced paragraph %d/%d",
	short:     "Unplaced %d/%d",
	keysLong:  "alt+↑↓ choose · alt+enter move into the field · alt+x discard",
	keysShort: "alt+↑↓ alt+enter alt+x",
	prev:      "previous unplaced", next: "next unplaced", move: "move into field", drop: "discard",
	moved:   "Moved the paragraph into %q; %d unplaced left.",
	dropped: "Discarded the paragraph; %d unplaced left. The history still has it.",
	notText: "This field takes no paragraph; move to a text field (tab) and press alt+enter again.",
}

// textsFor picks the language of the program's strings.
func textsFor(str *common.Strings) texts {
	if str != nil && str.Empty == common.English().Empty {
		return en
	}
	return vi
}

// Moved is the status line after a paragraph went into the field labelled
// label.
func (l *List) Moved(label string) string { return fmt.Sprintf(l.txt.moved, label, len(l.items)) }

// Dropped is the status line after a paragraph was discarded.
func (l *List) Dropped() string { return fmt.Sprintf(l.txt.dropped, len(l.items)) }

// NotText is the status line when the focused field takes no paragraph.
func (l *List) NotText() string { return l.txt.notText }
