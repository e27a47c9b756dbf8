package editor

import "charm.land/lipgloss/v2"

// Styles are the editor's looks when focused and when not, and of the
// message row (the limit warning).
type Styles struct {
	Focused StyleState
	Blurred StyleState
	Message lipgloss.Style
}

// StyleState styles the text and the placeholder in one focus state. The
// styles are applied per row and must not set a width, padding, margin or
// border: the editor pads rows itself.
type StyleState struct {
	Text        lipgloss.Style
	Placeholder lipgloss.Style
	// Note styles a footnote reference ("[^1]") in the text.
	Note lipgloss.Style
}

// DefaultStyles returns plain text, a faint placeholder, footnote
// references in cyan and a red message.
func DefaultStyles() Styles {
	return Styles{
		Focused: StyleState{
			Text:        lipgloss.NewStyle(),
			Placeholder: lipgloss.NewStyle().Faint(true),
			Note:        lipgloss.NewStyle().Foreground(lipgloss.Color("6")),
		},
		Blurred: StyleState{
			Text:        lipgloss.NewStyle(),
			Placeholder: lipgloss.NewStyle().Faint(true),
			Note:        lipgloss.NewStyle().Foreground(lipgloss.Color("6")),
		},
		Message: lipgloss.NewStyle().Foreground(lipgloss.Color("9")),
	}
}
