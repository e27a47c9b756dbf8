package common

import (
	"charm.land/bubbles/v2/help"
	"charm.land/lipgloss/v2"
)

// Styles is the one theme of the program, nested by screen. Views take every
// style from here and never build their own.
type Styles struct {
	App     AppStyles
	Drafts  DraftsStyles
	Form    FormStyles
	Wizard  WizardStyles
	Review  ReviewStyles
	Preview PreviewStyles
	Grid    GridStyles
	Help    help.Styles
}

// AppStyles are the frame around every screen: title bar, status line and
// the full-screen messages.
type AppStyles struct {
	Title       lipgloss.Style
	Context     lipgloss.Style
	Status      lipgloss.Style
	StatusError lipgloss.Style
	Fatal       lipgloss.Style
	Subtle      lipgloss.Style
}

// DraftsStyles style the drafts list.
type DraftsStyles struct {
	Item     lipgloss.Style
	Selected lipgloss.Style
	Meta     lipgloss.Style
	Problems lipgloss.Style
	Empty    lipgloss.Style
	Filter   lipgloss.Style
	Confirm  lipgloss.Style
}

// FormStyles style labelled inputs (new draft, wizard fields, export).
type FormStyles struct {
	Label        lipgloss.Style
	LabelFocused lipgloss.Style
	Value        lipgloss.Style
	Placeholder  lipgloss.Style
	Hint         lipgloss.Style
	Error        lipgloss.Style
	Warning      lipgloss.Style
	Option       lipgloss.Style
	OptionChosen lipgloss.Style
	None         lipgloss.Style
}

// WizardStyles style the sidebar and the section pane.
type WizardStyles struct {
	Sidebar        lipgloss.Style
	SidebarFocused lipgloss.Style
	Section        lipgloss.Style
	Current        lipgloss.Style
	MarkEmpty      lipgloss.Style
	MarkInProgress lipgloss.Style
	MarkDone       lipgloss.Style
	MarkProblems   lipgloss.Style
	Heading        lipgloss.Style
	Guide          lipgloss.Style
}

// ReviewStyles style the problem list.
type ReviewStyles struct {
	Section  lipgloss.Style
	Error    lipgloss.Style
	Warning  lipgloss.Style
	Selected lipgloss.Style
	Clean    lipgloss.Style
}

// PreviewStyles style the page preview.
type PreviewStyles struct {
	Page lipgloss.Style
}

// DefaultStyles returns the theme for a dark or light terminal background;
// both stay readable without colour (bold, italic and reverse carry the
// meaning).
func DefaultStyles() Styles {
	accent := lipgloss.Color("39")
	subtle := lipgloss.Color("245")
	red := lipgloss.Color("203")
	yellow := lipgloss.Color("214")
	green := lipgloss.Color("78")
	base := lipgloss.NewStyle()
	return Styles{
		App: AppStyles{
			Title:       base.Bold(true).Foreground(accent),
			Context:     base.Foreground(subtle),
			Status:      base.Foreground(green),
			StatusError: base.Bold(true).Foreground(red),
			Fatal:       base.Bold(true).Foreground(red),
			Subtle:      base.Foreground(subtle),
		},
		Drafts: DraftsStyles{
			Item:     base,
			Selected: base.Bold(true).Reverse(true),
			Meta:     base.Foreground(subtle),
			Problems: base.Foreground(red),
			Empty:    base.Italic(true),
			Filter:   base.Foreground(accent),
			Confirm:  base.Bold(true).Foreground(yellow),
		},
		Form: FormStyles{
			Label:        base.Foreground(subtle),
			LabelFocused: base.Bold(true).Foreground(accent),
			Value:        base,
			Placeholder:  base.Foreground(subtle).Italic(true),
			Hint:         base.Foreground(subtle).Italic(true),
			Error:        base.Foreground(red),
			Warning:      base.Foreground(yellow),
			Option:       base,
			OptionChosen: base.Bold(true).Reverse(true),
			None:         base.Bold(true).Foreground(yellow),
		},
		Wizard: WizardStyles{
			Sidebar:        base.PaddingRight(1),
			SidebarFocused: base.PaddingRight(1),
			Section:        base,
			Current:        base.Bold(true).Reverse(true),
			MarkEmpty:      base.Foreground(subtle),
			MarkInProgress: base.Foreground(yellow),
			MarkDone:       base.Foreground(green),
			MarkProblems:   base.Foreground(red).Bold(true),
			Heading:        base.Bold(true),
			Guide:          base.Foreground(subtle).Italic(true),
		},
		Review: ReviewStyles{
			Section:  base.Bold(true),
			Error:    base.Foreground(red),
			Warning:  base.Foreground(yellow),
			Selected: base.Reverse(true),
			Clean:    base.Foreground(green).Bold(true),
		},
		Preview: PreviewStyles{Page: base},
		Grid:    defaultGridStyles(base, subtle, red, accent),
		Help:    help.DefaultStyles(true),
	}
}
