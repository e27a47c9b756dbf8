// Package export is the export form: a format, a file path, and enter to
// write the document at once from either field. A report with errors or
// fields still to fill in, or an existing file, needs an explicit yes. The
// folder first proposed is the one last exported to (remembered for the user
// through common.Prefs, written by a command), else the user's documents
// folder (common.Services.ExportDir).
package export

import (
	"errors"
	"path/filepath"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/ui/common"
	"github.com/baocao/baocao/ui/field"
)

// stage is where the export form is.
type stage int

const (
	stageEdit      stage = iota // choosing format and path
	stageErrors                 // confirming an export with errors or to-dos left
	stageOverwrite              // confirming overwriting a file
	stageBusy                   // writing
	stageDone                   // written
)

// Model chooses a format and a path and writes the document.
type Model struct {
	c        common.Common
	t        texts
	keys     common.FormKeyMap
	next     key.Binding
	report   model.Report
	outline  model.Outline
	problems []model.Problem
	unfilled []bool // parallel to problems (model.UnfilledFlags)
	tally    model.Tally
	format   *field.ChoiceInput
	path     *field.LineInput
	focus    int
	stage    stage
	last     string // the default path last proposed
	result   string
	err      string
	width    int
	height   int
}

var _ common.Component = (*Model)(nil)

// New proposes the first format and its default file name in the folder
// last exported to, or the documents folder.
func New(c common.Common, r model.Report, o model.Outline, ps []model.Problem) *Model {
	e := &Model{c: c, t: textsFor(c.Str.Lang), keys: common.DefaultFormKeyMap(*c.Str), report: r, outline: o, problems: ps,
		unfilled: model.UnfilledFlags(r, o, ps), tally: model.Measure(r, o, ps)}
	e.keys.Submit = common.Bind("enter", e.t.KeyExportNow, "enter", "ctrl+s")
	e.next = common.Bind("tab", e.t.KeyOtherField, "tab", "shift+tab", "up", "down")
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

// folder is the folder proposed: the one last exported to, else the
// documents folder.
func (e *Model) folder() string {
	if e.c.Svc.Prefs != nil {
		if d := e.c.Svc.Prefs.ExportDir(); d != "" {
			return d
		}
	}
	return e.c.Svc.ExportDir
}

// proposePath sets the default path for the chosen format, unless the clerk
// typed their own.
func (e *Model) proposePath() {
	cur := e.path.Value()
	if cur != "" && cur != e.last {
		return
	}
	name := e.c.Svc.Export.DefaultName(e.report, e.outline, e.format.Value())
	e.last = filepath.Join(e.folder(), name)
	e.path.SetValue(e.last)
}

// SetSize sets the drawing area.
func (e *Model) SetSize(width, height int) {
	e.width, e.height = width, height
	e.format.SetSize(width-2, 1)
	e.path.SetSize(width-2, 1)
}

// Typing reports whether the path has focus.
func (e *Model) Typing() bool { return e.stage == stageEdit && e.focus == 1 }

// Confirming reports whether a question is open (errors left, or a file to
// overwrite): esc then answers no rather than leaving the form.
func (e *Model) Confirming() bool { return e.stage == stageErrors || e.stage == stageOverwrite }

// Update handles keys and the export's result.
func (e *Model) Update(msg tea.Msg) tea.Cmd {
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

// handleExported shows the result once, in the form (not in the status line
// too), and remembers the folder for next time.
func (e *Model) handleExported(msg common.ExportedMsg) tea.Cmd {
	switch {
	case msg.Err == nil:
		e.stage, e.result, e.err = stageDone, msg.Path, ""
		if msg.Warning != nil {
			e.err = msg.Warning.Error()
		}
		return e.remember(filepath.Dir(msg.Path))
	case errors.Is(msg.Err, common.ErrFileExists) && !msg.Force:
		e.stage = stageOverwrite
	default:
		e.stage, e.err = stageEdit, e.c.Str.ExportFailed(msg.Err)
	}
	return nil
}

// remember writes the folder into the user's settings, from a command.
func (e *Model) remember(dir string) tea.Cmd {
	prefs := e.c.Svc.Prefs
	if prefs == nil {
		return nil
	}
	failed := e.t.RememberFailed
	return func() tea.Msg {
		if err := prefs.SetExportDir(dir); err != nil {
			return common.StatusMsg{Text: failed(err), Error: true}
		}
		return nil
	}
}

func (e *Model) handleKey(k tea.KeyPressMsg) tea.Cmd {
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
	case key.Matches(k, e.next):
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

func (e *Model) toggleFocus() tea.Cmd {
	if e.focus == 0 {
		e.format.Blur()
		e.focus = 1
		return e.path.Focus()
	}
	e.path.Blur()
	e.focus = 0
	return e.format.Focus()
}

func (e *Model) handleConfirm(k tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(k, e.keys.Yes):
		force := e.stage == stageOverwrite
		return e.run(force)
	case key.Matches(k, e.keys.No):
		e.stage = stageEdit
	}
	return nil
}

// start asks for confirmation when errors or to-dos remain, else exports.
func (e *Model) start() tea.Cmd {
	if model.CleanLine(strings.TrimSpace(e.path.Value())) == "" {
		e.err = e.c.Str.NeedPath
		return nil
	}
	if e.tally.Errors+e.tally.Unfilled > 0 {
		e.stage = stageErrors
		return nil
	}
	return e.run(false)
}

func (e *Model) run(force bool) tea.Cmd {
	e.stage, e.err = stageBusy, ""
	path := model.CleanLine(strings.TrimSpace(e.path.Value()))
	return common.ExportCmd(e.c.Svc.Export, e.format.Value(), path, e.report.Clone(), e.outline, e.c.Svc.Rules, force)
}

// View draws the form, the confirmation or the result.
func (e *Model) View() string {
	fs := e.c.Styles.Form
	s := e.c.Str
	lines := []string{e.c.Styles.App.Title.Render(ansi.Truncate(s.ExportTitle, e.width, "…")), ""}
	label := func(i int, text string) string {
		text = ansi.Truncate(text, e.width, "…")
		if i == e.focus && e.stage == stageEdit {
			return fs.LabelFocused.Render(text)
		}
		return fs.Label.Render(text)
	}
	lines = append(lines, label(0, s.FieldFormat), "  "+e.format.View(e.focus == 0 && e.stage == stageEdit), "")
	lines = append(lines, label(1, s.FieldPath), "  "+e.pathView(), "")
	stage := e.stageLines()
	if e.stage != stageEdit && len(lines)+len(stage) > e.height {
		// A short screen: the result or question matters more than the
		// form it came from.
		lines = lines[:2]
	}
	return common.FitLines(strings.Join(append(lines, stage...), "\n"), e.width, e.height)
}

// cutCells cuts s into lines of w cells, breaking anywhere: a path keeps
// every character, its spaces included.
func cutCells(s string, w int) []string {
	var out []string
	for s != "" {
		head := ansi.Truncate(s, max(w, 1), "")
		if head == "" { // a character wider than w
			head = string([]rune(s)[:1])
		}
		out, s = append(out, head), s[len(head):]
	}
	return out
}

// pathView is the path input while it has focus, else the path with its
// tail shown: the file's name matters more than the start of the folder.
func (e *Model) pathView() string {
	if e.focus == 1 && e.stage == stageEdit {
		return e.path.View(true)
	}
	return e.c.Styles.Form.Value.Render(TailCut(e.path.Value(), max(e.width-2, 1)))
}

// TailCut cuts s to w cells by dropping its start, marked with "…".
func TailCut(s string, w int) string {
	n := ansi.StringWidth(s)
	if n <= w {
		return s
	}
	if w <= 1 {
		return "…"
	}
	return "…" + ansi.TruncateLeft(s, n-(w-1), "")
}

// stageLines are the lines under the form: the hint, a question, the
// result or an error.
func (e *Model) stageLines() []string {
	fs := e.c.Styles.Form
	s := e.c.Str
	switch e.stage {
	case stageErrors:
		lines := common.WrapLines(e.t.ConfirmUnfinished(e.tally.Errors, e.tally.Unfilled), e.width)
		for i := range lines {
			lines[i] = fs.Warning.Render(lines[i])
		}
		shown := 0
		for _, want := range []bool{false, true} { // errors first, then to-dos
			for i, p := range e.problems {
				if p.Severity != model.Error || e.unfilled[i] != want || shown >= 5 {
					continue
				}
				glyph, style := "✗ ", fs.Error
				if want {
					glyph, style = "○ ", fs.Placeholder
				}
				for _, l := range common.WrapLines(glyph+p.Message, e.width) {
					lines = append(lines, style.Render(l))
				}
				shown++
			}
		}
		return lines
	case stageOverwrite:
		return styled(fs.Warning.Render, s.ConfirmOverwrite(e.path.Value()), e.width)
	case stageBusy:
		return []string{s.Exporting}
	case stageDone:
		// "Đã xuất:" then the path whole on lines of its own.
		render := e.c.Styles.App.Status.Render
		done := styled(render, strings.TrimSpace(s.Exported("")), e.width)
		for _, l := range cutCells(e.result, e.width) {
			done = append(done, render(l))
		}
		if e.err != "" { // written, with what it lacks
			done = append(done, styled(fs.Warning.Render, e.err, e.width)...)
		}
		if note := e.t.IssueNote(model.LeftForIssue(e.report)); note != "" {
			done = append(done, styled(fs.Hint.Render, note, e.width)...)
		}
		return done
	}
	if e.err != "" {
		return styled(fs.Error.Render, e.err, e.width)
	}
	return styled(fs.Hint.Render, e.t.Hint, e.width)
}

// styled wraps text to the width and renders each line.
func styled(render func(...string) string, text string, width int) []string {
	lines := common.WrapLines(text, width)
	for i, l := range lines {
		lines[i] = render(l)
	}
	return lines
}

// Cursor places the terminal cursor in the path input.
func (e *Model) Cursor() *tea.Cursor {
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

// ShortHelp lists the main keys, export first.
func (e *Model) ShortHelp() []key.Binding {
	if e.Confirming() {
		return []key.Binding{e.keys.Yes, e.keys.No}
	}
	return []key.Binding{e.keys.Submit, e.next, e.keys.Left}
}

// FullHelp lists every key.
func (e *Model) FullHelp() [][]key.Binding {
	return [][]key.Binding{{e.keys.Submit, e.next, e.keys.Left}, {e.keys.Yes, e.keys.No}}
}
