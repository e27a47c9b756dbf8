package grid

import (
	"sync/atomic"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/ui/common"
)

var lastID atomic.Int64

// LeaveMsg is sent when tab is pressed on the last cell (Forward) or
// shift+tab on the first: the parent moves to the next or previous field.
type LeaveMsg struct {
	ID      int
	Forward bool
}

// Model is the grid editor. Use New to make one, and keep the Model Update
// returns.
type Model struct {
	KeyMap KeyMap
	Styles common.GridStyles

	id        int
	spec      model.TableSpec
	rows      []model.TableRow
	check     checked // the checks of version checkedAt, the totals of summedAt
	checkedAt uint64
	summedAt  uint64
	row, col  int // the cursor; col == len(spec.Columns) is the total column
	top       int // the first row shown
	left      int // the first data column shown
	widths    widths
	edit      cellEdit
	paste     pasteState
	undo      common.Undo[snapshot]
	msg       string
	notes     []string
	focused   bool
	version   uint64
	width     int
	height    int
}

// cellAt is a cell's row and column.
type cellAt struct{ row, col int }

// Option configures a new grid.
type Option func(*Model)

// WithKeyMap sets the key bindings.
func WithKeyMap(k KeyMap) Option { return func(m *Model) { m.KeyMap = k } }

// WithStyles sets the styles.
func WithStyles(s common.GridStyles) Option { return func(m *Model) { m.Styles = s } }

// WithSize sets the width and height in cells, as SetSize does.
func WithSize(w, h int) Option { return func(m *Model) { m.width, m.height = w, h } }

// New returns a blurred grid editing a copy of t (nil for an empty table)
// in the shape of spec: a biểu has a row for each fixed label, and every
// row a cell for each column. Rows and cells t has beyond the shape are
// kept, never dropped. 80×24 unless sized by an option.
func New(spec model.TableSpec, t *model.Table, opts ...Option) Model {
	m := Model{
		KeyMap: DefaultKeyMap(),
		Styles: common.DefaultStyles().Grid,
		id:     int(lastID.Add(1)),
		spec:   spec,
		rows:   shape(spec, t),
		undo:   common.NewUndo[snapshot](maxUndo),
		width:  80,
		height: 24,
	}
	for _, o := range opts {
		o(&m)
	}
	m.widths = measure(spec, m.labelTitle())
	m.recheck()
	m.SetSize(m.width, m.height)
	return m
}

// shape returns the rows of t fitted to spec: the fixed labels in place,
// at least one row in a free table, and at least one cell a column.
func shape(spec model.TableSpec, t *model.Table) []model.TableRow {
	var in []model.TableRow
	if t != nil {
		in = t.Rows
	}
	n := max(len(in), len(spec.Rows), 1)
	out := make([]model.TableRow, n)
	for i := range out {
		var r model.TableRow
		if i < len(in) {
			r = model.TableRow{Label: in[i].Label, Cells: append([]string(nil), in[i].Cells...)}
		}
		if i < len(spec.Rows) {
			r.Label = spec.Rows[i]
		}
		for len(r.Cells) < len(spec.Columns) {
			r.Cells = append(r.Cells, "")
		}
		out[i] = r
	}
	return out
}

// ID returns the grid's unique ID, the one its messages carry.
func (m Model) ID() int { return m.id }

// Init does nothing; it is here so the grid can run as a program.
func (m Model) Init() tea.Cmd { return nil }

// Value returns a copy of the table as edited, the cell being edited
// included, cleaned as its edit's end will (model.CleanLine).
func (m Model) Value() model.Table {
	out := model.Table{Rows: make([]model.TableRow, len(m.rows))}
	for i, r := range m.rows {
		out.Rows[i] = model.TableRow{Label: r.Label, Cells: append([]string(nil), r.Cells...)}
	}
	if m.edit.on {
		out.Rows[m.row].Cells[m.col] = model.CleanLine(out.Rows[m.row].Cells[m.col])
	}
	return out
}

// Version returns a number that grows with every change of the table.
func (m Model) Version() uint64 { return m.version }

// Message returns the current notice, or "".
func (m Model) Message() string { return m.msg }

// Focus lets the grid take keys; it returns no command.
func (m *Model) Focus() tea.Cmd {
	m.focused = true
	return nil
}

// Blur ends an edit, keeping what was typed, and stops taking keys.
func (m *Model) Blur() {
	m.endPaste()
	m.focused = false
}

// MoveTo puts the cursor on a cell (clamped to the grid), ending any edit.
func (m *Model) MoveTo(row, col int) {
	m.endPaste()
	m.moveTo(row, col)
	m.recheck()
	m.scroll()
}

// Focused reports whether the grid has focus.
func (m Model) Focused() bool { return m.focused }

// Editing reports whether a cell is being edited: esc then takes the edit
// back instead of leaving the grid.
func (m Model) Editing() bool { return m.edit.on }

// Help returns the keys of the grid as it stands.
func (m Model) Help() help.KeyMap {
	return helpKeys{k: m.KeyMap, free: !m.spec.Fixed(), editing: m.edit.on}
}

// SetSize sets the size in cells the view may take.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = max(w, 12), max(h, 4)
	m.scroll()
}

// Update handles key presses and pastes while focused.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	if !m.focused {
		return m, nil
	}
	var cmd tea.Cmd
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		m.msg = ""
		if m.endBurst(msg) {
			break
		}
		cmd = m.handleKey(msg)
	case tea.PasteMsg:
		m.pasteText(msg.Content, !m.paste.burst)
	case common.BurstMsg:
		m.startBurst(msg.Text)
	default:
		return m, nil
	}
	m.recheck()
	m.scroll()
	return m, cmd
}

// endBurst ends a burst at the next key. An enter that comes while the
// burst's last cell is still being typed confirms that cell, as it would
// after the same text typed by hand, and is used up (true), rather than
// opening the cell again for editing.
func (m *Model) endBurst(k tea.KeyPressMsg) bool {
	if !m.paste.on {
		return false
	}
	confirm := m.edit.on && k.String() == "enter"
	m.endPaste()
	return confirm
}

// changed records a change of the table.
func (m *Model) changed() { m.version++ }

// ncols is the number of data columns.
func (m *Model) ncols() int { return len(m.spec.Columns) }

// lastCol is the last column the cursor can reach: the total column when
// the table has one.
func (m *Model) lastCol() int {
	if m.spec.TotalColumn {
		return m.ncols()
	}
	return max(m.ncols()-1, 0)
}

// SetNotes gives the grid the problems of its field that concern no cell
// (an unfilled required table, say), shown in the footer when the cursor
// cell has nothing to say.
func (m *Model) SetNotes(notes []string) { m.notes = notes }
