package ui

import (
	tea "charm.land/bubbletea/v2"
)

// keyOrPaste hands a key on, or, when it is part of a paste that the
// terminal types as keys (common.Burst), its text as a paste to the screen
// on show: a pasted letter, tab or enter never runs as a key there, nor as
// a global key (q, ?).
func (m *Model) keyOrPaste(k tea.KeyPressMsg) tea.Cmd {
	var cmds []tea.Cmd
	for _, msg := range m.burst.Key(k) {
		if key, ok := msg.(tea.KeyPressMsg); ok {
			cmds = append(cmds, m.handleKey(key))
		} else if a := m.active(); a != nil {
			cmds = append(cmds, a.Update(msg))
		}
	}
	return tea.Batch(cmds...)
}
