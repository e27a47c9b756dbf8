package field

import (
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/ui/common"
)

// Input is one editable value of a form: a one-line Input, a multi-line
// editor, a choice or the staffing table. It reads its value from a report
// (Load) and writes it back (Apply) only when the clerk changed it, so
// applying is cheap and never undoes an explicit "Không".
type Input interface {
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
	// Typing reports whether plain letters are text for this Input.
	Typing() bool
	// Tall reports whether the Input grows with the space it is given.
	Tall() bool
}

// Env is what inputs need to draw themselves.
type Env struct {
	St  *common.Styles
	Str *common.Strings
}

// New builds the Input for one outline field; the signature field is
// built by Signer and the staffing table by NewStaffing.
func New(env Env, f model.Field, owner string) Input {
	switch f.Kind {
	case model.FieldChoice:
		return NewChoice(env, f, owner)
	case model.FieldNarrative, model.FieldBullets, model.FieldRecipients:
		return NewArea(env, f, owner)
	}
	return NewLine(env, f, owner)
}

// LineInput edits a one-line text, date or number.
type LineInput struct {
	env     Env
	f       model.Field
	owner   string
	ed      textEditor
	applied uint64 // the editor's version last written to the report
	width   int
}

func NewLine(env Env, f model.Field, owner string) *LineInput {
	in := &LineInput{env: env, f: f, owner: owner, ed: newLineEditor()}
	in.ed.SetPlaceholder(f.Hint)
	return in
}

// Value is the text in the editor.
func (in *LineInput) Value() string { return in.ed.Value() }

// SetValue replaces the text in the editor.
func (in *LineInput) SetValue(v string) { in.ed.SetValue(v) }

func (in *LineInput) Field() model.Field       { return in.f }
func (in *LineInput) Owner() string            { return in.owner }
func (in *LineInput) Focus() tea.Cmd           { return in.ed.Focus() }
func (in *LineInput) Blur()                    { in.ed.Blur() }
func (in *LineInput) Cursor() *tea.Cursor      { return in.ed.Cursor() }
func (in *LineInput) Typing() bool             { return true }
func (in *LineInput) Tall() bool               { return false }
func (in *LineInput) Update(m tea.Msg) tea.Cmd { return in.ed.Update(m) }

func (in *LineInput) Load(r model.Report) {
	in.ed.SetValue(r.Text(in.f))
	in.applied = in.ed.Version()
}

func (in *LineInput) Apply(r *model.Report) bool {
	if in.ed.Version() == in.applied {
		return false
	}
	r.SetText(in.f, in.ed.Value())
	in.applied = in.ed.Version()
	return true
}

func (in *LineInput) SetSize(width, _ int) {
	if max(width, 4) == in.width {
		return
	}
	in.width = max(width, 4)
	in.ed.SetSize(in.width, 1)
}

func (in *LineInput) View(focused bool) string {
	if focused {
		return in.ed.View()
	}
	return blurredLine(in.env, in.ed.Value(), in.f.Hint, in.width)
}

// blurredLine draws a value that does not have focus, or its placeholder.
func blurredLine(env Env, value, hint string, width int) string {
	if strings.TrimSpace(value) == "" {
		if hint == "" {
			hint = env.Str.Empty
		}
		return env.St.Form.Placeholder.Render(ansi.Truncate(hint, width, "…"))
	}
	return env.St.Form.Value.Render(ansi.Truncate(value, width, "…"))
}

// AreaInput edits a narrative, a bullet list or the recipients, one item a
// line.
type AreaInput struct {
	env     Env
	f       model.Field
	owner   string
	ed      textEditor
	applied uint64
	preview string
	focused bool
	width   int
	height  int
}

// PreviewLines is how many lines a multi-line field shows without focus.
const PreviewLines = 3

func NewArea(env Env, f model.Field, owner string) *AreaInput {
	in := &AreaInput{env: env, f: f, owner: owner, ed: newTextEditor()}
	in.ed.SetPlaceholder(f.Hint)
	return in
}

func (in *AreaInput) Field() model.Field  { return in.f }
func (in *AreaInput) Owner() string       { return in.owner }
func (in *AreaInput) Focus() tea.Cmd      { in.focused = true; return in.ed.Focus() }
func (in *AreaInput) Cursor() *tea.Cursor { return in.ed.Cursor() }
func (in *AreaInput) Typing() bool        { return true }
func (in *AreaInput) Tall() bool          { return true }

func (in *AreaInput) Update(m tea.Msg) tea.Cmd { return in.ed.Update(m) }

func (in *AreaInput) Blur() {
	in.focused = false
	in.ed.Blur()
	in.refreshPreview()
}

func (in *AreaInput) Load(r model.Report) {
	if in.f.Kind == model.FieldRecipients {
		in.ed.SetValue(strings.Join(r.Recipients, "\n"))
	} else {
		in.ed.SetValue(r.Text(in.f))
	}
	in.applied = in.ed.Version()
	in.refreshPreview()
}

func (in *AreaInput) Apply(r *model.Report) bool {
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

func (in *AreaInput) SetSize(width, height int) {
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

func (in *AreaInput) View(focused bool) string {
	if focused {
		return in.ed.View()
	}
	return in.preview
}

// refreshPreview wraps the start of the text for the blurred view; only the
// first few hundred characters are looked at, whatever the text's length.
func (in *AreaInput) refreshPreview() {
	v := in.ed.Value()
	if strings.TrimSpace(v) == "" {
		in.preview = blurredLine(in.env, "", in.f.Hint, in.width)
		return
	}
	if len(v) > 1024 {
		v = v[:1024]
	}
	lines := strings.Split(ansi.Wrap(v, in.width, ""), "\n")
	if len(lines) > PreviewLines {
		lines = lines[:PreviewLines]
		lines[PreviewLines-1] = ansi.Truncate(lines[PreviewLines-1]+" …", in.width, "…")
	}
	in.preview = in.env.St.Form.Value.Render(strings.Join(lines, "\n"))
}

// ChoiceInput picks one of a field's options with ←/→ or space; the ends
// stop the choice rather than wrap round (from KT. to TL. unseen).
type ChoiceInput struct {
	env     Env
	f       model.Field
	owner   string
	values  []string
	labels  []string
	idx     int // -1: nothing chosen yet
	applied int
	width   int
	focused bool
	keys    common.FormKeyMap
}

func NewChoice(env Env, f model.Field, owner string) *ChoiceInput {
	in := &ChoiceInput{env: env, f: f, owner: owner, idx: -1, width: 20, keys: common.DefaultFormKeyMap(*env.Str)}
	for _, opt := range f.Options {
		v, l := model.SplitOption(opt)
		in.values = append(in.values, v)
		in.labels = append(in.labels, l)
	}
	return in
}

func (in *ChoiceInput) Field() model.Field   { return in.f }
func (in *ChoiceInput) Owner() string        { return in.owner }
func (in *ChoiceInput) Focus() tea.Cmd       { in.focused = true; return nil }
func (in *ChoiceInput) Blur()                { in.focused = false }
func (in *ChoiceInput) Cursor() *tea.Cursor  { return nil }
func (in *ChoiceInput) Typing() bool         { return false }
func (in *ChoiceInput) Tall() bool           { return false }
func (in *ChoiceInput) SetSize(width, _ int) { in.width = max(width, 4) }
func (in *ChoiceInput) Value() string        { return in.valueAt(in.idx) }

// Index is the chosen option's place, -1 when nothing is chosen.
func (in *ChoiceInput) Index() int { return in.idx }

// SetIndex chooses the option at i (-1 for none).
func (in *ChoiceInput) SetIndex(i int) { in.idx = i }
func (in *ChoiceInput) valueAt(i int) string {
	if i < 0 || i >= len(in.values) {
		return ""
	}
	return in.values[i]
}

func (in *ChoiceInput) Load(r model.Report) {
	in.setValue(r.Text(in.f))
	in.applied = in.idx
}

// SetOptions replaces the options ("value=label"), keeping the choice: a
// chosen value the new options lack stays, as a last option marked
// Strings.NotOffered, so that nothing is dropped unless the clerk chooses
// another (check reports it).
func (in *ChoiceInput) SetOptions(options []string) {
	cur, applied := in.Value(), in.valueAt(in.applied)
	in.values, in.labels = in.values[:0], in.labels[:0]
	for _, opt := range options {
		v, l := model.SplitOption(opt)
		in.values = append(in.values, v)
		in.labels = append(in.labels, l)
	}
	if cur != "" && !slices.Contains(in.values, cur) {
		in.values = append(in.values, cur)
		in.labels = append(in.labels, in.labelOf(cur)+" "+in.env.Str.NotOffered)
	}
	in.idx = -1
	if cur != "" {
		in.idx = slices.Index(in.values, cur)
	}
	in.applied = -1
	if applied != "" {
		in.applied = slices.Index(in.values, applied)
	}
}

// labelOf returns the label the field's own options give a value, or the
// value itself.
func (in *ChoiceInput) labelOf(v string) string {
	for _, opt := range in.f.Options {
		if val, l := model.SplitOption(opt); val == v {
			return l
		}
	}
	return v
}

// setValue selects the option with the value, or none.
func (in *ChoiceInput) setValue(v string) {
	in.idx = -1
	for i, val := range in.values {
		if val == v {
			in.idx = i
		}
	}
}

func (in *ChoiceInput) Apply(r *model.Report) bool {
	if in.idx == in.applied || in.idx < 0 {
		return false
	}
	r.SetText(in.f, in.values[in.idx])
	in.applied = in.idx
	return true
}

func (in *ChoiceInput) Update(msg tea.Msg) tea.Cmd {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok || len(in.values) == 0 {
		return nil
	}
	switch {
	case key.Matches(k, in.keys.Left):
		in.idx = max(in.idx-1, 0)
	case key.Matches(k, in.keys.Right):
		in.idx = min(in.idx+1, len(in.values)-1)
	}
	return nil
}

func (in *ChoiceInput) View(focused bool) string {
	if len(in.labels) == 0 {
		return blurredLine(in.env, "", in.env.Str.NoOptions, in.width)
	}
	if !focused {
		if in.idx < 0 {
			return blurredLine(in.env, "", in.env.Str.NotChosen, in.width)
		}
		return blurredLine(in.env, in.labels[in.idx], "", in.width)
	}
	var lines []string
	line := ""
	for i, l := range in.labels {
		l = ansi.Truncate(" "+l+" ", in.width, "… ")
		tok := in.env.St.Form.Option.Render(l)
		if i == in.idx {
			tok = in.env.St.Form.OptionChosen.Render(l)
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
