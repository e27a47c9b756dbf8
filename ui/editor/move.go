package editor

import (
	"unicode"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// handleMove applies a cursor movement key and reports whether msg was one.
func (m *Model) handleMove(msg tea.KeyPressMsg) bool {
	k := m.KeyMap
	goal := -1
	switch {
	case key.Matches(msg, k.CharacterForward):
		m.right()
	case key.Matches(msg, k.CharacterBackward):
		m.left()
	case key.Matches(msg, k.WordForward):
		m.cl, m.co = m.wordRight(m.cl, m.co)
	case key.Matches(msg, k.WordBackward):
		m.cl, m.co = m.wordLeft(m.cl, m.co)
	case key.Matches(msg, k.LineStart):
		m.home()
	case key.Matches(msg, k.LineEnd):
		m.end()
	case key.Matches(msg, k.InputBegin):
		m.cl, m.co = 0, 0
	case key.Matches(msg, k.InputEnd):
		m.cl = len(m.lines) - 1
		m.co = len(m.lines[m.cl].s)
	case m.single:
		return false
	case key.Matches(msg, k.LineUp):
		goal = m.vertical(-1)
	case key.Matches(msg, k.LineDown):
		goal = m.vertical(1)
	case key.Matches(msg, k.PageUp):
		goal = m.page(-1)
	case key.Matches(msg, k.PageDown):
		goal = m.page(1)
	default:
		return false
	}
	m.goal = goal
	return true
}

func (m *Model) right() {
	l := m.cur()
	switch {
	case m.co < len(l.s):
		m.co = l.next(m.co)
	case m.cl < len(m.lines)-1:
		m.cl, m.co = m.cl+1, 0
	}
}

func (m *Model) left() {
	switch {
	case m.co > 0:
		m.co = m.cur().prev(m.co)
	case m.cl > 0:
		m.cl--
		m.co = len(m.lines[m.cl].s)
	}
}

// home moves to the start of the wrapped row, or of the line when already
// there (or in one-line mode).
func (m *Model) home() {
	l := m.cur()
	if start := l.rows[l.rowOf(m.co)]; !m.single && m.co > start {
		m.co = start
		return
	}
	m.co = 0
}

// end moves to the end of the line: the paragraph, however many rows it
// wraps to on screen.
func (m *Model) end() { m.co = len(m.cur().s) }

// isSpace reports whether the grapheme starting at i of s is white space.
func isSpace(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsSpace(r)
}

// wordRight returns the position after the next word: the end of the line
// moves to the next line's start.
func (m *Model) wordRight(li, o int) (int, int) {
	l := m.at(li)
	if o == len(l.s) {
		if li < len(m.lines)-1 {
			return li + 1, 0
		}
		return li, o
	}
	for o < len(l.s) && isSpace(l.s, o) {
		o = l.next(o)
	}
	for o < len(l.s) && !isSpace(l.s, o) {
		o = l.next(o)
	}
	return li, o
}

// wordLeft returns the start of the word before the position: the start of
// the line moves to the previous line's end.
func (m *Model) wordLeft(li, o int) (int, int) {
	l := m.at(li)
	if o == 0 {
		if li > 0 {
			return li - 1, len(m.lines[li-1].s)
		}
		return li, o
	}
	for o > 0 {
		p := l.prev(o)
		if !isSpace(l.s, p) {
			break
		}
		o = p
	}
	for o > 0 {
		p := l.prev(o)
		if isSpace(l.s, p) {
			break
		}
		o = p
	}
	return li, o
}

// vertical moves the cursor n rows down (n < 0: up), keeping its display
// column, and returns that column. Past the first or last row it goes to the
// start or end of the text.
func (m *Model) vertical(n int) int {
	l := m.cur()
	r := l.rowOf(m.co)
	goal := m.goal
	if goal < 0 {
		goal = ansi.StringWidth(l.s[l.rows[r]:m.co])
	}
	li, r, short := m.rows(m.cl, r, n)
	m.cl = li
	switch {
	case short && n < 0:
		m.co = 0
	case short:
		m.co = len(m.lines[li].s)
	default:
		m.co = m.offsetAt(m.cur(), r, goal)
	}
	return goal
}

// page moves the view and the cursor by a screen of rows (n = ±1).
func (m *Model) page(n int) int {
	n *= max(1, m.textHeight()-1)
	m.tl, m.tr, _ = m.rows(m.tl, m.tr, n)
	return m.vertical(n)
}

// rows walks n rows from row r of line li (n < 0: up); short reports that
// the text ended first.
func (m *Model) rows(li, r, n int) (int, int, bool) {
	for ; n > 0; n-- {
		if r < len(m.at(li).rows)-1 {
			r++
			continue
		}
		if li == len(m.lines)-1 {
			return li, r, true
		}
		li, r = li+1, 0
	}
	for ; n < 0; n++ {
		if r > 0 {
			r--
			continue
		}
		if li == 0 {
			return li, r, true
		}
		li--
		r = len(m.at(li).rows) - 1
	}
	return li, r, false
}

// offsetAt returns the offset in row r of l nearest to display column x
// without passing it; the cursor never lands on the end of a row that is
// followed by another, since that offset shows on the next row.
func (m *Model) offsetAt(l *line, r, x int) int {
	i, end := l.rows[r], l.rowEnd(r)
	last := r == len(l.rows)-1
	w := 0
	for i < end {
		e, gw := grapheme(l.s, i)
		if w+gw > x || (e == end && !last) {
			break
		}
		w += gw
		i = e
	}
	return i
}
