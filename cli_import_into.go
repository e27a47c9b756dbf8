package main

import (
	"fmt"
	"slices"

	"github.com/baocao/baocao/templates/importer"
	"github.com/baocao/baocao/ui/common"
)

// ImportInto reads an edited copy of draft id's document into the draft
// as a new revision, as "baocao import --into" does. A file that looks
// like another report (importer.Mismatch) changes nothing and gives a
// *common.MismatchError, unless the clerk accepted each difference it
// names (the TUI asks first, as the CLI asks for --force).
func (t tuiImporter) ImportInto(path, id string, accept []string) (common.Draft, string, error) {
	doc, err := t.m.readDocument(path)
	if err != nil {
		return common.Draft{}, "", err
	}
	d, err := t.store.Get(id)
	if err != nil {
		return common.Draft{}, "", err
	}
	o, ok := t.outlines.Of(d.Report)
	if !ok {
		return common.Draft{}, "", t.m.failf("không có dàn ý %q mà bản nháp %s theo; hãy đặt lại tệp dàn ý vào thư mục outlines rồi thử lại",
			"there is no outline %q, which draft %s follows; put its outline file back in the outlines folder and try again", d.Report.Outline, id)
	}
	diffs := importer.Mismatch(doc, d.Report, o, t.outlines.All(), t.w.rules)
	for _, diff := range diffs {
		if !slices.Contains(accept, diff) {
			return common.Draft{}, "", &common.MismatchError{Differs: diffs}
		}
	}
	r, changes, sum, err := importer.ImportInto(doc, d.Report, o, t.w.rules)
	if err != nil {
		return common.Draft{}, "", err
	}
	if len(changes) == 0 {
		return d, t.notes(sum) + fmt.Sprintf(t.m.lang.T("Tệp không thay đổi gì so với bản nháp %s; không lưu bản mới. ",
			"The file changes nothing in draft %s; no revision saved. "), id) + t.counts(sum), nil
	}
	s := summaryOf(r, o, t.w.rules, d.Info.Title)
	d.Report = r
	d.Info.Title, d.Info.Unit, d.Info.Outline = s.Title, s.Unit, s.Outline
	d.Info.Done, d.Info.Required, d.Info.Errors, d.Info.Warnings = s.Done, s.Required, s.Errors, s.Warnings
	if d.Info.Modified, err = t.store.Save(d); err != nil {
		return common.Draft{}, "", err
	}
	return d, t.notes(sum) + fmt.Sprintf(t.m.lang.T("Đã lưu bản sửa mới của bản nháp %s với %d thay đổi (bản trước xem lại được trong lịch sử). ",
		"Saved a new version of draft %s with %d changes (the previous one is in its history). "), id, len(changes)) + t.counts(sum), nil
}
