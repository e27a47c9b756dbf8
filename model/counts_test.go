package model

import (
	"errors"
	"math"
	"strings"
	"testing"
)

// TestCountBounds: a count or a typed total out of 0..MaxCount is an error
// in check, never a wrapped-around total in the generated paragraph.
func TestCountBounds(t *testing.T) {
	huge := math.MaxInt - 1
	tests := []struct {
		name   string
		change func(r *Report)
		path   string
	}{
		{"row count at int limit", func(r *Report) { r.Staffing.Rows[2].Now = huge }, "staffing.rows[2].now"},
		{"row count just above bound", func(r *Report) { r.Staffing.Rows[2].Start = MaxCount + 1 }, "staffing.rows[2].start"},
		{"row count below zero", func(r *Report) { r.Staffing.Rows[0].Now = math.MinInt }, "staffing.rows[0].now"},
		{"typed total too large", func(r *Report) {
			r.Staffing.Declared.Now = &Totals{Cadre: huge, CivilServ: 8, All: 18}
		}, "staffing.declared.now"},
		{"typed total negative", func(r *Report) {
			r.Staffing.Declared.Start = &Totals{Cadre: -1, CivilServ: 8, All: 18}
		}, "staffing.declared.start"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := seedReport()
			tc.change(&r)
			p := find(Validate(r, testOutline(), testRules()), tc.path)
			if p == nil || p.Severity != Error || !strings.Contains(p.Message, "999") {
				t.Fatalf("want an error at %s naming the bound 999, got %+v", tc.path, p)
			}
		})
	}
}

// TestSumNeverWraps: two counts near the int limit give no negative total.
func TestSumNeverWraps(t *testing.T) {
	r := seedReport()
	g, _ := testRules().For(Date{2023, 8, 29})
	before := r.Staffing.Sum(AtNow, g.Catalogue)
	r.Staffing.Rows[0].Now = math.MaxInt
	r.Staffing.Rows[1].Now = math.MaxInt
	got := r.Staffing.Sum(AtNow, g.Catalogue)
	if got.All < 0 || got.All > before.All {
		t.Fatalf("total %d after two out-of-range counts (was %d)", got.All, before.All)
	}
	for _, line := range StaffingText(r.Staffing, g.Catalogue, r.Unit.Kind) {
		if strings.Contains(line, "là -") {
			t.Fatalf("paragraph states a negative total: %s", line)
		}
	}
}

// TestCountBoundsInJSON: the JSON reader refuses an out-of-range count or
// total, names it, and says where the table is.
func TestCountBoundsInJSON(t *testing.T) {
	tests := []struct{ name, staffing, want string }{
		{"row count", `{"rows":[{"title":"Ủy viên UBND","group":"can-bo","start":1,"now":9223372036854775807}]}`, "dòng 1"},
		{"negative", `{"rows":[{"title":"Ủy viên UBND","group":"can-bo","start":-5,"now":1}]}`, "từ 0 đến 999"},
		{"typed total", `{"declared":{"now":{"canBo":1000,"congChuc":0,"total":1000}}}`, "tổng số đã ghi"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			data := []byte("{\n\"format\": \"" + ReportFormat + "\",\n\"staffing\": " + tc.staffing + "\n}")
			_, err := UnmarshalReport(data)
			var fe *FormatError
			if !errors.As(err, &fe) || !strings.Contains(fe.Msg, tc.want) || fe.Line != 3 {
				t.Fatalf("want a FormatError at line 3 containing %q, got %v", tc.want, err)
			}
		})
	}
}

// TestCountBoundsInRange: the bounds themselves are accepted.
func TestCountBoundsInRange(t *testing.T) {
	s := Staffing{Rows: []StaffRow{{Title: "x", Group: GroupCadre, Start: 0, Now: MaxCount}},
		Declared: DeclaredTotals{Now: &Totals{Cadre: MaxCount, All: MaxCount}}}
	if err := s.CheckCounts(); err != nil {
		t.Fatalf("counts at the bounds refused: %v", err)
	}
	s.Rows = make([]StaffRow, MaxRows+1)
	if err := s.CheckCounts(); err == nil {
		t.Fatal("a table longer than MaxRows was accepted")
	}
}
