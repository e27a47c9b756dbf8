package ui

import (
	"errors"
	"path/filepath"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/ui/common"
	"github.com/baocao/baocao/ui/field"
)

// exportStage is where the export form is.
type exportStage int

const (
	stageEdit      exportStage = iota // choosing format and path
	stageErrors                       // confirming an export with errors left
	stageOverwrite                    // confirming overwriting a file
	stageBusy                         // writing
	stageDone                         // written
)

// Export chooses a format and a path and writes the document; a report with
// errors left, or an existing file, needs an explicit yes.
type Export struct {
	c        common.Common
	keys     common.FormKeyMap
	report   model.Report
	outline  model.Outline
	problems []model.Problem
	format   *field.ChoiceInput
	path     *field.LineInput
	focus    int
	stage    exportStage
	last     string // the default path last proposed
	result   string
	err      string
	width    int
	height   int
}

var _ common.Component = (*Export)(nil)

// NewExport proposes the first format and its default file name.
func NewExport(c common.Common, r model.Report, o model.Outline, ps []model.Problem) *Export {
	e := &Export{c: c, keys: common.DefaultFormKeyMap(*c.Str), report: r, outline: o, problems: ps}
	e.keys.Submit = common.Bind("enter", c.Str.KeyExport, "enter", "ctrl+s")
	env := field.Env{St: c.Styles, Str: c.Str}
	f := model.Field{ID: "format", Label: c.Str.FieldFormat, Kind: model.FieldChoice}
	for _, name := range c.Svc.Export.Formats() {
		f.Options = append(f.Options, name+"="+strings.ToUpper(name))
	}
	e.format = field.NewChoice(env, f, "format")
	e.format.SetIndex(0)
	e.path = field.NewLine(env, model.Field{ID: "path", Label: c.Str.FieldPath, Kind: model.FieldLine}, "path")
	e.proposePath()
	e.SetSize(c.Width, c.Height)
	e.format.Focus()
	return e
}

// proposePath sets the default path for the chosen format, unless the clerk
// typed their own.
func (e *Export) proposePath() {
	cur := e.path.Value()
	if cur != "" && cur != e.last {
		return
	}
	name := e.c.Svc.Export.DefaultName(e.report, e.outline, e.format.Value())
	e.last = filepath.Join(e.c.Svc.ExportDir, name)
	e.path.SetValue(e.last)
}

// SetSize sets the drawing area.
func (e *Export) SetSize(width, height int) {
	e.width, e.height = width, height
	e.format.SetSize(width-2, 1)
	e.path.SetSize(width-2, 1)
}

// Typing reports whether the path has focus.
func (e *Export) Typing() bool { return e.stage == stageEdit && e.focus == 1 }

// Update handles keys and the export's result.
func (e *Export) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case common.ExportedMsg:
		return e.handleExported(msg)
	case tea.KeyPressMsg:
		return e.handleKey(msg)
	case tea.PasteMsg:
		if e.Typing() {
			return e.path.Update(msg)
		}
	}
	return nil
}

func (e *Export) handleExported(msg common.ExportedMsg) tea.Cmd {
	switch {
	case msg.Err == nil:
		e.stage, e.result, e.err = stageDone, msg.Path, ""
		return common.StatusCmd(e.c.Str.Exported(msg.Path), false)
	case errors.Is(msg.Err, common.ErrFileExists) && !msg.Force:
		e.stage = stageOverwrite
	default:
		e.stage, e.err = stageEdit, e.c.Str.ExportFailed(msg.Err)
	}
	return nil
}

func (e *Export) handleKey(k tea.KeyPressMsg) tea.Cmd {
	switch e.stage {
	case stageErrors, stageOverwrite:
		return e.handleConfirm(k)
	case stageBusy:
		return nil
	case stageDone:
		if k.String() == "enter" {
			return common.CmdOf(common.BackMsg{})
		}
		e.stage = stageEdit
	}
	switch {
	case k.String() == "tab", k.String() == "shift+tab", k.String() == "down", k.String() == "up":
		return e.toggleFocus()
	case k.String() == "enter" && e.focus == 0:
		return e.toggleFocus()
	case key.Matches(k, e.keys.Submit):
		return e.start()
	}
	if e.focus == 0 {
		e.format.Update(k)
		e.proposePath()
		return nil
	}
	return e.path.Update(k)
}

func (e *Export) toggleFocus() tea.Cmd {
	if e.focus == 0 {
		e.format.Blur()
		e.focus = 1
		return e.path.Focus()
	}
	e.path.Blur()
	e.focus = 0
	return e.format.Focus()
}

func (e *Export) handleConfirm(k tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(k, e.keys.Yes):
		force := e.stage == stageOverwrite
		return e.run(force)
	case key.Matches(k, e.keys.No):
		e.stage = stageEdit
	}
	return nil
}

// start asks for confirmation when errors remain, else exports.
func (e *Export) start() tea.Cmd {
	if model.CleanLine(strings.TrimSpace(e.path.Value())) == "" {
		e.err = e.c.Str.NeedPath
		return nil
	}
	if model.HasErrors(e.problems) {
		e.stage = stageErrors
		return nil
	}
	return e.run(false)
}

func (e *Export) run(force bool) tea.Cmd {
	e.stage, e.err = stageBusy, ""
	path := model.CleanLine(strings.TrimSpace(e.path.Value()))
	return common.ExportCmd(e.c.Svc.Export, e.format.Value(), path, e.report.Clone(), e.outline, e.c.Svc.Rules, force)
}

// View draws the form, the confirmation or the result.
func (e *Export) View() string {
	fs := e.c.Styles.Form
	s := e.c.Str
	lines := []string{e.c.Styles.App.Title.Render(s.ExportTitle), ""}
	label := func(i int, text string) string {
		if i == e.focus && e.stage == stageEdit {
			return fs.LabelFocused.Render(text)
		}
		return fs.Label.Render(text)
	}
	lines = append(lines, label(0, s.FieldFormat), "  "+e.format.View(e.focus == 0 && e.stage == stageEdit), "")
	lines = append(lines, label(1, s.FieldPath), "  "+e.path.View(e.focus == 1 && e.stage == stageEdit), "")
	lines = append(lines, e.stageLines()...)
	return common.FitLines(strings.Join(lines, "\n"), e.width, e.height)
}

// stageLines are the lines under the form: a question, the result or an error.
func (e *Export) stageLines() []string {
	fs := e.c.Styles.Form
	s := e.c.Str
	switch e.stage {
	case stageErrors:
		errs, _ := model.Count(e.problems)
		lines := wrapStyled(fs.Warning.Render, s.ConfirmErrors(errs), e.width)
		shown := 0
		for _, p := range e.problems {
			if p.Severity == model.Error && shown < 5 {
				lines = append(lines, wrapStyled(fs.Error.Render, "✗ "+p.Message, e.width)...)
				shown++
			}
		}
		return lines
	case stageOverwrite:
		return wrapStyled(fs.Warning.Render, s.ConfirmOverwrite(e.path.Value()), e.width)
	case stageBusy:
		return []string{s.Exporting}
	case stageDone:
		return wrapStyled(e.c.Styles.App.Status.Render, s.Exported(e.result), e.width)
	}
	if e.err != "" {
		return wrapStyled(fs.Error.Render, e.err, e.width)
	}
	return nil
}

// Cursor places the terminal cursor in the path input.
func (e *Export) Cursor() *tea.Cursor {
	if !e.Typing() {
		return nil
	}
	c := e.path.Cursor()
	if c == nil {
		return nil
	}
	out := *c
	out.X += 2
	out.Y += 6
	return &out
}

// ShortHelp lists the main keys.
func (e *Export) ShortHelp() []key.Binding {
	if e.stage == stageErrors || e.stage == stageOverwrite {
		return []key.Binding{e.keys.Yes, e.keys.No}
	}
	return []key.Binding{e.keys.Next, e.keys.Left, e.keys.Submit}
}

// FullHelp lists every key.
func (e *Export) FullHelp() [][]key.Binding {
	return [][]key.Binding{{e.keys.Next, e.keys.Left}, {e.keys.Submit, e.keys.Yes, e.keys.No}}
}
