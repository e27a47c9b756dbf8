package model

import (
	"fmt"
	"reflect"
	"testing"
)

// TestMeasure (issue 10 item 15): a fresh draft's empty required fields are
// to-dos, not errors; an error in a filled field is an error; the tally's
// sections agree with the marks.
func TestMeasure(t *testing.T) {
	o := testOutline()
	withNeed := o
	withNeed.Sections = append(append([]Section(nil), o.Sections[:4]...),
		Section{ID: "IV", Number: "IV", Level: 1, Heading: "Đề xuất", NeedContent: true},
		Section{ID: "IV.1", Number: "1", Level: 2, Fields: []Field{{ID: "IV.1.items", Label: "Đề xuất", Kind: FieldBullets, Required: true, NoneOK: true}}})
	withNeed.Sections = append(withNeed.Sections, o.Sections[4:]...)
	tests := []struct {
		name string
		o    Outline
		edit func(*Report)
		want Tally
	}{
		{"fresh", o, nil, Tally{Done: 0, Required: 6, Unfilled: 11}},
		{"complete", o, func(r *Report) { *r = seedReport() }, Tally{Done: 6, Required: 6}},
		{"one bad date", o, func(r *Report) { *r = seedReport(); r.Doc.Date = "31/2/2023" }, Tally{Done: 5, Required: 6, Errors: 1}},
		{"one empty", o, func(r *Report) { *r = seedReport(); r.Answers["I.1.text"] = Answer{} }, Tally{Done: 5, Required: 6, Unfilled: 1}},
		{"fresh, a section to fill", withNeed, nil, Tally{Done: 0, Required: 7, Unfilled: 13}},
		{"Không everywhere is an error", withNeed, func(r *Report) { *r = seedReport(); r.Answers["IV.1.items"] = Answer{None: true} }, Tally{Done: 7, Required: 7, Errors: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := New(tt.o)
			if tt.edit != nil {
				tt.edit(&r)
			}
			ps := Validate(r, tt.o, testRules())
			got := Measure(r, tt.o, ps)
			if got != tt.want {
				t.Errorf("Measure = %+v, want %+v; problems %v", got, tt.want, ps)
			}
			done, req := Progress(r, tt.o, ps)
			if done != got.Done || req != got.Required {
				t.Errorf("Progress = %d/%d, Measure %d/%d", done, req, got.Done, got.Required)
			}
			e, w := Count(ps)
			if e != got.Errors+got.Unfilled || w != got.Warnings {
				t.Errorf("Count = %d, %d; tally %+v", e, w, got)
			}
		})
	}
}

// TestStatusesMatchSectionStatus: the one-pass marks are SectionStatus's.
func TestStatusesMatchSectionStatus(t *testing.T) {
	o := testOutline()
	for _, r := range []Report{New(o), seedReport(), func() Report { r := seedReport(); r.Doc.Date = "x"; r.Answers["II.text"] = Answer{}; return r }()} {
		ps := Validate(r, o, testRules())
		var want []Status
		for _, s := range o.Sections {
			want = append(want, SectionStatus(r, s, ps))
		}
		if got := Statuses(r, o, ps); !reflect.DeepEqual(got, want) {
			t.Errorf("Statuses = %v, want %v", got, want)
		}
	}
}

// BenchmarkMeasure measures the tally of a fresh report as the outline
// grows: linear in its sections.
func BenchmarkMeasure(b *testing.B) {
	for _, n := range []int{10, 5000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			o := testOutline()
			for i := range n {
				id := fmt.Sprintf("X.%d", i)
				o.Sections = append(o.Sections, Section{ID: id, Level: 2, Fields: []Field{{ID: id + ".text", Label: "X", Kind: FieldNarrative, Required: true}}})
			}
			r := New(o)
			ps := Validate(r, o, testRules())
			b.ResetTimer()
			for b.Loop() {
				Measure(r, o, ps)
			}
		})
	}
}
