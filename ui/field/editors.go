package field

import (
	tea "charm.land/bubbletea/v2"

	"github.com/baocao/baocao/ui/editor"
)

// textEditor is the editor of every text Input, one-line or multi-line.
// newTextEditor and newLineEditor are the one place that picks its
// implementation.
type textEditor interface {
	Value() string
	SetValue(s string)
	// Version grows with every change of the text.
	Version() uint64
	Focus() tea.Cmd
	Blur()
	SetSize(width, height int)
	Update(msg tea.Msg) tea.Cmd
	View() string
	Cursor() *tea.Cursor
	// SetPlaceholder sets the faint text shown while the editor is empty.
	SetPlaceholder(s string)
}

// newTextEditor returns a multi-line editor whose cost per key does not grow
// with the text's length.
func newTextEditor() textEditor {
	return &flatEditor{m: editor.New()}
}

// newLineEditor returns a one-line editor.
func newLineEditor() textEditor {
	return &flatEditor{m: editor.New(editor.WithOneLine())}
}

// flatEditor adapts editor.Model to textEditor.
type flatEditor struct{ m editor.Model }

func (e *flatEditor) Value() string             { return e.m.Value() }
func (e *flatEditor) SetValue(s string)         { e.m.SetValue(s) }
func (e *flatEditor) Version() uint64           { return e.m.Version() }
func (e *flatEditor) Focus() tea.Cmd            { return e.m.Focus() }
func (e *flatEditor) Blur()                     { e.m.Blur() }
func (e *flatEditor) SetSize(width, height int) { e.m.SetSize(width, height) }
func (e *flatEditor) View() string              { return e.m.View() }
func (e *flatEditor) Cursor() *tea.Cursor       { return e.m.Cursor() }
func (e *flatEditor) SetPlaceholder(s string)   { e.m.Placeholder = s }

func (e *flatEditor) Update(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	e.m, cmd = e.m.Update(msg)
	return cmd
}
