package importer

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/templates"
	"github.com/baocao/baocao/templates/docread"
	"github.com/baocao/baocao/templates/docread/docxtest"
)

// TestFieldLimit: a section whose paragraphs together pass a field's size
// keeps what fits and leaves the rest unplaced, with a note; nothing is
// lost and no field is larger than the editor takes.
func TestFieldLimit(t *testing.T) {
	rules, err := templates.Rules()
	if err != nil {
		t.Fatal(err)
	}
	para := func(seed uint64) string {
		return "Nội dung " + strings.TrimSpace(docxtest.Words(120_000, seed)) + "."
	}
	tests := []struct {
		name     string
		paras    int
		unplaced int
	}{
		{"two fit", 2, 0},
		{"the third is left out", 3, 1},
		{"five", 5, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := "UBND XÃ ĐÔNG TIẾN\n\nBÁO CÁO\n\nI. Tình hình\n\n1. Thực trạng né tránh, đùn đẩy của cán bộ, công chức"
			var want []string
			for i := range tt.paras {
				want = append(want, para(uint64(i+1)))
				text += "\n\n" + want[i]
			}
			doc, err := docread.Read("a.txt", []byte(text))
			if err != nil {
				t.Fatal(err)
			}
			res, err := ImportReport(doc, Options{Outlines: templates.Builtin(), Rules: rules, Name: "a.txt"})
			if err != nil {
				t.Fatal(err)
			}
			all := strings.Join(res.Report.Unplaced, "\n")
			for id, a := range res.Report.Answers {
				if n := utf8.RuneCountInString(a.Text); n > model.MaxFieldLen {
					t.Errorf("field %s holds %d characters", id, n)
				}
				all += "\n" + a.Text + strings.Join(a.Items, "\n")
			}
			for i, p := range want {
				if !strings.Contains(all, p[:200]) {
					t.Errorf("paragraph %d lost", i+1)
				}
			}
			over := 0
			for _, u := range res.Report.Unplaced {
				if utf8.RuneCountInString(u) > 80_000 {
					over++
				}
			}
			notes := strings.Join(res.Summary.Notes, " ")
			if over != tt.unplaced || (tt.unplaced > 0) != strings.Contains(notes, "sức chứa") {
				t.Errorf("%d long paragraphs unplaced (want %d), notes %q", over, tt.unplaced, notes)
			}
		})
	}
}
