package editor

import (
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// textHeight is the number of rows given to text: the height, less the
// message row while there is a message.
func (m *Model) textHeight() int {
	if m.msg != "" && !m.single && m.height > 1 {
		return m.height - 1
	}
	return m.height
}

// scroll moves the view so that the cursor is on it, and so that no empty
// rows show below the text while there is text above the view.
func (m *Model) scroll() {
	m.cl = min(max(m.cl, 0), len(m.lines)-1)
	m.co = min(max(m.co, 0), len(m.lines[m.cl].s))
	if m.single {
		m.scrollSideways()
		return
	}
	h := m.textHeight()
	m.tl = min(m.tl, len(m.lines)-1)
	m.tr = min(m.tr, len(m.at(m.tl).rows)-1)
	cr := m.cur().rowOf(m.co)
	if m.cl < m.tl || (m.cl == m.tl && cr < m.tr) {
		m.tl, m.tr = m.cl, cr
	} else if m.cl-m.tl >= h || m.rowsBetween(m.tl, m.tr, m.cl, cr, h) >= h {
		m.tl, m.tr, _ = m.rows(m.cl, cr, -(h - 1))
	}
	if below := m.rowsBetween(m.tl, m.tr, len(m.lines)-1, 1<<30, h); below < h-1 {
		m.tl, m.tr, _ = m.rows(m.tl, m.tr, below-(h-1))
	}
}

// rowsBetween counts the rows from (l1, r1) down to (l2, r2), stopping at
// limit; a row index past a line's last row means its last row.
func (m *Model) rowsBetween(l1, r1, l2, r2, limit int) int {
	n := 0
	for l := l1; l <= l2 && n < limit; l++ {
		rows := len(m.at(l).rows)
		last := rows - 1
		if l == l2 {
			last = min(r2, rows-1)
		}
		first := 0
		if l == l1 {
			first = r1
		}
		n += last - first
		if l < l2 {
			n++
		}
	}
	return n
}

// scrollSideways keeps the cursor inside a one-line editor, with the text
// filling the width when it can.
func (m *Model) scrollSideways() {
	l := m.cur()
	w := max(1, m.width-1)
	if m.co < m.xoff || m.xoff > len(l.s) {
		m.xoff = m.co
	}
	if m.co-m.xoff > 16*w || ansi.StringWidth(l.s[m.xoff:m.co]) > w {
		m.xoff = m.back(l, m.co, w)
	}
	if m.xoff > 0 && len(l.s)-m.xoff <= 16*w {
		m.xoff = m.back(l, len(l.s), w)
		m.xoff = min(m.xoff, m.co)
	}
}

// back returns the furthest offset before p from which the text up to p is
// at most w cells wide.
func (m *Model) back(l *line, p, w int) int {
	used := 0
	for p > 0 {
		q := l.prev(p)
		gw := ansi.StringWidth(l.s[q:p])
		if used+gw > w {
			break
		}
		used += gw
		p = q
	}
	return p
}

// View renders the visible rows, each padded to the width.
func (m Model) View() string {
	st := m.Styles.Blurred
	if m.focused {
		st = m.Styles.Focused
	}
	h := m.textHeight()
	rows := make([]string, 0, m.height)
	if m.Len() == 0 && m.Placeholder != "" {
		rows = append(rows, st.Placeholder.Render(fit(m.Placeholder, m.width)))
	} else if m.single {
		rows = append(rows, st.Text.Render(fit(m.lines[0].s[m.xoff:], m.width)))
	} else {
		li, r := m.tl, m.tr
		for len(rows) < h && li < len(m.lines) {
			l := m.at(li)
			rows = append(rows, renderRow(l, l.rows[r], l.rowEnd(r), m.width, st))
			if r++; r == len(l.rows) {
				li, r = li+1, 0
			}
		}
	}
	blank := strings.Repeat(" ", m.width)
	for len(rows) < h {
		rows = append(rows, blank)
	}
	if h < m.height {
		rows = append(rows, m.Styles.Message.Render(fit(m.msg, m.width)))
	}
	return strings.Join(rows, "\n")
}

// fit cuts s to at most w cells, on a grapheme boundary, and pads it with
// spaces to exactly w cells when it can.
func fit(s string, w int) string {
	used, i := 0, 0
	for i < len(s) {
		e, gw := grapheme(s, i)
		if used+gw > w {
			break
		}
		used += gw
		i = e
	}
	return s[:i] + strings.Repeat(" ", w-used)
}

// Cursor returns where the terminal cursor goes, relative to the editor's
// top-left cell, or nil when the editor is not focused. A parent adds its
// own offset and puts it in tea.View.Cursor, so that input methods compose
// at the right place.
func (m Model) Cursor() *tea.Cursor {
	if !m.focused {
		return nil
	}
	l := m.cur()
	var c *tea.Cursor
	if m.single {
		c = tea.NewCursor(min(ansi.StringWidth(l.s[m.xoff:m.co]), m.width-1), 0)
	} else {
		r := l.rowOf(m.co)
		x := ansi.StringWidth(l.s[l.rows[r]:m.co])
		y := m.rowsBetween(m.tl, m.tr, m.cl, r, m.height)
		c = tea.NewCursor(min(x, m.width-1), min(y, m.height-1))
	}
	c.Shape = tea.CursorBar
	return c
}
