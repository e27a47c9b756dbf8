package ui

import (
	"sort"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/ui/common"
)

// Review lists every problem of the report grouped by section, errors
// first; enter goes to the field.
type Review struct {
	c        common.Common
	keys     common.ListKeyMap
	outline  model.Outline
	problems []model.Problem
	cur      int
	width    int
	height   int
}

var _ common.Component = (*Review)(nil)

// NewReview sorts the problems by section (in outline order), errors first.
func NewReview(c common.Common, o model.Outline, ps []model.Problem) *Review {
	order := map[string]int{}
	for i, s := range o.Sections {
		order[s.ID] = i
	}
	sorted := append([]model.Problem(nil), ps...)
	sort.SliceStable(sorted, func(i, j int) bool {
		a, b := sectionOrder(order, sorted[i]), sectionOrder(order, sorted[j])
		if a != b {
			return a < b
		}
		return sorted[i].Severity < sorted[j].Severity
	})
	return &Review{c: c, keys: common.DefaultListKeyMap(*c.Str), outline: o, problems: sorted, width: c.Width, height: c.Height}
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
		return common.CmdOf(common.JumpMsg{Section: p.Section, Field: p.Field})
	}
	return nil
}

// View draws the counts and the grouped list, scrolled to the cursor.
func (v *Review) View() string {
	st := v.c.Styles.Review
	errs, warns := model.Count(v.problems)
	if errs+warns == 0 {
		text := strings.Join(wrapStyled(st.Clean.Render, v.c.Str.NoProblems, v.width), "\n")
		return common.FitLines(text, v.width, v.height)
	}
	lines := []string{st.Section.Render(v.c.Str.ProblemSummary(errs, warns)), ""}
	at, section := 0, "\x00"
	for i, p := range v.problems {
		if p.Section != section {
			section = p.Section
			lines = append(lines, st.Section.Render(v.sectionName(section)))
		}
		style, glyph := st.Error, "✗ "
		if p.Severity == model.Warning {
			style, glyph = st.Warning, "! "
		}
		if i == v.cur {
			style, at = st.Selected, len(lines)
		}
		for j, l := range common.WrapLines(glyph+p.Message, v.width-2) {
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
