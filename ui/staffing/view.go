package staffing

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/ui/common"
)

// The column headings and widths of the count columns.
const (
	headTitle = "Chức danh"
	headStart = "Đầu nhiệm kỳ"
	headNow   = "Hiện nay"
	wStart    = 12
	wNow      = 8
	wMarks    = 2
)

// maxTitle caps the title column, so that on a wide screen the counts stay
// next to their names.
const maxTitle = 52

// minRows is the fewest table lines kept in view whatever the problems.
const minRows = 4

// moreProblems stands for the problems that do not fit under the table.
const moreProblems = "… thêm %d lỗi, cảnh báo: ctrl+r để xem"

// minSide is the narrowest paragraph shown beside the table.
const minSide = 32

// titleWidth is the width of the title column.
func (m Model) titleWidth() int { return min(max(4, m.width-wMarks-wStart-wNow-2), maxTitle) }

// tableWidth is the width of the table's lines.
func (m Model) tableWidth() int { return wMarks + m.titleWidth() + 1 + wStart + 1 + wNow }

// beside reports whether the window is wide enough to show the paragraph
// beside the table rather than under it.
func (m Model) beside() bool { return m.width-m.tableWidth()-2 >= minSide }

// mainWidth is the width of the table part: the table's own width when the
// paragraph is beside it, else the whole width.
func (m Model) mainWidth() int {
	if m.beside() {
		return m.tableWidth()
	}
	return m.width
}

// View renders the table, its totals, warnings and problems, and the
// generated paragraph as far as the height allows.
func (m Model) View() string {
	lines, _ := m.render()
	return strings.Join(lines, "\n")
}

// render lays out the view and returns its lines and the index of the line
// holding the title input (-1 when none is shown).
func (m Model) render() (out []string, input int) {
	if m.mode == modeParagraph {
		return m.paragraphPage(), -1
	}
	out = []string{m.header()}
	table, first, last := m.tableLines()
	if m.mode == modeAdd || m.mode == modeCombine {
		table, first, last = m.pickerLines()
	}
	// The problems never take the rows' place: the table keeps a third of
	// the height (or all its lines, if fewer).
	// (one line more under the table for the paragraph or its hint).
	keep := min(len(table), max(minRows, m.height/3))
	if !m.beside() {
		keep++
	}
	bottom, inBottom := m.bottom(m.height - 1 - keep)
	room := max(1, m.height-1-len(bottom))
	// When the table leaves no room for the paragraph under it, one line
	// says that p shows it.
	hint := !m.beside() && len(table) > room-2 && room > 2 && m.mode == modeTable &&
		len(m.paras(m.s)) > 0
	if hint {
		room--
	}
	if len(table) > room {
		start := min(max(0, last-room), first)
		table = table[start:min(len(table), start+room)]
	}
	out = append(out, table...)
	input = -1
	if inBottom >= 0 {
		input = len(out) + inBottom
	}
	out = append(out, bottom...)
	switch {
	case m.beside():
		out = m.withSide(out)
	case hint:
		out = append(out, m.Styles.Faint.Render(ansi.Truncate("Đoạn văn tạo từ bảng: nhấn p để xem.", m.width, "…")))
	default:
		out = append(out, m.paragraph(room-len(table), m.width)...)
	}
	if len(out) > m.height {
		out = out[:m.height]
	}
	if input >= len(out) {
		input = -1
	}
	for i, l := range out {
		out[i] = ansi.Truncate(l, m.width, "")
	}
	return out, input
}

// withSide puts the generated paragraph to the right of the table's lines.
func (m Model) withSide(lines []string) []string {
	tw := m.tableWidth()
	side := m.paragraph(m.height, m.width-tw-2)
	for len(lines) < len(side) {
		lines = append(lines, "")
	}
	for i, s := range side {
		l := ansi.Truncate(lines[i], tw, "")
		lines[i] = l + strings.Repeat(" ", max(0, tw-ansi.StringWidth(l))+2) + s
	}
	return lines
}

// paragraphPage is the generated paragraph in full, for the p key.
func (m Model) paragraphPage() []string {
	out := m.styled(m.Styles.Prompt, "Đoạn văn tạo từ bảng (p hoặc esc: về bảng):")
	paras := m.paras(m.s)
	if len(paras) == 0 {
		out = append(out, m.styled(m.Styles.Faint, "(chưa có đoạn văn: bảng chưa có số người)")...)
	}
	for _, p := range paras {
		out = append(out, m.styled(m.Styles.Text, p)...)
	}
	if len(out) > m.height {
		out = append(out[:max(m.height-1, 0)], m.Styles.Faint.Render("…"))
		out = out[:min(len(out), m.height)]
	}
	for i, l := range out {
		out[i] = ansi.Truncate(l, m.width, "")
	}
	return out
}

// header returns the column headings.
func (m Model) header() string {
	return m.Styles.Header.Render(strings.Repeat(" ", wMarks) + pad(headTitle, m.titleWidth()) + " " +
		left(headStart, wStart) + " " + left(headNow, wNow))
}

// tableLines returns the lines of the rows under their group headings, and
// the first and last line (exclusive) of the selected row.
func (m Model) tableLines() (lines []string, first, last int) {
	if len(m.order) == 0 {
		for _, l := range wrapText("(chưa có dòng nào; a: thêm chức danh, c: chức danh tự đặt)", m.mainWidth()) {
			lines = append(lines, m.Styles.Faint.Render(l))
		}
		return lines, 0, len(lines)
	}
	marked := m.problemRows()
	var group model.Group
	for k, i := range m.order {
		r := m.s.Rows[i]
		if g := m.groupOf(r); g != group {
			group = g
			lines = append(lines, m.Styles.Group.Render(capital(g.Label())))
		}
		if k == m.sel {
			first = len(lines)
		}
		lines = append(lines, m.rowLines(k, r, slices.Contains(marked, i))...)
		if k == m.sel {
			last = len(lines)
		}
	}
	return lines, first, last
}

// rowLines renders one row: the title wrapped in its column, the counts on
// the first line.
func (m Model) rowLines(k int, r model.StaffRow, problem bool) []string {
	sel := k == m.sel && m.focused && m.mode == modeTable
	marks := []byte("  ")
	if k == m.sel {
		marks[0] = '>'
	}
	if problem {
		marks[1] = '!'
	}
	style := m.Styles.Row
	if k == m.sel {
		style = m.Styles.Selected
	}
	titles := wrapText(m.regime.RowTitle(r), m.titleWidth())
	lines := make([]string, len(titles))
	for i, t := range titles {
		lines[i] = string(marks) + style.Render(pad(t, m.titleWidth()))
		marks = []byte("  ")
	}
	lines[0] += " " + m.cell(r.Start, wStart, sel && m.col == 0) + " " + m.cell(r.Now, wNow, sel && m.col == 1)
	return lines
}

// cell renders a count right-aligned in w cells, the last one kept for the
// bracket that marks the selected cell.
func (m Model) cell(n, w int, selected bool) string {
	s := strconv.Itoa(n)
	if !selected {
		return left(s, w-1) + " "
	}
	return strings.Repeat(" ", max(0, w-len(s)-2)) + m.Styles.Cell.Render("["+s+"]")
}

// bottom returns the lines under the table: totals, the cap warning, the
// problems, and the prompt or notice of the moment; input is the index of
// the title input's line among them, or -1.
func (m Model) bottom(budget int) (lines []string, input int) {
	start := m.s.Sum(model.AtStart, m.regime.Catalogue)
	now := m.s.Sum(model.AtNow, m.regime.Catalogue)
	total := func(label string, a, b int) string {
		return m.Styles.Total.Render(strings.Repeat(" ", wMarks) + pad(label, m.titleWidth()) + " " +
			left(strconv.Itoa(a), wStart-1) + "  " + left(strconv.Itoa(b), wNow-1) + " ")
	}
	lines = []string{
		total("Cộng cán bộ", start.Cadre, now.Cadre),
		total("Cộng công chức", start.CivilServ, now.CivilServ),
		total("Tổng cộng", start.All, now.All),
	}
	// The answer to the last key comes first, so a long list of problems
	// never pushes it out of a short window.
	if m.msg != "" {
		lines = append(lines, m.styled(m.Styles.Message, m.msg)...)
	}
	if w := m.capWarning(); w != "" {
		lines = append(lines, m.styled(m.Styles.Warning, "Cảnh báo: "+w)...)
	}
	prompt := m.prompt()
	free := budget - len(lines) - len(prompt)
	// Errors first: a warning never hides an error behind the count. The
	// first is always shown.
	problems := slices.Clone(m.problems)
	slices.SortStableFunc(problems, func(a, b model.Problem) int { return int(a.Severity) - int(b.Severity) })
	for i, p := range problems {
		st := m.Styles.Error
		if p.Severity == model.Warning {
			st = m.Styles.Warning
		}
		text := capital(p.Severity.Label()) + ": " + p.Message
		pl := m.styled(st, text)
		more := len(problems) - i - 1
		if i == 0 {
			pl = m.cut(st, text, max(free-min(more, 1), 2))
		}
		if i > 0 && (len(pl) > free || (more > 0 && len(pl) == free)) {
			lines = append(lines, m.styled(m.Styles.Faint, fmt.Sprintf(moreProblems, len(problems)-i))...)
			break
		}
		lines = append(lines, pl...)
		free -= len(pl)
	}
	input = -1
	lines = append(lines, prompt...)
	if m.mode == modeTitle {
		input = len(lines) - 1
	}
	return lines, input
}

// prompt returns the question or input of the current mode.
func (m Model) prompt() []string {
	switch m.mode {
	case modeTitle:
		return append(m.styled(m.Styles.Prompt, "Tên chức danh tự đặt (enter: tiếp, esc: thôi):"), "> "+m.title.View())
	case modeGroup:
		cadre, civil := "( ) cán bộ", "( ) công chức"
		if m.group == model.GroupCadre {
			cadre = "(•) cán bộ"
		} else {
			civil = "(•) công chức"
		}
		return append(m.styled(m.Styles.Prompt, fmt.Sprintf("Nhóm của %q (←/→: đổi, enter: thêm, esc: sửa tên):", model.CleanLine(m.title.Value()))), "  "+cadre+"   "+civil)
	}
	return nil
}

// pickerLines returns the list of a picker, with the highlighted item's
// line as first and last.
func (m Model) pickerLines() (lines []string, first, last int) {
	head := "Thêm chức danh: gõ vài chữ của tên để lọc (không cần dấu), ↑/↓ chọn, enter thêm, hoặc gõ ngay số người; esc: thôi"
	if m.mode == modeCombine {
		head = "Chức danh kiêm nhiệm: gõ chữ để lọc, ↑/↓ chọn, cách: chọn theo thứ tự, enter: thêm; esc: thôi"
	}
	lines = m.styled(m.Styles.Prompt, head)
	lines = append(lines, ansi.Truncate("Lọc: "+m.pick.filter, m.mainWidth()-1, "…")+m.Styles.Cell.Render(" "))
	if len(m.pick.items) == 0 {
		lines = append(lines, m.styled(m.Styles.Faint, "(không có chức danh nào khớp; backspace: xóa bớt chữ; enter: thêm chức danh tự đặt tên)")...)
		return lines, 0, len(lines)
	}
	for i, p := range m.pick.items {
		mark := "  "
		if i == m.pick.idx {
			mark = "> "
			first = len(lines)
		}
		if i == m.pick.idx+1 {
			last = len(lines)
		}
		if m.mode == modeCombine {
			box := "[ ] "
			if n := slices.Index(m.pick.chosen, p.ID); n >= 0 {
				box = fmt.Sprintf("[%d] ", n+1)
			}
			mark += box
		}
		indent := strings.Repeat(" ", ansi.StringWidth(mark))
		for j, l := range wrapText(p.Short+" ("+p.Group.Label()+")", m.mainWidth()-len(indent)) {
			if j == 0 {
				l = mark + l
			} else {
				l = indent + l
			}
			if i == m.pick.idx {
				l = m.Styles.Selected.Render(l)
			}
			lines = append(lines, l)
		}
	}
	if last <= first {
		last = len(lines)
	}
	return lines, first, last
}

// paragraph returns the generated staffing text wrapped to w cells, in at
// most n lines; when it is cut, the last line says that p shows it all.
func (m Model) paragraph(n, w int) []string {
	paras := m.paras(m.s)
	if n < 2 || len(paras) == 0 {
		return nil
	}
	lines := []string{m.Styles.Faint.Render("Đoạn văn tạo từ bảng:")}
	for _, p := range paras {
		for _, l := range wrapText(p, w) {
			lines = append(lines, m.Styles.Text.Render(l))
		}
	}
	if len(lines) > n {
		lines = append(lines[:n-1], m.Styles.Faint.Render(ansi.Truncate("… (p: xem cả đoạn)", w, "")))
	}
	return lines
}

// styled wraps s to the table part's width and renders each line with st.
func (m Model) styled(st lipgloss.Style, s string) []string {
	lines := wrapText(s, m.mainWidth())
	for i, l := range lines {
		lines[i] = st.Render(l)
	}
	return lines
}

// cut wraps s to the table part's width in at most n lines, the last
// ending with "…" when s is longer.
func (m Model) cut(st lipgloss.Style, s string, n int) []string {
	lines := wrapText(s, m.mainWidth())
	if len(lines) > n {
		lines = lines[:n]
		lines[n-1] = ansi.Truncate(lines[n-1]+" …", m.mainWidth(), "…")
	}
	for i, l := range lines {
		lines[i] = st.Render(l)
	}
	return lines
}

// problemRows returns the row indices named by the problems' paths
// ("staffing.rows[3].now").
func (m Model) problemRows() []int {
	var rows []int
	for _, p := range m.problems {
		var i int
		if _, err := fmt.Sscanf(p.Path, "staffing.rows[%d]", &i); err == nil {
			rows = append(rows, i)
		}
	}
	return rows
}

// Cursor returns where the terminal cursor goes, relative to the table's
// top-left cell, while a title is typed; nil otherwise (the selected cell
// is drawn highlighted instead).
func (m Model) Cursor() *tea.Cursor {
	if !m.focused || m.mode != modeTitle {
		return nil
	}
	c := m.title.Cursor()
	_, line := m.render()
	if c == nil || line < 0 {
		return nil
	}
	c.X += 2
	c.Y = line
	return c
}

// wrapText word-wraps s to w cells and returns its lines, breaking at
// spaces only (common.WrapLines), one line at least.
func wrapText(s string, w int) []string {
	if lines := common.WrapLines(s, w); len(lines) > 0 {
		return lines
	}
	return []string{""}
}

// pad pads s with spaces to w cells, cutting it when longer.
func pad(s string, w int) string {
	s = ansi.Truncate(s, w, "")
	return s + strings.Repeat(" ", max(0, w-ansi.StringWidth(s)))
}

// left pads s on the left to w cells.
func left(s string, w int) string {
	s = ansi.Truncate(s, w, "")
	return strings.Repeat(" ", max(0, w-ansi.StringWidth(s))) + s
}

// capital upper-cases the first letter of s.
func capital(s string) string {
	for i, r := range s {
		return model.Upper(string(r)) + s[i+len(string(r)):]
	}
	return s
}
