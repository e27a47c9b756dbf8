package field

import (
	"fmt"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/ui/grid"
)

// TableInput is a table field: the grid editor over the field's TableSpec,
// its answer saved as the report's Answer.Table.
type TableInput struct {
	env     Env
	f       model.Field
	g       grid.Model
	applied uint64 // the grid's version last written to the report
	width   int
	height  int
}

// NewTable returns the input of a table field (f.Table set).
func NewTable(env Env, f model.Field) *TableInput {
	in := &TableInput{env: env, f: f, width: 40, height: 10}
	in.g = in.newGrid(nil)
	return in
}

// newGrid makes the grid for a table, in the input's size and styles.
func (in *TableInput) newGrid(t *model.Table) grid.Model {
	var spec model.TableSpec
	if in.f.Table != nil {
		spec = *in.f.Table
	}
	return grid.New(spec, t, grid.WithStyles(in.env.St.Grid), grid.WithSize(in.width, in.height))
}

func (in *TableInput) Field() model.Field  { return in.f }
func (in *TableInput) Owner() string       { return in.f.ID }
func (in *TableInput) Focus() tea.Cmd      { return in.g.Focus() }
func (in *TableInput) Blur()               { in.g.Blur() }
func (in *TableInput) Cursor() *tea.Cursor { return nil }
func (in *TableInput) Typing() bool        { return true } // every printable key types into a cell
func (in *TableInput) Tall() bool          { return true }

// TakesTab reports that tab moves between the grid's cells; the grid
// answers grid.LeaveMsg on its last cell.
func (in *TableInput) TakesTab() bool { return true }

// Busy reports whether a cell is being edited, so that esc takes the edit
// back instead of leaving the field.
func (in *TableInput) Busy() bool { return in.g.Editing() }

func (in *TableInput) ShortHelp() []key.Binding  { return in.g.Help().ShortHelp() }
func (in *TableInput) FullHelp() [][]key.Binding { return in.g.Help().FullHelp() }

func (in *TableInput) Update(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	in.g, cmd = in.g.Update(msg)
	return cmd
}

func (in *TableInput) Load(r model.Report) {
	in.g = in.newGrid(r.Answers[in.f.ID].Table)
	in.applied = in.g.Version()
}

// Apply stores the table when the clerk changed it; a table with no typed
// cell is no answer (model.Report.SetTable).
func (in *TableInput) Apply(r *model.Report) bool {
	if in.g.Version() == in.applied {
		return false
	}
	t := in.g.Value()
	r.SetTable(in.f, &t)
	in.applied = in.g.Version()
	return true
}

func (in *TableInput) SetSize(width, height int) {
	in.width, in.height = width, height
	in.g.SetSize(width, height)
}

// View shows the grid with focus, else a line saying how far it is filled.
func (in *TableInput) View(focused bool) string {
	if focused {
		return in.g.View()
	}
	t := in.g.Value()
	if t.IsEmpty() {
		return blurredLine(in.env, "", in.f.Hint, in.width)
	}
	return blurredLine(in.env, filledLine(in.env.Str.Lang, in.f.Table, t), "", in.width)
}

// filledLine says, in the language lang, how many of the table's cells
// are filled.
func filledLine(lang string, spec *model.TableSpec, t model.Table) string {
	filled, all := 0, 0
	for _, r := range t.Rows {
		for c, v := range r.Cells {
			if spec != nil && c >= len(spec.Columns) {
				break
			}
			all++
			if strings.TrimSpace(v) != "" {
				filled++
			}
		}
	}
	if lang == "en" {
		return fmt.Sprintf("Table of %d rows, %d of %d cells filled", len(t.Rows), filled, all)
	}
	return fmt.Sprintf("Bảng %d dòng, đã điền %d/%d ô", len(t.Rows), filled, all)
}

// Show puts the grid's cursor on the cell a problem's path names
// ("answers.<ID>.rows[R].cells[C]", or a row without its cell).
func (in *TableInput) Show(path string) {
	rest, ok := strings.CutPrefix(path, "answers."+in.f.ID+".rows[")
	if !ok {
		return
	}
	row, rest, _ := strings.Cut(rest, "]")
	col, _ := strings.CutPrefix(rest, ".cells[")
	r, err := strconv.Atoi(row)
	if err != nil {
		return
	}
	c, err := strconv.Atoi(strings.TrimSuffix(col, "]"))
	if err != nil {
		c = 0
	}
	in.g.MoveTo(r, c)
}

// SetProblems gives the grid the problems of its field that name no cell
// or row; the grid finds those itself (model.CheckTable) as cells change.
func (in *TableInput) SetProblems(ps []model.Problem) {
	var notes []string
	for _, p := range ps {
		if p.Field == in.f.ID && !strings.Contains(p.Path, ".rows[") {
			notes = append(notes, p.Message)
		}
	}
	in.g.SetNotes(notes)
}
