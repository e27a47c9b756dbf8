package ui

import (
	"context"
	"reflect"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/ui/common"
	"github.com/baocao/baocao/ui/compile"
	"github.com/baocao/baocao/ui/drafts"
	"github.com/baocao/baocao/ui/export"
	"github.com/baocao/baocao/ui/grid"
	"github.com/baocao/baocao/ui/history"
	"github.com/baocao/baocao/ui/importfile"
	"github.com/baocao/baocao/ui/newdraft"
	"github.com/baocao/baocao/ui/staffing"
	"github.com/baocao/baocao/ui/trash"
	"github.com/baocao/baocao/ui/wordcheck"
)

// Config is what main.go gives the program.
type Config struct {
	Services common.Services
	// Strings are the user-visible texts; the zero value means common.Vietnamese().
	Strings common.Strings
	// Now tells the time; nil means time.Now.
	Now func() time.Time
	// Timing holds the delays; the zero value means common.DefaultTiming().
	Timing common.Timing
	// Banner, when set, is shown on the title line for the whole session
	// (the drafts file is open read-only: "chỉ xem").
	Banner string
	// ReadFile reads the compile screen's list of expected units.
	ReadFile func(name string) ([]byte, error)
	// PasteGap: keys closer together are a paste that the terminal types as
	// keys (common.Burst, common.PasteGap); zero sees no such paste, as
	// tests that press keys at machine speed need.
	PasteGap time.Duration
}

// screen names the screen on show.
type screen int

const (
	scrDrafts screen = iota
	scrNewDraft
	scrWizard
	scrReview
	scrPreview
	scrExport
	scrHistory
	scrTrash
	scrCompile
	scrImport
	scrWordCheck
)

// Model is the root model: it owns the screens, the global keys, the window
// size, the status line and the quit sequence (which waits for the last
// save to be durable).
type Model struct {
	c         common.Common
	keys      common.GlobalKeyMap
	help      help.Model
	showHelp  bool
	screen    screen
	drafts    *drafts.Model
	newDraft  *newdraft.Model
	wizard    *Wizard
	review    *Review
	preview   *Preview
	export    *export.Model
	history   *history.Model
	trash     *trash.Model
	compile   *compile.Model
	readFile  func(string) ([]byte, error)
	importer  *importfile.Model
	wordCheck *wordcheck.Model
	banner    string
	warning   string
	// backupAsked is set once the background backup has been started.
	backupAsked bool
	status      string
	statusErr   bool
	statusID    int
	fatal       error
	outlines    []model.Outline
	quitting    bool
	forceQuit   bool
	width       int
	height      int
	// recent is the last valid report date of each draft opened in this
	// session, by ID, so that reopening one keeps judging an invalid date
	// by it (Wizard.recent).
	recent map[string]model.Date
	burst  *common.Burst
	held   heldKey
}

// New returns the root model showing the drafts list. It does no I/O; Init
// asks for the list.
func New(cfg Config) *Model {
	str := cfg.Strings
	if str.AppName == "" {
		str = common.Vietnamese()
	}
	now := cfg.Now
	if now == nil {
		now = time.Now
	}
	timing := cfg.Timing
	if timing == (common.Timing{}) {
		timing = common.DefaultTiming()
	}
	st := common.DefaultStyles()
	c := common.Common{Width: 80, Height: 21, Styles: &st, Str: &str, Svc: cfg.Services, Now: now, Timing: timing}
	h := help.New()
	h.Styles = st.Help
	m := &Model{c: c, keys: common.DefaultGlobalKeyMap(str), help: h, width: 80, height: 24,
		banner: cfg.Banner, readFile: cfg.ReadFile, burst: common.NewBurst(cfg.PasteGap, now)}
	m.drafts = drafts.New(c)
	return m
}

// Run runs the program until the clerk quits or ctx ends.
func Run(ctx context.Context, cfg Config) error {
	_, err := tea.NewProgram(New(cfg), tea.WithContext(ctx)).Run()
	return err
}

// Init asks for the drafts list and the outlines.
func (m *Model) Init() tea.Cmd {
	return tea.Batch(m.drafts.Reload(), common.LoadOutlinesCmd(m.c.Svc.Outlines))
}

// Update routes a message, then quits if a quit waits and every save is
// durable.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	cmd := m.route(msg)
	if m.quitting {
		if m.wizard == nil || m.wizard.Idle() {
			return m, tea.Quit
		}
		if err := m.wizard.SaveError(); err != nil {
			m.quitting, m.forceQuit = false, true
			m.setStatus(m.c.Str.QuitUnsaved(err), true)
		}
	}
	return m, cmd
}

func (m *Model) route(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.resize()
		return nil
	case tea.KeyPressMsg:
		return m.keyOrPaste(msg)
	case heldKeyMsg:
		return m.releaseHeld(msg)
	case common.StatusMsg:
		return m.setStatus(msg.Text, msg.Error)
	case common.ClearStatusMsg:
		if msg.ID == m.statusID {
			m.status = ""
		}
		return nil
	case common.FatalMsg:
		m.fatal = msg.Err
		return nil
	case common.BackupDoneMsg:
		return m.backupDone(msg)
	}
	if cmd, ok := m.navigate(msg); ok {
		return cmd
	}
	return m.deliver(msg)
}

// deliver hands results to the screen they belong to.
func (m *Model) deliver(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case saveTickMsg, common.SavedMsg, staffing.LeaveMsg, staffing.ChangedMsg, grid.LeaveMsg:
		if m.wizard != nil {
			return m.wizard.Update(msg)
		}
	case common.DraftsLoadedMsg:
		return tea.Batch(m.drafts.Update(msg), m.startBackup())
	case common.DeletedMsg, drafts.Msg:
		return m.drafts.Update(msg)
	case common.OutlinesLoadedMsg:
		m.outlines = msg.Outlines
		m.drafts.Update(msg)
		if m.newDraft != nil {
			m.newDraft.Update(msg)
		}
	case common.ExportedMsg:
		if m.export != nil {
			return m.export.Update(msg)
		}
	case history.Msg:
		if m.history != nil {
			return m.history.Update(msg)
		}
	case trash.Msg:
		if m.trash != nil {
			return m.trash.Update(msg)
		}
	case compile.Msg:
		if m.compile != nil {
			return m.compile.Update(msg)
		}
	case importfile.Msg:
		if m.importer != nil {
			return m.importer.Update(msg)
		}
	case wordcheck.Msg:
		if m.wordCheck != nil {
			return m.wordCheck.Update(msg)
		}
	case tea.PasteMsg:
		if a := m.active(); a != nil {
			return a.Update(msg)
		}
	}
	return nil
}

// navigate switches screens on the screens' requests.
func (m *Model) navigate(msg tea.Msg) (tea.Cmd, bool) {
	switch msg := msg.(type) {
	case common.ShowDraftsMsg:
		m.screen = scrDrafts
		return m.drafts.Reload(), true
	case common.ShowNewDraftMsg:
		m.newDraft = newdraft.New(m.common(), m.outlines)
		m.screen = scrNewDraft
		return m.newDraft.Init(), true
	case common.DraftOpenedMsg:
		return m.open(msg), true
	case common.ShowReviewMsg:
		m.showFromWizard(msg)
		return nil, true
	case common.ShowPreviewMsg, common.ShowExportMsg:
		if m.c.Svc.Export == nil {
			return m.setStatus(m.c.Str.NoExporter, true), true
		}
		m.showFromWizard(msg)
		return nil, true
	case common.BackMsg:
		m.screen = scrWizard
		return m.wizard.focusCmd(), true
	case common.JumpMsg:
		m.screen = scrWizard
		return m.wizard.Jump(msg), true
	case history.ShowMsg, trash.ShowMsg:
		return m.showSafety(msg), true
	case compile.ShowMsg:
		m.compile, m.screen = compile.New(m.common(), compile.Deps{ReadFile: m.readFile}, msg.IDs), scrCompile
		return nil, true
	case importfile.ShowMsg:
		m.importer, m.screen = importfile.New(m.common()), scrImport
		return m.importer.Init(), true
	case wordcheck.ShowMsg:
		m.wordCheck, m.screen = wordcheck.New(m.common()), scrWordCheck
		return m.wordCheck.Init(), true
	case importfile.ShowIntoMsg:
		m.importer, m.screen = importfile.NewInto(m.common(), msg.Draft), scrImport
		return m.importer.Init(), true
	case importfile.ShowOutlineMsg:
		m.importer, m.screen = importfile.NewOutline(m.common()), scrImport
		return m.importer.Init(), true
	case importfile.OutlineMsg:
		m.outlines = withFirst(m.outlines, msg.Outline)
		m.newDraft, m.screen = newdraft.New(m.common(), m.outlines), scrNewDraft
		return tea.Batch(m.newDraft.Init(), m.setStatus(msg.Summary, false)), true
	}
	return nil, false
}

// open shows a draft in the wizard, or the error that kept it closed.
func (m *Model) open(msg common.DraftOpenedMsg) tea.Cmd {
	if msg.Err != nil {
		if m.screen == scrNewDraft {
			m.newDraft.Update(msg)
			return nil
		}
		m.fatal = msg.Err
		return nil
	}
	if m.recent == nil {
		m.recent = map[string]model.Date{}
	}
	if m.wizard != nil {
		m.recent[m.wizard.info.ID] = m.wizard.recent
	}
	m.drafts.Select(msg.Draft.Info.ID)
	m.wizard = NewWizard(m.common(), msg.Draft, msg.Outline, m.recent[msg.Draft.Info.ID])
	m.screen = scrWizard
	return m.wizard.focusCmd()
}

// showFromWizard opens review, preview or export on a copy of the report.
func (m *Model) showFromWizard(msg tea.Msg) {
	if m.wizard == nil {
		return
	}
	r, o, ps := m.wizard.Snapshot()
	c := m.common()
	c.Svc.Rules = m.wizard.rules() // an invalid date is judged as the wizard judged it
	switch msg.(type) {
	case common.ShowReviewMsg:
		m.review, m.screen = NewReview(c, r, o, ps), scrReview
	case common.ShowPreviewMsg:
		m.preview, m.screen = NewPreview(c, r, o), scrPreview
	case common.ShowExportMsg:
		m.export, m.screen = export.New(c, r, o, ps), scrExport
	}
}

func (m *Model) handleKey(k tea.KeyPressMsg) tea.Cmd {
	typing := m.typing()
	switch {
	case key.Matches(k, m.keys.Quit):
		return m.quit()
	case m.fatal != nil:
		if key.Matches(k, m.keys.Back) {
			m.fatal = nil
		}
		return nil
	case key.Matches(k, m.keys.Help) && (!typing || k.String() == "f1"):
		m.showHelp = !m.showHelp
		m.resize()
		return nil
	case key.Matches(k, m.keys.QuitQ) && !typing:
		return m.quit()
	case key.Matches(k, m.keys.Back) && (m.screen == scrReview || m.screen == scrPreview || m.screen == scrExport):
		if m.screen != scrExport || !m.export.Confirming() {
			return common.CmdOf(common.BackMsg{})
		}
	}
	if a := m.active(); a != nil {
		return a.Update(k)
	}
	return nil
}

// quit quits once the wizard's last save is durable; a second ctrl+c after
// a failed save quits without it.
func (m *Model) quit() tea.Cmd {
	if m.forceQuit || m.wizard == nil || m.wizard.Idle() {
		return tea.Quit
	}
	m.quitting = true
	m.setStatus(m.c.Str.Saving, false)
	return m.wizard.Flush()
}

// setStatus shows a passing message and schedules its clearing.
func (m *Model) setStatus(text string, isErr bool) tea.Cmd {
	m.statusID++
	m.status, m.statusErr = text, isErr
	return common.ClearStatusAfter(m.statusID, m.c.Timing.StatusDelay)
}

// typing reports whether the active screen has a text input focused.
func (m *Model) typing() bool {
	if t, ok := m.active().(common.Texter); ok {
		return t.Typing()
	}
	return false
}

// active returns the screen on show.
func (m *Model) active() common.Component {
	switch m.screen {
	case scrNewDraft:
		return m.newDraft
	case scrWizard:
		return m.wizard
	case scrReview:
		return m.review
	case scrPreview:
		return m.preview
	case scrExport:
		return m.export
	case scrHistory:
		return m.history
	case scrTrash:
		return m.trash
	case scrCompile:
		return m.compile
	case scrImport:
		return m.importer
	case scrWordCheck:
		return m.wordCheck
	}
	return m.drafts
}

// common returns the Common sized for the body.
func (m *Model) common() common.Common {
	c := m.c
	c.Width, c.Height = m.bodySize()
	return c
}

// bodySize is the area under the title and above status and help.
func (m *Model) bodySize() (int, int) {
	return m.width, max(m.height-2-m.helpHeight(), 1)
}

// resize gives every screen the body's size.
func (m *Model) resize() {
	w, h := m.bodySize()
	m.c.Width, m.c.Height = w, h
	m.help.SetWidth(w)
	for _, s := range []common.Component{m.drafts, m.newDraft, m.wizard, m.review, m.preview, m.export, m.history, m.trash, m.compile, m.importer, m.wordCheck} {
		if s != nil && !isNil(s) {
			s.SetSize(w, h)
		}
	}
}

// isNil reports whether an interface holds a nil screen pointer (a screen
// not opened yet), whatever the screen's type.
func isNil(c common.Component) bool {
	v := reflect.ValueOf(c)
	return !v.IsValid() || (v.Kind() == reflect.Pointer && v.IsNil())
}

// withFirst puts an outline made from a file first in the list (replacing
// one with its ID), so the new-draft form starts on it.
func withFirst(list []model.Outline, o model.Outline) []model.Outline {
	out := []model.Outline{o}
	for _, x := range list {
		if x.ID != o.ID {
			out = append(out, x)
		}
	}
	return out
}
