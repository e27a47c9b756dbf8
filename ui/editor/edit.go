package editor

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/baocao/baocao/model"
)

// typingMods are the modifiers that make a key a command, not text.
const typingMods = tea.ModCtrl | tea.ModAlt | tea.ModMeta | tea.ModSuper | tea.ModHyper

// handleKey applies one key press.
func (m *Model) handleKey(msg tea.KeyPressMsg) {
	m.msg = ""
	if m.handleMove(msg) {
		return
	}
	k := m.KeyMap
	switch {
	case key.Matches(msg, k.DeleteBackward):
		m.deleteBackward()
	case key.Matches(msg, k.DeleteForward):
		m.deleteForward()
	case key.Matches(msg, k.DeleteWordBackward):
		l, o := m.wordLeft(m.cl, m.co)
		m.deleteRange(l, o, m.cl, m.co)
	case key.Matches(msg, k.DeleteWordForward):
		l, o := m.wordRight(m.cl, m.co)
		m.deleteRange(m.cl, m.co, l, o)
	case key.Matches(msg, k.DeleteToLineStart):
		m.deleteRange(m.cl, 0, m.cl, m.co)
	case key.Matches(msg, k.DeleteToLineEnd):
		m.deleteToLineEnd()
	case key.Matches(msg, k.InsertNewline):
		if !m.single {
			m.insert("\n")
		}
	case msg.Text != "" && msg.Mod&typingMods == 0:
		m.insert(msg.Text)
	}
}

// clean passes text through the model's gate, flattening it in one-line
// mode.
func (m *Model) clean(s string) string {
	if m.single {
		return model.CleanLine(s)
	}
	return model.Clean(s)
}

// insert cleans s, cuts it to the room left under the limit, and inserts it
// at the cursor.
func (m *Model) insert(s string) {
	s = model.Clean(s)
	if m.single {
		s = strings.ReplaceAll(s, "\n", " ")
	}
	if s == "" {
		return
	}
	m.msg = ""
	if m.maxLen > 0 {
		room := m.maxLen - m.Len()
		if n := utf8.RuneCountInString(s); n > room {
			s = cutRunes(s, room)
			m.msg = fmt.Sprintf("Đã đủ %s ký tự tối đa; hãy rút gọn.", groupDigits(m.maxLen))
		}
	}
	if s == "" {
		return
	}
	m.insertText(s)
}

// insertText inserts clean text at the cursor and moves the cursor after it.
func (m *Model) insertText(s string) {
	parts := strings.Split(s, "\n")
	l := m.cur()
	if len(parts) == 1 {
		_, after := m.splice(l, m.co, m.co, s)
		m.co = l.snap(after, true)
		m.edited()
		return
	}
	tail := l.s[m.co:]
	m.splice(l, m.co, len(l.s), parts[0])
	added := make([]*line, 0, len(parts)-1)
	for _, p := range parts[1 : len(parts)-1] {
		added = append(added, m.track(newLine(p)))
	}
	last := newLine(tail)
	last.ensure(m.wrapWidth())
	_, after := last.splice(0, 0, parts[len(parts)-1])
	added = append(added, m.track(last))
	m.lines = slices.Insert(m.lines, m.cl+1, added...)
	m.cl += len(added)
	m.co = last.snap(after, true)
	m.edited()
}

// track counts a new line into the totals.
func (m *Model) track(l *line) *line {
	m.runes += l.runes
	m.bytes += len(l.s)
	return l
}

// splice edits one line through line.splice, keeping the totals.
func (m *Model) splice(l *line, from, to int, ins string) (before, after int) {
	r, b := l.runes, len(l.s)
	before, after = l.splice(from, to, ins)
	m.runes += l.runes - r
	m.bytes += len(l.s) - b
	return before, after
}

// deleteRange removes the text from (l1, o1) to (l2, o2), which must be in
// order, and leaves the cursor where it started.
func (m *Model) deleteRange(l1, o1, l2, o2 int) {
	if l1 == l2 && o1 == o2 {
		return
	}
	first := m.at(l1)
	tail := ""
	if l2 > l1 {
		tail = m.lines[l2].s[o2:]
		for _, l := range m.lines[l1+1 : l2+1] {
			m.runes -= l.runes
			m.bytes -= len(l.s)
		}
		m.lines = slices.Delete(m.lines, l1+1, l2+1)
		o2 = len(first.s)
	}
	before, _ := m.splice(first, o1, o2, tail)
	m.cl, m.co = l1, first.snap(before, false)
	m.edited()
}

func (m *Model) deleteBackward() {
	switch {
	case m.co > 0:
		m.deleteRange(m.cl, m.cur().prev(m.co), m.cl, m.co)
	case m.cl > 0:
		m.deleteRange(m.cl-1, len(m.lines[m.cl-1].s), m.cl, 0)
	}
}

func (m *Model) deleteForward() {
	l := m.cur()
	switch {
	case m.co < len(l.s):
		m.deleteRange(m.cl, m.co, m.cl, l.next(m.co))
	case m.cl < len(m.lines)-1:
		m.deleteRange(m.cl, m.co, m.cl+1, 0)
	}
}

// deleteToLineEnd removes the rest of the line, or joins the next line
// when the cursor is already at the end.
func (m *Model) deleteToLineEnd() {
	l := m.cur()
	if m.co < len(l.s) {
		m.deleteRange(m.cl, m.co, m.cl, len(l.s))
		return
	}
	m.deleteForward()
}

// edited records a change of the text.
func (m *Model) edited() {
	m.version++
	m.goal = -1
}

// cutRunes returns the longest prefix of s, ending on a grapheme boundary,
// with at most n runes.
func cutRunes(s string, n int) string {
	i, count := 0, 0
	for i < len(s) {
		e, _ := grapheme(s, i)
		c := utf8.RuneCountInString(s[i:e])
		if count+c > n {
			break
		}
		count += c
		i = e
	}
	return s[:i]
}

// groupDigits writes n with dots between thousands, as Vietnamese does.
func groupDigits(n int) string {
	s := fmt.Sprint(n)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteRune(c)
	}
	return b.String()
}
