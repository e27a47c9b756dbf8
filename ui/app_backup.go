package ui

import (
	tea "charm.land/bubbletea/v2"

	"github.com/baocao/baocao/ui/common"
)

// startBackup starts the automatic backup once, when the drafts list has
// arrived: after the first frame, never on the way to it.
func (m *Model) startBackup() tea.Cmd {
	if m.backupAsked || m.c.Svc.Backup == nil {
		return nil
	}
	m.backupAsked = true
	return common.BackupCmd(m.c.Svc.Backup)
}

// backupDone says on the status line that the backup is done, or why it
// failed; a failure stays as the status line's warning for the session.
func (m *Model) backupDone(msg common.BackupDoneMsg) tea.Cmd {
	switch {
	case msg.Err != nil:
		m.warning = m.c.Str.StoreError(msg.Err)
		return m.setStatus(m.warning, true)
	case msg.Taken:
		return m.setStatus(m.c.Str.BackedUp, false)
	}
	return nil
}
