package main

import (
	"context"
	"errors"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/store"
)

// runNext is "baocao next NHÁP": a new draft for the period after the
// draft's (báo cáo kỳ sau), made by model.NextPeriod; the old draft is
// not changed.
func (m *Main) runNext(_ context.Context, g globals, args []string) error {
	fs := newFlagSet("next", m.lang, &g)
	return m.withStore(&g, args, fs, 1, 1, "bản nháp (baocao next NHÁP)", "the draft (baocao next DRAFT)",
		func(w *workspace, s *store.Store) error {
			d, err := s.Get(fs.args[0])
			if err != nil {
				return m.storeError(err)
			}
			o, err := w.outline(m, d.Report)
			if err != nil {
				return err
			}
			next, err := model.NextPeriod(d.Report)
			if errors.Is(err, model.ErrNoPeriod) {
				return m.failf("bản nháp %s: "+err.Error(), "draft %s: its subject names no reporting period (week, month, quarter, 6 months or year), "+
					"so the next one is unknown; write the period in the subject, e.g. “tháng 6 năm 2026”, and try again", d.ID)
			}
			meta, err := s.Create(next, summaryOf(next, o, w.rules, next.Doc.Subject))
			if err != nil {
				return m.storeError(err)
			}
			m.printf(m.lang.T("Đã tạo bản nháp %s cho kỳ sau của bản nháp %s: %s\n", "Created draft %s for the period after draft %s: %s\n"),
				meta.ID, d.ID, oneLine(next.Doc.Subject))
			m.printf("%s\n", m.lang.T("Số và ngày văn bản để trống; nội dung giữ nguyên để sửa cho kỳ mới.",
				"Number and date are blank; the text is kept, to be edited for the new period."))
			return nil
		})
}
