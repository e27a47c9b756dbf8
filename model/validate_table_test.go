package model

import (
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"
)

func bieuSpec() TableSpec {
	return TableSpec{
		Columns: []TableColumn{
			{ID: "nhan", Title: "Tiếp nhận", Kind: ColumnInteger},
			{ID: "dung", Title: "Đúng hạn", Kind: ColumnInteger},
			{ID: "tre", Title: "Trễ hạn", Kind: ColumnInteger},
			{ID: "tyle", Title: "Tỷ lệ", Kind: ColumnPercent},
			{ID: "ghichu", Title: "Ghi chú", Kind: ColumnText},
		},
		Rows:       []string{"Đất đai", "Hộ tịch", "Tổng cộng"},
		LabelTitle: "Lĩnh vực",
		Numbered:   true,
	}
}

func bieu(rows ...[]string) *Table {
	labels := bieuSpec().Rows
	t := &Table{}
	for i, cells := range rows {
		label := ""
		if i < len(labels) {
			label = labels[i]
		}
		t.Rows = append(t.Rows, TableRow{Label: label, Cells: cells})
	}
	return t
}

func TestCheckTable(t *testing.T) {
	tests := []struct {
		name  string
		table *Table
		want  []CellProblem // Row, Col, Severity; Message checked by fragment
		frag  []string
	}{
		{"clean", bieu([]string{"12", "10", "2", "83,3", ""}, []string{"1.200", "1.200", "0", "100%", "đủ"}, []string{"1.212", "1.210", "2", "", ""}), nil, nil},
		{"nil", nil, nil, nil},
		{"not a number", bieu([]string{"mười", "10", "", "", ""}, []string{"", "", "", "", ""}, []string{"", "", "", "", ""}),
			[]CellProblem{{Row: 0, Col: 0, Severity: Error}}, []string{`Hàng 1 (Đất đai), cột "Tiếp nhận": "mười" không phải là số`}},
		{"decimal count", bieu([]string{"12,5", "", "", "", ""}, []string{}, []string{}),
			[]CellProblem{{Row: 0, Col: 0, Severity: Error}}, []string{"phải là số nguyên"}},
		{"negative count", bieu([]string{"", "-3", "", "", ""}, []string{}, []string{}),
			[]CellProblem{{Row: 0, Col: 1, Severity: Error}}, []string{"số âm"}},
		{"percent over", bieu([]string{"", "", "", "120", ""}, []string{}, []string{}),
			[]CellProblem{{Row: 0, Col: 3, Severity: Error}}, []string{"0–100%"}},
		{"typed total differs", bieu([]string{"12", "", "", "", ""}, []string{"3", "", "", "", ""}, []string{"16", "", "", "", ""}),
			[]CellProblem{{Row: 2, Col: 0, Severity: Warning}}, []string{`Hàng 3 (Tổng cộng), cột "Tiếp nhận": tổng ghi "16"`, "là 15"}},
		{"extra cells", bieu([]string{"1", "", "", "", "", "x"}, []string{}, []string{}),
			[]CellProblem{{Row: 0, Col: -1, Severity: Error}}, []string{"6 ô nhưng bảng chỉ có 5 cột"}},
		{"missing fixed row", bieu([]string{"1"}),
			[]CellProblem{{Row: -1, Col: -1, Severity: Error}}, []string{"biểu có 1 hàng nhưng dàn ý quy định 3 hàng"}},
		{"long cell", bieu([]string{"", "", "", "", strings.Repeat("a", MaxCellRunes+1)}, []string{}, []string{}),
			[]CellProblem{{Row: 0, Col: 4, Severity: Error}}, []string{"quá giới hạn"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := CheckTable(bieuSpec(), tt.table)
			if len(got) != len(tt.want) {
				t.Fatalf("got %d problems %+v; want %d", len(got), got, len(tt.want))
			}
			for i, p := range got {
				w := tt.want[i]
				if p.Row != w.Row || p.Col != w.Col || p.Severity != w.Severity {
					t.Errorf("problem %d at %d,%d sev %v; want %d,%d sev %v (%s)", i, p.Row, p.Col, p.Severity, w.Row, w.Col, w.Severity, p.Message)
				}
				if !strings.Contains(p.Message, tt.frag[i]) {
					t.Errorf("message %q lacks %q", p.Message, tt.frag[i])
				}
			}
		})
	}
}

func TestCheckTableTooManyRows(t *testing.T) {
	spec := TableSpec{Columns: []TableColumn{{ID: "a", Title: "A", Kind: ColumnInteger}}}
	tb := &Table{Rows: make([]TableRow, MaxTableRows+1)}
	got := CheckTable(spec, tb)
	if len(got) != 1 || got[0].Row != -1 || !strings.Contains(got[0].Message, "giới hạn 2000 hàng") {
		t.Fatalf("got %+v", got)
	}
}

func TestTypedTotalColumn(t *testing.T) {
	spec := TableSpec{Columns: []TableColumn{
		{ID: "ten", Title: "Đơn vị", Kind: ColumnText},
		{ID: "tong", Title: "Tổng số", Kind: ColumnInteger},
		{ID: "nam", Title: "Nam", Kind: ColumnInteger},
		{ID: "nu", Title: "Nữ", Kind: ColumnInteger},
	}}
	tb := &Table{Rows: []TableRow{{Cells: []string{"Thôn 1", "10", "4", "6"}}, {Cells: []string{"Thôn 2", "9", "4", "6"}}}}
	got := CheckTable(spec, tb)
	if len(got) != 1 || got[0].Row != 1 || got[0].Col != 1 || !strings.Contains(got[0].Message, "Hàng 2 (Thôn 2)") {
		t.Fatalf("got %+v", got)
	}
}

func TestTableTotals(t *testing.T) {
	tests := []struct {
		name  string
		table *Table
		cols  []Number
		rows  []Number
		grand Number
	}{
		{"sums", bieu([]string{"12", "10", "2", "83,3", "x"}, []string{"1.200", "", "0,5", "100", ""}),
			[]Number{1212 * NumberScale, 10 * NumberScale, 25000, 0, 0}, []Number{24 * NumberScale, 12005000}, 12245000},
		{"bad cells skipped", bieu([]string{"abc", "1"}), []Number{0, NumberScale, 0, 0, 0}, []Number{NumberScale}, NumberScale},
		{"nil", nil, []Number{0, 0, 0, 0, 0}, nil, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := TableTotals(bieuSpec(), tt.table)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got.Columns, tt.cols) || !reflect.DeepEqual(got.Rows, tt.rows) || got.Grand != tt.grand {
				t.Errorf("got %+v; want cols %v rows %v grand %v", got, tt.cols, tt.rows, tt.grand)
			}
			if !reflect.DeepEqual(got.Summed, []bool{true, true, true, false, false}) {
				t.Errorf("summed %v", got.Summed)
			}
		})
	}
}

func TestTableTotalsOverflow(t *testing.T) {
	spec := TableSpec{Columns: []TableColumn{{ID: "a", Title: "A", Kind: ColumnMoney}}}
	tb := &Table{}
	for range 100000 {
		tb.Rows = append(tb.Rows, TableRow{Cells: []string{"100.000.000.000.000"}})
	}
	if _, err := TableTotals(spec, tb); err != ErrSumTooLarge {
		t.Fatalf("err = %v; want ErrSumTooLarge", err)
	}
}

func TestValidateTable(t *testing.T) {
	spec := bieuSpec()
	o := Outline{ID: "t", Sections: []Section{{ID: "s", Level: 1, Number: "I", Heading: "Số liệu",
		Fields: []Field{{ID: "bieu1", Label: "Biểu 1", Kind: FieldTable, Required: true, Table: &spec}}}}}
	r := Report{Answers: map[string]Answer{"bieu1": {Table: bieu([]string{"x", "", "", "", ""}, []string{}, []string{})}}}
	got := Validate(r, o, Rules{})
	var found bool
	for _, p := range got {
		if p.Path == "answers.bieu1.rows[0].cells[0]" {
			found = true
			if p.Field != "bieu1" || p.Section != "s" || !strings.HasPrefix(p.Message, `"Biểu 1": Hàng 1 (Đất đai)`) {
				t.Errorf("problem %+v", p)
			}
		}
	}
	if !found {
		t.Errorf("no cell problem in %+v", got)
	}
	empty := Validate(Report{}, o, Rules{})
	if len(empty) == 0 || empty[0].Path != "answers.bieu1" {
		t.Errorf("an empty required table must be named missing: %+v", empty)
	}
}

func TestHeaderGrid(t *testing.T) {
	spec := bieuSpec()
	spec.Header = [][]HeaderCell{
		{{Text: "STT", RowSpan: 2}, {Text: "Lĩnh vực", RowSpan: 2}, {Text: "Tiếp nhận", RowSpan: 2}, {Text: "Kết quả", Span: 3}, {Text: "Ghi chú", RowSpan: 2}},
		{{Text: "Đúng hạn"}, {Text: "Trễ hạn"}, {Text: "Tỷ lệ"}},
	}
	got, err := spec.HeaderGrid()
	if err != nil {
		t.Fatal(err)
	}
	cols := []int{0, 1, 2, 3, 6, 3, 4, 5}
	for i, p := range got {
		if p.Col != cols[i] {
			t.Errorf("cell %q at column %d; want %d", p.Text, p.Col, cols[i])
		}
	}
	bad := []struct {
		header [][]HeaderCell
		frag   string
	}{
		{[][]HeaderCell{{{Text: "a", Span: 8}}}, "rộng hơn 7 cột"},
		{[][]HeaderCell{{{Text: "a", Span: 6}}}, "thiếu ô từ cột 7"},
		{[][]HeaderCell{{{Text: "a", Span: 7, RowSpan: 2}}}, "gộp xuống quá"},
		{slices.Repeat([][]HeaderCell{{{Text: "a", Span: 7}}}, MaxHeaderRows+1), "quá giới hạn 5"},
	}
	for _, b := range bad {
		spec.Header = b.header
		if _, err := spec.HeaderGrid(); err == nil || !strings.Contains(err.Error(), b.frag) {
			t.Errorf("header %+v: err %v; want %q", b.header, err, b.frag)
		}
	}
	spec.Header = nil
	rows := spec.HeaderRows()
	if len(rows) != 1 || len(rows[0]) != 7 || rows[0][1].Text != "Lĩnh vực" {
		t.Errorf("default header %+v", rows)
	}
}

func TestTableJSONRoundTrip(t *testing.T) {
	r := Report{Outline: "x", Answers: map[string]Answer{"b": {Table: &Table{Rows: []TableRow{
		{Label: "Đất đai", Cells: []string{"1.234", "12,5", ""}},
		{Cells: []string{"Thôn\u00a01", "x"}},
	}}}}}
	data, err := MarshalReport(r)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), `"label": "Đất đai"`) {
		t.Errorf("JSON form lacks the label:\n%s", data)
	}
	back, err := UnmarshalReport(data)
	if err != nil {
		t.Fatal(err)
	}
	want := r.Clone()
	want.Normalize()
	if !reflect.DeepEqual(back.Answers, want.Answers) {
		t.Errorf("round trip:\n got %+v\nwant %+v", back.Answers["b"].Table, want.Answers["b"].Table)
	}
	old, err := MarshalReport(Report{Outline: "x", Answers: map[string]Answer{"a": {Text: "Nội dung"}}})
	if err != nil || strings.Contains(string(old), "table") {
		t.Errorf("a report without tables must not write a table key: %s", old)
	}
}

func TestTableClone(t *testing.T) {
	r := Report{Answers: map[string]Answer{"b": {Table: &Table{Rows: []TableRow{{Cells: []string{"1"}}}}}}}
	c := r.Clone()
	c.Answers["b"].Table.Rows[0].Cells[0] = "2"
	if r.Answers["b"].Table.Rows[0].Cells[0] != "1" {
		t.Error("Clone shares the table's cells")
	}
}

func TestTableBoundsOnRead(t *testing.T) {
	wide := make([]string, MaxTableColumns+1)
	tests := []struct {
		name  string
		table *Table
		frag  string
	}{
		{"rows", &Table{Rows: make([]TableRow, MaxTableRows+1)}, "quá số tối đa 2000 hàng"},
		{"cells", &Table{Rows: []TableRow{{Cells: wide}}}, "hàng 1 của bảng có 41 ô"},
		{"cell length", &Table{Rows: []TableRow{{Cells: []string{strings.Repeat("x", MaxCellRunes+1)}}}}, "dài 2001 ký tự"},
		{"label length", &Table{Rows: []TableRow{{Label: strings.Repeat("x", MaxCellRunes+1)}}}, "dài 2001 ký tự"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data, err := MarshalReport(Report{Outline: "x", Answers: map[string]Answer{"bieu": {Table: tt.table}}})
			if err != nil {
				t.Fatal(err)
			}
			_, err = UnmarshalReport(data)
			var fe *FormatError
			if !errors.As(err, &fe) || !strings.Contains(fe.Msg, tt.frag) || !strings.Contains(fe.Msg, `"bieu"`) || fe.Line == 0 {
				t.Errorf("err %v; want a FormatError with a line naming the field and %q", err, tt.frag)
			}
		})
	}
}

// Only typed cells fill a table field: text stored under its ID (by an
// editor that does not know tables) does not.
func TestTableFilled(t *testing.T) {
	spec := bieuSpec()
	f := Field{ID: "b", Kind: FieldTable, Table: &spec}
	tests := []struct {
		a    Answer
		want bool
	}{
		{Answer{}, false},
		{Answer{Text: "12"}, false},
		{Answer{Table: NewTable(spec)}, false},
		{Answer{Table: bieu([]string{"", "1"})}, true},
	}
	for _, tt := range tests {
		if got := Filled(Report{Answers: map[string]Answer{"b": tt.a}}, f); got != tt.want {
			t.Errorf("Filled(%+v) = %v, want %v", tt.a, got, tt.want)
		}
	}
}
