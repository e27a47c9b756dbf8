package ui

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/baocao/baocao/model"
)

// newStaffingTable returns the staffing editor.
func newStaffingTable(s model.Staffing, g model.Regime, kind model.UnitKind) staffingTable {
	t := &countTable{s: cloneStaffing(s), g: g, kind: kind}
	if len(t.s.Rows) == 0 {
		for _, p := range g.PositionsFor(kind) {
			t.s.Rows = append(t.s.Rows, model.StaffRow{Roles: []string{p.ID}})
		}
	}
	return t
}

// countTable is a plain table of counts: ↑/↓ pick a row, ←/→ the column,
// digits type the count.
type countTable struct {
	s             model.Staffing
	g             model.Regime
	kind          model.UnitKind
	row, col      int
	width, height int
	focused       bool
}

func (t *countTable) Value() model.Staffing       { return cloneStaffing(t.s) }
func (t *countTable) SetProblems([]model.Problem) {}
func (t *countTable) SetSize(w, h int)            { t.width, t.height = w, h }
func (t *countTable) Focus()                      { t.focused = true }
func (t *countTable) Blur()                       { t.focused = false }
func (t *countTable) Cursor() *tea.Cursor         { return nil }

func (t *countTable) Update(msg tea.Msg) tea.Cmd {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok || len(t.s.Rows) == 0 {
		return nil
	}
	cell := &t.s.Rows[t.row].Start
	if t.col == 1 {
		cell = &t.s.Rows[t.row].Now
	}
	switch s := k.String(); {
	case s == "up":
		t.row = max(t.row-1, 0)
	case s == "down":
		t.row = min(t.row+1, len(t.s.Rows)-1)
	case s == "left", s == "right":
		t.col = 1 - t.col
	case s == "backspace":
		*cell /= 10
	case len(s) == 1 && s[0] >= '0' && s[0] <= '9':
		*cell = min(*cell*10+int(s[0]-'0'), 999)
	}
	return nil
}

func (t *countTable) View() string {
	var lines []string
	for i, r := range t.s.Rows {
		mark := "  "
		if i == t.row && t.focused {
			mark = "▸ "
		}
		lines = append(lines, fmt.Sprintf("%s%-30.30s %3d %3d", mark, t.g.RowTitle(r), r.Start, r.Now))
	}
	for _, p := range model.StaffingText(t.s, t.g.Catalogue, t.kind) {
		lines = append(lines, wrapLines(p, t.width)...)
	}
	return strings.Join(scrollWindow(lines, t.row, max(t.height, 1)), "\n")
}
