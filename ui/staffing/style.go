package staffing

import "charm.land/lipgloss/v2"

// Styles are the looks of the table. Styles are applied to text already
// laid out and must not set a width, padding, margin or border.
type Styles struct {
	Header   lipgloss.Style // the column headings
	Group    lipgloss.Style // the "Cán bộ" and "Công chức" headings
	Row      lipgloss.Style
	Selected lipgloss.Style // the row the cursor is on
	Cell     lipgloss.Style // the count cell the cursor is on, when focused
	Total    lipgloss.Style
	Warning  lipgloss.Style
	Error    lipgloss.Style
	Message  lipgloss.Style // the passing notice ("Chỉ nhập chữ số …")
	Prompt   lipgloss.Style // the title of a picker or question
	Text     lipgloss.Style // the generated paragraph
	Faint    lipgloss.Style
}

// DefaultStyles returns a theme that reads on light and dark terminals.
func DefaultStyles() Styles {
	return Styles{
		Header:   lipgloss.NewStyle().Bold(true),
		Group:    lipgloss.NewStyle().Bold(true).Underline(true),
		Row:      lipgloss.NewStyle(),
		Selected: lipgloss.NewStyle().Bold(true),
		Cell:     lipgloss.NewStyle().Reverse(true),
		Total:    lipgloss.NewStyle().Bold(true),
		Warning:  lipgloss.NewStyle().Foreground(lipgloss.Color("3")),
		Error:    lipgloss.NewStyle().Foreground(lipgloss.Color("9")),
		Message:  lipgloss.NewStyle().Foreground(lipgloss.Color("9")),
		Prompt:   lipgloss.NewStyle().Bold(true),
		Text:     lipgloss.NewStyle().Italic(true),
		Faint:    lipgloss.NewStyle().Faint(true),
	}
}
