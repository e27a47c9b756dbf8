package trash

import (
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/baocao/baocao/ui/common"
)

// Retention is how many days a draft stays in the trash (the store's rule,
// shown in the heading).
const Retention = 30

// Entry is a draft in the trash.
type Entry struct {
	ID, Title, Unit string
	Deleted         time.Time
	// DaysLeft counts the days, rounded up, before the draft is deleted
	// for good; 0 once it is due.
	DaysLeft int
}

// Store is what the trash screen needs of the drafts store.
type Store interface {
	// Trash lists the drafts in the trash, most recently deleted first,
	// with the days left as of now.
	Trash(now time.Time) ([]Entry, error)
	Undelete(id string) error
	// UndeleteLast takes back the draft deleted last, in this session or
	// an earlier one.
	UndeleteLast() (Entry, error)
	// EmptyTrash deletes every draft in the trash for good and says how
	// many.
	EmptyTrash() (int, error)
}

// ShowMsg asks the root to open the trash screen.
type ShowMsg struct{}

// Msg is a result the root hands to the trash screen.
type Msg interface{ trashMsg() }

type (
	loadedMsg struct {
		items []Entry
		err   error
	}
	restoredMsg struct {
		entry Entry
		err   error
	}
	emptiedMsg struct {
		n   int
		err error
	}
)

func (loadedMsg) trashMsg()   {}
func (restoredMsg) trashMsg() {}
func (emptiedMsg) trashMsg()  {}

// KeyMap holds the trash screen's keys.
type KeyMap struct {
	Up, Down, Restore, Empty, Yes, No key.Binding
}

// DefaultKeyMap returns the keys with help in the program's language.
func DefaultKeyMap(c *common.Strings) KeyMap {
	s := stringsFor(c)
	return KeyMap{
		Up:      common.Bind("↑", c.KeyUp, "up", "k"),
		Down:    common.Bind("↓", c.KeyDown, "down", "j"),
		Restore: common.Bind("enter", s.KeyRestore, "enter", "r", "u"),
		Empty:   common.Bind("e", s.KeyEmpty, "e"),
		Yes:     common.Bind("y", c.KeyYes, "y", "c"),
		No:      common.Bind("n", c.KeyNo, "n", "k", "esc"),
	}
}

// Model is the trash screen.
type Model struct {
	c       common.Common
	s       Strings
	keys    KeyMap
	store   Store
	items   []Entry
	cur     int
	loaded  bool
	err     error
	confirm bool
	width   int
	height  int
}

var _ common.Component = (*Model)(nil)

// New returns the trash screen; Init reads the trash.
func New(c common.Common) *Model {
	st, _ := c.Svc.Store.(Store)
	return &Model{c: c, s: stringsFor(c.Str), keys: DefaultKeyMap(c.Str), store: st, width: c.Width, height: c.Height}
}

// Init reads the trash.
func (m *Model) Init() tea.Cmd {
	if m.store == nil {
		m.loaded = true
		return nil
	}
	st, now := m.store, m.c.Now()
	return func() tea.Msg {
		items, err := st.Trash(now)
		return loadedMsg{items, err}
	}
}

// Title names the screen in the title bar.
func (m *Model) Title() string { return m.s.Title }

// SetSize sets the drawing area.
func (m *Model) SetSize(width, height int) { m.width, m.height = width, height }

// Update handles results and keys.
func (m *Model) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case loadedMsg:
		m.loaded, m.err = true, msg.err
		m.items = msg.items
		m.cur = min(m.cur, max(len(m.items)-1, 0))
	case restoredMsg:
		if msg.err != nil {
			return common.StatusCmd(m.c.Str.StoreError(msg.err), true)
		}
		return tea.Batch(common.StatusCmd(m.s.Restored(m.name(msg.entry)), false), m.Init())
	case emptiedMsg:
		if msg.err != nil {
			return common.StatusCmd(m.c.Str.StoreError(msg.err), true)
		}
		return tea.Batch(common.StatusCmd(m.s.Emptied(msg.n), false), m.Init())
	case tea.KeyPressMsg:
		return m.handleKey(msg)
	}
	return nil
}

func (m *Model) handleKey(k tea.KeyPressMsg) tea.Cmd {
	if m.confirm {
		switch {
		case key.Matches(k, m.keys.Yes):
			m.confirm = false
			st := m.store
			return func() tea.Msg {
				n, err := st.EmptyTrash()
				return emptiedMsg{n, err}
			}
		case key.Matches(k, m.keys.No):
			m.confirm = false
		}
		return nil
	}
	switch {
	case k.String() == "esc":
		return common.CmdOf(common.ShowDraftsMsg{})
	case key.Matches(k, m.keys.Up):
		m.cur = max(m.cur-1, 0)
	case key.Matches(k, m.keys.Down):
		m.cur = min(m.cur+1, max(len(m.items)-1, 0))
	case key.Matches(k, m.keys.Empty) && len(m.items) > 0:
		m.confirm = true
	case key.Matches(k, m.keys.Restore) && m.cur < len(m.items):
		e, st := m.items[m.cur], m.store
		return func() tea.Msg { return restoredMsg{e, st.Undelete(e.ID)} }
	}
	return nil
}

// name is "số 12 · title — unit".
func (m *Model) name(e Entry) string {
	title := e.Title
	if title == "" {
		title = m.s.untitled
	}
	return m.s.Draft(e.ID, title, e.Unit)
}

// View draws the heading and the visible entries, two lines each, or the
// confirmation.
func (m *Model) View() string {
	st := m.c.Styles.Drafts
	var lines []string
	switch {
	case !m.loaded:
		lines = append(lines, m.s.Loading)
	case m.store == nil:
		lines = append(lines, st.Empty.Render(m.s.NoStore))
	case m.err != nil:
		lines = append(lines, common.WrapStyled(m.c.Styles.App.StatusError.Render, m.c.Str.StoreError(m.err), m.width)...)
	case len(m.items) == 0:
		lines = append(lines, common.WrapStyled(st.Empty.Render, m.s.Empty, m.width)...)
	default:
		lines = append(lines, st.Meta.Render(ansi.Truncate(m.s.Heading(len(m.items), Retention), m.width, "…")), "")
		var tail []string
		if m.confirm {
			tail = append([]string{""}, common.WrapStyled(st.Confirm.Render, m.confirmText(), m.width)...)
		}
		if room := m.height - len(lines) - len(tail); room >= 2 || !m.confirm {
			lines = append(lines, m.rows(room)...)
		} else {
			lines, tail = tail[1:], nil // a small window: the question alone
		}
		lines = append(lines, tail...)
	}
	return common.FitLines(strings.Join(lines, "\n"), m.width, m.height)
}

// rows draws only the entries that fit in height lines.
func (m *Model) rows(height int) []string {
	st := m.c.Styles.Drafts
	top, end := common.VisibleRange(len(m.items), m.cur, 2, height)
	var out []string
	for i := top; i < end; i++ {
		e := m.items[i]
		line := ansi.Truncate(m.name(e), m.width-2, "…")
		if i == m.cur {
			line = st.Selected.Render("▸ " + line)
		} else {
			line = st.Item.Render("  " + line)
		}
		ago := m.c.Str.Ago(m.c.Now().Sub(e.Deleted), e.Deleted)
		out = append(out, line, st.Meta.Render(ansi.Truncate("  "+m.s.Deleted(ago, e.DaysLeft), m.width, "…")))
	}
	return out
}

// confirmText names what emptying the trash loses (the first three drafts,
// one in a narrow window, then how many more).
func (m *Model) confirmText() string {
	var names []string
	n := 3
	if m.width < 60 {
		n = 1
	}
	for _, e := range m.items[:min(len(m.items), n)] {
		e.Title = ansi.Truncate(e.Title, 24, "…") // number and unit tell drafts of one title apart
		names = append(names, m.name(e))
	}
	return m.s.ConfirmEmpty(names, len(m.items)-len(names))
}

// ShortHelp lists the main keys.
func (m *Model) ShortHelp() []key.Binding {
	if m.confirm {
		return []key.Binding{m.keys.Yes, m.keys.No}
	}
	return []key.Binding{m.keys.Restore, m.keys.Empty}
}

// FullHelp lists every key.
func (m *Model) FullHelp() [][]key.Binding {
	return [][]key.Binding{{m.keys.Up, m.keys.Down}, {m.keys.Restore, m.keys.Empty}}
}
