package editor

import (
	"strings"
	"sync/atomic"

	tea "charm.land/bubbletea/v2"

	"github.com/baocao/baocao/model"
)

// DefaultMaxLen is the most characters an editor holds unless told
// otherwise: what one field of a report holds.
const DefaultMaxLen = model.MaxFieldLen

// anchorWidth is the row width a one-line editor wraps at: its rows are
// never shown, they only bound the scans for grapheme boundaries.
const anchorWidth = 256

var lastID atomic.Int64

// ChangedMsg is sent (through the command Update returns) after every
// change of the text by the user, so the parent can schedule an autosave.
type ChangedMsg struct {
	// ID is the editor's ID, see Model.ID.
	ID int
}

// Model is the editor. Use New to make one, and always keep the Model
// returned by Update: models share their lines.
type Model struct {
	KeyMap KeyMap
	Styles Styles
	// Placeholder is shown, faint, while the text is empty.
	Placeholder string

	id      int
	lines   []*line
	runes   int // runes in all lines, line feeds not counted
	bytes   int // bytes in all lines, line feeds not counted
	cl, co  int // cursor: line index and byte offset in it
	goal    int // display column kept by up and down; -1 when none
	tl, tr  int // first visible line and row in it
	xoff    int // one-line mode: byte offset of the first visible cell
	width   int
	height  int
	focused bool
	single  bool
	maxLen  int
	msg     string
	version uint64
	cache   *valueCache
}

type valueCache struct {
	version uint64
	ok      bool
	s       string
}

// Option configures a new editor.
type Option func(*Model)

// WithOneLine makes a one-line input: enter is left to the parent, line
// feeds in a paste become spaces, and the text scrolls sideways.
func WithOneLine() Option { return func(m *Model) { m.single = true; m.height = 1 } }

// WithMaxLen sets the most characters the text may hold (line feeds count
// as one); 0 means no limit. Typing or pasting past it keeps what fits and
// shows a message.
func WithMaxLen(n int) Option { return func(m *Model) { m.maxLen = max(0, n) } }

// WithPlaceholder sets the text shown while the editor is empty.
func WithPlaceholder(s string) Option { return func(m *Model) { m.Placeholder = s } }

// WithKeyMap sets the key bindings.
func WithKeyMap(k KeyMap) Option { return func(m *Model) { m.KeyMap = k } }

// WithStyles sets the styles.
func WithStyles(s Styles) Option { return func(m *Model) { m.Styles = s } }

// WithSize sets the width and height in cells, as SetSize does.
func WithSize(w, h int) Option { return func(m *Model) { m.width, m.height = w, h } }

// New returns an empty, blurred editor, 40×5 unless sized by an option.
func New(opts ...Option) Model {
	m := Model{
		KeyMap: DefaultKeyMap(),
		Styles: DefaultStyles(),
		id:     int(lastID.Add(1)),
		lines:  []*line{newLine("")},
		goal:   -1,
		width:  40,
		height: 5,
		maxLen: DefaultMaxLen,
		cache:  &valueCache{},
	}
	for _, o := range opts {
		o(&m)
	}
	m.SetSize(m.width, m.height)
	return m
}

// ID returns the editor's unique ID, the one carried by its ChangedMsg.
func (m Model) ID() int { return m.id }

// Init does nothing; it is here so the editor can run as a program.
func (m Model) Init() tea.Cmd { return nil }

// Value returns the text, lines joined with "\n". The joined string is
// built once per change, so calling it often costs nothing extra.
func (m Model) Value() string {
	if m.cache.ok && m.cache.version == m.version {
		return m.cache.s
	}
	var b strings.Builder
	b.Grow(m.bytes + len(m.lines))
	for i, l := range m.lines {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(l.s)
	}
	*m.cache = valueCache{version: m.version, ok: true, s: b.String()}
	return m.cache.s
}

// SetValue replaces the text with s, cleaned by model.Clean (CleanLine in
// one-line mode), and puts the cursor at its end. It does not send a
// ChangedMsg, but Version moves on. Text longer than the limit is kept
// whole; only further typing is refused.
func (m *Model) SetValue(s string) {
	s = m.clean(s)
	parts := strings.Split(s, "\n")
	m.lines = make([]*line, 0, len(parts))
	m.runes, m.bytes = 0, 0
	for _, part := range parts {
		l := newLine(part)
		m.lines = append(m.lines, l)
		m.runes += l.runes
		m.bytes += len(l.s)
	}
	m.cl, m.co, m.tl, m.tr, m.xoff, m.goal = len(m.lines)-1, len(m.lines[len(m.lines)-1].s), 0, 0, 0, -1
	m.msg = ""
	m.version++
	m.scroll()
}

// Reset empties the text.
func (m *Model) Reset() { m.SetValue("") }

// InsertString inserts s at the cursor as if it were pasted.
func (m *Model) InsertString(s string) { m.insert(s) }

// Len returns the number of characters (runes) of the text, each line feed
// counting as one.
func (m Model) Len() int { return m.runes + len(m.lines) - 1 }

// Version returns a number that grows with every change of the text; a
// parent can compare it with the one it saved last.
func (m Model) Version() uint64 { return m.version }

// Message returns the current notice to the user (the limit was reached),
// or "". The editor shows it on its last row when it has two rows or more;
// a one-line editor leaves it to the parent.
func (m Model) Message() string { return m.msg }

// Focus lets the editor take keys and show the terminal cursor. It returns
// no command; the signature matches bubbles' textarea.
func (m *Model) Focus() tea.Cmd {
	m.focused = true
	return nil
}

// Blur stops the editor from taking keys and hides its cursor.
func (m *Model) Blur() { m.focused = false }

// Focused reports whether the editor has focus.
func (m Model) Focused() bool { return m.focused }

// SetSize sets the editor's size in cells; a one-line editor is always one
// row high. Wrapped rows are recomputed lazily, only for lines shown.
func (m *Model) SetSize(w, h int) {
	m.width = max(1, w)
	m.height = max(1, h)
	if m.single {
		m.height = 1
	}
	m.scroll()
}

// Width returns the width in cells.
func (m Model) Width() int { return m.width }

// Height returns the height in rows.
func (m Model) Height() int { return m.height }

// Update handles key presses and pastes while focused. Printable keys
// insert their text; see KeyMap for the rest.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	if !m.focused {
		return m, nil
	}
	before := m.version
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		m.handleKey(msg)
	case tea.PasteMsg:
		m.insert(msg.Content)
	default:
		return m, nil
	}
	m.scroll()
	if m.version == before {
		return m, nil
	}
	id := m.id
	return m, func() tea.Msg { return ChangedMsg{ID: id} }
}

// wrapWidth is the width lines are wrapped at.
func (m *Model) wrapWidth() int {
	if m.single {
		return anchorWidth
	}
	return max(2, m.width)
}

// cur returns the cursor's line, wrapped.
func (m *Model) cur() *line { return m.at(m.cl) }

// at returns line i, wrapped.
func (m *Model) at(i int) *line {
	l := m.lines[i]
	l.ensure(m.wrapWidth())
	return l
}
