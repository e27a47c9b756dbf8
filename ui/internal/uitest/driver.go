package uitest

import (
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/baocao/baocao/ui/common"
)

// Driver drives one screen as the Bubble Tea runtime would, synchronously:
// it runs the commands the screen returns, hands the screen back the
// results Own claims, keeps the last status message, and records every
// other message (navigation, requests to the root) in Sent.
type Driver struct {
	T      testing.TB
	Screen common.Component
	// Own reports whether a message is a result for the screen itself.
	Own    func(tea.Msg) bool
	Status string
	Sent   []tea.Msg
}

// Run runs a command and what follows from it.
func (d *Driver) Run(cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	switch msg := cmd().(type) {
	case nil:
	case tea.BatchMsg:
		for _, c := range msg {
			d.Run(c)
		}
	case common.StatusMsg:
		d.Status = msg.Text
	default:
		if d.Own(msg) {
			d.Run(d.Screen.Update(msg))
			return
		}
		d.Sent = append(d.Sent, msg)
	}
}

// Keys presses each key in turn.
func (d *Driver) Keys(keys ...string) {
	for _, k := range keys {
		d.Run(d.Screen.Update(Key(k)))
	}
}

// View is the screen's view without styles.
func (d *Driver) View() string { return ansi.Strip(d.Screen.View()) }

// Contains fails unless the view holds every text (see Contains).
func (d *Driver) Contains(texts ...string) {
	d.T.Helper()
	Contains(d.T, d.View(), texts...)
}
