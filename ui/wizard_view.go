package ui

import (
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/ui/common"
	"github.com/baocao/baocao/ui/field"
)

// sidebarMinWidth is the narrowest window that still shows the sidebar.
const sidebarMinWidth = 60

// bodyIndent is how far inputs are indented under their labels.
const bodyIndent = 2

// SetSize sets the wizard's drawing area and lays the inputs out again.
func (w *Wizard) SetSize(width, height int) {
	w.width, w.height = width, height
	w.layout()
}

// sidebarWidth is the sidebar's width, 0 when the window is too narrow: a
// third of the window up to 30 cells, and on a wide window three tenths of
// it up to 56, so that long section titles show whole.
func (w *Wizard) sidebarWidth() int {
	switch {
	case w.width < sidebarMinWidth:
		return 0
	case w.width <= 100:
		return min(30, w.width/3)
	}
	return min(56, max(30, w.width*3/10))
}

// paneWidth is the width of the fields pane.
func (w *Wizard) paneWidth() int {
	if sw := w.sidebarWidth(); sw > 0 {
		return max(w.width-sw-1, 10)
	}
	return max(w.width, 10)
}

// layout gives every input its width, and the focused tall input the
// height left over by the rest of the section.
func (w *Wizard) layout() {
	pw := w.paneWidth()
	for i, in := range w.inputs {
		if i != w.focus || !in.Tall() {
			in.SetSize(pw-bodyIndent, field.PreviewLines)
		}
	}
	if len(w.inputs) == 0 || !w.inputs[w.focus].Tall() {
		return
	}
	used := len(w.headerLines(pw))
	for i, in := range w.inputs {
		if i != w.focus {
			used += 1 + lipgloss.Height(in.View(false))
		}
	}
	owner := w.inputs[w.focus].Owner()
	avail := w.height - used - 2 - w.problemLines(owner, pw)
	if w.report.Answers[owner].None { // the hint under the label of a "Không"
		avail -= len(common.WrapLines(w.c.Str.NoneHint, pw-bodyIndent))
	}
	w.inputs[w.focus].SetSize(pw-bodyIndent, max(avail, min(5, w.height-len(w.headerLines(pw))-2)))
}

// View draws the sidebar and the section pane side by side.
func (w *Wizard) View() string {
	w.layout()
	pane := w.pane()
	sw := w.sidebarWidth()
	if sw == 0 {
		if w.sidebar { // too narrow for both: the section list takes the pane's place
			return w.sidebarView(w.width)
		}
		return pane
	}
	side := w.sidebarView(sw)
	sep := strings.TrimRight(strings.Repeat("│\n", w.height), "\n")
	return lipgloss.JoinHorizontal(lipgloss.Top, side, w.c.Styles.App.Subtle.Render(sep), pane)
}

// Cursor returns where the terminal cursor goes, relative to the wizard's
// view, or nil when no text input is visible.
func (w *Wizard) Cursor() *tea.Cursor {
	if w.sidebar || w.guide || len(w.inputs) == 0 {
		return nil
	}
	c := w.inputs[w.focus].Cursor()
	if c == nil {
		return nil
	}
	y := w.drawn.start + 1 + c.Y - w.drawn.top
	if y < 0 || y >= w.height {
		return nil
	}
	out := *c
	out.X += w.paneX() + bodyIndent
	out.Y = y
	return &out
}

func (w *Wizard) paneX() int {
	if sw := w.sidebarWidth(); sw > 0 {
		return sw + 1
	}
	return 0
}

// pane draws the section: heading, guidance, then the fields, scrolled so
// the focused one shows.
func (w *Wizard) pane() string {
	pw := w.paneWidth()
	lines, start, top := w.paneLines()
	w.drawn.start, w.drawn.top = start, top
	if w.guide {
		lines, top = w.guideLines(pw), 0
	}
	end := min(top+w.height, len(lines))
	return common.PadLines(strings.Join(lines[min(top, end):end], "\n"), pw, w.height)
}

// paneLines returns the pane's lines, the line where the focused field's
// block starts and the first line to show.
func (w *Wizard) paneLines() (lines []string, start, top int) {
	pw := w.paneWidth()
	lines = w.headerLines(pw)
	focusEnd := 0
	if len(w.inputs) == 0 {
		lines = append(lines, "")
		lines = append(lines, common.WrapStyled(w.c.Styles.Form.Hint.Render, w.c.Str.HeadingOnly, pw)...)
	}
	for i, in := range w.inputs {
		block := w.fieldBlock(i, in, pw)
		if i == w.focus {
			start, focusEnd = len(lines), len(lines)+len(block)
		}
		lines = append(lines, block...)
	}
	if focusEnd > w.height {
		top = min(focusEnd-w.height, start)
	}
	return lines, start, max(top, 0)
}

// headerLines are the section heading and the start of its guidance.
func (w *Wizard) headerLines(pw int) []string {
	st := w.c.Styles.Wizard
	s := w.outline.Sections[w.sec]
	head := sectionTitle(s, w.c.Str)
	if w.sidebarWidth() == 0 {
		head = w.mark(w.sec) + " " + head
	}
	// The progress on the right is the sidebar's and the drafts list's.
	progress := " " + w.c.Str.ProgressLine(w.tally.Done, w.tally.Required)
	if pw-ansi.StringWidth(progress) < 12 {
		progress = ""
	}
	head = ansi.Truncate(head, pw-ansi.StringWidth(progress), "…")
	gap := strings.Repeat(" ", max(0, pw-ansi.StringWidth(head)-ansi.StringWidth(progress)))
	lines := w.unplaced.Lines(pw, w.unplacedRows())
	lines = append(lines, st.Heading.Render(head)+gap+st.Guide.Render(progress))
	guide := common.WrapLines(s.Guide, pw)
	room := 2
	if w.height < 20 {
		room = 1
	}
	if len(guide) > room {
		guide = guide[:room]
		guide[room-1] = ansi.Truncate(guide[room-1]+" …", pw, "…")
	}
	for _, g := range guide {
		lines = append(lines, st.Guide.Render(g))
	}
	return lines
}

// guideLines are the section's whole guidance and example.
func (w *Wizard) guideLines(pw int) []string {
	s := w.outline.Sections[w.sec]
	st := w.c.Styles.Wizard
	lines := []string{st.Heading.Render(ansi.Truncate(sectionTitle(s, w.c.Str), pw, "…"))}
	for _, g := range common.WrapLines(s.Guide, pw) {
		lines = append(lines, st.Guide.Render(g))
	}
	if s.Example != "" {
		lines = append(lines, "", st.Heading.Render(w.c.Str.Example))
		lines = append(lines, common.WrapLines(s.Example, pw)...)
	}
	return lines
}

// fieldBlock is one Input: its label line, its body and, once the field has
// been left, its problems.
func (w *Wizard) fieldBlock(i int, in field.Input, pw int) []string {
	fs := w.c.Styles.Form
	f := in.Field()
	focused := i == w.focus && !w.sidebar
	label := f.Label
	if f.Required {
		label += " *"
	}
	style, mark := fs.Label, "  "
	if focused {
		style, mark = fs.LabelFocused, "▸ "
	}
	head := style.Render(ansi.Truncate(mark+label, pw, "…"))
	lines := []string{head}
	if w.report.Answers[in.Owner()].None {
		lines[0] += " " + fs.None.Render(w.c.Str.NoneMark)
		if focused {
			lines = append(lines, common.WrapStyled(fs.Hint.Render, w.c.Str.NoneHint, pw-bodyIndent)...)
		}
	}
	for _, l := range strings.Split(in.View(focused), "\n") {
		lines = append(lines, strings.Repeat(" ", bodyIndent)+l)
	}
	if w.isLastOfOwner(i) {
		lines = append(lines, w.problemView(in.Owner(), pw)...)
	}
	return lines
}

// isLastOfOwner reports whether input i is the last of its field's inputs
// (where the field's problems are shown).
func (w *Wizard) isLastOfOwner(i int) bool {
	return i == len(w.inputs)-1 || w.inputs[i+1].Owner() != w.inputs[i].Owner()
}

// problemView lists the problems of a visited field, errors in red; what
// is only still to be written is marked ○ as in the section list, not as
// an error (model.Measure's words: lỗi, chưa điền, cảnh báo).
func (w *Wizard) problemView(owner string, pw int) []string {
	if !w.touched[owner] {
		return nil
	}
	fs := w.c.Styles.Form
	shown := w.showsOwnProblems(owner)
	var lines []string
	for i, p := range w.problems {
		if p.Field != owner || (shown && strings.HasPrefix(p.Path, "staffing") && !w.unfilled[i]) {
			continue
		}
		style, glyph := fs.Error, "✗ "
		switch {
		case p.Severity == model.Warning:
			style, glyph = fs.Warning, "! "
		case w.unfilled[i]:
			style, glyph = fs.Hint, "○ "
		}
		for _, l := range common.WrapLines(glyph+p.Message, pw-bodyIndent) {
			lines = append(lines, strings.Repeat(" ", bodyIndent)+style.Render(l))
		}
	}
	return lines
}

// showsOwnProblems reports whether the owner's input lists its problems
// itself (the staffing table, under its rows), so that they are not
// listed twice and the table keeps its room.
func (w *Wizard) showsOwnProblems(owner string) bool {
	for _, in := range w.inputs {
		if _, ok := in.(problemSetter); ok && in.Owner() == owner {
			return true
		}
	}
	return false
}

func (w *Wizard) problemLines(owner string, pw int) int {
	return len(w.problemView(owner, pw))
}

// sidebarView lists the sections with their marks and the progress bar.
// Only the rows on show are drawn, so a key costs the same whatever the
// outline's length.
func (w *Wizard) sidebarView(sw int) string {
	st := w.c.Styles.Wizard
	inner := sw - 1
	foot := []string{"", w.c.Str.ProgressLine(w.tally.Done, w.tally.Required), progressBar(w.c.Styles, inner, common.Ratio(w.tally.Done, w.tally.Required))}
	avail := max(w.height-len(foot), 1)
	cur := w.sec
	if w.sidebar {
		cur = w.side
	}
	n := len(w.outline.Sections)
	first := 0
	if n > avail {
		first = min(max(cur-avail/2, 0), n-avail)
	}
	var lines []string
	for i := first; i < min(n, first+avail); i++ {
		text := ansi.Truncate(sectionShort(w.outline.Sections[i], w.c.Str), inner-2, "…")
		row := w.mark(i) + " "
		if i == cur {
			row += st.Current.Render(text)
		} else {
			row += st.Section.Render(text)
		}
		lines = append(lines, row)
	}
	for len(lines) < avail {
		lines = append(lines, "")
	}
	lines = append(lines, foot...)
	return common.PadLines(strings.Join(lines, "\n"), sw, w.height)
}

// mark is section i's mark in the sidebar: a heading without fields gets
// "·", an optional section left empty "○".
func (w *Wizard) mark(i int) string {
	s := w.outline.Sections[i]
	if len(s.Fields) == 0 {
		return w.c.Styles.Wizard.MarkEmpty.Render("·")
	}
	if w.marks[i] == model.StatusDone && !hasRequired(s) && !anyFilled(w.report, s) {
		return markGlyph(model.StatusEmpty, w.c.Styles)
	}
	return markGlyph(w.marks[i], w.c.Styles)
}

// hasRequired reports whether a section has a required field.
func hasRequired(s model.Section) bool {
	for _, f := range s.Fields {
		if f.Required {
			return true
		}
	}
	return false
}

// anyFilled reports whether any field of the section has a value.
func anyFilled(r model.Report, s model.Section) bool {
	for _, f := range s.Fields {
		if model.Filled(r, f) {
			return true
		}
	}
	return false
}

// markGlyph is a section's mark: ○ empty, ◐ in progress, ✓ done, ✗ problems.
func markGlyph(s model.Status, st *common.Styles) string {
	switch s {
	case model.StatusDone:
		return st.Wizard.MarkDone.Render("✓")
	case model.StatusInProgress:
		return st.Wizard.MarkInProgress.Render("◐")
	case model.StatusProblems:
		return st.Wizard.MarkProblems.Render("✗")
	}
	return st.Wizard.MarkEmpty.Render("○")
}

// sectionTitle is the heading as printed, e.g. "I. Tình hình".
func sectionTitle(s model.Section, str *common.Strings) string {
	h := s.Heading
	if h == "" {
		h = str.SectionNames(s.ID)
	}
	if s.Number == "" {
		return h
	}
	sep := ". "
	if s.Level == 3 {
		sep = ") "
	}
	return s.Number + sep + h
}

// sectionShort is the sidebar's label: indented by level.
func sectionShort(s model.Section, str *common.Strings) string {
	indent := ""
	if s.Level > 1 {
		indent = strings.Repeat(" ", s.Level-1)
	}
	return indent + sectionTitle(s, str)
}

// progressBar draws a bar width cells wide, filled to fraction f.
func progressBar(st *common.Styles, width int, f float64) string {
	full := int(f*float64(width) + 0.5)
	return st.Wizard.MarkDone.Render(strings.Repeat("█", full)) + st.App.Subtle.Render(strings.Repeat("░", width-full))
}
