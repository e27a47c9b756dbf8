package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/baocao/baocao/model"
)

// input is one editable value of a form: a one-line input, a multi-line
// editor, a choice or the staffing table. It reads its value from a report
// (Load) and writes it back (Apply) only when the clerk changed it, so
// applying is cheap and never undoes an explicit "Không".
type input interface {
	Field() model.Field
	// Owner is the outline field its problems belong to.
	Owner() string
	Load(r model.Report)
	Apply(r *model.Report) bool
	Focus() tea.Cmd
	Blur()
	Update(msg tea.Msg) tea.Cmd
	View(focused bool) string
	SetSize(width, height int)
	Cursor() *tea.Cursor
	// Typing reports whether plain letters are text for this input.
	Typing() bool
	// Tall reports whether the input grows with the space it is given.
	Tall() bool
}

// inputEnv is what inputs need to draw themselves.
type inputEnv struct {
	st  *Styles
	str *Strings
}

// newInput builds the input for one outline field; the signature field is
// built by signerInputs and the staffing table by newStaffingInput.
func newInput(env inputEnv, f model.Field, owner string) input {
	switch f.Kind {
	case model.FieldChoice:
		return newChoiceInput(env, f, owner)
	case model.FieldNarrative, model.FieldBullets, model.FieldRecipients:
		return newAreaInput(env, f, owner)
	}
	return newLineInput(env, f, owner)
}

// lineInput edits a one-line text, date or number.
type lineInput struct {
	env     inputEnv
	f       model.Field
	owner   string
	ed      textEditor
	applied uint64 // the editor's version last written to the report
	width   int
}

func newLineInput(env inputEnv, f model.Field, owner string) *lineInput {
	in := &lineInput{env: env, f: f, owner: owner, ed: newLineEditor()}
	in.ed.SetPlaceholder(f.Hint)
	return in
}

func (in *lineInput) Field() model.Field       { return in.f }
func (in *lineInput) Owner() string            { return in.owner }
func (in *lineInput) Focus() tea.Cmd           { return in.ed.Focus() }
func (in *lineInput) Blur()                    { in.ed.Blur() }
func (in *lineInput) Cursor() *tea.Cursor      { return in.ed.Cursor() }
func (in *lineInput) Typing() bool             { return true }
func (in *lineInput) Tall() bool               { return false }
func (in *lineInput) Update(m tea.Msg) tea.Cmd { return in.ed.Update(m) }

func (in *lineInput) Load(r model.Report) {
	in.ed.SetValue(r.Text(in.f))
	in.applied = in.ed.Version()
}

func (in *lineInput) Apply(r *model.Report) bool {
	if in.ed.Version() == in.applied {
		return false
	}
	r.SetText(in.f, in.ed.Value())
	in.applied = in.ed.Version()
	return true
}

func (in *lineInput) SetSize(width, _ int) {
	if max(width, 4) == in.width {
		return
	}
	in.width = max(width, 4)
	in.ed.SetSize(in.width, 1)
}

func (in *lineInput) View(focused bool) string {
	if focused {
		return in.ed.View()
	}
	return blurredLine(in.env, in.ed.Value(), in.f.Hint, in.width)
}

// blurredLine draws a value that does not have focus, or its placeholder.
func blurredLine(env inputEnv, value, hint string, width int) string {
	if strings.TrimSpace(value) == "" {
		if hint == "" {
			hint = env.str.Empty
		}
		return env.st.Form.Placeholder.Render(ansi.Truncate(hint, width, "…"))
	}
	return env.st.Form.Value.Render(ansi.Truncate(value, width, "…"))
}

// areaInput edits a narrative, a bullet list or the recipients, one item a
// line.
type areaInput struct {
	env     inputEnv
	f       model.Field
	owner   string
	ed      textEditor
	applied uint64
	preview string
	focused bool
	width   int
	height  int
}

// previewLines is how many lines a multi-line field shows without focus.
const previewLines = 3

func newAreaInput(env inputEnv, f model.Field, owner string) *areaInput {
	in := &areaInput{env: env, f: f, owner: owner, ed: newTextEditor()}
	in.ed.SetPlaceholder(f.Hint)
	return in
}

func (in *areaInput) Field() model.Field  { return in.f }
func (in *areaInput) Owner() string       { return in.owner }
func (in *areaInput) Focus() tea.Cmd      { in.focused = true; return in.ed.Focus() }
func (in *areaInput) Cursor() *tea.Cursor { return in.ed.Cursor() }
func (in *areaInput) Typing() bool        { return true }
func (in *areaInput) Tall() bool          { return true }

func (in *areaInput) Update(m tea.Msg) tea.Cmd { return in.ed.Update(m) }

func (in *areaInput) Blur() {
	in.focused = false
	in.ed.Blur()
	in.refreshPreview()
}

func (in *areaInput) Load(r model.Report) {
	if in.f.Kind == model.FieldRecipients {
		in.ed.SetValue(strings.Join(r.Recipients, "\n"))
	} else {
		in.ed.SetValue(r.Text(in.f))
	}
	in.applied = in.ed.Version()
	in.refreshPreview()
}

func (in *areaInput) Apply(r *model.Report) bool {
	if in.ed.Version() == in.applied {
		return false
	}
	v := in.ed.Value()
	if in.f.Kind == model.FieldRecipients {
		r.Recipients = model.SplitItems(model.Clean(v))
	} else {
		r.SetText(in.f, v)
	}
	in.applied = in.ed.Version()
	return true
}

func (in *areaInput) SetSize(width, height int) {
	width, height = max(width, 4), max(height, 1)
	if width == in.width && height == in.height {
		return
	}
	in.width, in.height = width, height
	in.ed.SetSize(in.width, in.height)
	if !in.focused {
		in.refreshPreview()
	}
}

func (in *areaInput) View(focused bool) string {
	if focused {
		return in.ed.View()
	}
	return in.preview
}

// refreshPreview wraps the start of the text for the blurred view; only the
// first few hundred characters are looked at, whatever the text's length.
func (in *areaInput) refreshPreview() {
	v := in.ed.Value()
	if strings.TrimSpace(v) == "" {
		in.preview = blurredLine(in.env, "", in.f.Hint, in.width)
		return
	}
	if len(v) > 1024 {
		v = v[:1024]
	}
	lines := strings.Split(ansi.Wrap(v, in.width, ""), "\n")
	if len(lines) > previewLines {
		lines = lines[:previewLines]
		lines[previewLines-1] = ansi.Truncate(lines[previewLines-1]+" …", in.width, "…")
	}
	in.preview = in.env.st.Form.Value.Render(strings.Join(lines, "\n"))
}

// choiceInput picks one of a field's options with ←/→ or space.
type choiceInput struct {
	env     inputEnv
	f       model.Field
	owner   string
	values  []string
	labels  []string
	idx     int // -1: nothing chosen yet
	applied int
	width   int
	focused bool
	keys    FormKeyMap
}

func newChoiceInput(env inputEnv, f model.Field, owner string) *choiceInput {
	in := &choiceInput{env: env, f: f, owner: owner, idx: -1, width: 20, keys: DefaultFormKeyMap(*env.str)}
	for _, opt := range f.Options {
		v, l := model.SplitOption(opt)
		in.values = append(in.values, v)
		in.labels = append(in.labels, l)
	}
	return in
}

func (in *choiceInput) Field() model.Field   { return in.f }
func (in *choiceInput) Owner() string        { return in.owner }
func (in *choiceInput) Focus() tea.Cmd       { in.focused = true; return nil }
func (in *choiceInput) Blur()                { in.focused = false }
func (in *choiceInput) Cursor() *tea.Cursor  { return nil }
func (in *choiceInput) Typing() bool         { return false }
func (in *choiceInput) Tall() bool           { return false }
func (in *choiceInput) SetSize(width, _ int) { in.width = max(width, 4) }
func (in *choiceInput) Value() string        { return in.valueAt(in.idx) }
func (in *choiceInput) valueAt(i int) string {
	if i < 0 || i >= len(in.values) {
		return ""
	}
	return in.values[i]
}

func (in *choiceInput) Load(r model.Report) {
	in.setValue(r.Text(in.f))
	in.applied = in.idx
}

// setValue selects the option with the value, or none.
func (in *choiceInput) setValue(v string) {
	in.idx = -1
	for i, val := range in.values {
		if val == v {
			in.idx = i
		}
	}
}

func (in *choiceInput) Apply(r *model.Report) bool {
	if in.idx == in.applied || in.idx < 0 {
		return false
	}
	r.SetText(in.f, in.values[in.idx])
	in.applied = in.idx
	return true
}

func (in *choiceInput) Update(msg tea.Msg) tea.Cmd {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok || len(in.values) == 0 {
		return nil
	}
	switch {
	case key.Matches(k, in.keys.Left):
		in.idx = (max(in.idx, 0) + len(in.values) - 1) % len(in.values)
	case key.Matches(k, in.keys.Right):
		in.idx = (in.idx + 1) % len(in.values)
	}
	return nil
}

func (in *choiceInput) View(focused bool) string {
	if !focused {
		if in.idx < 0 {
			return blurredLine(in.env, "", in.env.str.NotChosen, in.width)
		}
		return blurredLine(in.env, in.labels[in.idx], "", in.width)
	}
	var lines []string
	line := ""
	for i, l := range in.labels {
		l = ansi.Truncate(" "+l+" ", in.width, "… ")
		tok := in.env.st.Form.Option.Render(l)
		if i == in.idx {
			tok = in.env.st.Form.OptionChosen.Render(l)
		}
		if line != "" && ansi.StringWidth(line)+ansi.StringWidth(tok) > in.width {
			lines = append(lines, line)
			line = ""
		}
		line += tok
	}
	lines = append(lines, line)
	return strings.Join(lines, "\n")
}
