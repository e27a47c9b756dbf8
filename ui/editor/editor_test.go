package editor

import (
	"github.com/baocao/baocao/ui/internal/uitest"
	"strings"
	"testing"
	"unsafe"

	tea "charm.land/bubbletea/v2"
)

func TestEditing(t *testing.T) {
	tests := []struct {
		name  string
		value string // set first; the cursor is then at its end
		keys  []string
		want  string
	}{
		{"type", "", []string{"a", "b", "c"}, "abc"},
		{"insert in middle", "abc", []string{"left", "left", "X"}, "aXbc"},
		{"space", "a", []string{"space", "b"}, "a b"},
		{"backspace", "abc", []string{"backspace"}, "ab"},
		{"ctrl+h is backspace", "abc", []string{"ctrl+h", "ctrl+h"}, "a"},
		{"backspace at start joins", "ab\ncd", []string{"home", "backspace"}, "abcd"},
		{"backspace at text start", "ab", []string{"ctrl+home", "backspace"}, "ab"},
		{"delete", "abc", []string{"home", "delete"}, "bc"},
		{"delete at end joins", "ab\ncd", []string{"up", "end", "delete"}, "abcd"},
		{"enter splits", "abcd", []string{"left", "left", "enter"}, "ab\ncd"},
		{"enter at end", "ab", []string{"enter", "c"}, "ab\nc"},
		{"home and end", "abc", []string{"home", "X", "end", "Y"}, "XabcY"},
		{"ctrl+a and ctrl+e", "abc", []string{"ctrl+a", "X", "ctrl+e", "Y"}, "XabcY"},
		{"word left", "một hai ba", []string{"ctrl+left", "X"}, "một hai Xba"},
		{"word left twice", "một hai ba", []string{"alt+left", "alt+left", "X"}, "một Xhai ba"},
		{"word right", "một hai ba", []string{"ctrl+home", "ctrl+right", "X"}, "mộtX hai ba"},
		{"word left crosses lines", "ab\ncd", []string{"home", "ctrl+left", "X"}, "abX\ncd"},
		{"delete word back", "một hai ba", []string{"ctrl+w"}, "một hai "},
		{"delete word back over space", "một hai ", []string{"ctrl+w"}, "một "},
		{"delete word forward", "một hai ba", []string{"ctrl+home", "alt+d"}, " hai ba"},
		{"kill to end", "một hai", []string{"ctrl+left", "ctrl+k"}, "một "},
		{"kill at end joins", "ab\ncd", []string{"up", "end", "ctrl+k"}, "abcd"},
		{"kill to start", "một hai", []string{"ctrl+left", "ctrl+u"}, "hai"},
		{"up keeps column", "abcdef\nxy\nuvwxyz", []string{"left", "left", "up", "up", "X"}, "abcdXef\nxy\nuvwxyz"},
		{"up at top goes to start", "abc", []string{"up", "X"}, "Xabc"},
		{"down at bottom goes to end", "abc", []string{"home", "down", "X"}, "abcX"},
		{"right across lines", "ab\ncd", []string{"up", "end", "right", "X"}, "ab\nXcd"},
		{"left across lines", "ab\ncd", []string{"home", "left", "X"}, "abX\ncd"},
		{"backspace removes a whole cluster", "a👨‍👩‍👧", []string{"backspace"}, "a"},
		{"backspace removes a flag", "🇻🇳🇻🇳", []string{"backspace"}, "🇻🇳"},
		{"left skips a cluster", "a👍🏽b", []string{"left", "left", "X"}, "aX👍🏽b"},
		{"delete removes a cluster", "a👍🏽b", []string{"home", "right", "delete"}, "ab"},
		{"ctrl keys type nothing", "a", []string{"ctrl+c", "esc", "tab"}, "a"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := focused(40, 5)
			m.SetValue(tt.value)
			m = press(m, tt.keys...)
			if got := m.Value(); got != tt.want {
				t.Errorf("value = %q, want %q", got, tt.want)
			}
			if m.Len() != len([]rune(tt.want)) {
				t.Errorf("Len = %d, want %d", m.Len(), len([]rune(tt.want)))
			}
		})
	}
}

// TestHomeEndWrapped: home goes to the start of the screen row, then of
// the paragraph; end goes to the end of the paragraph at once.
func TestHomeEndWrapped(t *testing.T) {
	m := focused(10, 5)
	m.SetValue("một hai ba bốn năm sáu")
	// Rows: "một hai " / "ba bốn " / "năm sáu".
	tests := []struct {
		keys []string
		want string
	}{
		{[]string{"home", "X"}, "một hai ba bốn Xnăm sáu"},
		{[]string{"home", "home", "X"}, "Xmột hai ba bốn năm sáu"},
		{[]string{"ctrl+home", "end", "X"}, "một hai ba bốn năm sáuX"},
		{[]string{"ctrl+home", "end", "end", "X"}, "một hai ba bốn năm sáuX"},
		{[]string{"up", "home", "end", "X"}, "một hai ba bốn năm sáuX"},
		{[]string{"ctrl+home", "down", "end", "X"}, "một hai ba bốn năm sáuX"},
	}
	for _, tt := range tests {
		m2 := focused(10, 5)
		m2.SetValue(m.Value())
		m2 = press(m2, tt.keys...)
		if got := m2.Value(); got != tt.want {
			t.Errorf("%v: value = %q, want %q", tt.keys, got, tt.want)
		}
	}
}

func TestInputMethods(t *testing.T) {
	tests := []struct {
		name string
		keys []string
		want string
	}{
		{"unikey backspace", []string{"t", "i", "e", "backspace", "ế"}, "tiế"},
		{"unikey ctrl+h", []string{"t", "i", "e", "ctrl+h", "ế"}, "tiế"},
		{"word with tone", []string{"V", "i", "e", "backspace", "ê", "t", "backspace", "backspace", "ệ", "t"}, "Việt"},
		{"combining circumflex composes", []string{"e", "\u0302"}, "ê"},
		{"combining marks in two keys", []string{"t", "i", "e", "\u0302", "\u0301"}, "tiế"},
		{"decomposed key text", []string{"tie\u0302\u0301"}, "tiế"},
		{"mark then edit", []string{"a", "\u0300", "b"}, "àb"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := press(focused(40, 3), tt.keys...)
			if got := m.Value(); got != tt.want {
				t.Errorf("value = %q, want %q", got, tt.want)
			}
			if m.co != len(m.lines[m.cl].s) {
				t.Errorf("cursor at %d, want the end %d", m.co, len(m.lines[m.cl].s))
			}
		})
	}
}

func TestComposeBeforeMark(t *testing.T) {
	m := focused(40, 3)
	m.SetValue("\u0302x")
	m = press(m, "ctrl+home", "e", "Y")
	if got, want := m.Value(), "êYx"; got != want {
		t.Errorf("value = %q, want %q", got, want)
	}
}

func TestPasteCleans(t *testing.T) {
	tests := []struct {
		name, paste, want string
		oneLine           bool
	}{
		{"colour codes", "\x1b[31mred\x1b[0m", "red", false},
		{"hyperlink", "\x1b]8;;http://x\x07link\x1b]8;;\x07", "link", false},
		{"controls", "a\x00b\x07c\x7fd", "abcd", false},
		{"crlf", "a\r\nb\rc", "a\nb\nc", false},
		{"tab", "a\tb", "a b", false},
		{"bidi override", "a\u202eb", "ab", false},
		{"decomposed", "Vie\u0323\u0302t", "Việt", false},
		{"one line flattens", "a\nb\r\nc", "a b c", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var opts []Option
			if tt.oneLine {
				opts = append(opts, WithOneLine())
			}
			m := paste(focused(40, 3, opts...), tt.paste)
			if got := m.Value(); got != tt.want {
				t.Errorf("value = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestOneLineLeavesEnter(t *testing.T) {
	m := focused(20, 1, WithOneLine())
	m = typeText(m, "ab")
	m, cmd := m.Update(uitest.Key("enter"))
	if m.Value() != "ab" || cmd != nil {
		t.Errorf("enter changed a one-line editor: %q, cmd %v", m.Value(), cmd)
	}
	m = press(m, "up", "down", "X")
	if m.Value() != "abX" {
		t.Errorf("value = %q, want %q", m.Value(), "abX")
	}
}

func TestLargePaste(t *testing.T) {
	para := strings.Repeat("Cán bộ, công chức phường thực hiện đúng quy trình tiếp nhận hồ sơ. ", 12)
	var b strings.Builder
	for b.Len() < 1<<20 {
		b.WriteString(para)
		b.WriteString("\n")
	}
	text := b.String()
	runes := len([]rune(text))

	m := paste(focused(80, 20, WithMaxLen(0)), text)
	if m.Len() != runes || m.Value() != text {
		t.Errorf("after a 1 MB paste Len = %d, want %d (value equal: %v)", m.Len(), runes, m.Value() == text)
	}
	checkRows(t, m.View(), 80, 20)

	m = paste(focused(80, 20), text)
	if m.Len() != DefaultMaxLen {
		t.Errorf("with the default limit Len = %d, want %d", m.Len(), DefaultMaxLen)
	}
	if m.Message() == "" || !strings.Contains(m.View(), "200.000") {
		t.Errorf("no limit message shown: %q", m.Message())
	}
	m = press(m, "backspace", "a")
	if m.Len() != DefaultMaxLen || m.Message() != "" {
		t.Errorf("after backspace and a key Len = %d, message %q", m.Len(), m.Message())
	}
}

func TestLimit(t *testing.T) {
	m := focused(40, 3, WithMaxLen(5))
	m = typeText(m, "abcdefg")
	if m.Value() != "abcde" || m.Message() == "" {
		t.Errorf("value %q, message %q", m.Value(), m.Message())
	}
	m = paste(m, "xy")
	if m.Value() != "abcde" {
		t.Errorf("paste passed the limit: %q", m.Value())
	}
	m = press(m, "backspace")
	if m.Value() != "abcd" || m.Message() != "" {
		t.Errorf("after backspace value %q, message %q", m.Value(), m.Message())
	}
}

func TestChanged(t *testing.T) {
	m := focused(40, 3)
	v := m.Version()
	m, cmd := m.Update(uitest.Key("a"))
	if cmd == nil {
		t.Fatal("typing returned no command")
	}
	if msg, ok := cmd().(ChangedMsg); !ok || msg.ID != m.ID() {
		t.Errorf("command gave %#v, want ChangedMsg{ID: %d}", cmd(), m.ID())
	}
	if m.Version() == v {
		t.Error("version did not move")
	}
	if _, cmd = m.Update(uitest.Key("left")); cmd != nil {
		t.Error("a movement reported a change")
	}
	m.Blur()
	if m, cmd = m.Update(uitest.Key("b")); cmd != nil || m.Value() != "a" {
		t.Errorf("a blurred editor took a key: %q", m.Value())
	}
}

func TestValueCached(t *testing.T) {
	m := focused(40, 3)
	m.SetValue("ab\ncd")
	a := m.Value()
	if b := m.Value(); unsafe.StringData(a) != unsafe.StringData(b) {
		t.Fatal("Value joined the lines again without a change")
	}
	m = typeText(m, "e")
	if got := m.Value(); got != "ab\ncde" {
		t.Errorf("value after typing = %q", got)
	}
}

func TestCursor(t *testing.T) {
	tests := []struct {
		name  string
		w     int
		value string
		keys  []string
		x, y  int
	}{
		{"empty", 20, "", nil, 0, 0},
		{"ascii", 20, "abc", nil, 3, 0},
		{"vietnamese", 20, "Việt", nil, 4, 0},
		{"wide", 20, "字字", nil, 4, 0},
		{"second line", 20, "ab\ncd", []string{"left"}, 1, 1},
		{"wrapped", 10, "một hai ba bốn", nil, 6, 1},
		{"wrapped full", 10, "một hai ba bốn năm", nil, 0, 2},
		{"full row goes down", 5, "abcde", nil, 0, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := focused(tt.w, 5)
			m.SetValue(tt.value)
			m = press(m, tt.keys...)
			c := m.Cursor()
			if c == nil || c.X != tt.x || c.Y != tt.y {
				t.Errorf("cursor = %+v, want (%d, %d)", c, tt.x, tt.y)
			}
		})
	}
	m := New()
	if m.Cursor() != nil {
		t.Error("a blurred editor has a cursor")
	}
}

func TestScroll(t *testing.T) {
	m := focused(20, 4)
	var lines []string
	for i := range 50 {
		lines = append(lines, strings.Repeat(string(rune('a'+i%26)), 3))
	}
	m.SetValue(strings.Join(lines, "\n"))
	if c := m.Cursor(); c.Y != 3 {
		t.Errorf("cursor row at the end = %d, want 3", c.Y)
	}
	if first := strings.Fields(m.View())[0]; first != "uuu" {
		t.Errorf("first shown line = %q, want %q", first, "uuu")
	}
	m = press(m, "ctrl+home")
	if c := m.Cursor(); c.Y != 0 || !strings.HasPrefix(m.View(), "aaa") {
		t.Errorf("after ctrl+home cursor row %d, view %q", c.Y, m.View())
	}
	m = press(m, "pgdown")
	if c := m.Cursor(); c.Y != 0 || !strings.HasPrefix(m.View(), "ddd") {
		t.Errorf("after pgdown cursor row %d, view %q", c.Y, m.View())
	}
	m = press(m, "pgup")
	if !strings.HasPrefix(m.View(), "aaa") {
		t.Errorf("after pgup view %q", m.View())
	}
}

func TestKeyMapUnbind(t *testing.T) {
	m := focused(20, 3)
	m.KeyMap.PageDown.Unbind()
	m.SetValue("a\nb\nc\nd\ne")
	m = press(m, "ctrl+home", "pgdown", "X")
	if m.Value() != "Xa\nb\nc\nd\ne" {
		t.Errorf("unbound pgdown moved the cursor: %q", m.Value())
	}
	var _ tea.Cmd = m.Focus()
}
