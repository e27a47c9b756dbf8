// Package newdraft is the form that starts a report: the outline, the
// report's date, the unit and the directive it answers. What the form offers
// follows the date: the kinds and classes of commune-level units that existed
// then (xã, phường, đặc khu and the NĐ 307/2025 classes from 1/7/2025; xã,
// phường, thị trấn before), and examples of the bodies above the unit (a
// province after the 2025 reform, a district before), all read from the
// dated rules (model.Rules, templates/rules/*.rules).
//
// It behaves as a form should: q and every letter are typed, never taken as
// a command; a value the form filled in is selected when its field gets the
// focus, so typing replaces it; leaving with typed input asks first. The
// issuing body is composed from the kind and name ("Đảng ủy xã Tân Lập")
// and follows them until the clerk edits it, and the default Nơi nhận
// begins with the body the report answers to.
package newdraft

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/ui/common"
	"github.com/baocao/baocao/ui/field"
	"github.com/baocao/baocao/ui/importfile"
)

// The inputs, in form order.
const (
	iOutline = iota
	iDate
	iKind
	iClass
	iName
	iIssuer
	iCode
	iParent
	iPlace
	iDirType
	iDirRef
	iDirDate
	iDirIssuer
	nInputs
)

// Model is the new-draft form.
type Model struct {
	c        common.Common
	keys     common.FormKeyMap
	t        texts
	outlines []model.Outline
	inputs   []field.Input
	focus    int
	err      string
	busy     bool
	width    int
	height   int
	// typed marks inputs the clerk changed; fresh marks the focused input
	// while its filled-in value is still selected.
	typed   [nInputs]bool
	fresh   bool
	confirm bool // asking whether to leave with typed input
	// fromFile opens "dàn ý mới từ tệp…" (package importfile).
	fromFile key.Binding
	period   string
}

var _ common.Component = (*Model)(nil)

// New returns the form for the outlines the root has loaded; when there are
// none yet, its Init asks for them.
func New(c common.Common, outlines []model.Outline) *Model {
	m := &Model{c: c, keys: common.DefaultFormKeyMap(*c.Str), t: textsFor(c.Str), width: c.Width, height: c.Height}
	m.fromFile = key.NewBinding(key.WithKeys("ctrl+f"), key.WithHelp("ctrl+f", m.t.FromFile))
	m.inputs = make([]field.Input, nInputs)
	m.inputs[iOutline] = m.choice("outline", c.Str.FieldOutline, nil)
	m.inputs[iKind] = m.choice("unit.kind", c.Str.FieldKind, nil)
	m.inputs[iClass] = m.choice("unit.class", c.Str.FieldClass, nil)
	for i, f := range [][3]string{
		iDate: {"doc.date", m.t.FieldDate, ""}, iName: {"unit.name", c.Str.FieldUnitName, c.Str.HintUnitName},
		iIssuer: {"unit.issuer", c.Str.FieldIssuer, ""}, iCode: {"unit.issuerCode", c.Str.FieldIssuerCode, c.Str.HintIssuerCode},
		iParent: {"unit.parent", c.Str.FieldParent, ""}, iPlace: {"unit.place", c.Str.FieldPlace, c.Str.HintPlace},
		iDirType: {"directive.type", c.Str.FieldDirectiveType, c.Str.HintDirectiveType},
		iDirRef:  {"directive.ref", c.Str.FieldDirectiveRef, c.Str.HintDirectiveRef},
		iDirDate: {"directive.date", c.Str.FieldDirectiveDate, c.Str.HintDate}, iDirIssuer: {"directive.issuer", c.Str.FieldDirectiveIssuer, ""},
	} {
		if f[0] != "" {
			m.inputs[i] = m.line(f[0], f[1], f[2])
		}
	}
	m.SetSize(c.Width, c.Height)
	m.setOutlines(outlines)
	m.inputs[iOutline].Focus()
	return m
}

func (m *Model) env() field.Env { return field.Env{St: m.c.Styles, Str: m.c.Str} }

func (m *Model) choice(bind, label string, options []string) *field.ChoiceInput {
	in := field.NewChoice(m.env(), model.Field{ID: bind, Label: label, Kind: model.FieldChoice, Bind: bind, Options: options}, bind)
	in.SetSize(m.inputWidth(), 1)
	return in
}

func (m *Model) line(bind, label, hint string) *field.LineInput {
	kind := model.FieldLine
	if strings.HasSuffix(bind, ".date") {
		kind = model.FieldDate
	}
	in := field.NewLine(m.env(), model.Field{ID: bind, Label: label, Kind: kind, Bind: bind, Hint: hint}, bind)
	in.SetSize(m.inputWidth(), 1)
	return in
}

// Init asks for the outlines unless they came with the form.
func (m *Model) Init() tea.Cmd {
	if len(m.outlines) > 0 {
		return nil
	}
	return common.LoadOutlinesCmd(m.c.Svc.Outlines)
}

// SetSize sets the drawing area.
func (m *Model) SetSize(width, height int) {
	m.width, m.height = width, height
	for _, in := range m.inputs {
		if in != nil {
			in.SetSize(m.inputWidth(), 1)
		}
	}
}

func (m *Model) inputWidth() int {
	if m.wide() {
		return max(m.width-labelColumn, 8)
	}
	return max(m.width-2, 8)
}

func (m *Model) wide() bool { return m.width >= 60 }

// Typing is always true: in a form every letter, q included, is typed or
// ignored, never taken as a command (f1 still opens help, ctrl+c quits).
func (m *Model) Typing() bool { return true }

// Value returns what an input holds, by its bind ("unit.kind", "doc.date",
// "outline").
func (m *Model) Value(bind string) string {
	for _, in := range m.inputs {
		if in.Field().Bind == bind || in.Field().ID == bind {
			return inputValue(in)
		}
	}
	return ""
}

// Options returns the values a choice offers now, by its bind.
func (m *Model) Options(bind string) []string {
	for _, in := range m.inputs {
		if in.Field().Bind == bind {
			var out []string
			for _, opt := range in.Field().Options {
				v, _ := model.SplitOption(opt)
				out = append(out, v)
			}
			return out
		}
	}
	return nil
}

// Focused returns the bind of the focused input.
func (m *Model) Focused() string { return m.inputs[m.focus].Field().ID }

// Update handles the outlines' arrival, the creation's failure and keys.
func (m *Model) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case common.OutlinesLoadedMsg:
		if len(m.outlines) == 0 {
			m.setOutlines(msg.Outlines)
		}
	case common.DraftOpenedMsg:
		m.busy = false
		if msg.Err != nil {
			m.err = m.c.Str.StoreError(msg.Err)
		}
	case tea.KeyPressMsg:
		return m.handleKey(msg)
	case tea.PasteMsg:
		if _, ok := m.inputs[m.focus].(*field.LineInput); ok {
			m.replaceSelection()
			cmd := m.inputs[m.focus].Update(msg)
			m.changed(m.focus)
			return cmd
		}
	}
	return nil
}

// setOutlines fills the outline chooser and loads the first outline.
func (m *Model) setOutlines(list []model.Outline) {
	m.outlines = list
	out := m.choice("outline", m.c.Str.FieldOutline, m.outlineOptions())
	m.inputs[iOutline] = out
	if len(list) > 0 {
		out.SetIndex(0)
		m.loadDefaults(list[0])
	}
	if m.focus == iOutline {
		out.Focus()
	}
}

// outline returns the chosen outline.
func (m *Model) outline() (model.Outline, bool) {
	i := m.inputs[iOutline].(*field.ChoiceInput).Index()
	if i < 0 || i >= len(m.outlines) {
		return model.Outline{}, false
	}
	return m.outlines[i], true
}

// loadDefaults loads an outline's starting values into every input the
// clerk has not typed in, then the date's choices and hints.
func (m *Model) loadDefaults(o model.Outline) {
	r := model.New(o)
	if r.Unit.Kind == "" {
		r.Unit.Kind = model.KindCommune
	}
	if r.Directive.Type == "" {
		r.Directive.Type = m.c.Str.DefaultDirectiveType
	}
	for i := iDate; i < nInputs; i++ {
		if !m.typed[i] && i != iKind && i != iClass {
			m.inputs[i].Load(r)
		}
	}
	m.period = ""
	m.refreshChoices(string(r.Unit.Kind), r.Unit.Class)
	m.compose()
}

func (m *Model) handleKey(k tea.KeyPressMsg) tea.Cmd {
	if m.busy {
		return nil
	}
	if m.confirm {
		return m.confirmKey(k)
	}
	switch {
	case key.Matches(k, m.keys.Submit):
		return m.submit()
	case k.String() == "tab", k.String() == "down", k.String() == "enter":
		if k.String() == "enter" && m.focus == nInputs-1 {
			return m.submit()
		}
		return m.move(1)
	case k.String() == "shift+tab", k.String() == "up":
		return m.move(-1)
	case k.String() == "esc":
		return m.leave()
	case key.Matches(k, m.fromFile):
		return common.CmdOf(importfile.ShowOutlineMsg{})
	}
	return m.edit(k)
}

// edit passes a key to the focused input, replacing a selected value when
// the key types or deletes.
func (m *Model) edit(k tea.KeyPressMsg) tea.Cmd {
	if _, ok := m.inputs[m.focus].(*field.LineInput); ok && m.fresh {
		switch {
		case k.Text != "":
			m.replaceSelection()
		case k.String() == "backspace" || k.String() == "delete":
			m.replaceSelection()
			m.changed(m.focus)
			return nil
		default:
			m.fresh = false
		}
	}
	before := inputValue(m.inputs[m.focus])
	cmd := m.inputs[m.focus].Update(k)
	if inputValue(m.inputs[m.focus]) != before {
		m.changed(m.focus)
	}
	return cmd
}

// replaceSelection empties a selected (filled-in) value before typing.
func (m *Model) replaceSelection() {
	if !m.fresh {
		return
	}
	m.fresh = false
	if in, ok := m.inputs[m.focus].(*field.LineInput); ok {
		in.SetValue("")
	}
}

// changed records the clerk's change to input i and follows it where
// other inputs depend on it.
func (m *Model) changed(i int) {
	m.typed[i] = true
	switch i {
	case iOutline:
		if o, ok := m.outline(); ok {
			m.typed[iOutline] = true
			m.loadDefaults(o)
		}
	case iDate:
		m.refreshChoices(m.Value("unit.kind"), m.Value("unit.class"))
	case iKind:
		m.refreshChoices(m.Value("unit.kind"), m.Value("unit.class"))
		m.compose()
	case iName:
		m.compose()
	}
}

// compose fills the issuing body from the kind and name, until the clerk
// edits it.
func (m *Model) compose() {
	if m.typed[iIssuer] {
		return
	}
	o, _ := m.outline()
	name := strings.TrimSpace(m.Value("unit.name"))
	issuer := ""
	if name != "" {
		issuer = m.c.Str.DefaultIssuer(o.Profile, model.UnitKind(m.Value("unit.kind")), name)
	}
	m.inputs[iIssuer].(*field.LineInput).SetValue(issuer)
}

func (m *Model) move(delta int) tea.Cmd {
	m.inputs[m.focus].Blur()
	m.focus = (m.focus + delta + nInputs) % nInputs
	_, isLine := m.inputs[m.focus].(*field.LineInput)
	m.fresh = isLine && strings.TrimSpace(inputValue(m.inputs[m.focus])) != "" && !m.typed[m.focus]
	return m.inputs[m.focus].Focus()
}

// leave returns to the drafts list, asking first when the clerk typed.
func (m *Model) leave() tea.Cmd {
	for i, t := range m.typed {
		if t && i != iOutline {
			m.confirm = true
			return nil
		}
	}
	return common.CmdOf(common.ShowDraftsMsg{})
}

func (m *Model) confirmKey(k tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(k, m.keys.Yes):
		m.confirm = false
		return common.CmdOf(common.ShowDraftsMsg{})
	case key.Matches(k, m.keys.No):
		m.confirm = false
	}
	return nil
}

// submit builds the report and asks the store to create it.
func (m *Model) submit() tea.Cmd {
	o, ok := m.outline()
	if !ok {
		m.err = m.c.Str.NoOutlines
		return nil
	}
	r := model.New(o)
	for _, in := range m.inputs[1:] {
		r.SetText(in.Field(), inputValue(in))
	}
	if strings.TrimSpace(r.Unit.Name) == "" {
		m.err = m.c.Str.NeedUnitName
		return nil
	}
	if cmd, asked := m.askShortYear(); asked {
		return cmd
	}
	m.fillDerived(&r, o)
	m.err, m.busy = "", true
	info := common.Summarize(r, o, model.Measure(r, o, model.Validate(r, o, m.c.Svc.Rules)), o.Sections[0].ID)
	return common.CreateDraftCmd(m.c.Svc.Store, m.c.Svc.Outlines, common.Draft{Info: info, Report: r})
}

// fillDerived fills what the clerk left empty and can be derived: the
// place from the unit's name, the issuing body from its kind and name, and
// the first Nơi nhận from the directive's issuer. (The term is left empty:
// an empty term stands for the one in force on the report's date, see
// model.Rules.StaffingParagraphs.)
func (m *Model) fillDerived(r *model.Report, o model.Outline) {
	if strings.TrimSpace(r.Unit.Place) == "" {
		r.Unit.Place = r.Unit.Name
	}
	if strings.TrimSpace(r.Unit.Issuer) == "" {
		r.Unit.Issuer = m.c.Str.DefaultIssuer(o.Profile, r.Unit.Kind, r.Unit.Name)
	}
	if strings.TrimSpace(r.Unit.IssuerCode) == "" {
		r.Unit.IssuerCode = m.c.Str.DefaultIssuerCode(o.Profile)
	}
	r.Recipients = Recipients(o, r.Directive.Issuer)
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
