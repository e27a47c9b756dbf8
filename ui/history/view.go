package history

import (
	"maps"
	"slices"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/baocao/baocao/model/diff"
	"github.com/baocao/baocao/ui/common"
)

// The marks of changed words: in colour, and in brackets too, so that they
// show on a terminal without colour and read the same as the CLI's.
var (
	styleDeleted  = lipgloss.NewStyle().Foreground(lipgloss.Color("1")).Strikethrough(true)
	styleInserted = lipgloss.NewStyle().Foreground(lipgloss.Color("2")).Underline(true)
)

// View draws the list, a revision's page or its comparison, and the
// restore confirmation under it.
func (m *Model) View() string {
	st := m.c.Styles.Drafts
	var lines []string
	switch {
	case !m.loaded:
		lines = append(lines, m.s.Loading)
	case m.store == nil:
		lines = append(lines, st.Empty.Render(m.s.NoStore))
	case m.err != nil:
		lines = append(lines, common.WrapStyled(m.c.Styles.App.StatusError.Render, m.c.Str.StoreError(m.err), m.width)...)
	default:
		lines = m.body()
	}
	if m.confirm {
		if e, ok := m.entry(m.selectedRev()); ok {
			tail := append([]string{""}, common.WrapStyled(st.Confirm.Render, m.s.ConfirmRestore(e.Rev, e.Saved), m.width)...)
			lines = strings.Split(strings.Join(lines, "\n"), "\n") // the page is one string of many lines
			lines = append(lines[:min(len(lines), max(m.height-len(tail), 0))], tail...)
		}
	}
	return common.FitLines(strings.Join(lines, "\n"), m.width, m.height)
}

func (m *Model) body() []string {
	st := m.c.Styles.Drafts
	if m.mode != modeList {
		head := st.Meta.Render(ansi.Truncate(m.modeHeading(), m.width, "…"))
		return []string{head, m.vp.View()}
	}
	title := m.draft.Info.Title
	lines := []string{st.Meta.Render(ansi.Truncate(m.s.Heading(m.show.ID, title, len(m.entries)), m.width, "…")), ""}
	if len(m.entries) == 0 {
		return append(lines, st.Empty.Render(m.s.NoRevisions))
	}
	return append(lines, m.rows(m.height-len(lines))...)
}

func (m *Model) modeHeading() string {
	e, _ := m.entry(m.rev)
	if m.mode == modePage {
		return m.s.Viewing(m.rev, e.Saved)
	}
	return m.s.Compared(m.rev, m.cmp)
}

func (m *Model) entry(rev uint64) (Entry, bool) {
	for _, e := range m.entries {
		if e.Rev == rev {
			return e, true
		}
	}
	return Entry{}, false
}

// rows draws only the revisions that fit in height lines, two lines each.
func (m *Model) rows(height int) []string {
	st := m.c.Styles.Drafts
	top, end := common.VisibleRange(len(m.entries), m.cur, 2, height)
	var out []string
	for i := top; i < end; i++ {
		e := m.entries[i]
		line := ansi.Truncate(m.s.Entry(e.Rev, e.Saved, e.Done, e.Required), m.width-2, "…")
		if i == m.cur {
			line = st.Selected.Render("▸ " + line)
		} else {
			line = st.Item.Render("  " + line)
		}
		change, style := m.s.Change(e.Diff), st.Meta
		switch {
		case e.Err != nil:
			change, style = m.s.Unreadable, st.Problems
		case e.First:
			change = m.s.Oldest
		}
		out = append(out, line, style.Render(ansi.Truncate("  "+change, m.width, "…")))
	}
	return out
}

// layout fills the viewport with the page or the comparison, when the
// width changed or another revision was opened.
func (m *Model) layout() {
	m.vp.SetWidth(m.width)
	m.vp.SetHeight(max(m.height-1, 1))
	if m.mode == modeList || m.laidFor == m.width {
		return
	}
	m.laidFor = m.width
	switch {
	case m.mode == modeCompare:
		m.vp.SetContent(strings.Join(m.compareLines(), "\n"))
	case m.outline.ID == "":
		m.vp.SetContent(strings.Join(m.answerLines(), "\n"))
	case m.c.Svc.Export == nil:
		m.vp.SetContent(m.c.Str.NoExporter)
	default:
		m.vp.SetContent(m.c.Svc.Export.Page(m.report, m.outline, m.c.Svc.Rules, m.width))
	}
}

// answerLines shows a revision whose outline is not installed (the file
// was removed or renamed) field by field, so that its words stay visible.
func (m *Model) answerLines() []string {
	out := common.WrapLines(m.s.NoOutline(m.report.Outline), m.width)
	for _, id := range slices.Sorted(maps.Keys(m.report.Answers)) {
		a := m.report.Answers[id]
		out = append(out, "", m.c.Styles.Wizard.Heading.Render(ansi.Truncate(id, m.width, "…")))
		out = append(out, common.WrapLines(a.Text, m.width)...)
		for _, item := range a.Items {
			out = append(out, common.WrapLines("- "+item, m.width)...)
		}
	}
	return out
}

// compareLines draws the comparison section by section: the section's
// heading, then each changed paragraph under its field's label with the
// changed words marked.
func (m *Model) compareLines() []string {
	d := m.cmp
	if d.Empty() {
		return common.WrapLines(m.s.NoChange, m.width)
	}
	st := m.c.Styles
	var out []string
	for _, sec := range d.Sections {
		head := sec.Label
		if sec.Heading != "" && sec.Heading != sec.Label {
			head += " · " + sec.Heading
		}
		out = append(out, "", st.Wizard.Heading.Render(ansi.Truncate(head, m.width, "…")))
		field := ""
		for _, p := range sec.Paras {
			if p.Field != field {
				field = p.Field
				out = append(out, st.Drafts.Meta.Render(ansi.Truncate("  "+field+":", m.width, "…")))
			}
			for _, l := range common.WrapLines(marked(p), max(m.width-4, 1)) {
				out = append(out, "    "+l)
			}
		}
	}
	return out[1:]
}

// marked writes a paragraph with its changed words styled and bracketed:
// "[-removed-]" and "{+added+}"; a paragraph added or removed whole is
// marked whole.
func marked(p diff.Para) string {
	var b strings.Builder
	for _, part := range p.Parts {
		switch part.Op {
		case diff.Delete:
			b.WriteString(styleDeleted.Render("[-" + part.Text + "-]"))
		case diff.Insert:
			b.WriteString(styleInserted.Render("{+" + part.Text + "+}"))
		default:
			b.WriteString(part.Text)
		}
	}
	return b.String()
}
