package templates

import (
	"reflect"
	"strings"
	"testing"

	"github.com/baocao/baocao/model"
)

// minimalTable is the smallest outline with a table field (line 8 is its
// kind); cases add lines after it.
const minimalTable = `outline: t
name: Thử
profile: state
== section a
level: 0
-- field b
label: Biểu
kind: table
column: so | Số | integer
`

func TestTableFieldProblems(t *testing.T) {
	tests := []struct {
		name  string
		input string
		want  []want
	}{
		{"no columns", strings.Replace(minimalTable, "column: so | Số | integer\n", "", 1), []want{{8, `bảng "b" chưa có cột nào`}}},
		{"bad column form", minimalTable + "column: x | Chỉ hai phần\n", []want{{10, `cột phải có dạng "mã | Tên cột | loại"`}}},
		{"bad column kind", minimalTable + "column: x | X | số\n", []want{{10, `loại cột "số" không có`}}},
		{"bad column id", minimalTable + "column: cột | X | text\n", []want{{10, `mã cột "cột" không hợp lệ`}}},
		{"empty column title", minimalTable + "column: x |  | text\n", []want{{10, `cột "x" chưa có tên`}}},
		{"duplicate column", minimalTable + "column: so | Số nữa | integer\n", []want{{10, `mã cột "so" đã dùng ở dòng 9`}}},
		{"duplicate row", minimalTable + "row: Thôn 1\nrow: Thôn 1\n", []want{{11, `hàng "Thôn 1" đã có ở dòng 10`}}},
		{"empty row", minimalTable + "row:\n", []want{{10, "hàng để trống tên"}}},
		{"label title without rows", minimalTable + "label-title: Nội dung\n", []want{{10, `"label-title" là tiêu đề cột tên hàng`}}},
		{"header too narrow", minimalTable + "numbered: yes\nheader: STT\n", []want{{11, "hàng tiêu đề 1 thiếu ô từ cột 2 (bảng có 2 cột)"}}},
		{"header too wide", minimalTable + "header: A | B\n", []want{{10, "hàng tiêu đề 1 rộng hơn 1 cột"}}},
		{"header span below the last row", minimalTable + "header: A ^2\n", []want{{10, "gộp xuống quá hàng tiêu đề cuối"}}},
		{"bad span", minimalTable + "header: A *0\n", []want{{10, `số ô gộp "*0" không hợp lệ`}}},
		{"table key on a line field", strings.Replace(minimalTable, "kind: table", "kind: line", 1), []want{{9, `chỉ trường loại "table" mới có "column"`}}},
		{"bad table flag", minimalTable + "total-row: có lẽ\n", []want{{10, `"total-row" chỉ nhận "yes" hoặc "no"`}}},
		{"appendix below level 1", strings.Replace(minimalTable, "level: 0", "level: 0\nappendix: yes", 1), []want{{6, "chỉ mục cấp 1 mới là phụ lục"}}},
		{"body after appendix", minimalTable + "== section p\nlevel: 1\nnumber: I\nheading: P\nappendix: yes\n-- field p1\nlabel: P\nkind: line\n== section q\nlevel: 1\nnumber: II\nheading: Q\n-- field q1\nlabel: Q\nkind: line\n",
			[]want{{18, `mục "q" nằm sau một phụ lục`}}},
		{"too many columns", minimalTable + manyColumns(model.MaxTableColumns), []want{{10 + model.MaxTableColumns - 1, "quá giới hạn 40 cột"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { wantProblems(t, tt.input, tt.want) })
	}
}

// manyColumns returns n column lines c1…cn.
func manyColumns(n int) string {
	var b strings.Builder
	for i := 1; i <= n; i++ {
		b.WriteString("column: c" + strings.Repeat("x", i) + " | C | text\n")
	}
	return b.String()
}

func TestTableFieldParsed(t *testing.T) {
	input := minimalTable + `column: tyle | Tỷ lệ | percent | %
label-title: Lĩnh vực
numbered: yes
total-row: yes
total-column: yes
landscape: yes
header: STT ^2 | Lĩnh vực ^2 | Kết quả *2 | Tổng cộng ^2
header: Số ^1 | Tỷ lệ
row: Hộ tịch
row: Đất đai
`
	o, err := ParseOutline("t.outline", []byte(input))
	if err != nil {
		t.Fatal(err)
	}
	want := &model.TableSpec{
		Columns: []model.TableColumn{{ID: "so", Title: "Số", Kind: model.ColumnInteger}, {ID: "tyle", Title: "Tỷ lệ", Kind: model.ColumnPercent, Unit: "%"}},
		Header: [][]model.HeaderCell{
			{{Text: "STT", Span: 1, RowSpan: 2}, {Text: "Lĩnh vực", Span: 1, RowSpan: 2}, {Text: "Kết quả", Span: 2, RowSpan: 1}, {Text: "Tổng cộng", Span: 1, RowSpan: 2}},
			{{Text: "Số", Span: 1, RowSpan: 1}, {Text: "Tỷ lệ", Span: 1, RowSpan: 1}},
		},
		Rows: []string{"Hộ tịch", "Đất đai"}, LabelTitle: "Lĩnh vực",
		Numbered: true, TotalRow: true, TotalColumn: true, Landscape: true,
	}
	if got := o.Sections[0].Fields[0].Table; !reflect.DeepEqual(got, want) {
		t.Errorf("table spec\n got %+v\nwant %+v", got, want)
	}
}

func TestBuiltinTablesAndAppendices(t *testing.T) {
	set, _ := Load("")
	for _, id := range []string{"cchc-quy", "cchc-quy-tong-hop"} {
		o, ok := set.Get(id)
		if !ok {
			t.Fatalf("no outline %s", id)
		}
		var tables, appendices int
		for _, s := range o.Sections {
			if s.Appendix {
				appendices++
			}
			for _, f := range s.Fields {
				if f.Kind == model.FieldTable {
					tables++
					if _, err := f.Table.HeaderGrid(); err != nil {
						t.Errorf("%s %s: %v", id, f.ID, err)
					}
				}
			}
		}
		if tables != 3 || appendices != 2 {
			t.Errorf("%s: %d tables, %d appendices; want 3 and 2", id, tables, appendices)
		}
	}
}
