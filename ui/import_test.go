package ui

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/store"
	"github.com/baocao/baocao/templates"
	"github.com/baocao/baocao/templates/docread"
	"github.com/baocao/baocao/templates/importer"
	"github.com/baocao/baocao/ui/common"
)

// fileImporter reads a report as the program's import service does
// (importer.ImportReport over the built-in outlines) into the store.
type fileImporter struct {
	store    common.DraftStore
	outlines templates.Set
	rules    model.Rules
}

func (f fileImporter) ImportReport(path string) (common.Draft, string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return common.Draft{}, "", err
	}
	doc, err := docread.Read(path, data)
	if err != nil {
		return common.Draft{}, "", err
	}
	res, err := importer.ImportReport(doc, importer.Options{Outlines: f.outlines.All(), Rules: f.rules, Name: filepath.Base(path)})
	if err != nil {
		return common.Draft{}, "", err
	}
	d, err := f.store.Create(common.Draft{Report: res.Report, Info: common.DraftInfo{Title: res.Report.Doc.Subject, Outline: res.Outline.ID}})
	return d, "Đã đọc tệp.", err
}

func (fileImporter) ImportOutline(string, model.Profile) (model.Outline, string, error) {
	return model.Outline{}, "", errors.New("không dùng")
}

func (fileImporter) ImportInto(string, string, []string) (common.Draft, string, error) {
	return common.Draft{}, "", errors.New("không dùng")
}

// TestImportFromDraftsList: i in the drafts list reads a report that fits
// no built-in outline into a draft that opens at once on the outline made
// from its own headings, which is not offered for new drafts; s then
// makes next period's draft on the same outline.
func TestImportFromDraftsList(t *testing.T) {
	for _, size := range []struct{ w, h int }{{80, 24}, {40, 12}} {
		dir := t.TempDir()
		st, err := store.Open(filepath.Join(dir, "drafts.db"), store.WithBackups(0))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		h := openHarnessOn(t, st, dir, size.w, size.h, func(svc *common.Services) {
			svc.Import = fileImporter{store: svc.Store, outlines: svc.Outlines.(templates.Set), rules: svc.Rules}
		})
		src, err := filepath.Abs(filepath.Join("testdata", "tuan-11.txt")) // a weekly report no built-in outline fits
		if err != nil {
			t.Fatal(err)
		}
		h.keys("i")
		h.typeText(src + "\n")
		if h.m.screen != scrWizard {
			t.Fatalf("%dx%d: the import did not open the draft:\n%s", size.w, size.h, h.view())
		}
		checkSize(t, h.view(), size.w, size.h)
		r, o, _ := h.m.wizard.Snapshot()
		if r.OutlineFile == "" || o.ID != r.Outline || len(o.Sections) < 2 || o.Sections[len(o.Sections)-1].Heading == "" {
			t.Fatalf("%dx%d: the draft's outline %q: %+v", size.w, size.h, r.Outline, o.Sections)
		}
		for _, offered := range h.m.outlines {
			if offered.ID == o.ID {
				t.Errorf("%dx%d: the draft's own outline %q is offered for new drafts", size.w, size.h, o.ID)
			}
		}
		h.keys("esc", "esc", "s")
		next, nextOutline, _ := h.m.wizard.Snapshot()
		if h.m.screen != scrWizard || next.Doc.Subject != "Kết quả công tác tuần 12 năm 2026" || next.OutlineFile != r.OutlineFile ||
			!reflect.DeepEqual(nextOutline.Sections, o.Sections) {
			t.Errorf("%dx%d: next period's draft %q on %q:\n%s", size.w, size.h, next.Doc.Subject, nextOutline.ID, h.view())
		}
	}
}

// TestImportedBulletsKeepMarks: editing an imported draft's bullet list in
// the editor keeps each item's mark and punctuation.
func TestImportedBulletsKeepMarks(t *testing.T) {
	h := newHarness(t, 80, 24)
	items := []string{"+ Rà soát quy chế làm việc của Ủy ban;", "– Công khai quy trình giải quyết hồ sơ."}
	r := model.Report{Outline: "state", Imported: true, Doc: model.Document{Subject: "Cải cách hành chính quý I năm 2026"},
		Answers: map[string]model.Answer{"III.1.items": {Items: items}}}
	if _, err := h.st.Create(r, store.Summary{Title: r.Doc.Subject, Outline: "state"}); err != nil {
		t.Fatal(err)
	}
	h.run(h.m.drafts.Reload())
	h.keys("enter")
	for h.m.wizard.outline.Sections[h.m.wizard.sec].ID != "III.1" {
		h.keys("pgdown")
	}
	for h.m.wizard.inputs[h.m.wizard.focus].Field().ID != "III.1.items" {
		h.keys("tab")
	}
	h.typeText("x")
	h.keys("backspace")
	got, _, _ := h.m.wizard.Snapshot()
	if !reflect.DeepEqual(got.Answers["III.1.items"].Items, items) {
		t.Errorf("items after an edit: %q, want %q", got.Answers["III.1.items"].Items, items)
	}
}
