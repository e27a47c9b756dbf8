package compile

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/baocao/baocao/model"
)

// tableCase is a compilation of generated CCHC reports with biểu: n units
// on the built-in outline, one Word report read on an outline derived from
// itself whose biểu has the same structure under another field and title
// (added up with the others), one whose biểu has a row more (listed, never
// added in), and one cell that is no number.
type tableCase struct {
	res  *Result
	want map[string][]string // per fixed table field: the sums, row by row, cell by cell ("" where none)
	rows int                 // free-table rows of every unit counted
}

func newTableCase(t *testing.T, n int) tableCase {
	fx := newFixture(t)
	reports := fx.genOn(fx.cchc, n+2, 21)
	inputs := make([]Input, 0, len(reports))
	for i, r := range reports[:n] {
		inputs = append(inputs, Input{Name: fmt.Sprintf("bc-%d.json", i), Report: r})
	}
	same := derivedOutline(t, fx.cchc, "bieu.tthc", "bang-1", "Bảng số hồ sơ", nil)
	other := derivedOutline(t, fx.cchc, "bieu.tthc", "bang-1", "Kết quả giải quyết hồ sơ thủ tục hành chính trong quý", []string{"Tư pháp"})
	for i, o := range []model.Outline{same, other} {
		r := reports[n+i]
		r.Outline = o.ID
		for id, a := range r.Answers {
			if a.Table != nil {
				delete(r.Answers, id)
			}
		}
		r.Answers["bang-1"] = model.Answer{Table: genTableFor(t, o, "bang-1", r.Unit.Name, int64(i))}
		inputs = append(inputs, Input{Name: fmt.Sprintf("bc-%d.docx", n+i), Report: r, Derived: &o})
	}
	inputs[0].Report.Answers["bieu.tthc"].Table.Rows[0].Cells[0] = "mười"
	tc := tableCase{want: map[string][]string{}}
	for _, s := range fx.cchc.Sections {
		for _, f := range s.Fields {
			if f.Kind != model.FieldTable {
				continue
			}
			if !f.Table.Fixed() {
				for _, in := range inputs[:n] {
					tc.rows += len(in.Report.Answers[f.ID].Table.Rows)
				}
				continue
			}
			tc.want[f.ID] = expectedSums(t, f, inputs[:n+1])
		}
	}
	res, err := Compile(inputs, nil, Options{Outlines: fx.set, Rules: fx.rules})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { res.Close() })
	tc.res = res
	return tc
}

// derivedOutline is o with the table field id renamed to newID and
// relabelled, with extra rows added to its biểu, as an outline derived
// from a Word report would hold it.
func derivedOutline(t *testing.T, o model.Outline, id, newID, label string, extra []string) model.Outline {
	t.Helper()
	d := o
	d.ID = "tu-tep-" + newID + fmt.Sprint(len(extra))
	d.Sections = slices.Clone(o.Sections)
	for i, s := range d.Sections {
		s.Fields = slices.Clone(s.Fields)
		for j, f := range s.Fields {
			if f.ID == id {
				spec := *f.Table
				spec.Rows = append(slices.Clone(spec.Rows), extra...)
				f.ID, f.Label, f.Table = newID, label, &spec
				s.Fields[j] = f
			}
		}
		d.Sections[i] = s
	}
	return d
}

func genTableFor(t *testing.T, o model.Outline, id, unit string, seed int64) *model.Table {
	f, _, ok := o.Field(id)
	if !ok {
		t.Fatalf("no field %s", id)
	}
	return genTable(newRand(uint64(seed)), f.Table, unit)
}

// expectedSums adds up, apart from the package's code, the numeric cells
// (not percentages) of the field's biểu, under whatever field each input
// holds it with the same rows, skipping cells that are no number.
func expectedSums(t *testing.T, f model.Field, inputs []Input) []string {
	spec := f.Table
	sums := make([]int64, len(spec.Rows)*len(spec.Columns))
	set := make([]bool, len(sums))
	for _, in := range inputs {
		for _, a := range in.Report.Answers {
			if a.Table == nil || len(a.Table.Rows) != len(spec.Rows) || len(a.Table.Rows[0].Cells) != len(spec.Columns) {
				continue
			}
			for i, row := range a.Table.Rows {
				for j, cell := range row.Cells {
					k := spec.Columns[j].Kind
					n, _, err := model.ParseNumber(cell)
					if k.Numeric() && k != model.ColumnPercent && err == nil {
						sums[i*len(spec.Columns)+j] += int64(n)
						set[i*len(spec.Columns)+j] = true
					}
				}
			}
		}
	}
	out := make([]string, len(sums))
	for i, s := range sums {
		if set[i] {
			out[i] = model.Number(s).Format(decimals(spec.Columns[i%len(spec.Columns)].Kind))
		}
	}
	return out
}

// TestCompileTables: the compiled draft's biểu hold the units' sums cell
// by cell (the derived Word report with the same structure included, the
// one with a row more left out and listed), the free table the units' rows,
// and the cell that is no number is listed.
func TestCompileTables(t *testing.T) {
	tc := newTableCase(t, 12)
	res := tc.res
	for id, want := range tc.want {
		table := res.Draft.Answers[id].Table
		if table == nil {
			t.Fatalf("%s: no table in the compiled draft", id)
		}
		var got []string
		for _, row := range table.Rows {
			got = append(got, row.Cells...)
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s:\n got %q\nwant %q", id, got, want)
		}
	}
	if got := len(res.Draft.Answers["bieu.trehan"].Table.Rows); got != tc.rows || got == 0 {
		t.Errorf("free table: %d rows, want %d", got, tc.rows)
	}
	kinds := map[IssueKind][]string{}
	for _, is := range res.Issues {
		kinds[is.Kind] = append(kinds[is.Kind], is.Message)
	}
	if shape := kinds[IssueTableShape]; len(shape) != 1 || !strings.Contains(shape[0], "7 hàng") || !strings.Contains(shape[0], "cộng riêng") {
		t.Errorf("shape issues = %q", shape)
	}
	if cells := kinds[IssueTable]; len(cells) != 1 || !strings.Contains(cells[0], "01 ô") {
		t.Errorf("cell issues = %q", cells)
	}
	if len(res.tables) != 4 {
		t.Errorf("%d table structures, want the three of the outline and the one with a row more", len(res.tables))
	}
}

// TestTableWorkbookLibreOffice reads the biểu's sheet back through
// LibreOffice, formulas computed: the totals block equals the sums.
func TestTableWorkbookLibreOffice(t *testing.T) {
	tc := newTableCase(t, 6)
	sheet := calcSheets(t, workbook(t, tc.res))
	g := tc.res.tables[0]
	rows := sheet(sheetName(0, g.title))
	spec := g.spec
	if len(rows) != 1+(len(g.units)+1)*len(spec.Rows) {
		t.Fatalf("%d rows for %d units of %d rows", len(rows), len(g.units), len(spec.Rows))
	}
	want := tc.want[g.field]
	totals := rows[len(rows)-len(spec.Rows):]
	for i, row := range totals {
		if row[0] != "Tổng cộng" || row[2] != spec.Rows[i] {
			t.Fatalf("total row %d = %q", i, row[:3])
		}
		for j, c := range spec.Columns {
			w := want[i*len(spec.Columns)+j]
			if !summed(c) {
				w = ""
			}
			if !sameValue(row[3+j], w) {
				t.Errorf("row %d column %s: %q, want %q", i+1, c.Title, row[3+j], w)
			}
		}
	}
}

// sameValue reports whether LibreOffice's CSV value (English form) is the
// Vietnamese-form number want, or both are empty.
func sameValue(got, want string) bool {
	if got == "" || want == "" {
		return got == want
	}
	g, err := strconv.ParseFloat(got, 64)
	w, _, werr := model.ParseNumber(want)
	return err == nil && werr == nil && math.Abs(g-float64(w)/model.NumberScale) < 1e-6
}
