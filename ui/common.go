package ui

import (
	"time"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"
)

// Common is what every screen receives from the root: the size it may draw
// in, the theme, the strings of the chosen language, and the services it may
// call through commands. It is passed by value; there are no package globals.
type Common struct {
	Width, Height int
	Styles        *Styles
	Str           *Strings
	Svc           Services
	// Now tells the time (for "2 phút trước" and autosave stamps).
	Now func() time.Time
	// Timing holds the delays of autosave and passing messages.
	Timing Timing
}

// Timing holds the program's delays.
type Timing struct {
	// SaveDelay is how long the wizard waits after the last key before
	// saving (at most 500 ms, so a crash loses at most that much typing).
	SaveDelay time.Duration
	// StatusDelay is how long a passing message stays in the status line.
	StatusDelay time.Duration
}

// DefaultTiming returns a 400 ms autosave delay and 4 s passing messages.
func DefaultTiming() Timing {
	return Timing{SaveDelay: 400 * time.Millisecond, StatusDelay: 4 * time.Second}
}

// Component is a screen or a part of one: it updates itself in place, draws
// itself in the size it was given, and tells the root its keys for help.
type Component interface {
	help.KeyMap
	SetSize(width, height int)
	Update(msg tea.Msg) tea.Cmd
	View() string
}

// cursorer is implemented by components that place the terminal cursor (so
// input methods compose where the clerk types); the position is relative to
// the component's view.
type cursorer interface {
	Cursor() *tea.Cursor
}

// texter is implemented by components that tell whether a text input has
// focus, so that plain letters (q, ?) are typed rather than taken as keys.
type texter interface {
	Typing() bool
}

// Navigation messages: a screen asks the root to show another one.
type (
	// showDraftsMsg returns to the drafts list (and reloads it).
	showDraftsMsg struct{}
	// showNewDraftMsg opens the new-draft form.
	showNewDraftMsg struct{}
	// showReviewMsg opens the review of the wizard's current report.
	showReviewMsg struct{}
	// showPreviewMsg opens the page preview.
	showPreviewMsg struct{}
	// showExportMsg opens the export form.
	showExportMsg struct{}
	// backMsg returns from review, preview or export to the wizard.
	backMsg struct{}
	// jumpMsg returns to the wizard at a section and field.
	jumpMsg struct{ Section, Field string }
)

// statusMsg shows a passing message in the status line.
type statusMsg struct {
	Text  string
	Error bool
}

// clearStatusMsg clears the passing message with the given id, if it is
// still the one shown.
type clearStatusMsg struct{ ID int }

// fatalMsg puts the root into the full-screen error state.
type fatalMsg struct{ Err error }

// cmdOf turns a message into a command.
func cmdOf(msg tea.Msg) tea.Cmd {
	return func() tea.Msg { return msg }
}

// statusCmd builds a passing status message.
func statusCmd(text string, isErr bool) tea.Cmd {
	return cmdOf(statusMsg{Text: text, Error: isErr})
}
