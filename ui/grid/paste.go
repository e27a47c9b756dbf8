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
	lost   int
	lostAt cellAt
}

// startBurst begins a paste that the terminal types as keys: the key just
// handled typed its first character into the cursor cell.
func (m *Model) startBurst() {
	m.beginPaste()
	m.paste.burst = true
}

// beginPaste starts a paste at the cursor cell, as one undo step with the
// edit in progress, if any.
func (m *Model) beginPaste() {
	if !m.edit.on {
		m.remember()
	}
	m.paste = pasteState{on: true, r: m.row, c: m.col, anchor: m.col, wrote: m.edit.on, lostAt: cellAt{-1, -1}}
}

// pasteText fills the grid from the paste's cell: tabs separate cells and
// line breaks rows. A whole paste (tea.PasteMsg from bracketed paste) ends
// with the text; a burst goes on until the next key.
func (m *Model) pasteText(s string, whole bool) {
	if !m.paste.on {
		if strings.ContainsAny(s, "\t\r\n") {
			m.endEdit() // rows and cells fill the grid from the cursor cell
		}
		m.beginPaste()
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	for _, r := range strings.ReplaceAll(s, "\r", "\n") {
		switch r {
		case '\t':
			m.flushCell()
			m.paste.c++
		case '\n':
			m.flushCell()
			m.paste.r, m.paste.c = m.paste.r+1, m.paste.anchor
		default:
			if !unicode.IsControl(r) { // an escape sequence's ESC, say: shown as text, never run
				m.pasteRune(r)
			}
		}
	}
	if whole {
		m.endEdit()
		m.paste = pasteState{}
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
