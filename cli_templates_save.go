package main

import (
	"strings"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/store"
	"github.com/baocao/baocao/templates"
)

// runTemplatesSave is "baocao templates save DRAFT [ID]": the outline a
// draft carries (made by an import from the report's own headings) is
// saved among the user's outlines, under ID when given, so that new
// drafts may follow it. The draft keeps its own copy.
func (m *Main) runTemplatesSave(g globals, args []string) error {
	fs := newFlagSet("templates", m.lang, &g)
	return m.withStore(&g, args, fs, 1, 2, "bản nháp có dàn ý riêng (baocao templates save NHÁP [MÃ])",
		"the draft with its own outline (baocao templates save DRAFT [ID])",
		func(w *workspace, s *store.Store) error {
			id := ""
			if len(fs.args) == 2 {
				id = fs.args[1]
			}
			d, err := s.Get(fs.args[0])
			if err != nil {
				return m.storeError(err)
			}
			o, path, err := m.saveDraftOutline(w, fs.args[0], d.Report, id)
			if err != nil {
				return err
			}
			m.printf(m.lang.T("Đã lưu dàn ý %[1]q của bản nháp %[2]s làm mẫu (%[3]d mục): %[4]s; bản nháp mới chọn được dàn ý này.\n",
				"Saved draft %[2]s's outline %[1]q as a template (%[3]d sections): %[4]s; new drafts may follow it.\n"),
				o.ID, fs.args[0], len(o.Sections), path)
			return nil
		})
}

// saveDraftOutline saves the outline report r of draft draftID carries
// among the user's outlines, as ID id when given (else its own ID), and
// returns it with the file written. A draft that follows a template, or
// an ID already taken, is refused with what to do.
func (m *Main) saveDraftOutline(w *workspace, draftID string, r model.Report, id string) (model.Outline, string, error) {
	o, carried, err := templates.Own(r)
	if !carried {
		return model.Outline{}, "", m.failf("bản nháp %s theo dàn ý %q đã có trong danh sách mẫu, không có dàn ý riêng để lưu",
			"draft %s follows the outline %q, already among the templates; it has no outline of its own to save", draftID, r.Outline)
	}
	if err != nil {
		return model.Outline{}, "", m.failf("dàn ý riêng của bản nháp %s bị lỗi: %v; không lưu gì", "draft %s's own outline is broken: %v; nothing saved", draftID, err)
	}
	data := r.OutlineFile
	if id != "" && id != o.ID {
		renamed := strings.Replace(data, "\noutline: "+o.ID+"\n", "\noutline: "+id+"\n", 1)
		if renamed == data {
			return model.Outline{}, "", m.failf("không đổi được mã dàn ý của bản nháp %s; hãy lưu với mã sẵn có (baocao templates save %s)",
				"cannot rename draft %s's outline; save it under its own ID (baocao templates save %s)", draftID, draftID)
		}
		data, o.ID = renamed, id
	}
	if _, taken := w.outlines.Get(o.ID); taken {
		return model.Outline{}, "", m.failf("đã có dàn ý mẫu mã %q; hãy đặt mã khác: baocao templates save %s MÃ-MỚI",
			"there is already a template %q; choose another ID: baocao templates save %s NEW-ID", o.ID, draftID)
	}
	path, err := m.saveOutlineFile(w, o.ID, []byte(data))
	if err != nil {
		return model.Outline{}, "", err
	}
	o.Source = path
	return o, path, nil
}
