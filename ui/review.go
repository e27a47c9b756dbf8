package ui

import (
	"sort"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/ui/common"
)

// Review lists every problem of the report grouped by section, errors
// first, then what is still to be written ("chưa điền", to-dos, which are
// not errors), then warnings; enter goes to the field.
type Review struct {
	c        common.Common
	keys     common.ListKeyMap
	outline  model.Outline
	problems []model.Problem
	unfilled []bool // parallel to problems: model.UnfilledFlags
	tally    model.Tally
	cur      int
	width    int
	height   int
}

var _ common.Component = (*Review)(nil)

// NewReview sorts the problems by section (in outline order), then errors,
// to-dos and warnings.
func NewReview(c common.Common, r model.Report, o model.Outline, ps []model.Problem) *Review {
	order := map[string]int{}
	for i, s := range o.Sections {
		order[s.ID] = i
	}
	unfilled := model.UnfilledFlags(r, o, ps)
	idx := make([]int, len(ps))
	for i := range idx {
		idx[i] = i
	}
	rank := func(i int) int {
		switch {
		case ps[i].Severity == model.Warning:
			return 2
		case unfilled[i]:
			return 1
		}
		return 0
	}
	sort.SliceStable(idx, func(a, b int) bool {
		sa, sb := sectionOrder(order, ps[idx[a]]), sectionOrder(order, ps[idx[b]])
		if sa != sb {
			return sa < sb
		}
		return rank(idx[a]) < rank(idx[b])
	})
	v := &Review{c: c, keys: common.DefaultListKeyMap(*c.Str), outline: o, tally: model.Measure(r, o, ps), width: c.Width, height: c.Height}
	for _, i := range idx {
		v.problems = append(v.problems, ps[i])
		v.unfilled = append(v.unfilled, unfilled[i])
	}
	return v
}

// sectionOrder puts problems that belong to no section last.
func sectionOrder(order map[string]int, p model.Problem) int {
	if i, ok := order[p.Section]; ok {
		return i
	}
	return len(order)
}

// SetSize sets the drawing area.
func (v *Review) SetSize(width, height int) { v.width, v.height = width, height }

// Update moves the cursor and jumps to a problem's field.
func (v *Review) Update(msg tea.Msg) tea.Cmd {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok || len(v.problems) == 0 {
		return nil
	}
	switch {
	case key.Matches(k, v.keys.Up):
		v.cur = max(v.cur-1, 0)
	case key.Matches(k, v.keys.Down):
		v.cur = min(v.cur+1, len(v.problems)-1)
	case key.Matches(k, v.keys.Top):
		v.cur = 0
	case key.Matches(k, v.keys.Bottom):
		v.cur = len(v.problems) - 1
	case key.Matches(k, v.keys.Enter):
		p := v.problems[v.cur]
		return common.CmdOf(common.JumpMsg{Section: p.Section, Field: p.Field, Path: p.Path})
	}
	return nil
}

// View draws the counts and the grouped list, scrolled to the cursor. Every
// line fits the width: section titles are cut with "…", messages wrap.
func (v *Review) View() string {
	st := v.c.Styles.Review
	if len(v.problems) == 0 {
		text := strings.Join(common.WrapStyled(st.Clean.Render, v.c.Str.NoProblems, v.width), "\n")
		return common.FitLines(text, v.width, v.height)
	}
	var lines []string
	if v.tally.Errors+v.tally.Warnings > 0 || v.tally.Unfilled == 0 {
		lines = append(lines, common.WrapStyled(st.Section.Render, v.c.Str.ProblemSummary(v.tally.Errors, v.tally.Warnings), v.width)...)
	}
	if v.tally.Unfilled > 0 {
		lines = append(lines, common.WrapStyled(st.Section.Render, v.c.Str.UnfilledSummary(v.tally.Unfilled), v.width)...)
	}
	lines = append(lines, "")
	at, section := 0, "\x00"
	for i, p := range v.problems {
		if p.Section != section {
			section = p.Section
			lines = append(lines, st.Section.Render(ansi.Truncate(v.sectionName(section), v.width, "…")))
		}
		style, glyph := st.Error, "✗ "
		switch {
		case p.Severity == model.Warning:
			style, glyph = st.Warning, "! "
		case v.unfilled[i]:
			style, glyph = v.c.Styles.App.Subtle, "○ "
		}
		if i == v.cur {
			style, at = st.Selected, len(lines)
		}
		for j, l := range common.WrapLines(glyph+p.Message, max(v.width-4, 1)) {
			if j > 0 {
				l = "  " + l
			}
			lines = append(lines, "  "+style.Render(l))
		}
	}
	return common.FitLines(strings.Join(common.ScrollWindow(lines, at, v.height), "\n"), v.width, v.height)
}

func (v *Review) sectionName(id string) string {
	if s, ok := v.outline.Section(id); ok {
		return sectionTitle(s, v.c.Str)
	}
	return v.c.Str.WholeReport
}

// ShortHelp lists the main keys.
func (v *Review) ShortHelp() []key.Binding {
	return []key.Binding{v.keys.Up, v.keys.Down, v.keys.Enter}
}

// FullHelp lists every key.
func (v *Review) FullHelp() [][]key.Binding {
	return [][]key.Binding{{v.keys.Up, v.keys.Down}, {v.keys.Top, v.keys.Bottom, v.keys.Enter}}
}
