package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/baocao/baocao/ui/common"
	"github.com/baocao/baocao/ui/drafts"
	"github.com/charmbracelet/x/ansi"
)

// View draws title, screen, status and help, or the too-small message.
func (m *Model) View() tea.View {
	defer m.burst.Rendered()
	if m.width < common.MinWidth || m.height < common.MinHeight {
		v := tea.NewView(common.FitLines(strings.Join(common.WrapLines(m.c.Str.TooSmall(m.width, m.height), max(m.width, 1)), "\n"), m.width, m.height))
		v.AltScreen = true
		return v
	}
	body, cursor := m.body()
	parts := []string{m.titleLine(), body, m.statusLine(), m.helpView()}
	v := tea.NewView(common.FitLines(strings.Join(parts, "\n"), m.width, m.height))
	v.AltScreen = true
	v.WindowTitle = m.c.Str.AppName
	if cursor != nil {
		c := *cursor
		c.Y++
		v.Cursor = &c
	}
	return v
}

// body draws the active screen (or the fatal error) in its area.
func (m *Model) body() (string, *tea.Cursor) {
	w, h := m.bodySize()
	if m.fatal != nil {
		text := m.c.Styles.App.Fatal.Render(m.c.Str.FatalTitle) + "\n\n" + strings.Join(common.WrapLines(m.c.Str.OpenFailed(m.fatal), w), "\n") +
			"\n\n" + m.c.Styles.App.Subtle.Render(m.c.Str.FatalBack)
		return common.FitLines(text, w, h), nil
	}
	a := m.active()
	view := a.View() // before Cursor: screens place the cursor where they drew
	var cur *tea.Cursor
	if c, ok := a.(common.Cursorer); ok {
		cur = c.Cursor()
	}
	if cur != nil && (cur.Y >= h || cur.X >= w) {
		cur = nil
	}
	return common.FitLines(view, w, h), cur
}

func (m *Model) titleLine() string {
	st := m.c.Styles.App
	title := st.Title.Render(m.c.Str.AppName)
	var ctx string
	if t, ok := m.active().(interface{ Title() string }); ok {
		ctx = t.Title()
	} else {
		ctx = m.c.Str.ScreenName(int(m.screen))
	}
	if m.wizard != nil && m.screen != scrDrafts && m.screen != scrNewDraft && m.screen != scrTrash && m.screen != scrCompile {
		ctx += " · " + common.DraftTitle(m.wizard.report, m.wizard.outline)
	}
	if m.banner != "" {
		title += " " + st.Fatal.Render("["+m.banner+"]")
	}
	return ansi.Truncate(title+st.Context.Render(" · "+ctx), m.width, "…")
}

// statusLine shows the passing message, else the wizard's save state.
func (m *Model) statusLine() string {
	st := m.c.Styles.App
	text, isErr := m.status, m.statusErr
	if text == "" && m.wizard != nil && m.screen != scrDrafts {
		text, isErr = m.wizard.SaveState()
	}
	if text == "" {
		text, isErr = m.warning, true // a failed backup, when nothing else shows
	}
	style := st.Status
	if isErr {
		style = st.StatusError
	}
	return style.Render(ansi.Truncate(text, m.width, "…"))
}

// helpHeight is how many lines the help takes.
func (m *Model) helpHeight() int {
	if !m.showHelp {
		return 1
	}
	return max(strings.Count(m.helpView(), "\n")+1, 1)
}

func (m *Model) helpView() string {
	keys := mergedKeys{screen: m.active(), global: m.keys, typing: m.typing()}
	if m.showHelp {
		return m.help.FullHelpView(keys.FullHelp())
	}
	return m.fitShortHelp(keys)
}

// fitShortHelp is the one-line help: the screen's keys (most important
// first), back, help and quit. When they do not all fit, the last screen
// keys and then back and quit give way, so that the first keys and "?"
// (which shows all of them) always show on a narrow window.
func (m *Model) fitShortHelp(keys mergedKeys) string {
	wide := m.help
	wide.SetWidth(0)
	all := keys.ShortHelp()
	if line := wide.ShortHelpView(all); ansi.StringWidth(line) <= m.width {
		return line
	}
	screen := keys.screen.ShortHelp()
	for n := len(screen); n > 0; n-- {
		line := wide.ShortHelpView(append(append([]key.Binding(nil), screen[:n]...), keys.helpKey()))
		if ansi.StringWidth(line) <= m.width {
			return line
		}
	}
	return m.help.ShortHelpView(append(screen[:min(1, len(screen)):min(1, len(screen))], keys.helpKey()))
}

// mergedKeys joins a screen's keys with the global ones for bubbles/help.
type mergedKeys struct {
	screen common.Component
	global common.GlobalKeyMap
	typing bool
}

// ShortHelp lists the screen's keys, then back, help and quit.
func (k mergedKeys) ShortHelp() []key.Binding {
	out := append([]key.Binding(nil), k.screen.ShortHelp()...)
	quit := k.global.QuitQ
	if k.typing {
		quit = k.global.Quit
	}
	if _, start := k.screen.(*drafts.Model); !start {
		out = append(out, k.global.Back)
	}
	return append(out, k.helpKey(), quit)
}

// helpKey is the help binding as the help line names it: "?", or "f1"
// while a text field takes "?" as text.
func (k mergedKeys) helpKey() key.Binding {
	h := k.global.Help
	if k.typing {
		h.SetHelp("f1", h.Help().Desc)
	}
	return h
}

// FullHelp adds the global keys to the screen's shortest column, so the
// help stays as wide as the screen's own.
func (k mergedKeys) FullHelp() [][]key.Binding {
	global := []key.Binding{k.global.Back, k.global.Help, k.global.QuitQ, k.global.Quit}
	return joinShortest(k.screen.FullHelp(), global)
}

// joinShortest returns a copy of the help columns with keys added to the
// shortest one (a new column when there is none).
func joinShortest(cols [][]key.Binding, keys []key.Binding) [][]key.Binding {
	if len(cols) == 0 {
		return [][]key.Binding{keys}
	}
	out := make([][]key.Binding, len(cols))
	short := 0
	for i, col := range cols {
		out[i] = append([]key.Binding(nil), col...)
		if len(col) < len(cols[short]) {
			short = i
		}
	}
	out[short] = append(out[short], keys...)
	return out
}
