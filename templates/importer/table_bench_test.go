package importer

import (
	"fmt"
	"testing"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/templates"
	"github.com/baocao/baocao/templates/docread"
	"github.com/baocao/baocao/templates/internal/fixture"
)

// manyTables returns the cchc example with its outline grown to 11 table
// fields holding 150 rows in all: its three tables, and eight lists of
// 14 or 13 rows (a merged header over six columns) spread over the body
// and the appendices.
func manyTables(b *testing.B) (model.Report, model.Outline, model.Rules) {
	r, o, rules := fixture.Example(b, "cchc")
	rows := 6 + 5 + 34
	spec := model.TableSpec{Numbered: true, TotalRow: true,
		Columns: []model.TableColumn{{ID: "thon", Title: "Thôn, ấp", Kind: model.ColumnText},
			{ID: "ho", Title: "Số hộ", Kind: model.ColumnInteger}, {ID: "nk", Title: "Nhân khẩu", Kind: model.ColumnInteger},
			{ID: "nam", Title: "Nam", Kind: model.ColumnInteger}, {ID: "nu", Title: "Nữ", Kind: model.ColumnInteger},
			{ID: "tyle", Title: "Tỷ lệ", Kind: model.ColumnPercent}},
		Header: [][]model.HeaderCell{{{Text: "STT", Span: 1, RowSpan: 2}, {Text: "Thôn, ấp", Span: 1, RowSpan: 2}, {Text: "Số hộ", Span: 1, RowSpan: 2},
			{Text: "Dân số", Span: 3, RowSpan: 1}, {Text: "Tỷ lệ", Span: 1, RowSpan: 2}},
			{{Text: "Tổng", Span: 1, RowSpan: 1}, {Text: "Nam", Span: 1, RowSpan: 1}, {Text: "Nữ", Span: 1, RowSpan: 1}}}}
	targets := []string{"I", "II.1", "II.2", "II.3", "III", "IV", "PL1", "PL2"}
	for k, id := range targets {
		n := 13
		if k < 1 {
			n = 14
		}
		rows += n
		t := &model.Table{}
		for i := range n {
			t.Rows = append(t.Rows, model.TableRow{Cells: []string{fmt.Sprintf("Ấp %d", i+1), fmt.Sprint(100 + i), fmt.Sprint(400 + i*3),
				fmt.Sprint(200 + i), fmt.Sprint(200 + i*2), fmt.Sprintf("%d,%d", 40+i, i%10)}})
		}
		f := model.Field{ID: "ds." + id, Label: "Dân số theo thôn, ấp " + id, Kind: model.FieldTable, Table: &spec}
		for si := range o.Sections {
			if o.Sections[si].ID == id {
				o.Sections[si].Fields = append(o.Sections[si].Fields, f)
			}
		}
		r.SetTable(f, t)
	}
	if rows != 150 {
		b.Fatalf("%d rows", rows)
	}
	return r, o, rules
}

// BenchmarkImportTables reads and imports a report carrying 11 tables of
// 150 rows in all (merged headers, total rows, two appendices, one landscape),
// outline choice among the built-in ones included. Issue 16: ≤ 200 ms.
func BenchmarkImportTables(b *testing.B) {
	r, o, rules := manyTables(b)
	data := exportDOCX(b, r, o, rules)
	opt := Options{Outlines: []model.Outline{o}, Rules: rules, Name: "cchc.docx"}
	for _, bo := range templates.Builtin() {
		if bo.ID != o.ID {
			opt.Outlines = append(opt.Outlines, bo)
		}
	}
	for b.Loop() {
		doc, err := docread.Read("cchc.docx", data)
		if err != nil {
			b.Fatal(err)
		}
		res, err := ImportReport(doc, opt)
		if err != nil || res.Summary.Tables != 11 || len(res.Report.Unplaced) > 0 {
			b.Fatalf("%v: %d tables, unplaced %q", err, res.Summary.Tables, res.Report.Unplaced)
		}
	}
}
