package importfile

import (
	"errors"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/ui/common"
	"github.com/baocao/baocao/ui/internal/uitest"
)

// intoImporter is a drafts store of one draft behind ImportInto: a path
// containing "xa-khac" is another unit's report; ".pdf" cannot be read.
type intoImporter struct {
	fakeImporter
	calls   [][]string // the accepted differences of each call
	version int        // revisions written
}

var otherUnit = []string{"tệp là báo cáo của “UBND xã Hòa Bình”, bản nháp là của “UBND xã An Thịnh”",
	"tệp theo thể thức văn bản của Đảng, bản nháp theo thể thức văn bản hành chính"}

func (f *intoImporter) ImportInto(path, id string, accept []string) (common.Draft, string, error) {
	f.calls = append(f.calls, accept)
	switch {
	case strings.HasSuffix(path, ".pdf"):
		return common.Draft{}, "", errors.New("tệp là tệp PDF; hãy lưu thành .docx")
	case strings.Contains(path, "xa-khac") && !slices.Equal(accept, otherUnit):
		return common.Draft{}, "", &common.MismatchError{Differs: otherUnit}
	}
	f.version++
	return common.Draft{Info: common.DraftInfo{ID: id}, Report: model.Report{Outline: "state"}}, "Đã lưu bản sửa mới của bản nháp " + id, nil
}

// TestImportInto: enter reads the file into the draft when it looks like
// the draft's own; a file that looks like another report shows what
// differs and asks, y reads it in with those differences accepted, n or
// esc changes nothing; an unreadable file shows why. At 80×24 and 40×12.
func TestImportInto(t *testing.T) {
	tests := []struct {
		name, path string
		answer     string // the key pressed on the question, if asked
		asked      bool
		written    int    // revisions written
		opened     bool   // the draft opened in the wizard
		shows      string // in the view at the end
	}{
		{"own copy", "ban-sua.docx", "", false, 1, true, ""},
		{"another unit, confirmed", "xa-khac.docx", "y", true, 1, true, ""},
		{"another unit, n", "xa-khac.docx", "n", true, 0, false, "bản nháp không thay đổi gì"},
		{"another unit, esc", "xa-khac.docx", "esc", true, 0, false, "bản nháp không thay đổi gì"},
		{"unreadable", "cu.pdf", "", false, 0, false, "PDF"},
	}
	for _, size := range [][2]int{{80, 24}, {40, 12}} {
		for _, tt := range tests {
			imp := &intoImporter{}
			m := NewInto(newScreen(imp, size[0], size[1]).c, common.DraftInfo{ID: "12", Title: "Báo cáo quý III"})
			m.Init()
			uitest.Contains(t, ansi.Strip(m.View()), "bản nháp số 12")
			typeText(m, tt.path)
			msgs := drain(m, m.Update(uitest.Key("enter")))
			view := ansi.Strip(m.View())
			if got := strings.Contains(view, "không phải bản sửa"); got != tt.asked {
				t.Fatalf("%s %v: asked %v, want %v:\n%s", tt.name, size, got, tt.asked, view)
			}
			if tt.asked {
				uitest.Contains(t, view, "UBND xã Hòa Bình", "văn bản của Đảng", "số 12", "y", "esc")
				for i, row := range strings.Split(view, "\n") {
					if ansi.StringWidth(row) > size[0] || i >= size[1] {
						t.Errorf("%s: row %d %q does not fit %v", tt.name, i, row, size)
					}
				}
				if imp.version != 0 {
					t.Fatalf("%s: the draft changed before the answer", tt.name)
				}
				msgs = drain(m, m.Update(uitest.Key(tt.answer)))
				view = ansi.Strip(m.View())
			}
			opened := slices.ContainsFunc(msgs, func(msg tea.Msg) bool {
				o, ok := msg.(common.DraftOpenedMsg)
				return ok && o.Err == nil && o.Draft.Info.ID == "12"
			})
			if imp.version != tt.written || opened != tt.opened || !strings.Contains(view, tt.shows) {
				t.Errorf("%s %v: written %d, opened %v; want %d, %v, %q in:\n%s", tt.name, size, imp.version, opened, tt.written, tt.opened, tt.shows, view)
			}
			if tt.answer == "y" && !slices.Equal(imp.calls[len(imp.calls)-1], otherUnit) {
				t.Errorf("%s: confirmed with %q", tt.name, imp.calls)
			}
			if tt.answer == "n" || tt.answer == "esc" {
				if len(imp.calls) != 1 || m.asking() {
					t.Errorf("%s: after the refusal %d calls, asking %v", tt.name, len(imp.calls), m.asking())
				}
			}
		}
	}
}
