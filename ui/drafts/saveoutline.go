package drafts

import (
	tea "charm.land/bubbletea/v2"

	"github.com/baocao/baocao/ui/common"
)

// savedOutlineMsg reports a draft's own outline saved as a template.
type savedOutlineMsg struct{ summary string }

func (savedOutlineMsg) draftsMsg() {}

// saveOutline saves draft id's own outline (an imported draft's, made from
// its headings) as a template; savedOutline then says so and reloads the
// outlines a new draft may follow.
func (d *Model) saveOutline(id string) tea.Cmd {
	saver, ok := d.c.Svc.Import.(common.OutlineSaver)
	if !ok {
		return common.StatusCmd(d.s.NoSaver, true)
	}
	return func() tea.Msg {
		_, summary, err := saver.SaveOutline(id)
		if err != nil {
			return common.StatusMsg{Text: err.Error(), Error: true}
		}
		return savedOutlineMsg{summary}
	}
}

func (d *Model) savedOutline(msg savedOutlineMsg) tea.Cmd {
	status := common.StatusCmd(msg.summary, false)
	if d.c.Svc.Outlines == nil {
		return status
	}
	return tea.Batch(status, common.LoadOutlinesCmd(d.c.Svc.Outlines))
}
