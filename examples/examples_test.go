package examples

import (
	"testing"

	"github.com/baocao/baocao/model"
)

// Each example reads and carries the date and unit its name promises; the
// full check of each against its outline is in package templates
// (TestExamples), which may import this one's data without a cycle.
func TestExamplesRead(t *testing.T) {
	tests := []struct {
		id, outline string
		kind        model.UnitKind
		after       model.Date // the report is dated on or after this day
	}{
		{"state", "state", model.KindWard, model.Date{Year: 2023, Month: 1, Day: 1}},
		{"party", "party", model.KindCommittee, model.Date{Year: 2023, Month: 1, Day: 1}},
		{"state2026", "state", model.KindCommune, model.Date{Year: 2026, Month: 1, Day: 1}},
		{"party2026", "party", model.KindCommune, model.Date{Year: 2026, Month: 5, Day: 28}},
		{"cchc", "cchc-quy", model.KindCommune, model.Date{Year: 2025, Month: 7, Day: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			r, err := Report(tt.id)
			if err != nil {
				t.Fatal(err)
			}
			d, err := model.ParseDate(r.Doc.Date)
			if err != nil || !d.Valid() || d.Before(tt.after) {
				t.Fatalf("date %q, want a date from %s", r.Doc.Date, tt.after.Short())
			}
			if r.Outline != tt.outline || r.Unit.Kind != tt.kind {
				t.Fatalf("outline %q kind %q, want %q %q", r.Outline, r.Unit.Kind, tt.outline, tt.kind)
			}
		})
	}
	if _, err := Report("none"); err == nil {
		t.Fatal("a missing example reads without error")
	}
}
