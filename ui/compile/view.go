package compile

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/baocao/baocao/ui/common"
)

// View draws the form, the progress bar or the result. The root's title
// line names the screen; a question, the progress or an error comes right
// under the count of marked drafts, so that it shows in a small window.
func (m *Model) View() string {
	st := m.c.Styles
	lines := []string{m.s.Marked(len(m.ids))}
	if m.stage == stageDone {
		lines = append(lines, m.result()...)
		return common.FitLines(strings.Join(lines, "\n"), m.width, m.height)
	}
	switch m.stage {
	case stageBusy:
		lines = append(lines, m.busyText(), " "+m.bar.ViewAs(common.Ratio(m.done, m.total)))
	case stageOverwrite:
		lines = append(lines, wrap(st.Form.Warning.Render, m.c.Str.ConfirmOverwrite(m.inputs[2].Value()), m.width)...)
	}
	if m.err != "" {
		lines = append(lines, wrap(st.Form.Error.Render, m.err, m.width)...)
	}
	m.formTop = len(lines) + 1
	lines = append(lines, "")
	for i, in := range m.inputs {
		label := st.Form.Label.Render(in.Field().Label)
		if i == m.focus && m.stage == stageEdit {
			label = st.Form.LabelFocused.Render(in.Field().Label)
		}
		lines = append(lines, label, "  "+in.View(i == m.focus && m.stage == stageEdit))
	}
	return common.FitLines(strings.Join(lines, "\n"), m.width, m.height)
}

func (m *Model) busyText() string {
	if m.done < m.total {
		return fmt.Sprintf("%s %d/%d", m.s.Reading, m.done, m.total)
	}
	return m.s.Writing
}

// result is the summary, then the inconsistencies and skipped drafts,
// scrolled to fit.
func (m *Model) result() []string {
	st := m.c.Styles
	var head []string
	for _, l := range wrapPath(m.doneText(), m.path, max(m.width, 1)) {
		head = append(head, st.App.Status.Render(l))
	}
	var body []string
	if len(m.res.Issues) == 0 && len(m.res.Skipped) == 0 {
		body = append(body, m.s.NoIssues)
	} else {
		body = append(body, m.s.IssuesHead)
	}
	for _, is := range m.res.Issues {
		body = append(body, wrap(st.Form.Warning.Render, "• "+is.Kind.Label()+": "+is.Unit+": "+is.Message, m.width)...)
	}
	for _, s := range m.res.Skipped {
		body = append(body, wrap(st.Form.Error.Render, "✗ "+m.s.Skipped+": "+s.Error(), m.width)...)
	}
	room := max(m.height-1-len(head)-1, 1)
	m.scroll = min(m.scroll, max(len(body)-room, 0))
	end := min(m.scroll+room, len(body))
	return append(append(head, ""), body[m.scroll:end]...)
}

func wrap(render func(...string) string, text string, width int) []string {
	lines := common.WrapLines(text, max(width, 1))
	for i, l := range lines {
		lines[i] = render(l)
	}
	return lines
}

// Title names the screen on the title line.
func (m *Model) Title() string { return m.s.Title }

// Cursor places the terminal cursor in the focused input.
func (m *Model) Cursor() *tea.Cursor {
	if !m.Typing() {
		return nil
	}
	c := m.inputs[m.focus].Cursor()
	if c == nil {
		return nil
	}
	out := *c
	out.X += 2
	out.Y += m.formTop + 2*m.focus + 1
	return &out
}

// ShortHelp lists the main keys of the stage.
func (m *Model) ShortHelp() []key.Binding {
	switch m.stage {
	case stageOverwrite:
		return []key.Binding{m.keys.Yes, m.keys.No}
	case stageDone:
		return []key.Binding{m.keys.Open, m.keys.Up}
	case stageBusy:
		return nil
	}
	return []key.Binding{m.keys.Next, m.keys.Submit}
}

// FullHelp lists every key.
func (m *Model) FullHelp() [][]key.Binding {
	return [][]key.Binding{{m.keys.Next, m.keys.Prev, m.keys.Submit}, {m.keys.Open, m.keys.Up, m.keys.Down}}
}
