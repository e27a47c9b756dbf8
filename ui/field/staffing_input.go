package field

import (
	"reflect"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/ui/staffing"
)

// staffingTable is the staffing editor (rows = positions, columns = start of
// term and now, live totals and cap warnings). newStaffingTable is the one
// place that picks its implementation.
type staffingTable interface {
	Value() model.Staffing
	SetProblems(ps []model.Problem)
	SetSize(width, height int)
	Update(msg tea.Msg) tea.Cmd
	View() string
	Focus()
	Blur()
	Cursor() *tea.Cursor
	Keys() help.KeyMap
	Busy() bool
	Editing() bool
}

// StaffingInput is the staffing field: the table for the regime in force on
// the report's date, for the unit's kind. Its generated paragraph is the
// one the document prints (model.Rules.StaffingParagraphs), written from
// the table and the rest of the report as Follow last gave it.
type StaffingInput struct {
	env     Env
	f       model.Field
	rules   model.Rules
	profile model.Profile
	now     func() time.Time
	table   staffingTable
	applied model.Staffing
	report  model.Report // the report as last loaded or followed
	width   int
	height  int
}

func NewStaffing(env Env, f model.Field, profile model.Profile, rules model.Rules, now func() time.Time) *StaffingInput {
	return &StaffingInput{env: env, f: f, rules: rules, profile: profile, now: now, width: 40, height: 10}
}

// Follow takes the report as it now stands and the rules to judge it by
// (their Recent date included), which the generated paragraph follows:
// the term, the term's start and the report's date live in other fields.
func (in *StaffingInput) Follow(r model.Report, rules model.Rules) {
	in.report, in.rules = r, rules
}

// paragraphs writes the document's staffing paragraphs for the table's
// rows and totals and the rest of the report.
func (in *StaffingInput) paragraphs(s model.Staffing) []string {
	r := in.report
	r.Staffing.Rows, r.Staffing.Declared = s.Rows, s.Declared
	return in.rules.StaffingParagraphs(r, in.profile)
}

func (in *StaffingInput) Field() model.Field  { return in.f }
func (in *StaffingInput) Owner() string       { return in.f.ID }
func (in *StaffingInput) Focus() tea.Cmd      { in.table.Focus(); return nil }
func (in *StaffingInput) Blur()               { in.table.Blur() }
func (in *StaffingInput) Cursor() *tea.Cursor { return in.table.Cursor() }
func (in *StaffingInput) Typing() bool        { return in.table.Editing() } // ? and q work on the table itself
func (in *StaffingInput) Tall() bool          { return true }
func (in *StaffingInput) View(bool) string    { return in.table.View() }

func (in *StaffingInput) Update(msg tea.Msg) tea.Cmd { return in.table.Update(msg) }

// Busy reports whether a picker or question of the table is open, so that
// esc closes it instead of leaving the field.
func (in *StaffingInput) Busy() bool { return in.table.Busy() }

// ShortHelp lists the keys of what has them: the table (its most important
// keys first), or the open picker.
func (in *StaffingInput) ShortHelp() []key.Binding { return in.table.Keys().ShortHelp() }

// FullHelp lists every key of the table or of the open picker.
func (in *StaffingInput) FullHelp() [][]key.Binding { return in.table.Keys().FullHelp() }

// TakesTab reports that the table handles tab itself: it answers with
// staffing.LeaveMsg at once (arrows and enter move between its cells), and
// closes an open picker first.
func (in *StaffingInput) TakesTab() bool { return true }

// SetProblems passes the report's problems to the table, which shows those
// of its rows.
func (in *StaffingInput) SetProblems(ps []model.Problem) { in.table.SetProblems(ps) }

func (in *StaffingInput) Load(r model.Report) {
	in.applied = r.Staffing.Clone()
	in.report = r
	in.table = newStaffingTable(r.Staffing, regimeFor(in.rules, r, in.now()), r.Unit.Kind, r.Unit.Class, in.paragraphs)
	in.table.SetSize(in.width, in.height)
}

// Apply copies the table's rows and typed totals into the report. The term
// belongs to its own field (staffing.term) and is left as it is.
func (in *StaffingInput) Apply(r *model.Report) bool {
	v := in.table.Value()
	v.Term = r.Staffing.Term
	if reflect.DeepEqual(v.Rows, in.applied.Rows) && reflect.DeepEqual(v.Declared, in.applied.Declared) {
		return false
	}
	r.Staffing = v.Clone()
	in.applied = v.Clone()
	return true
}

func (in *StaffingInput) SetSize(width, height int) {
	in.width, in.height = width, height
	if in.table != nil {
		in.table.SetSize(width, height)
	}
}

// regimeFor returns the staffing regime in force on the report's date (or
// on the date that stands in for an invalid one, model.Rules.ReportDate),
// or today's, or the newest one.
func regimeFor(rules model.Rules, r model.Report, now time.Time) model.Regime {
	if d, _, ok := rules.ReportDate(r); ok {
		if g, ok := rules.For(d); ok {
			return g
		}
	}
	today := model.Date{Year: now.Year(), Month: int(now.Month()), Day: now.Day()}
	if g, ok := rules.For(today); ok {
		return g
	}
	if n := len(rules.Regimes); n > 0 {
		return rules.Regimes[n-1]
	}
	return model.Regime{}
}

// newStaffingTable returns the staffing editor of package staffing.
func newStaffingTable(s model.Staffing, g model.Regime, kind model.UnitKind, class string, paras func(model.Staffing) []string) staffingTable {
	return &tableAdapter{m: staffing.New(s, g, kind, staffing.WithClass(class), staffing.WithParagraphs(paras))}
}

// tableAdapter adapts staffing.Model to staffingTable.
type tableAdapter struct{ m staffing.Model }

func (t *tableAdapter) Value() model.Staffing          { return t.m.Value() }
func (t *tableAdapter) SetProblems(ps []model.Problem) { t.m.SetProblems(ps) }
func (t *tableAdapter) SetSize(width, height int)      { t.m.SetSize(width, height) }
func (t *tableAdapter) View() string                   { return t.m.View() }
func (t *tableAdapter) Focus()                         { t.m.Focus() }
func (t *tableAdapter) Blur()                          { t.m.Blur() }
func (t *tableAdapter) Cursor() *tea.Cursor            { return t.m.Cursor() }
func (t *tableAdapter) Keys() help.KeyMap              { return t.m.Help() }
func (t *tableAdapter) Editing() bool                  { return t.m.Editing() }
func (t *tableAdapter) Busy() bool                     { return t.m.Busy() }

func (t *tableAdapter) Update(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	t.m, cmd = t.m.Update(msg)
	return cmd
}
