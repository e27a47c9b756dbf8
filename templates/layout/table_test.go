package layout

import (
	"math"
	"strings"
	"testing"

	"github.com/baocao/baocao/model"
)

func bieuField() model.Field {
	spec := model.TableSpec{
		Columns: []model.TableColumn{
			{ID: "on", Title: "Trực tuyến", Kind: model.ColumnInteger},
			{ID: "off", Title: "Trực tiếp", Kind: model.ColumnInteger},
			{ID: "tl", Title: "Tỷ lệ", Kind: model.ColumnPercent},
			{ID: "gc", Title: "Ghi chú", Kind: model.ColumnText},
		},
		Header: [][]model.HeaderCell{
			{{Text: "STT", RowSpan: 2}, {Text: "Lĩnh vực", RowSpan: 2}, {Text: "Hồ sơ", Span: 2}, {Text: "Tỷ lệ", RowSpan: 2}, {Text: "Ghi chú", RowSpan: 2}, {Text: "Tổng cộng", RowSpan: 2}},
			{{Text: "Trực tuyến"}, {Text: "Trực tiếp"}},
		},
		Rows: []string{"Hộ tịch", "Đất đai"}, LabelTitle: "Lĩnh vực", Numbered: true, TotalRow: true, TotalColumn: true,
	}
	return model.Field{ID: "b", Label: "Hồ sơ trong quý", Kind: model.FieldTable, Table: &spec}
}

// cellTexts lists a laid-out row's cells as "text/span" ("^" for a merged
// one), for comparison.
func cellTexts(row []Cell) string {
	var out []string
	for _, c := range row {
		s := c.Text
		if c.Merged {
			s = "^"
		}
		if c.Span > 1 {
			s += "*" + string(rune('0'+c.Span))
		}
		out = append(out, s)
	}
	return strings.Join(out, "|")
}

func TestTableBlock(t *testing.T) {
	f := bieuField()
	tests := []struct {
		name  string
		table *model.Table
		rows  []string
	}{
		{"filled", &model.Table{Rows: []model.TableRow{
			{Label: "Hộ tịch", Cells: []string{"1.200", "35", "99,5", "đủ"}},
			{Label: "Đất đai", Cells: []string{"12", "", "", ""}},
		}}, []string{
			"STT|Lĩnh vực|Hồ sơ*2|Tỷ lệ|Ghi chú|Tổng cộng",
			"^|^|Trực tuyến|Trực tiếp|^|^|^",
			"1|Hộ tịch|1.200|35|99,5|đủ|1.235",
			"2|Đất đai|12||||12",
			"Tổng cộng*2|1.212|35|||1.247",
		}},
		{"empty biểu prints its rows to fill by hand", nil, []string{
			"STT|Lĩnh vực|Hồ sơ*2|Tỷ lệ|Ghi chú|Tổng cộng",
			"^|^|Trực tuyến|Trực tiếp|^|^|^",
			"1|Hộ tịch|||||",
			"2|Đất đai|||||",
			"Tổng cộng*2|||||",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tableBlock(f, tt.table, StateForm)
			var rows []string
			for _, r := range got.Rows {
				rows = append(rows, cellTexts(r))
			}
			if strings.Join(rows, "\n") != strings.Join(tt.rows, "\n") {
				t.Errorf("rows\n%s\nwant\n%s", strings.Join(rows, "\n"), strings.Join(tt.rows, "\n"))
			}
			if got.HeaderRows != 2 || got.Size != wideTableSize || got.Caption != f.Label {
				t.Errorf("header rows %d size %v caption %q", got.HeaderRows, got.Size, got.Caption)
			}
			sum := 0.0
			for _, w := range got.Widths {
				sum += w
			}
			if math.Abs(sum-StateForm.TextWidth()) > 0.01 {
				t.Errorf("widths %v sum %.2f, want the text width %.2f", got.Widths, sum, StateForm.TextWidth())
			}
			if got.Rows[2][2].Align != AlignRight || got.Rows[2][1].Align != AlignLeft || got.Rows[0][0].Align != AlignCenter || !got.Rows[0][0].Bold {
				t.Errorf("alignment: %+v", got.Rows[2])
			}
		})
	}
}

func TestTableWidths(t *testing.T) {
	f := bieuField()
	f.Table.Landscape = true
	long := strings.Repeat("Thủ tục chứng thực bản sao từ bản chính ", 4)
	got := tableBlock(f, &model.Table{Rows: []model.TableRow{{Label: "Hộ tịch", Cells: []string{"1", "2", "3", long}}}}, StateForm)
	sum := 0.0
	for _, w := range got.Widths {
		sum += w
	}
	if math.Abs(sum-LandscapeWidth(StateForm)) > 0.01 {
		t.Errorf("landscape widths sum %.2f, want %.2f", sum, LandscapeWidth(StateForm))
	}
	if got.Widths[5] <= got.Widths[2] || got.Widths[0] < cellWidth("STT", got.Size, true)-0.01 {
		t.Errorf("widths %v: the note column must be the widest, STT fit its title", got.Widths)
	}
}

func TestAppendices(t *testing.T) {
	o := model.Outline{ID: "t", Profile: model.ProfileState, Sections: []model.Section{
		{ID: "I", Level: 1, Number: "I", Heading: "Thân", Fields: []model.Field{{ID: "a", Kind: model.FieldNarrative, Required: true}}},
		{ID: "P1", Level: 1, Number: "I", Heading: "Biểu một", Appendix: true, Fields: []model.Field{bieuField()}},
		{ID: "P2", Level: 1, Number: "II", Heading: "Trống", Appendix: true, Fields: []model.Field{{ID: "n", Kind: model.FieldNarrative}}},
	}}
	r := model.Report{Unit: model.Unit{Issuer: "Ủy ban nhân dân xã Hòa|Bình", IssuerCode: "UBND"},
		Doc: model.Document{Number: "7", TypeCode: "BC", Date: "05/02/2026"}, Answers: map[string]model.Answer{"a": {Text: "x"},
			"b": {Table: &model.Table{Rows: []model.TableRow{{Label: "Hộ tịch", Cells: []string{"1"}}}}}}}
	d := Compose(r, o, model.Rules{})
	if len(d.Appendices) != 1 {
		t.Fatalf("%d appendices, want the one with content", len(d.Appendices))
	}
	a := d.Appendices[0]
	if a.Label != "PHỤ LỤC" || a.Title != "Biểu một" || a.Note != "(Kèm theo Báo cáo số 07/BC-UBND ngày 05 tháng 02 năm 2026 của Ủy ban nhân dân xã Hòa Bình)" {
		t.Errorf("appendix heading %+v", a)
	}
	for _, b := range d.Body {
		if b.Text == "Biểu một" {
			t.Error("an appendix is printed in the body")
		}
	}
	r.Doc.Number, r.Doc.Date = "", ""
	if got := Compose(r, o, model.Rules{}).Appendices[0].Note; got != "(Kèm theo Báo cáo số …/BC-UBND ngày … tháng … năm … của Ủy ban nhân dân xã Hòa Bình)" {
		t.Errorf("note without number and date: %q", got)
	}
}
