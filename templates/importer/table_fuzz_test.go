package importer

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/templates"
	"github.com/baocao/baocao/templates/docread"
)

// fuzzTable reads a table written as rows on lines, cells between "|": a
// cell ending "*N" spans N columns, "^" continues the merge above, "!"
// starts a bold cell, a row starting "#" is a repeated header row.
func fuzzTable(s string) docread.Table {
	t := docread.Table{Index: 1}
	for i, line := range strings.Split(s, "\n") {
		if i >= 60 {
			break
		}
		row := docread.Row{Header: strings.HasPrefix(line, "#")}
		for j, c := range strings.Split(strings.TrimPrefix(line, "#"), "|") {
			if j >= 50 {
				break
			}
			cell := docread.Cell{Span: 1, Text: model.Clean(c)}
			if k := strings.LastIndex(c, "*"); k >= 0 && k+2 == len(c) && c[k+1] >= '1' && c[k+1] <= '9' {
				cell.Span, cell.Text = int(c[k+1]-'0'), model.Clean(c[:k])
			}
			if strings.HasPrefix(cell.Text, "^") {
				cell.Merge, cell.Text = docread.MergeContinue, ""
			}
			if strings.HasPrefix(cell.Text, "!") {
				cell.Bold, cell.Text = true, strings.TrimPrefix(cell.Text, "!")
			}
			row.Cells = append(row.Cells, cell)
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}

// FuzzTableReader fuzzes the reading of a source table: the grid, the
// header rows, the derived table field and its answer, and filling an
// existing field never panic; the derived field writes an outline that
// loads, and its answer fits it (one cell per column, a biểu's rows in
// order).
func FuzzTableReader(f *testing.F) {
	for _, s := range []string{
		"#!STT|!Lĩnh vực|!Số hồ sơ*2|!Tỷ lệ\n#^|^|!Trực tuyến|!Trực tiếp|^\n1|Hộ tịch|12|3|80%\n2|Đất đai|1.234|0|99,5\n|Tổng cộng|1.246|3|",
		"TT|Họ tên|Ghi chú\n1|Nguyễn Văn A|x\n2|Trần B|",
		"Chỉ tiêu|Kế hoạch|Thực hiện\nCáp quang||\nWifi||\nTổng số||",
		"(1)|(2)|(3)\nA|B|C", "*9|^|^\n^", "|||\n|||", "a*2\nb|c|d|e|f", "#x\n#y\n#z",
		"Đơn vị|Tổng số|Nam|Nữ\nThôn 1|10|4|6\nThôn 2|9|4|5",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		src := fuzzTable(s)
		if oversized(src) {
			return
		}
		st := readGrid(src)
		if st.headers < 0 || st.headers > len(src.Rows) {
			t.Fatalf("%d header rows of %d", st.headers, len(src.Rows))
		}
		for _, row := range st.rows() {
			if !utf8.ValidString(row) {
				t.Fatalf("row %q", row)
			}
		}
		if len(st.grid) == 0 || len(st.grid[0]) == 0 {
			return
		}
		spec, table := specOf(st)
		if len(spec.Columns) == 0 {
			return
		}
		for i, r := range table.Rows {
			if len(r.Cells) != len(spec.Columns) || (spec.Fixed() && r.Label != spec.Rows[i]) {
				t.Fatalf("row %d %+v does not fit %+v", i, r, spec)
			}
		}
		o := model.Outline{ID: "t", Name: "Thử", Profile: model.ProfileState, Sections: []model.Section{{ID: "s", Level: 1, Number: "I",
			Heading: "Số liệu", Fields: []model.Field{{ID: "s.bang", Label: "Bảng", Kind: model.FieldTable, Table: &spec}}}}}
		data := WriteOutline(o, "fuzz")
		back, err := templates.ParseOutline("t.outline", data)
		if err != nil {
			if len(spec.Columns) <= model.MaxTableColumns && len(spec.Rows) <= model.MaxTableRows {
				t.Fatalf("derived table field does not load: %v\n%s", err, data)
			}
			return
		}
		got, _, _ := back.Field("s.bang")
		if filled, _, ok := fill(*got.Table, st); ok && spec.Fixed() && len(filled.Rows) != len(spec.Rows) {
			t.Fatalf("fill gave %d rows for %d labels", len(filled.Rows), len(spec.Rows))
		}
	})
}
