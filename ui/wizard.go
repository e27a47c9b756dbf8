package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/ui/common"
	"github.com/baocao/baocao/ui/field"
	"github.com/baocao/baocao/ui/grid"
	"github.com/baocao/baocao/ui/history"
	"github.com/baocao/baocao/ui/staffing"
	"github.com/baocao/baocao/ui/unplaced"
)

// saveTickMsg fires saveDelay after an edit; only the tick of the latest
// edit (Seq) saves.
type saveTickMsg struct{ Seq int }

// Wizard walks the outline's sections: a sidebar with a mark per section and
// the current section's fields with their guidance and problems.
type Wizard struct {
	c        common.Common
	keys     common.WizardKeyMap
	info     common.DraftInfo
	outline  model.Outline
	report   model.Report
	problems []model.Problem
	marks    []model.Status
	tally    model.Tally // progress as defined once in model.Measure
	sec      int
	inputs   []field.Input
	focus    int
	sidebar  bool // the section list has focus (after esc)
	side     int  // the sidebar's cursor
	guide    bool // the full guidance is shown instead of the fields
	touched  map[string]bool
	unplaced *unplaced.List // paragraphs an import could not place
	// recent is the last valid date the report had in this session (as
	// opened or as typed, kept by the root across reopenings): the
	// date-dependent checks and choices stand on it while the date field
	// holds no valid date (model.Rules.Recent).
	recent model.Date
	save   autosave
	drawn  struct{ start, top int } // where the focused field was drawn
	width  int
	height int
}

var _ common.Component = (*Wizard)(nil)

// NewWizard opens a draft at the section it was last edited in; recent is
// the last valid date the report had earlier in the session (zero if none).
func NewWizard(c common.Common, d common.Draft, o model.Outline, recent model.Date) *Wizard {
	w := &Wizard{c: c, keys: common.DefaultWizardKeyMap(*c.Str), info: d.Info, outline: o,
		report: d.Report.Clone(), touched: map[string]bool{}, recent: recent}
	w.unplaced = unplaced.New(c, w.report.Unplaced)
	w.validate()
	for _, s := range o.Sections {
		for _, f := range s.Fields {
			if model.Filled(w.report, f) {
				w.touched[f.ID] = true
			}
		}
	}
	w.SetSize(c.Width, c.Height)
	w.enter(w.sectionIndex(d.Info.Section))
	return w
}

// sectionIndex returns the index of a section ID, or 0.
func (w *Wizard) sectionIndex(id string) int {
	for i, s := range w.outline.Sections {
		if s.ID == id {
			return i
		}
	}
	return 0
}

// Init does nothing; the draft was loaded before the wizard was made.
func (w *Wizard) Init() tea.Cmd { return nil }

// Update handles keys, the autosave ticks and the saves' results.
func (w *Wizard) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case saveTickMsg:
		return w.handleTick(msg)
	case common.SavedMsg:
		return w.handleSaved(msg)
	case staffing.LeaveMsg:
		if msg.Forward {
			return w.moveField(1)
		}
		return w.moveField(-1)
	case staffing.ChangedMsg:
		return w.edited()
	case grid.LeaveMsg:
		if msg.Forward {
			return w.moveField(1)
		}
		return w.moveField(-1)
	case tea.KeyPressMsg:
		if w.sidebar {
			return w.handleSidebarKey(msg)
		}
		return w.handleFieldKey(msg)
	case tea.PasteMsg, common.BurstMsg:
		if !w.sidebar && len(w.inputs) > 0 {
			return tea.Batch(w.inputs[w.focus].Update(msg), w.edited())
		}
	}
	return nil
}

// tabTaker is implemented by inputs that use tab themselves.
type tabTaker interface {
	TakesTab() bool
}

func (w *Wizard) handleFieldKey(k tea.KeyPressMsg) tea.Cmd {
	if cmd, ok := w.unplacedKey(k); ok {
		return cmd
	}
	if len(w.inputs) > 0 && (key.Matches(k, w.keys.NextField) || key.Matches(k, w.keys.PrevField)) {
		if t, ok := w.inputs[w.focus].(tabTaker); ok && t.TakesTab() {
			return w.inputs[w.focus].Update(k)
		}
	}
	switch {
	case key.Matches(k, w.keys.NextField):
		return w.moveField(1)
	case key.Matches(k, w.keys.PrevField):
		return w.moveField(-1)
	case key.Matches(k, w.keys.NextSection):
		return w.goSection(w.sec + 1)
	case key.Matches(k, w.keys.PrevSection):
		return w.goSection(w.sec - 1)
	case key.Matches(k, w.keys.None):
		return w.toggleNone()
	case key.Matches(k, w.keys.Guide):
		w.guide = !w.guide
		return nil
	case key.Matches(k, w.keys.Review):
		return w.leaveFor(common.ShowReviewMsg{})
	case key.Matches(k, w.keys.Preview):
		return w.leaveFor(common.ShowPreviewMsg{})
	case key.Matches(k, w.keys.Export):
		return w.leaveFor(common.ShowExportMsg{})
	case key.Matches(k, history.OpenKey(w.c.Str)):
		return w.leaveFor(history.ShowMsg{ID: w.info.ID, FromWizard: true})
	case k.String() == "esc" && w.inputBusy():
		return tea.Batch(w.inputs[w.focus].Update(k), w.edited())
	case k.String() == "esc":
		return w.toSidebar()
	case k.String() == "enter" && len(w.inputs) > 0 && !w.inputs[w.focus].Tall():
		return w.moveField(1)
	}
	if len(w.inputs) == 0 {
		return nil
	}
	return tea.Batch(w.inputs[w.focus].Update(k), w.edited())
}

func (w *Wizard) handleSidebarKey(k tea.KeyPressMsg) tea.Cmd {
	n := len(w.outline.Sections)
	switch {
	case key.Matches(k, w.keys.Up):
		w.side = (w.side + n - 1) % n
	case key.Matches(k, w.keys.Down):
		w.side = (w.side + 1) % n
	case key.Matches(k, w.keys.Enter), key.Matches(k, w.keys.NextField):
		cmd := w.goSection(w.side)
		w.sidebar = false
		return tea.Batch(cmd, w.focusCmd())
	case key.Matches(k, w.keys.NextSection):
		return w.goSection(w.sec + 1)
	case key.Matches(k, w.keys.PrevSection):
		return w.goSection(w.sec - 1)
	case key.Matches(k, w.keys.ReviewKey), key.Matches(k, w.keys.Review):
		return w.leaveFor(common.ShowReviewMsg{})
	case key.Matches(k, w.keys.PreviewKey), key.Matches(k, w.keys.Preview):
		return w.leaveFor(common.ShowPreviewMsg{})
	case key.Matches(k, w.keys.ExportKey), key.Matches(k, w.keys.Export):
		return w.leaveFor(common.ShowExportMsg{})
	case key.Matches(k, w.keys.Guide):
		w.guide = !w.guide
	case key.Matches(k, history.OpenKey(w.c.Str)):
		return w.leaveFor(history.ShowMsg{ID: w.info.ID, FromWizard: true})
	case k.String() == "esc":
		return w.leaveFor(common.ShowDraftsMsg{})
	}
	return nil
}

// inputBusy reports whether the focused input has a picker or question open
// that esc should close first.
func (w *Wizard) inputBusy() bool {
	if len(w.inputs) == 0 {
		return false
	}
	b, ok := w.inputs[w.focus].(interface{ Busy() bool })
	return ok && b.Busy()
}

// toSidebar moves focus from the fields to the section list.
func (w *Wizard) toSidebar() tea.Cmd {
	w.blurCurrent()
	w.sidebar, w.side = true, w.sec
	return w.commit()
}

// moveField moves focus by delta, wrapping within the section.
func (w *Wizard) moveField(delta int) tea.Cmd {
	if len(w.inputs) == 0 {
		return nil
	}
	w.blurCurrent()
	w.focus = (w.focus + delta + len(w.inputs)) % len(w.inputs)
	return tea.Batch(w.focusCmd(), w.commit())
}

// goSection saves and shows section i (clamped to the outline).
func (w *Wizard) goSection(i int) tea.Cmd {
	if i < 0 || i >= len(w.outline.Sections) {
		return nil
	}
	w.blurCurrent()
	for _, in := range w.inputs {
		w.touched[in.Owner()] = true
	}
	if i != w.sec {
		w.save.dirty = true // the section last edited is saved with the draft
	}
	w.enter(i)
	cmd := w.commit()
	w.side = i
	if w.sidebar {
		return cmd
	}
	return tea.Batch(cmd, w.focusCmd())
}

// leaveFor saves at once and then asks the root for another screen.
func (w *Wizard) leaveFor(msg tea.Msg) tea.Cmd {
	w.applyAll()
	return tea.Sequence(w.commit(), common.CmdOf(msg))
}

// blurCurrent applies and blurs the focused input and marks its field as
// visited, so its problems show from now on.
func (w *Wizard) blurCurrent() {
	if len(w.inputs) == 0 {
		return
	}
	in := w.inputs[w.focus]
	w.applyAll()
	in.Blur()
	w.touched[in.Owner()] = true
}

func (w *Wizard) focusCmd() tea.Cmd {
	if len(w.inputs) == 0 || w.sidebar {
		return nil
	}
	return w.inputs[w.focus].Focus()
}

// enter builds the inputs of section i, loaded from the report.
func (w *Wizard) enter(i int) {
	w.sec, w.focus, w.guide = i, 0, false
	w.inputs = w.buildInputs(w.outline.Sections[i])
	for _, in := range w.inputs {
		in.Load(w.report)
		if p, ok := in.(problemSetter); ok {
			p.SetProblems(w.problems)
		}
	}
	w.follow(w.rules())
	w.layout()
	if !w.sidebar && len(w.inputs) > 0 {
		w.inputs[0].Focus()
	}
}

func (w *Wizard) buildInputs(s model.Section) []field.Input {
	env := field.Env{St: w.c.Styles, Str: w.c.Str}
	var out []field.Input
	for _, f := range s.Fields {
		switch f.Kind {
		case model.FieldSignature:
			out = append(out, field.Signer(env, f, w.outline.Profile)...)
		case model.FieldStaffing:
			out = append(out, field.NewStaffing(env, f, w.outline.Profile, w.rules(), w.c.Now))
		case model.FieldTable:
			out = append(out, field.NewTable(env, f))
		default:
			out = append(out, field.New(env, f, f.ID))
		}
	}
	return out
}

// toggleNone records or withdraws "Không" on the focused field's owner.
func (w *Wizard) toggleNone() tea.Cmd {
	if len(w.inputs) == 0 {
		return nil
	}
	f, _, ok := w.outline.Field(w.inputs[w.focus].Owner())
	if !ok || !f.NoneOK {
		return common.StatusCmd(w.c.Str.NoneNotAllowed, true)
	}
	w.inputs[w.focus].Apply(&w.report)
	w.report.SetNone(f, !w.report.Answers[f.ID].None)
	w.save.dirty = true
	w.validate()
	return w.commit()
}

// Typing reports whether a text input has focus.
func (w *Wizard) Typing() bool {
	return !w.sidebar && len(w.inputs) > 0 && w.inputs[w.focus].Typing()
}

// Jump shows the section and field a problem belongs to, and the place in
// the field its path names when the input has places (a table's cell).
func (w *Wizard) Jump(j common.JumpMsg) tea.Cmd {
	cmd := w.goSection(w.sectionIndex(j.Section))
	w.sidebar = false
	for i, in := range w.inputs {
		if in.Owner() == j.Field || in.Field().ID == j.Field {
			w.inputs[w.focus].Blur()
			w.focus = i
			if p, ok := in.(interface{ Show(path string) }); ok {
				p.Show(j.Path)
			}
			break
		}
	}
	return tea.Batch(cmd, w.focusCmd())
}

// Snapshot applies pending edits and returns a copy of the report with the
// outline and its problems, for review, preview and export.
func (w *Wizard) Snapshot() (model.Report, model.Outline, []model.Problem) {
	w.applyAll()
	return w.report.Clone(), w.outline, append([]model.Problem(nil), w.problems...)
}

// Info returns the draft's list entry as of the last edit.
func (w *Wizard) Info() common.DraftInfo { return w.summary() }
