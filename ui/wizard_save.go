package ui

import (
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/ui/common"
	"github.com/baocao/baocao/ui/field"
	"github.com/baocao/baocao/ui/history"
)

// autosave is the wizard's save state. At most one save is in flight; edits
// made meanwhile are saved when it returns.
type autosave struct {
	seq    int       // number of the pending tick; 0 when none is pending
	dirty  bool      // the report changed since the last save started
	saving bool      // a save is in flight
	last   time.Time // when the last save became durable
	err    error     // the last save's error, until a save succeeds
	ticks  int       // ticks scheduled so far, to number them
}

// edited notes a key sent to an input and schedules a save SaveDelay
// later, unless one is already scheduled: so a save follows the last key
// within SaveDelay, and steady typing is saved every SaveDelay too (a pure
// debounce would never save while the clerk keeps typing).
func (w *Wizard) edited() tea.Cmd {
	if w.save.seq != 0 {
		return nil
	}
	w.save.ticks++
	w.save.seq = w.save.ticks
	seq := w.save.seq
	return tea.Tick(w.c.Timing.SaveDelay, func(time.Time) tea.Msg { return saveTickMsg{Seq: seq} })
}

// handleTick saves what changed since the tick was scheduled.
func (w *Wizard) handleTick(msg saveTickMsg) tea.Cmd {
	if msg.Seq != w.save.seq {
		return nil
	}
	w.save.seq = 0
	return w.commit()
}

// handleSaved records a save's result and starts the next one if the
// report changed meanwhile.
func (w *Wizard) handleSaved(msg common.SavedMsg) tea.Cmd {
	w.save.saving = false
	if msg.Err != nil {
		w.save.err = msg.Err
		w.save.dirty = true // keep it to retry with the next edit or flush
		return nil
	}
	w.save.err, w.save.last = nil, msg.At
	if w.save.dirty {
		return w.startSave()
	}
	return nil
}

// commit applies the focused input and saves at once if anything changed.
func (w *Wizard) commit() tea.Cmd {
	w.applyAll()
	if !w.save.dirty || w.save.saving {
		return nil
	}
	return w.startSave()
}

// Flush saves now whatever is pending (used before quitting). It returns nil
// when nothing is left to save.
func (w *Wizard) Flush() tea.Cmd {
	w.save.err = nil
	return w.commit()
}

// Idle reports whether every edit is durable: nothing changed since the last
// successful save and no save is in flight.
func (w *Wizard) Idle() bool {
	w.applyAll()
	return !w.save.saving && !w.save.dirty
}

// SaveError returns the last save's error, if the last save failed.
func (w *Wizard) SaveError() error { return w.save.err }

// SaveState is the status line's text: the time of the last save, or the
// error of the last one.
func (w *Wizard) SaveState() (string, bool) {
	switch {
	case w.save.err != nil:
		return w.c.Str.SaveFailed(w.save.err), true
	case w.save.saving || w.save.dirty:
		return w.c.Str.Saving, false
	case !w.save.last.IsZero():
		return w.c.Str.SavedAt(w.save.last), false
	}
	return "", false
}

// applyAll writes the focused input's value into the report and revalidates
// when it changed.
func (w *Wizard) applyAll() {
	if len(w.inputs) == 0 {
		return
	}
	if w.inputs[w.focus].Apply(&w.report) {
		w.save.dirty = true
		w.validate()
	}
}

// validate recomputes the problems, the sidebar marks and the tally, once
// per change applied (not per key, nor per frame: drawing reads them).
func (w *Wizard) validate() {
	if d, err := model.ParseDate(w.report.Doc.Date); err == nil && d.Valid() {
		w.recent = d
	}
	rules := w.rules()
	w.problems = model.Validate(w.report, w.outline, rules)
	w.marks = model.Statuses(w.report, w.outline, w.problems)
	w.unfilled = model.UnfilledFlags(w.report, w.outline, w.problems)
	w.tally = model.Measure(w.report, w.outline, w.problems)
	w.follow(rules)
}

// tableProblems are the problems the staffing table lists under its rows:
// all but what is only still to be written, which the wizard names "chưa
// điền" under the field as it does for every field.
func (w *Wizard) tableProblems() []model.Problem {
	var out []model.Problem
	for i, p := range w.problems {
		if !w.unfilled[i] {
			out = append(out, p)
		}
	}
	return out
}

// rules are the program's rules with the report's last valid date standing
// in for an invalid one.
func (w *Wizard) rules() model.Rules {
	r := w.c.Svc.Rules
	r.Recent = w.recent
	now := w.c.Now() // today by the program's one clock
	r.Today = model.Date{Year: now.Year(), Month: int(now.Month()), Day: now.Day()}
	return r
}

// follow passes the report as it stands to the inputs that depend on more
// than their own field: the problems to the staffing table, the report to
// its generated paragraph, the date's choices to the unit's kind and class.
func (w *Wizard) follow(rules model.Rules) {
	for _, in := range w.inputs {
		if p, ok := in.(problemSetter); ok {
			p.SetProblems(w.tableProblems())
		}
		if f, ok := in.(reportFollower); ok {
			f.Follow(w.report, rules)
		}
	}
	w.unitChoices(rules)
}

// problemSetter is implemented by inputs that show problems inside
// themselves (the staffing table).
type problemSetter interface {
	SetProblems(ps []model.Problem)
}

// reportFollower is implemented by inputs that show what other fields
// decide (the staffing table's paragraph names the term and the decrees).
type reportFollower interface {
	Follow(r model.Report, rules model.Rules)
}

// unitChoices offers in the unit's kind and class choices what the report's
// date allows (model.Rules.UnitsOn, as the new-draft form does), the
// classes of the kind chosen; a value no longer offered stays, marked, and
// check reports it. Without a period for the date, the outline's options.
func (w *Wizard) unitChoices(rules model.Rules) {
	p, ok := model.UnitPeriod{}, false
	if d, _, dated := rules.ReportDate(w.report); dated {
		p, ok = rules.UnitsOn(d)
	}
	for _, in := range w.inputs {
		c, isChoice := in.(*field.ChoiceInput)
		if !isChoice {
			continue
		}
		opts := c.Field().Options
		switch {
		case c.Field().Bind == "unit.kind" && ok:
			opts = p.KindOptions(opts)
		case c.Field().Bind == "unit.class" && ok:
			opts = p.ClassOptions(w.report.Unit.Kind)
		case c.Field().Bind != "unit.kind" && c.Field().Bind != "unit.class":
			continue
		}
		c.SetOptions(opts)
	}
}

// startSave builds the save command from a copy of the report.
func (w *Wizard) startSave() tea.Cmd {
	w.save.dirty, w.save.saving = false, true
	return common.SaveDraftCmd(w.c.Svc.Store, common.Draft{Info: w.summary(), Report: w.report.Clone()}, w.c.Now)
}

// summary is the drafts-list entry for the report as it stands.
func (w *Wizard) summary() common.DraftInfo {
	info := common.Summarize(w.report, w.outline, w.tally, w.outline.Sections[w.sec].ID)
	info.ID, info.Modified = w.info.ID, w.info.Modified
	return info
}

// ShortHelp lists the keys of the focused part.
func (w *Wizard) ShortHelp() []key.Binding {
	k := w.keys
	if w.sidebar {
		return []key.Binding{k.Up, k.Down, k.Enter, k.ReviewKey, k.PreviewKey, k.ExportKey}
	}
	if h, ok := w.focusedHelp(); ok {
		return append(h.ShortHelp(), k.NextSection)
	}
	return []key.Binding{k.NextField, k.NextSection, k.None, k.Review, k.Export}
}

// focusedHelp returns the keys of the focused input when it has its own.
func (w *Wizard) focusedHelp() (help.KeyMap, bool) {
	if w.sidebar || len(w.inputs) == 0 {
		return nil, false
	}
	h, ok := w.inputs[w.focus].(help.KeyMap)
	return h, ok
}

// FullHelp lists every key of the wizard, the unplaced paragraphs' alt
// keys among them while there are some.
func (w *Wizard) FullHelp() [][]key.Binding {
	k := w.keys
	var cols [][]key.Binding
	if h, ok := w.focusedHelp(); ok {
		cols = joinShortest(h.FullHelp(), []key.Binding{k.NextSection, k.PrevSection, k.Review, k.Export})
	} else {
		cols = [][]key.Binding{
			{k.NextField, k.PrevField, k.NextSection, k.PrevSection},
			{k.None, k.Guide, k.Review, k.Preview, k.Export},
			{k.Up, k.Down, k.Enter, k.ReviewKey, k.PreviewKey, k.ExportKey, history.OpenKey(w.c.Str)},
		}
	}
	return joinShortest(cols, w.unplaced.Keys())
}
