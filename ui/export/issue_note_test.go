package export

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/ui/common"
)

// TestIssueNote: an imported draft's blank number and day do not stop the
// export; once written, the form names them for the văn thư, in either
// language; a complete or a baocao-made draft gets no note.
func TestIssueNote(t *testing.T) {
	blank := model.Report{Imported: true, Doc: model.Document{Date: "/6/2026"}}
	tests := []struct {
		name string
		r    model.Report
		lang common.Strings
		want string
	}{
		{"vi", blank, common.Vietnamese(), "Lưu ý: chưa điền số, ngày — văn thư điền khi ban hành."},
		{"en", blank, common.English(), "the number and day are left blank"},
		{"complete", model.Report{Imported: true, Doc: model.Document{Number: "12", Date: "5/6/2026"}}, common.Vietnamese(), ""},
		{"made in baocao", model.Report{Doc: model.Document{Date: "/6/2026"}}, common.Vietnamese(), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, w := range []int{80, 40} {
				ex := &fakeExporter{}
				st := common.DefaultStyles()
				c := common.Common{Width: w, Height: 20, Styles: &st, Str: &tt.lang,
					Svc: common.Services{Export: ex, ExportDir: "/home/an"}}
				e := New(c, tt.r, model.Outline{}, nil)
				press(e, "enter")
				v := strings.Join(strings.Fields(ansi.Strip(e.View())), " ")
				if len(ex.written) != 1 || e.stage != stageDone {
					t.Fatalf("%d: %d files written, stage %d", w, len(ex.written), e.stage)
				}
				if tt.want != "" && !strings.Contains(v, tt.want) || tt.want == "" && strings.Contains(v, "văn thư") {
					t.Errorf("%d: view %q", w, v)
				}
			}
		})
	}
}
