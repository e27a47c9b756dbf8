package layout

import (
	"strings"
	"testing"

	"github.com/baocao/baocao/model"
)

// TestEndingByForm checks that the body ends as the form of the report's
// date asks (issue 20 item 11): "./." for a state report, "." for a Party
// report under HD 36 and HD 05, whatever ending the clerk typed.
func TestEndingByForm(t *testing.T) {
	tests := []struct {
		example, date, typed, want string
	}{
		{"state", "29/8/2023", "", "./."},
		{"state", "29/8/2023", "Trên đây là báo cáo.", "./."},
		{"state2026", "12/6/2026", "Trên đây là báo cáo./.", "./."},
		{"party", "09/10/2023", "", "."},
		{"party", "09/10/2023", "Trên đây là báo cáo./.", "."},
		{"party2026", "15/6/2026", "Trên đây là báo cáo./.", "."},
		{"party2026", "15/6/2026", "Trên đây là báo cáo.", "."},
	}
	for _, tt := range tests {
		r, o, rules := fixture(t, tt.example)
		r.Doc.Date, r.Closing = tt.date, tt.typed
		d := Compose(r, o, rules)
		last := d.Body[len(d.Body)-1].Text
		if !strings.HasSuffix(last, tt.want) || (tt.want == "." && strings.HasSuffix(last, "/.")) {
			t.Errorf("%s dated %s, closing %q: body ends %q, want %q", tt.example, tt.date, tt.typed, tail(last), tt.want)
		}
		if strings.HasSuffix(last, "..") {
			t.Errorf("%s: doubled stop in %q", tt.example, tail(last))
		}
	}
}

// TestPartyEndingWarning checks that "./." typed in a Party report is a
// warning with the fix, and that a state report is not warned.
func TestPartyEndingWarning(t *testing.T) {
	for _, ex := range []string{"party", "party2026", "state"} {
		r, o, rules := fixture(t, ex)
		r.Closing = "Trên đây là báo cáo của đơn vị./."
		var got []model.Problem
		for _, p := range model.Validate(r, o, rules) {
			if p.Path == "closing" && strings.Contains(p.Message, `"./."`) {
				got = append(got, p)
			}
		}
		want := 0
		if o.Profile == model.ProfileParty {
			want = 1
		}
		if len(got) != want || (want == 1 && (got[0].Severity != model.Warning || !strings.Contains(got[0].Message, "xóa"))) {
			t.Errorf("%s: ending problems %+v, want %d warning naming the fix", ex, got, want)
		}
	}
}

func tail(s string) string {
	if r := []rune(s); len(r) > 20 {
		return "…" + string(r[len(r)-20:])
	}
	return s
}
