package newdraft

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/baocao/baocao/ui/common"
)

// labelColumn is the width of the labels when they fit beside the inputs.
const labelColumn = 24

// View draws the form, scrolled to the focused input.
func (m *Model) View() string {
	lines, at := m.formLines()
	msg := m.messageLines()
	h := m.formHeight(msg)
	top := m.top(lines, at, h)
	view := append(lines[top:min(top+h, len(lines))], msg...)
	return common.FitLines(strings.Join(view, "\n"), m.width, m.height)
}

// formHeight is how many lines of the form fit above the messages msg,
// which stay in view at the bottom however small the screen (a question
// asked back on ctrl+s must be seen); at least three when the screen has
// them, and the messages are cut instead.
func (m *Model) formHeight(msg []string) int {
	return max(m.height-len(msg), min(m.height, 3))
}

// top is the first line of the form shown in h lines: the focused input
// kept near the middle.
func (m *Model) top(lines []string, at, h int) int {
	if len(lines) <= h {
		return 0
	}
	return min(max(at-h/2, 0), len(lines)-h)
}

// formLines draws every row and returns the line of the focused input.
func (m *Model) formLines() (lines []string, at int) {
	fs := m.c.Styles.Form
	lines = []string{m.c.Styles.App.Title.Render(m.c.Str.NewDraftTitle), ""}
	for i, in := range m.inputs {
		style := fs.Label
		if i == m.focus {
			style, at = fs.LabelFocused, len(lines)
		}
		label := ansi.Truncate(in.Field().Label, labelColumn-2, "…")
		body := strings.Split(in.View(i == m.focus), "\n")
		if i == m.focus && m.fresh {
			body = []string{fs.OptionChosen.Render(ansi.Truncate(inputValue(in), m.inputWidth(), "…"))}
		}
		if m.wide() {
			lines = append(lines, style.Render(padRight(label, labelColumn))+body[0])
			for _, b := range body[1:] {
				lines = append(lines, strings.Repeat(" ", labelColumn)+b)
			}
			continue
		}
		lines = append(lines, style.Render(label))
		for _, b := range body {
			lines = append(lines, "  "+b)
		}
	}
	return lines, at
}

// messageLines are the form's error and its question, if any, each after
// a blank line, wrapped to the width.
func (m *Model) messageLines() []string {
	var lines []string
	for _, msg := range []struct {
		text   string
		render func(...string) string
	}{{m.err, m.c.Styles.Form.Error.Render}, {m.confirmText(), m.c.Styles.Form.Warning.Render}} {
		if msg.text == "" {
			continue
		}
		lines = append(lines, "")
		for _, l := range common.WrapLines(msg.text, m.width) {
			lines = append(lines, msg.render(l))
		}
	}
	return lines
}

func (m *Model) confirmText() string {
	if !m.confirm {
		return ""
	}
	return m.t.ConfirmLeave
}

// Cursor places the terminal cursor in the focused input.
func (m *Model) Cursor() *tea.Cursor {
	c := m.inputs[m.focus].Cursor()
	if c == nil || m.confirm {
		return nil
	}
	lines, at := m.formLines()
	h := m.formHeight(m.messageLines())
	top := m.top(lines, at, h)
	out := *c
	if m.wide() {
		out.X += labelColumn
		out.Y += at - top
	} else {
		out.X += 2
		out.Y += at + 1 - top
	}
	if out.Y < 0 || out.Y >= h {
		return nil
	}
	return &out
}

// padRight pads s with spaces to width cells.
func padRight(s string, width int) string {
	if w := ansi.StringWidth(s); w < width {
		return s + strings.Repeat(" ", width-w)
	}
	return s
}

// ShortHelp lists the main keys.
func (m *Model) ShortHelp() []key.Binding {
	if m.confirm {
		return []key.Binding{m.keys.Yes, m.keys.No}
	}
	return []key.Binding{m.keys.Next, m.keys.Left, m.keys.Submit}
}

// FullHelp lists every key.
func (m *Model) FullHelp() [][]key.Binding {
	if m.confirm {
		return [][]key.Binding{{m.keys.Yes, m.keys.No}}
	}
	return [][]key.Binding{{m.keys.Next, m.keys.Prev}, {m.keys.Left, m.keys.Submit}, {m.fromFile}}
}
