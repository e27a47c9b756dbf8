package staffing

import (
	"slices"
	"strings"
	"sync/atomic"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/ui/common"
	"github.com/baocao/baocao/ui/editor"
)

// MaxCount is the largest count a cell takes: model.MaxCount, the bound
// check and the JSON reader apply too.
const MaxCount = model.MaxCount

var lastID atomic.Int64

// ChangedMsg is sent (through the command Update returns) after every
// change of the table, so the parent can validate and schedule an autosave.
type ChangedMsg struct {
	// ID is the table's ID, see Model.ID.
	ID int
}

// LeaveMsg is sent when tab is pressed on the last cell (Forward) or
// shift+tab on the first: the parent moves to the next or previous field.
type LeaveMsg struct {
	ID      int
	Forward bool
}

// mode is what the keys currently act on.
type mode int

const (
	modeTable     mode = iota
	modeAdd            // picking a catalogue position to add
	modeCombine        // picking the roles of a combined post
	modeTitle          // typing the title of a custom position
	modeGroup          // choosing the group of a custom position
	modeParagraph      // the generated paragraph shown in full
)

// Model is the staffing table. Use New to make one, and keep the Model
// Update returns.
type Model struct {
	KeyMap KeyMap
	Styles Styles

	id       int
	s        model.Staffing
	regime   model.Regime
	kind     model.UnitKind
	class    string
	order    []int // row indices in display order: cán bộ, then công chức
	sel, col int   // cursor: index into order, column (0 start, 1 now)
	fresh    bool  // the next digit replaces the cell; false while a count is being typed
	mode     mode
	pick     picker
	title    editor.Model
	group    model.Group
	msg      string
	problems []model.Problem
	undo     common.Undo[snapshot]
	width    int
	height   int
	focused  bool
	version  uint64
	// paras writes the generated paragraph from the table; by default
	// model.StaffingText with the regime's catalogue.
	paras func(model.Staffing) []string
	cr    bool // the last pasted character was a carriage return
}

// Option configures a new table.
type Option func(*Model)

// WithClass sets the unit's class ("I", "II", "III"), which selects the
// regime's cap.
func WithClass(class string) Option { return func(m *Model) { m.class = strings.TrimSpace(class) } }

// WithParagraphs sets how the generated paragraph is written from the
// table, so that it is the one the document prints (model.Rules.
// StaffingParagraphs, each column under its own regime, given the rest
// of the report).
func WithParagraphs(f func(model.Staffing) []string) Option {
	return func(m *Model) { m.paras = f }
}

// WithKeyMap sets the key bindings.
func WithKeyMap(k KeyMap) Option { return func(m *Model) { m.KeyMap = k } }

// WithStyles sets the styles.
func WithStyles(s Styles) Option { return func(m *Model) { m.Styles = s } }

// WithSize sets the width and height in cells, as SetSize does.
func WithSize(w, h int) Option { return func(m *Model) { m.width, m.height = w, h } }

// New returns a blurred table editing a copy of s, with the catalogue of
// regime for units of the kind; 80×24 unless sized by an option.
func New(s model.Staffing, regime model.Regime, kind model.UnitKind, opts ...Option) Model {
	m := Model{
		KeyMap: DefaultKeyMap(),
		Styles: DefaultStyles(),
		id:     int(lastID.Add(1)),
		s:      s.Clone(),
		regime: regime,
		kind:   kind,
		fresh:  true,
		width:  80,
		height: 24,
		title:  editor.New(editor.WithOneLine(), editor.WithMaxLen(120)),
		undo:   common.NewUndo[snapshot](maxUndo),
	}
	for _, o := range opts {
		o(&m)
	}
	if m.paras == nil {
		m.paras = func(s model.Staffing) []string { return model.StaffingText(s, regime.Catalogue, kind) }
	}
	m.reorder(-1)
	m.SetSize(m.width, m.height)
	return m
}

// ID returns the table's unique ID, the one its messages carry.
func (m Model) ID() int { return m.id }

// Init does nothing; it is here so the table can run as a program.
func (m Model) Init() tea.Cmd { return nil }

// Value returns a copy of the table as edited.
func (m Model) Value() model.Staffing { return m.s.Clone() }

// SetTerm sets the term (nhiệm kỳ, "2020-2025") the generated paragraph
// names; the term is its own field of the outline, so the parent passes it
// on when it changes. It does not count as a change of the table.
func (m *Model) SetTerm(term string) { m.s.Term = model.CleanLine(term) }

// Version returns a number that grows with every change of the table.
func (m Model) Version() uint64 { return m.version }

// SetProblems shows the problems whose Path starts with "staffing" (others
// are ignored) under the table and marks the rows they name.
func (m *Model) SetProblems(ps []model.Problem) {
	m.problems = m.problems[:0]
	for _, p := range ps {
		if strings.HasPrefix(p.Path, "staffing") {
			m.problems = append(m.problems, p)
		}
	}
}

// Message returns the current notice to the user, or "".
func (m Model) Message() string { return m.msg }

// Focus lets the table take keys; the first digit typed then replaces the
// cell's count. It returns no command.
func (m *Model) Focus() tea.Cmd {
	m.focused, m.fresh = true, true
	return nil
}

// Blur stops the table from taking keys and closes any open picker.
func (m *Model) Blur() {
	m.focused = false
	m.mode = modeTable
	m.title.Blur()
}

// Focused reports whether the table has focus.
func (m Model) Focused() bool { return m.focused }

// Editing reports whether typed letters are text (the title of a custom
// position, or the filter of a picker), so that the parent passes plain
// letters such as q and ? through. On the table itself they are not: the
// parent's global keys (? help, q quit) keep working there.
func (m Model) Editing() bool {
	return m.focused && (m.mode == modeTitle || m.mode == modeAdd || m.mode == modeCombine)
}

// Busy reports whether a picker, the custom-position form or the full
// paragraph is open; esc then closes it rather than leaving the table.
func (m Model) Busy() bool { return m.mode != modeTable }

// Help returns the keys of what has the keys now: the table, a picker, the
// custom position's title or group, or the full paragraph.
// The one-line help leaves the undo key out while there is nothing to undo.
func (m Model) Help() help.KeyMap {
	return modeKeys{k: m.KeyMap, mode: m.mode, canUndo: m.undo.Len() > 0}
}

// SetSize sets the size in cells the view may take.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = max(1, w), max(1, h)
	m.title.SetSize(max(1, m.width-2), 1)
}

// Update handles key presses and pastes while focused.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	if !m.focused {
		return m, nil
	}
	before := m.version
	var cmd tea.Cmd
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		m.cr = false
		cmd = m.handleKey(msg)
	case tea.PasteMsg:
		cmd = m.handlePaste(msg.Content)
	default:
		return m, nil
	}
	if m.version != before {
		id := m.id
		cmd = tea.Batch(cmd, func() tea.Msg { return ChangedMsg{ID: id} })
	}
	return m, cmd
}

// handleKey dispatches a key to the current mode.
func (m *Model) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	switch m.mode {
	case modeAdd, modeCombine:
		m.handlePicker(msg)
	case modeTitle:
		return m.handleTitle(msg)
	case modeGroup:
		m.handleGroup(msg)
	case modeParagraph:
		if key.Matches(msg, m.KeyMap.Paragraph, m.KeyMap.Cancel) {
			m.mode = modeTable
		}
	default:
		return m.handleTable(msg)
	}
	return nil
}

// handlePaste types a pasted title or filter, or fills the count cells
// from the cursor cell: digits type, a tab moves to the next column and a
// line break to the next row, as a spreadsheet copies them; nothing pasted
// runs as a command.
func (m *Model) handlePaste(text string) tea.Cmd {
	switch m.mode {
	case modeTitle:
		var cmd tea.Cmd
		m.title, cmd = m.title.Update(tea.PasteMsg{Content: text})
		return cmd
	case modeAdd, modeCombine:
		m.setFilter(m.pick.filter + model.CleanLine(text))
	case modeTable:
		m.pasteCounts(text)
	}
	return nil
}

// pasteCounts types pasted counts into the table; a character that is not
// a digit is refused with a notice, and the rest still goes in.
func (m *Model) pasteCounts(text string) {
	msg := ""
	for _, r := range text {
		cr := m.cr
		m.cr = r == '\r'
		switch {
		case r == '\t' && m.col == 0:
			m.move(0, 1)
		case r == '\n' && cr: // CR LF is one line break, also when typed as keys
		case r == '\n' || r == '\r':
			m.move(1, 0)
		case r == '\t' || r == ' ':
		case !m.typeDigit(r):
			msg = m.msg
		}
	}
	m.msg = msg
}

// changed records a change of the table.
func (m *Model) changed() { m.version++ }

// reorder sorts the display order: cán bộ rows, then công chức, each in
// table order, and puts the cursor on row want (an index in s.Rows) when
// it is one.
func (m *Model) reorder(want int) {
	m.order = m.order[:0]
	for _, g := range []model.Group{model.GroupCadre, model.GroupCivilServ} {
		for i, r := range m.s.Rows {
			if m.groupOf(r) == g {
				m.order = append(m.order, i)
			}
		}
	}
	if k := slices.Index(m.order, want); k >= 0 {
		m.sel = k
	}
	m.sel = min(max(m.sel, 0), max(len(m.order)-1, 0))
}

// groupOf returns a row's group, custom rows with no valid group counted as
// công chức (as model.Staffing.Sum does).
func (m *Model) groupOf(r model.StaffRow) model.Group {
	if m.regime.GroupOf(r) == model.GroupCadre {
		return model.GroupCadre
	}
	return model.GroupCivilServ
}

// current returns the index in s.Rows of the selected row, or -1.
func (m *Model) current() int {
	if m.sel < 0 || m.sel >= len(m.order) {
		return -1
	}
	return m.order[m.sel]
}
