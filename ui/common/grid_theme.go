package common

import (
	"image/color"

	"charm.land/lipgloss/v2"
)

// GridStyles style the grid editor of table fields. They are applied to
// text already laid out and set no width, padding or border.
type GridStyles struct {
	Header  lipgloss.Style // column titles
	Pinned  lipgloss.Style // STT and row labels
	Cell    lipgloss.Style
	Cursor  lipgloss.Style // the cell under the cursor
	Editing lipgloss.Style // the cell being edited
	Total   lipgloss.Style // computed totals
	Problem lipgloss.Style // a cell with a problem
	Info    lipgloss.Style // the footer's position line
	Message lipgloss.Style // a passing notice
	Error   lipgloss.Style // the footer's problem line
}

// defaultGridStyles returns the grid's looks; without colour the cursor is
// reversed, the editing cell underlined and a problem cell marked with "!".
func defaultGridStyles(base lipgloss.Style, subtle, red, accent color.Color) GridStyles {
	return GridStyles{
		Header:  base.Bold(true),
		Pinned:  base.Foreground(subtle),
		Cell:    base,
		Cursor:  base.Reverse(true),
		Editing: base.Underline(true).Foreground(accent),
		Total:   base.Bold(true),
		Problem: base.Foreground(red),
		Info:    base.Foreground(subtle),
		Message: base.Foreground(accent),
		Error:   base.Foreground(red),
	}
}
