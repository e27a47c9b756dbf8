package ui

import (
	tea "charm.land/bubbletea/v2"

	"github.com/baocao/baocao/ui/history"
	"github.com/baocao/baocao/ui/trash"
)

// showSafety opens a draft's history or the trash. From the wizard the
// history compares with the report as the wizard holds it; it opens only
// once every edit is durable, so that nothing the wizard still holds can
// land after a restore.
func (m *Model) showSafety(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case history.ShowMsg:
		if msg.FromWizard && m.wizard != nil {
			if !m.wizard.Idle() {
				return m.setStatus(m.c.Str.Saving, false)
			}
			r, _, _ := m.wizard.Snapshot()
			msg.Current = &r
		}
		m.history, m.screen = history.New(m.common(), msg), scrHistory
		return m.history.Init()
	case trash.ShowMsg:
		m.trash, m.screen = trash.New(m.common()), scrTrash
		return m.trash.Init()
	}
	return nil
}
