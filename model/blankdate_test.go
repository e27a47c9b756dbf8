package model

import "testing"

// TestLeftForIssue: an imported report's blank number and day are left for
// the văn thư: no problem in the checks, named at export; a report started
// in baocao keeps its warning for a blank day and no note.
func TestLeftForIssue(t *testing.T) {
	tests := []struct {
		name             string
		imported         bool
		number, date     string
		wantNum, wantDay bool
		note             string
		warned           bool
	}{
		{"imported, both blank", true, "", "/6/2026", true, true, "chưa điền số, ngày — văn thư điền khi ban hành", false},
		{"imported, day blank", true, "88", "/3/2026", false, true, "chưa điền ngày — văn thư điền khi ban hành", false},
		{"imported, number blank", true, " ", "12/3/2026", true, false, "chưa điền số — văn thư điền khi ban hành", false},
		{"imported, complete", true, "88", "12/3/2026", false, false, "", false},
		{"started here, day blank", false, "", "/6/2026", false, false, "", true},
		{"started here, number blank", false, "", "12/3/2026", false, false, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := seedReport()
			r.Imported, r.Doc.Number, r.Doc.Date = tt.imported, tt.number, tt.date
			num, day := LeftForIssue(r)
			if num != tt.wantNum || day != tt.wantDay || IssueNote(num, day) != tt.note {
				t.Errorf("LeftForIssue = %v, %v, note %q", num, day, IssueNote(num, day))
			}
			if p := find(Validate(r, testOutline(), testRules()), "doc.date"); (p != nil) != tt.warned {
				t.Errorf("doc.date problem: %v, want one: %v", p, tt.warned)
			}
		})
	}
}
