package grid

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/baocao/baocao/model"
)

// pasteState follows a paste through the grid: the cell it writes (r, c,
// which may lie outside the table), the column its rows start in, and the
// cells that found no place.
type pasteState struct {
	on     bool
	burst  bool // the paste comes as keys, one message each (common.BurstMsg)
	r, c   int
	anchor int
	wrote  bool // a character went into cell (r, c)
	quote  quoting
	cr     bool // the last character was a carriage return
	lost   int
	lostAt cellAt
}

// quoting is where a paste stands in a cell that began with a quote.
type quoting int

const (
	noQuote   quoting = iota
	inQuote           // inside a quoted cell
	quoteSeen         // a quote inside a quoted cell: its end, or the first of two
)

// startBurst begins a paste that the terminal types as keys: the key just
// handled typed its first character, text, into the cursor cell; a quote
// there opens a quoted cell.
func (m *Model) startBurst(text string) {
	m.beginPaste()
	m.paste.burst = true
	if text == `"` && m.edit.on && string(m.edit.text) == text {
		m.edit.text, m.edit.pos = nil, 0
		m.writeEdit()
		m.paste.quote = inQuote
	}
}

// beginPaste starts a paste at the cursor cell, as one undo step with the
// edit in progress, if any.
func (m *Model) beginPaste() {
	if !m.edit.on {
		m.remember()
	}
	m.edit.undo = false // the edit's undo step, if any, is now the paste's
	m.paste = pasteState{on: true, r: m.row, c: m.col, anchor: m.col, wrote: m.edit.on, lostAt: cellAt{-1, -1}}
}

// pasteText fills the grid from the paste's cell: tabs separate cells and
// line breaks rows, as a spreadsheet copies them; a cell in double quotes
// (Excel's way with a cell that holds a line break) is one cell, its
// doubled quotes one quote. A whole paste (tea.PasteMsg from bracketed
// paste) ends with the text; a burst goes on until the next key.
func (m *Model) pasteText(s string, whole bool) {
	if !m.paste.on {
		if strings.ContainsAny(s, "\t\r\n") {
			m.endEdit() // rows and cells fill the grid from the cursor cell
		}
		m.beginPaste()
	}
	for _, r := range s {
		m.pasteChar(r)
	}
	if whole {
		m.endPaste()
	}
}

// pasteChar takes one pasted character: a separator, a quote, or text.
func (m *Model) pasteChar(r rune) {
	p := &m.paste
	cr := p.cr
	p.cr = r == '\r'
	switch {
	case p.quote == inQuote && r == '"':
		p.quote = quoteSeen
	case p.quote == inQuote && r == '\n' && cr:
	case p.quote == inQuote && (r == '\t' || r == '\r' || r == '\n'):
		m.pasteRune(' ')
	case p.quote == inQuote:
		m.pasteRune(r)
	case p.quote == quoteSeen && r == '"':
		p.quote = inQuote
		m.pasteRune('"')
	case p.quote == quoteSeen && r != '\t' && r != '\r' && r != '\n':
		m.unquote(true) // a quote inside a cell: no quoted cell after all
		m.pasteChar(r)
	case r == '\n' && cr: // the second half of CR LF
	case r == '\t':
		p.quote = noQuote
		m.flushCell()
		p.c++
	case r == '\r' || r == '\n':
		p.quote = noQuote
		m.flushCell()
		p.r, p.c = p.r+1, p.anchor
	case r == '"' && !p.wrote && p.quote == noQuote:
		p.quote = inQuote
	case !unicode.IsControl(r): // an escape sequence's ESC, say: shown as text, never run
		m.pasteRune(r)
	}
}

// endPaste ends a paste at the end of its text: a quoted cell never
// closed keeps its quote, the edit ends.
func (m *Model) endPaste() {
	if m.paste.quote == inQuote {
		m.unquote(false)
	}
	m.endEdit()
	m.paste = pasteState{}
}

// unquote gives back the opening quote of a cell that turned out not to be
// quoted, and the quote that seemed to close it (closing).
func (m *Model) unquote(closing bool) {
	p := &m.paste
	p.quote = noQuote
	if !p.wrote {
		m.pasteRune('"')
	} else if m.edit.on {
		m.edit.text = append([]rune{'"'}, m.edit.text...)
		m.edit.pos++
		m.writeEdit()
	}
	if closing {
		m.pasteRune('"')
	}
}

// flushCell ends the paste's cell: what was typed stays; a cell the paste
// left empty is emptied, as a spreadsheet's paste does.
func (m *Model) flushCell() {
	p := &m.paste
	if p.wrote {
		m.endEdit()
	} else if p.r < len(m.rows) && p.c < m.ncols() {
		m.setCell(p.r, p.c, "")
	}
	p.wrote = false
}

// pasteRune types one pasted character into the paste's cell, opening it
// (and growing a table with free rows) when it is the cell's first.
func (m *Model) pasteRune(r rune) {
	p := &m.paste
	if !p.wrote {
		if !m.reach(p.r, p.c) {
			m.lose()
			return
		}
		m.endEdit()
		m.row, m.col = p.r, p.c
		m.startEdit(false)
		p.wrote = true
	}
	m.insert(string(r))
}

// reach reports whether cell (r, c) can take pasted text, adding rows to
// a table with free rows up to its bound.
func (m *Model) reach(r, c int) bool {
	if c >= m.ncols() {
		return false
	}
	for r >= len(m.rows) {
		if m.spec.Fixed() || len(m.rows) >= model.MaxTableRows {
			return false
		}
		m.insertRow(len(m.rows))
	}
	return true
}

// lose counts a pasted cell that has no place, once, and says so.
func (m *Model) lose() {
	p := &m.paste
	if at := (cellAt{p.r, p.c}); at != p.lostAt {
		p.lostAt = at
		p.lost++
	}
	m.msg = fmt.Sprintf("%d ô đã dán nằm ngoài bảng (quá cột cuối hoặc dòng cuối) nên không được nhận; hãy dán từ ô khác hoặc bớt dữ liệu.", p.lost)
}
