package ui

import (
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/baocao/baocao/ui/common"
)

// heldKey is a printable key held back for the paste gap on a screen where
// it would run a command, until it is known whether a paste follows it.
type heldKey struct {
	key tea.KeyPressMsg
	on  bool
	seq int
}

// heldKeyMsg hands on the held key seq when no paste followed it.
type heldKeyMsg struct{ seq int }

// keyOrPaste hands a key on, or, when it is part of a paste that the
// terminal types as keys (common.Burst), its text as a paste to the screen
// on show: a pasted letter, tab or enter never runs as a key there, nor as
// a global key (q, ?). Where a printable key would run a command (no text
// field has focus), it waits for the paste gap first, so that the first key
// of a paste runs nothing either.
func (m *Model) keyOrPaste(k tea.KeyPressMsg) tea.Cmd {
	msgs := m.burst.Key(k)
	var cmds []tea.Cmd
	if m.held.on {
		m.held.on = false
		if _, began := msgs[0].(common.BurstMsg); began {
			msgs[0] = tea.PasteMsg{Content: common.KeyText(m.held.key)}
		} else {
			cmds = append(cmds, m.handleKey(m.held.key))
		}
	}
	if key, ok := msgs[0].(tea.KeyPressMsg); ok && m.holds(key) {
		return tea.Batch(append(cmds, m.hold(key))...)
	}
	for _, msg := range msgs {
		if key, ok := msg.(tea.KeyPressMsg); ok {
			cmds = append(cmds, m.handleKey(key))
		} else if a := m.active(); a != nil {
			cmds = append(cmds, a.Update(msg))
		}
	}
	return tea.Batch(cmds...)
}

// holds reports whether a key waits for the paste gap: a printable key
// where no text field has focus.
func (m *Model) holds(k tea.KeyPressMsg) bool {
	t := common.KeyText(k)
	return m.burst.Gap() > 0 && t != "" && !strings.ContainsAny(t, "\t\r\n") && !m.typing()
}

// hold keeps the key back and asks for it again after the paste gap.
func (m *Model) hold(k tea.KeyPressMsg) tea.Cmd {
	m.held = heldKey{key: k, on: true, seq: m.held.seq + 1}
	seq := m.held.seq
	return tea.Tick(m.burst.Gap(), func(time.Time) tea.Msg { return heldKeyMsg{seq: seq} })
}

// releaseHeld hands on the held key when no other key came meanwhile.
func (m *Model) releaseHeld(msg heldKeyMsg) tea.Cmd {
	if !m.held.on || msg.seq != m.held.seq {
		return nil
	}
	m.held.on = false
	return m.handleKey(m.held.key)
}
