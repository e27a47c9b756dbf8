package grid

import (
	"fmt"
	"strconv"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/baocao/baocao/model"
)

// The words of the view.
const (
	headNumber = "STT"
	headRow    = "#"
	headLabel  = "Nội dung"
	headTotal  = "Tổng"
	caret      = "▏"
	mark       = "!"
	sep        = "│"
	moreLeft   = "‹"
	moreRight  = "›"
)

// footerLines is the height of the footer under the table: two lines (the
// cursor's place, then the cell's problem or a notice), one when the grid
// is short (the problem or notice if any, else the place).
func (m Model) footerLines() int {
	if m.height < 9 {
		return 1
	}
	return 2
}

// bodyHeight is how many rows the view shows.
func (m Model) bodyHeight() int {
	h := m.height - 1 - m.footerLines()
	if m.spec.TotalRow {
		h--
	}
	return max(h, 1)
}

// numberWidth is the width of the STT (or row number) column.
func (m Model) numberWidth() int {
	return max(len(strconv.Itoa(len(m.rows))), 4)
}

// labelWidth is the width of the row-label column of a biểu, 0 without.
func (m Model) labelWidth() int {
	if !m.spec.Fixed() {
		return 0
	}
	return min(m.widths.label, max(8, m.width/3))
}

// labelTitle heads the row-label column.
func (m Model) labelTitle() string {
	if m.spec.LabelTitle != "" {
		return m.spec.LabelTitle
	}
	return headLabel
}

// pinnedWidth is the width of the pinned columns with their separators.
func (m Model) pinnedWidth() int {
	w := m.numberWidth() + 1
	if lw := m.labelWidth(); lw > 0 {
		w += lw + 1
	}
	return w
}

// colWidth is the width of data column c (ncols is the total column).
func (m Model) colWidth(c int) int {
	avail := max(m.width-m.pinnedWidth()-1, 3)
	if c >= m.ncols() {
		return min(10, avail)
	}
	w := m.widths.titles[c]
	if m.spec.Columns[c].Kind.Numeric() {
		return min(max(w, 7), 12, avail)
	}
	return min(max(w, 10), 20, avail)
}

// widths are the text widths the layout starts from, measured once.
type widths struct {
	label    int      // the widest row label or the label column's title
	titles   []int    // each column's title
	headings []string // each column's name for the footer
}

// measure measures the labels and titles of the spec.
func measure(spec model.TableSpec, labelTitle string) widths {
	w := widths{label: ansi.StringWidth(labelTitle), titles: make([]int, len(spec.Columns)), headings: headings(spec)}
	for _, l := range spec.Rows {
		w.label = max(w.label, ansi.StringWidth(l))
	}
	for i, c := range spec.Columns {
		w.titles[i] = ansi.StringWidth(c.Title)
	}
	return w
}

// visible returns the columns shown from m.left that fit the width.
func (m Model) visible() []int {
	avail := m.width - m.pinnedWidth() - 1
	var out []int
	used := 0
	for c := m.left; c <= m.lastCol(); c++ {
		w := m.colWidth(c) + 1
		if len(out) > 0 && used+w > avail {
			break
		}
		out = append(out, c)
		used += w
	}
	return out
}

// scroll keeps the cursor's row and column in view.
func (m *Model) scroll() {
	h := m.bodyHeight()
	m.top = min(max(m.top, m.row-h+1), m.row)
	m.top = max(min(m.top, len(m.rows)-h), 0)
	m.left = min(m.left, m.col)
	for m.left < m.col && !m.shows(m.col) {
		m.left++
	}
}

// shows reports whether column c is in view.
func (m Model) shows(c int) bool {
	for _, v := range m.visible() {
		if v == c {
			return true
		}
	}
	return false
}

// View renders the header, the rows in view, the total row and the footer.
func (m Model) View() string {
	cols := m.visible()
	lines := make([]string, 0, m.height)
	lines = append(lines, m.headerLine(cols))
	end := min(m.top+m.bodyHeight(), len(m.rows))
	for i := m.top; i < end; i++ {
		lines = append(lines, m.rowLine(i, cols))
	}
	if m.spec.TotalRow {
		lines = append(lines, m.totalLine(cols))
	}
	lines = append(lines, m.footer()...)
	return strings.Join(lines, "\n")
}

// headerLine is the column titles, with marks where columns are hidden.
func (m Model) headerLine(cols []int) string {
	var b strings.Builder
	st := m.Styles.Header
	number := headRow
	if m.spec.Numbered {
		number = headNumber
	}
	b.WriteString(st.Render(fit(number, m.numberWidth(), false)))
	if lw := m.labelWidth(); lw > 0 {
		b.WriteString(sep + st.Render(fit(m.labelTitle(), lw, false)))
	}
	b.WriteString(m.edge(m.left > 0))
	for i, c := range cols {
		if i > 0 {
			b.WriteString(sep)
		}
		title := headTotal
		if c < m.ncols() {
			title = m.spec.Columns[c].Title
		}
		b.WriteString(st.Render(fit(title, m.colWidth(c), false)))
	}
	if len(cols) > 0 && cols[len(cols)-1] < m.lastCol() {
		b.WriteString(moreRight)
	}
	return b.String()
}

// edge is the separator after the pinned columns: a mark when columns are
// hidden on the left.
func (m Model) edge(hidden bool) string {
	if hidden {
		return moreLeft
	}
	return sep
}

// rowLine is one row: its number, its label and the cells in view.
func (m Model) rowLine(i int, cols []int) string {
	var b strings.Builder
	pin := m.Styles.Pinned
	b.WriteString(pin.Render(fit(strconv.Itoa(i+1), m.numberWidth(), true)))
	if lw := m.labelWidth(); lw > 0 {
		b.WriteString(sep + pin.Render(fit(m.rows[i].Label, lw, false)))
	}
	b.WriteString(m.edge(m.left > 0))
	for k, c := range cols {
		if k > 0 {
			b.WriteString(sep)
		}
		b.WriteString(m.cellView(i, c))
	}
	return b.String()
}

// cellView draws one cell: a number right-aligned, text left-aligned, a
// problem marked, the cursor and the edit shown.
func (m Model) cellView(i, c int) string {
	w := m.colWidth(c)
	if c >= m.ncols() {
		return m.style(i, c, m.Styles.Total).Render(fit(m.rowTotal(i), w, true))
	}
	if m.edit.on && i == m.row && c == m.col {
		return m.Styles.Editing.Render(m.editView(w))
	}
	right := m.spec.Columns[c].Kind.Numeric()
	text, base := fit(m.rows[i].Cells[c], w, right), m.Styles.Cell
	if m.cellProblem(i, c) != "" {
		// The mark takes the cell's first column, the value the rest: a
		// value as wide as the cell is cut with "…", never overwritten.
		text, base = mark+fit(m.rows[i].Cells[c], w-1, right), m.Styles.Problem
	}
	return m.style(i, c, base).Render(text)
}

// style is the cursor's style on the cursor cell, else base.
func (m Model) style(i, c int, base lipgloss.Style) lipgloss.Style {
	if m.focused && i == m.row && c == m.col {
		return m.Styles.Cursor
	}
	return base
}

// editView shows the edited text around its caret in w cells.
func (m Model) editView(w int) string {
	before := string(m.edit.text[:m.edit.pos])
	after := string(m.edit.text[m.edit.pos:])
	s := before + caret + after
	if ansi.StringWidth(before)+1 > w {
		s = ansi.TruncateLeft(before+caret, ansi.StringWidth(before)+1-w, "")
	}
	return fit(s, w, false)
}

// totalLine is the computed total row.
func (m Model) totalLine(cols []int) string {
	var b strings.Builder
	st := m.Styles.Total
	b.WriteString(st.Render(fit(model.TotalLabel, m.pinnedWidth()-1, false)))
	b.WriteString(m.edge(m.left > 0))
	for k, c := range cols {
		if k > 0 {
			b.WriteString(sep)
		}
		b.WriteString(st.Render(fit(m.columnTotal(c), m.colWidth(c), true)))
	}
	return b.String()
}

// footer is the cursor's place and column, then the cell's problem, the
// notice, or the cell's whole text when the column cuts it.
func (m Model) footer() []string {
	place := fmt.Sprintf("Dòng %d/%d · %s", m.row+1, len(m.rows), m.columnName(m.col))
	if label := m.rows[m.row].Label; label != "" {
		place = fmt.Sprintf("Dòng %d/%d %s · %s", m.row+1, len(m.rows), label, m.columnName(m.col))
	}
	second := ""
	switch p := m.cellProblem(m.row, min(m.col, m.ncols())); {
	case p != "":
		second = m.Styles.Error.Render(ansi.Truncate(mark+" "+p, m.width, "…"))
	case m.msg != "":
		second = m.Styles.Message.Render(ansi.Truncate(m.msg, m.width, "…"))
	case m.col < m.ncols() && ansi.StringWidth(m.rows[m.row].Cells[m.col]) > m.colWidth(m.col):
		second = ansi.Truncate(m.rows[m.row].Cells[m.col], m.width, "…")
	case m.check.rows[m.row] != "":
		second = m.Styles.Error.Render(ansi.Truncate(mark+" "+m.check.rows[m.row], m.width, "…"))
	case len(m.check.table) > 0:
		second = m.Styles.Error.Render(ansi.Truncate(mark+" "+m.check.table[0], m.width, "…"))
	case len(m.notes) > 0:
		second = m.Styles.Error.Render(ansi.Truncate(mark+" "+m.notes[0], m.width, "…"))
	}
	first := m.Styles.Info.Render(ansi.Truncate(place, m.width, "…"))
	switch {
	case m.footerLines() == 2:
		return []string{first, second}
	case second != "":
		return []string{second}
	}
	return []string{first}
}

// columnName names column c for the footer: its merged headings, its title
// and unit.
func (m Model) columnName(c int) string {
	if c >= m.ncols() {
		return headTotal + " (tự cộng)"
	}
	return m.widths.headings[c]
}

// headings names each data column by the header cells above it, outer
// first ("Số hồ sơ tiếp nhận › Trực tuyến"), or by its title and unit when
// the table has no header of its own or a header that does not fit.
func headings(spec model.TableSpec) []string {
	out := make([]string, len(spec.Columns))
	for i, c := range spec.Columns {
		out[i] = c.Heading()
	}
	places, err := spec.HeaderGrid()
	if err != nil || len(spec.Header) == 0 {
		return out
	}
	first := spec.FirstData()
	for i := range spec.Columns {
		var path []string
		for _, p := range places {
			if p.Col <= first+i && first+i < p.Col+max(p.Span, 1) && strings.TrimSpace(p.Text) != "" {
				path = append(path, p.Text)
			}
		}
		if len(path) == 0 {
			continue
		}
		out[i] = strings.Join(path, " › ")
		if u := spec.Columns[i].Unit; u != "" && !strings.Contains(path[len(path)-1], u) {
			out[i] += " (" + u + ")"
		}
	}
	return out
}

// fit pads or cuts s to exactly w cells, right-aligned when right.
func fit(s string, w int, right bool) string {
	s = ansi.Truncate(s, w, "…")
	pad := strings.Repeat(" ", max(w-ansi.StringWidth(s), 0))
	if right {
		return pad + s
	}
	return s + pad
}
