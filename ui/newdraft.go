package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/ui/common"
	"github.com/baocao/baocao/ui/field"
)

// labelColumn is the width of the labels when they fit beside the inputs.
const labelColumn = 24

// NewDraft is the form that starts a report: outline, unit and the directive
// answered. Submitting creates the draft and opens its first section.
type NewDraft struct {
	c        common.Common
	keys     common.FormKeyMap
	outlines []model.Outline
	outline  *field.ChoiceInput
	inputs   []field.Input
	focus    int
	err      string
	busy     bool
	width    int
	height   int
}

var _ common.Component = (*NewDraft)(nil)

// NewNewDraft returns the form for the outlines the root has loaded; when
// there are none yet, its Init asks for them.
func NewNewDraft(c common.Common, outlines []model.Outline) *NewDraft {
	n := &NewDraft{c: c, keys: common.DefaultFormKeyMap(*c.Str), width: c.Width, height: c.Height}
	env := field.Env{St: c.Styles, Str: c.Str}
	s := c.Str
	kinds := make([]string, len(model.UnitKinds))
	for i, k := range model.UnitKinds {
		kinds[i] = string(k) + "=" + s.KindName(k)
	}
	line := func(bind, label, hint string) field.Input {
		return field.NewLine(env, model.Field{ID: bind, Label: label, Kind: model.FieldLine, Bind: bind, Hint: hint}, bind)
	}
	n.outline = field.NewChoice(env, model.Field{ID: "outline", Label: s.FieldOutline, Kind: model.FieldChoice}, "outline")
	n.inputs = []field.Input{
		n.outline,
		field.NewChoice(env, model.Field{ID: "unit.kind", Label: s.FieldKind, Kind: model.FieldChoice, Bind: "unit.kind", Options: kinds}, "unit.kind"),
		field.NewChoice(env, model.Field{ID: "unit.class", Label: s.FieldClass, Kind: model.FieldChoice, Bind: "unit.class",
			Options: []string{"I=" + s.ClassName("I"), "II=" + s.ClassName("II"), "III=" + s.ClassName("III")}}, "unit.class"),
		line("unit.name", s.FieldUnitName, s.HintUnitName),
		line("unit.issuer", s.FieldIssuer, s.HintIssuer),
		line("unit.issuerCode", s.FieldIssuerCode, s.HintIssuerCode),
		line("unit.parent", s.FieldParent, s.HintParent),
		line("unit.place", s.FieldPlace, s.HintPlace),
		line("directive.type", s.FieldDirectiveType, s.HintDirectiveType),
		line("directive.ref", s.FieldDirectiveRef, s.HintDirectiveRef),
		line("directive.date", s.FieldDirectiveDate, s.HintDate),
		line("directive.issuer", s.FieldDirectiveIssuer, s.HintDirectiveIssuer),
	}
	n.SetSize(c.Width, c.Height)
	if len(outlines) > 0 {
		n.setOutlines(outlines)
	}
	n.inputs[0].Focus()
	return n
}

// Init asks for the outlines unless they came with the form.
func (n *NewDraft) Init() tea.Cmd {
	if len(n.outlines) > 0 {
		return nil
	}
	return common.LoadOutlinesCmd(n.c.Svc.Outlines)
}

// SetSize sets the drawing area.
func (n *NewDraft) SetSize(width, height int) {
	n.width, n.height = width, height
	for _, in := range n.inputs {
		in.SetSize(n.inputWidth(), 1)
	}
}

func (n *NewDraft) inputWidth() int {
	if n.wide() {
		return max(n.width-labelColumn, 8)
	}
	return max(n.width-2, 8)
}

func (n *NewDraft) wide() bool { return n.width >= 60 }

// Typing reports whether a text input has focus.
func (n *NewDraft) Typing() bool { return n.inputs[n.focus].Typing() }

// Update handles the outlines' arrival, the creation's failure and keys.
func (n *NewDraft) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case common.OutlinesLoadedMsg:
		if len(n.outlines) == 0 {
			n.setOutlines(msg.Outlines)
		}
	case common.DraftOpenedMsg:
		n.busy = false
		if msg.Err != nil {
			n.err = n.c.Str.StoreError(msg.Err)
		}
	case tea.KeyPressMsg:
		return n.handleKey(msg)
	case tea.PasteMsg:
		return n.inputs[n.focus].Update(msg)
	}
	return nil
}

// setOutlines fills the outline chooser and the inputs with the first
// outline's defaults.
func (n *NewDraft) setOutlines(list []model.Outline) {
	n.outlines = list
	env := field.Env{St: n.c.Styles, Str: n.c.Str}
	f := model.Field{ID: "outline", Label: n.c.Str.FieldOutline, Kind: model.FieldChoice}
	for _, o := range list {
		f.Options = append(f.Options, o.ID+"="+o.Name)
	}
	n.outline = field.NewChoice(env, f, "outline")
	n.outline.SetSize(n.inputWidth(), 1)
	n.inputs[0] = n.outline
	if len(list) > 0 {
		n.outline.SetIndex(0)
		n.loadDefaults(list[0])
	}
	if n.focus == 0 {
		n.outline.Focus()
	}
}

// loadDefaults loads an outline's starting values into the inputs, and its
// own options for the unit's kind and class where it has them.
func (n *NewDraft) loadDefaults(o model.Outline) {
	env := field.Env{St: n.c.Styles, Str: n.c.Str}
	for i, in := range n.inputs {
		if f, ok := outlineField(o, in.Field().Bind); ok && f.Kind == model.FieldChoice && len(f.Options) > 0 {
			own := in.Field()
			own.Options = f.Options
			n.inputs[i] = field.NewChoice(env, own, own.ID)
			n.inputs[i].SetSize(n.inputWidth(), 1)
		}
	}
	r := model.New(o)
	if r.Unit.Kind == "" {
		r.Unit.Kind = model.KindCommune
	}
	if r.Directive.Type == "" {
		r.Directive.Type = n.c.Str.DefaultDirectiveType
	}
	for _, in := range n.inputs[1:] {
		in.Load(r)
	}
}

func (n *NewDraft) handleKey(k tea.KeyPressMsg) tea.Cmd {
	if n.busy {
		return nil
	}
	switch {
	case key.Matches(k, n.keys.Submit):
		return n.submit()
	case k.String() == "tab", k.String() == "down", k.String() == "enter":
		if k.String() == "enter" && n.focus == len(n.inputs)-1 {
			return n.submit()
		}
		return n.move(1)
	case k.String() == "shift+tab", k.String() == "up":
		return n.move(-1)
	case k.String() == "esc":
		return common.CmdOf(common.ShowDraftsMsg{})
	}
	before := n.outline.Index()
	cmd := n.inputs[n.focus].Update(k)
	if n.focus == 0 && n.outline.Index() != before && n.outline.Index() >= 0 {
		n.loadDefaults(n.outlines[n.outline.Index()])
	}
	return cmd
}

func (n *NewDraft) move(delta int) tea.Cmd {
	n.inputs[n.focus].Blur()
	n.focus = (n.focus + delta + len(n.inputs)) % len(n.inputs)
	return n.inputs[n.focus].Focus()
}

// submit builds the report and asks the store to create it.
func (n *NewDraft) submit() tea.Cmd {
	if n.outline.Index() < 0 || n.outline.Index() >= len(n.outlines) {
		n.err = n.c.Str.NoOutlines
		return nil
	}
	o := n.outlines[n.outline.Index()]
	r := model.New(o)
	for _, in := range n.inputs[1:] {
		r.SetText(in.Field(), inputValue(in))
	}
	if strings.TrimSpace(r.Unit.Name) == "" {
		n.err = n.c.Str.NeedUnitName
		return nil
	}
	n.fillDerived(&r, o)
	n.err, n.busy = "", true
	info := infoFor(r, o, n.c.Svc.Rules, o.Sections[0].ID)
	return common.CreateDraftCmd(n.c.Svc.Store, n.c.Svc.Outlines, common.Draft{Info: info, Report: r})
}

// fillDerived fills what the clerk left empty and can be derived: the
// place from the unit's name, the issuing body from its kind and name.
func (n *NewDraft) fillDerived(r *model.Report, o model.Outline) {
	if strings.TrimSpace(r.Unit.Place) == "" {
		r.Unit.Place = r.Unit.Name
	}
	if strings.TrimSpace(r.Unit.Issuer) == "" {
		r.Unit.Issuer = n.c.Str.DefaultIssuer(o.Profile, r.Unit.Kind, r.Unit.Name)
	}
	if strings.TrimSpace(r.Unit.IssuerCode) == "" {
		r.Unit.IssuerCode = n.c.Str.DefaultIssuerCode(o.Profile)
	}
}

// outlineField returns the outline's field bound to bind.
func outlineField(o model.Outline, bind string) (model.Field, bool) {
	for _, s := range o.Sections {
		for _, f := range s.Fields {
			if bind != "" && f.Bind == bind {
				return f, true
			}
		}
	}
	return model.Field{}, false
}

// inputValue is the text an input holds.
func inputValue(in field.Input) string {
	switch in := in.(type) {
	case *field.LineInput:
		return in.Value()
	case *field.ChoiceInput:
		return in.Value()
	}
	return ""
}

// View draws the form, scrolled to the focused input.
func (n *NewDraft) View() string {
	lines, at := n.formLines()
	top := 0
	if len(lines) > n.height {
		top = min(max(at-n.height/2, 0), len(lines)-n.height)
	}
	return common.FitLines(strings.Join(lines[top:], "\n"), n.width, n.height)
}

// formLines draws every row and returns the line of the focused input.
func (n *NewDraft) formLines() (lines []string, at int) {
	fs := n.c.Styles.Form
	lines = []string{n.c.Styles.App.Title.Render(n.c.Str.NewDraftTitle), ""}
	for i, in := range n.inputs {
		style := fs.Label
		if i == n.focus {
			style, at = fs.LabelFocused, len(lines)
		}
		label := ansi.Truncate(in.Field().Label, labelColumn-2, "…")
		body := strings.Split(in.View(i == n.focus), "\n")
		if n.wide() {
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
	if n.err != "" {
		lines = append(lines, "")
		lines = append(lines, wrapStyled(fs.Error.Render, n.err, n.width)...)
	}
	return lines, at
}

// Cursor places the terminal cursor in the focused input.
func (n *NewDraft) Cursor() *tea.Cursor {
	c := n.inputs[n.focus].Cursor()
	if c == nil {
		return nil
	}
	lines, at := n.formLines()
	top := 0
	if len(lines) > n.height {
		top = min(max(at-n.height/2, 0), len(lines)-n.height)
	}
	out := *c
	if n.wide() {
		out.X += labelColumn
		out.Y += at - top
	} else {
		out.X += 2
		out.Y += at + 1 - top
	}
	if out.Y < 0 || out.Y >= n.height {
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
func (n *NewDraft) ShortHelp() []key.Binding {
	return []key.Binding{n.keys.Next, n.keys.Left, n.keys.Submit}
}

// FullHelp lists every key.
func (n *NewDraft) FullHelp() [][]key.Binding {
	return [][]key.Binding{{n.keys.Next, n.keys.Prev}, {n.keys.Left, n.keys.Submit}}
}

// infoFor is the drafts-list entry of a report as it stands.
func infoFor(r model.Report, o model.Outline, rules model.Rules, section string) common.DraftInfo {
	ps := model.Validate(r, o, rules)
	done, required := model.Progress(r, o, ps)
	errs, warns := model.Count(ps)
	return common.DraftInfo{Title: draftTitle(r, o), Unit: strings.TrimSpace(r.Unit.Issuer), Outline: o.ID,
		Section: section, Done: done, Required: required, Errors: errs, Warnings: warns}
}
