package common

import (
	"time"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"
)

// Minimum window size; below it the program asks for a larger window.
const (
	MinWidth  = 40
	MinHeight = 12
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

// Cursorer is implemented by components that place the terminal cursor (so
// Input methods compose where the clerk types); the position is relative to
// the component's view.
type Cursorer interface {
	Cursor() *tea.Cursor
}

// Texter is implemented by components that tell whether a text Input has
// focus, so that plain letters (q, ?) are typed rather than taken as keys.
type Texter interface {
	Typing() bool
}

// Navigation messages: a screen asks the root to show another one.
type (
	// ShowDraftsMsg returns to the drafts list (and reloads it).
	ShowDraftsMsg struct{}
	// ShowNewDraftMsg opens the new-draft form.
	ShowNewDraftMsg struct{}
	// ShowReviewMsg opens the review of the wizard's current report.
	ShowReviewMsg struct{}
	// ShowPreviewMsg opens the page preview.
	ShowPreviewMsg struct{}
	// ShowExportMsg opens the export form.
	ShowExportMsg struct{}
	// BackMsg returns from review, preview or export to the wizard.
	BackMsg struct{}
	// JumpMsg returns to the wizard at a section and field, and at the
	// place inside the field that Path (model.Problem.Path) names when the
	// field's input has places (a table's cells).
	JumpMsg struct{ Section, Field, Path string }
)

// StatusMsg shows a passing message in the status line.
type StatusMsg struct {
	Text  string
	Error bool
}

// ClearStatusMsg clears the passing message with the given id, if it is
// still the one shown.
type ClearStatusMsg struct{ ID int }

// FatalMsg puts the root into the full-screen error state.
type FatalMsg struct{ Err error }

// CmdOf turns a message into a command.
func CmdOf(msg tea.Msg) tea.Cmd {
	return func() tea.Msg { return msg }
}

// StatusCmd builds a passing status message.
func StatusCmd(text string, isErr bool) tea.Cmd {
	return CmdOf(StatusMsg{Text: text, Error: isErr})
}
