package history

import (
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/model/diff"
	"github.com/baocao/baocao/ui/common"
)

// Entry is one revision in a draft's history.
type Entry struct {
	Rev            uint64
	Saved          time.Time
	Done, Required int
	// First marks the oldest revision kept; Diff then holds its whole
	// content.
	First bool
	// Diff is what the revision changed since the one kept before it.
	Diff diff.Diff
	// Err is set for a revision that cannot be read.
	Err error
}

// Store is what the history screen needs of the drafts store.
type Store interface {
	// History lists a live draft's revisions, newest first, each compared
	// with the one before along outline o.
	History(id string, o model.Outline) ([]Entry, error)
	// Revision returns the report of one revision.
	Revision(id string, rev uint64) (model.Report, error)
	// Restore makes a revision the draft's content and returns the
	// revision that keeps the content it replaced.
	Restore(id string, rev uint64) (replaced uint64, err error)
}

// ShowMsg asks the root to open a draft's history.
type ShowMsg struct {
	ID string
	// FromWizard is set when the wizard asked: esc returns there (and
	// reopens the draft after a restore).
	FromWizard bool
	// Current is the report as the wizard holds it; nil reads the store's.
	Current *model.Report
}

// Msg is a result the root hands to the history screen.
type Msg interface{ historyMsg() }

type (
	loadedMsg struct {
		draft   common.Draft
		outline model.Outline
		entries []Entry
		curErr  error // the current draft could not be read
		err     error
	}
	revisionMsg struct {
		mode   mode
		rev    uint64
		report model.Report
		err    error
	}
	restoredMsg struct {
		rev, replaced uint64
		undo          bool
		err           error
	}
)

func (loadedMsg) historyMsg()   {}
func (revisionMsg) historyMsg() {}
func (restoredMsg) historyMsg() {}

// mode is what the screen shows.
type mode int

const (
	modeList    mode = iota
	modePage         // a revision as the printed page, read-only
	modeCompare      // a revision against the current draft
)

// KeyMap holds the history screen's keys.
type KeyMap struct {
	Up, Down, PageUp, PageDown, Top, Bottom key.Binding
	View, Compare, Restore, Undo, Yes, No   key.Binding
}

// DefaultKeyMap returns the keys with help in the program's language.
func DefaultKeyMap(c *common.Strings) KeyMap {
	s := stringsFor(c)
	return KeyMap{
		Up:       common.Bind("↑", c.KeyUp, "up", "k"),
		Down:     common.Bind("↓", c.KeyDown, "down", "j"),
		PageUp:   common.Bind("pgup", c.KeyPageUp, "pgup", "b"),
		PageDown: common.Bind("pgdn", c.KeyPageDown, "pgdown", "f", "space"),
		Top:      common.Bind("home", c.KeyTop, "home", "g"),
		Bottom:   common.Bind("end", c.KeyBottom, "end", "G"),
		View:     common.Bind("enter", s.KeyView, "enter", "v"),
		Compare:  common.Bind("c", s.KeyCompare, "c"),
		Restore:  common.Bind("r", s.KeyRestore, "r"),
		Undo:     common.Bind("u", s.KeyUndo, "u"),
		Yes:      common.Bind("y", c.KeyYes, "y"),
		No:       common.Bind("n", c.KeyNo, "n", "esc"),
	}
}

// OpenKey is the key that opens a draft's history from the drafts list
// (h) and from the wizard (ctrl+y, in a field or in the section list).
func OpenKey(c *common.Strings) key.Binding {
	return common.Bind("ctrl+y", stringsFor(c).KeyHistory, "ctrl+y")
}

// Model is the history screen.
type Model struct {
	c       common.Common
	s       Strings
	keys    KeyMap
	store   Store
	show    ShowMsg
	draft   common.Draft
	outline model.Outline
	entries []Entry
	curErr  error
	loaded  bool
	err     error
	cur     int
	mode    mode
	rev     uint64       // the revision shown in modePage or modeCompare
	report  model.Report // its report
	cmp     diff.Diff    // it against the current draft
	vp      viewport.Model
	laidFor int
	confirm bool
	changed bool   // a restore was made: the wizard must reopen the draft
	undo    uint64 // the revision that undoes the last restore, or 0
	width   int
	height  int
}

var _ common.Component = (*Model)(nil)

// New returns the history screen of msg.ID; Init reads it.
func New(c common.Common, msg ShowMsg) *Model {
	st, _ := c.Svc.Store.(Store)
	return &Model{c: c, s: stringsFor(c.Str), keys: DefaultKeyMap(c.Str), store: st, show: msg,
		vp: viewport.New(), width: c.Width, height: c.Height}
}

// Title names the screen and the draft whose history it shows, whichever
// screen opened it.
func (m *Model) Title() string {
	if !m.loaded || m.err != nil {
		return m.s.Title
	}
	return m.s.Title + " · " + common.DraftTitle(m.draft.Report, m.outline)
}

// Init reads the draft, its outline and its history.
func (m *Model) Init() tea.Cmd {
	if m.store == nil {
		m.loaded = true
		return nil
	}
	return loadCmd(m.store, m.c.Svc, m.show)
}

func loadCmd(st Store, svc common.Services, show ShowMsg) tea.Cmd {
	return func() tea.Msg {
		var msg loadedMsg
		msg.draft, msg.curErr = svc.Store.Get(show.ID)
		if show.Current != nil {
			msg.draft.Report, msg.curErr = show.Current.Clone(), nil
		}
		if msg.curErr == nil {
			msg.outline, _ = svc.Outlines.Of(msg.draft.Report)
		}
		msg.entries, msg.err = st.History(show.ID, msg.outline)
		return msg
	}
}

// SetSize sets the drawing area and lays the open page out again.
func (m *Model) SetSize(width, height int) {
	m.width, m.height = width, height
	m.layout()
}

// Update handles results and keys.
func (m *Model) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case loadedMsg:
		m.loaded, m.err, m.curErr = true, msg.err, msg.curErr
		m.draft, m.outline, m.entries = msg.draft, msg.outline, msg.entries
		m.cur = min(m.cur, max(len(m.entries)-1, 0))
	case revisionMsg:
		if msg.err != nil {
			return common.StatusCmd(m.c.Str.StoreError(msg.err), true)
		}
		m.mode, m.rev, m.report, m.laidFor = msg.mode, msg.rev, msg.report, -1
		m.cmp = diff.ReportsNamed(msg.report, m.draft.Report, m.outline, m.c.Svc.Rules.CatalogueFor(m.draft.Report.Doc.Date))
		m.layout()
		m.vp.GotoTop()
	case restoredMsg:
		return m.restored(msg)
	case tea.KeyPressMsg:
		return m.handleKey(msg)
	}
	return nil
}

func (m *Model) restored(msg restoredMsg) tea.Cmd {
	if msg.err != nil {
		return common.StatusCmd(m.c.Str.StoreError(msg.err), true)
	}
	m.changed, m.mode, m.cur = true, modeList, 0
	m.show.Current = nil // the store's content is the current one now
	text := m.s.Restored(msg.rev, msg.replaced)
	m.undo = msg.replaced
	if msg.undo {
		text, m.undo = m.s.Undone(msg.rev), 0
	}
	return tea.Batch(common.StatusCmd(text, false), m.Init())
}

func (m *Model) handleKey(k tea.KeyPressMsg) tea.Cmd {
	if m.confirm {
		switch {
		case key.Matches(k, m.keys.Yes):
			m.confirm = false
			return m.restoreCmd(m.selectedRev(), false)
		case key.Matches(k, m.keys.No):
			m.confirm = false
		}
		return nil
	}
	if k.String() == "esc" {
		return m.back()
	}
	if m.mode != modeList {
		return m.handleViewKey(k)
	}
	switch {
	case key.Matches(k, m.keys.Up):
		m.cur = max(m.cur-1, 0)
	case key.Matches(k, m.keys.Down):
		m.cur = min(m.cur+1, max(len(m.entries)-1, 0))
	case key.Matches(k, m.keys.Top):
		m.cur = 0
	case key.Matches(k, m.keys.Bottom):
		m.cur = max(len(m.entries)-1, 0)
	case key.Matches(k, m.keys.Undo) && m.undo != 0:
		return m.restoreCmd(m.undo, true)
	case key.Matches(k, m.keys.View):
		return m.openCmd(modePage)
	case key.Matches(k, m.keys.Compare):
		return m.openCmd(modeCompare)
	case key.Matches(k, m.keys.Restore):
		m.confirm = m.selectedRev() != 0
	}
	return nil
}

func (m *Model) handleViewKey(k tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(k, m.keys.Up):
		m.vp.ScrollUp(1)
	case key.Matches(k, m.keys.Down):
		m.vp.ScrollDown(1)
	case key.Matches(k, m.keys.PageUp):
		m.vp.PageUp()
	case key.Matches(k, m.keys.PageDown):
		m.vp.PageDown()
	case key.Matches(k, m.keys.Top):
		m.vp.GotoTop()
	case key.Matches(k, m.keys.Bottom):
		m.vp.GotoBottom()
	case key.Matches(k, m.keys.Compare) && m.mode == modePage:
		return m.openCmd(modeCompare)
	case key.Matches(k, m.keys.View) && m.mode == modeCompare:
		return m.openCmd(modePage)
	case key.Matches(k, m.keys.Restore):
		m.confirm = true
	}
	return nil
}

// back leaves a page or comparison for the list, and the list for where
// the screen was opened from.
func (m *Model) back() tea.Cmd {
	switch {
	case m.mode != modeList:
		m.mode = modeList
		return nil
	case !m.show.FromWizard:
		return common.CmdOf(common.ShowDraftsMsg{})
	case m.changed:
		return common.OpenDraftCmd(m.c.Svc.Store, m.c.Svc.Outlines, m.show.ID)
	}
	return common.CmdOf(common.BackMsg{})
}

// selectedRev is the revision under the cursor (or on show), 0 if none
// or if it cannot be read.
func (m *Model) selectedRev() uint64 {
	if m.mode != modeList {
		return m.rev
	}
	if m.cur >= len(m.entries) || m.entries[m.cur].Err != nil {
		return 0
	}
	return m.entries[m.cur].Rev
}

// openCmd reads the selected revision to show it as md.
func (m *Model) openCmd(md mode) tea.Cmd {
	rev := m.selectedRev()
	if rev == 0 {
		return nil
	}
	if md == modeCompare && m.curErr != nil {
		return common.StatusCmd(m.s.NoCurrent, true)
	}
	st, id := m.store, m.show.ID
	return func() tea.Msg {
		r, err := st.Revision(id, rev)
		return revisionMsg{mode: md, rev: rev, report: r, err: err}
	}
}

func (m *Model) restoreCmd(rev uint64, undo bool) tea.Cmd {
	if rev == 0 {
		return nil
	}
	st, id := m.store, m.show.ID
	return func() tea.Msg {
		replaced, err := st.Restore(id, rev)
		return restoredMsg{rev: rev, replaced: replaced, undo: undo, err: err}
	}
}

// Changed reports whether a restore was made (the draft's content is no
// longer what the wizard holds).
func (m *Model) Changed() bool { return m.changed }

// ShortHelp lists the main keys of the mode.
func (m *Model) ShortHelp() []key.Binding {
	k := m.keys
	switch {
	case m.confirm:
		return []key.Binding{k.Yes, k.No}
	case m.mode == modePage:
		return []key.Binding{k.Down, k.PageDown, k.Compare, k.Restore}
	case m.mode == modeCompare:
		return []key.Binding{k.Down, k.PageDown, k.View, k.Restore}
	case m.undo != 0:
		return []key.Binding{k.View, k.Compare, k.Restore, k.Undo}
	}
	return []key.Binding{k.View, k.Compare, k.Restore}
}

// FullHelp lists every key.
func (m *Model) FullHelp() [][]key.Binding {
	k := m.keys
	return [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown}, {k.Top, k.Bottom, k.View, k.Compare}, {k.Restore, k.Undo}}
}
