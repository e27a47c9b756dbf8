package drafts

import (
	tea "charm.land/bubbletea/v2"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/ui/common"
)

// noPeriodMsg reports a draft whose subject names no period, so that it
// has no next period's report; the list then says why, in full.
type noPeriodMsg struct{ id string }

func (noPeriodMsg) draftsMsg() {}

// nextPeriodCmd makes the draft of the period after draft id's
// (model.NextPeriod: báo cáo kỳ sau), stores it and opens it. A draft
// whose subject names no period is left as it is (noPeriodMsg).
func nextPeriodCmd(svc common.Services, id string) tea.Cmd {
	return func() tea.Msg {
		d, err := svc.Store.Get(id)
		if err != nil {
			return common.DraftOpenedMsg{Err: err}
		}
		o, ok := svc.Outlines.Of(d.Report)
		if !ok || len(o.Sections) == 0 {
			return common.DraftOpenedMsg{Err: common.ErrNoOutline}
		}
		next, err := model.NextPeriod(d.Report)
		if err != nil {
			return noPeriodMsg{id}
		}
		info := common.Summarize(next, o, model.Measure(next, o, model.Validate(next, o, svc.Rules)), o.Sections[0].ID)
		created, err := svc.Store.Create(common.Draft{Report: next, Info: info})
		if err != nil {
			return common.DraftOpenedMsg{Err: err}
		}
		return common.DraftOpenedMsg{Draft: created, Outline: o}
	}
}
