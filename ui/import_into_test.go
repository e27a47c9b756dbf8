package ui

import (
	"errors"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/store"
	"github.com/baocao/baocao/templates/export"
	"github.com/baocao/baocao/ui/common"
)

// intoService reads every file as another unit's edited report: it names
// the difference until it is accepted, then saves the draft with the
// file's subject.
type intoService struct{ st common.DraftStore }

var intoDiffers = []string{"tệp là báo cáo của “UBND xã Hòa Bình”, bản nháp là của “UBND xã An Thịnh”"}

func (intoService) ImportReport(string) (common.Draft, string, error) {
	return common.Draft{}, "", errors.New("không dùng")
}

func (intoService) ImportOutline(string, model.Profile) (model.Outline, string, error) {
	return model.Outline{}, "", errors.New("không dùng")
}

func (f intoService) ImportInto(path, id string, accept []string) (common.Draft, string, error) {
	if !slices.Equal(accept, intoDiffers) {
		return common.Draft{}, "", &common.MismatchError{Differs: intoDiffers}
	}
	d, err := f.st.Get(id)
	if err != nil {
		return common.Draft{}, "", err
	}
	d.Report.Doc.Subject = "Đọc từ " + path
	_, err = f.st.Save(d)
	return d, "Đã lưu bản sửa mới của bản nháp " + id, err
}

// TestImportIntoFromList: from the drafts list, r reads a file into the
// highlighted draft (named in the key bar and the F1 help at 80 columns); a file of
// another unit shows the difference and asks; n changes nothing, y saves
// a new revision and opens the draft. At 80×24 and 40×12.
func TestImportIntoFromList(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {40, 12}} {
		dir := t.TempDir()
		st, err := store.Open(filepath.Join(dir, "drafts.db"), store.WithClock(func() time.Time { return testNow }), store.WithBackups(0))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		h := openHarnessOn(t, st, dir, size[0], size[1], func(svc *common.Services) {
			svc.Export = export.Exporter{Exists: common.ErrFileExists}
			svc.Import = intoService{st: svc.Store}
		})
		h.seedTwo()
		if size[0] == 80 { // at 40 columns the bar and F1 show the first keys only
			h.contains("r đọc tệp vào")
			h.keys("f1")
			h.contains("r đọc tệp đã sửa vào bản nháp")
			h.keys("f1")
		}
		revisions := func() (n []int) {
			for _, id := range []string{"1", "2"} {
				revs, err := st.Revisions(id)
				if err != nil {
					t.Fatal(err)
				}
				n = append(n, len(revs))
			}
			return n
		}
		h.keys("r")
		h.contains("Đọc tệp vào bản nháp", "bản nháp số")
		h.typeText("D:\\Góp ý\\bản sửa.docx\n")
		h.contains("không phải bản sửa", "Hòa Bình", "y vẫn đọc vào")
		checkSize(t, h.view(), size[0], size[1])
		h.keys("n")
		h.contains("không thay đổi gì")
		if got := revisions(); !slices.Equal(got, []int{1, 1}) {
			t.Fatalf("%v: revisions %v after n", size, got)
		}
		h.keys("enter")
		h.contains("không phải bản sửa")
		h.keys("y")
		if got := revisions(); got[0]+got[1] != 3 || h.m.screen != scrWizard {
			t.Fatalf("%v: revisions %v after y, screen %d:\n%s", size, got, h.m.screen, h.view())
		}
	}
}
