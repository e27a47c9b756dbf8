package grid

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/ui/common"
	"github.com/baocao/baocao/ui/internal/uitest"
)

// biểu is a fixed-row table of three numeric columns with both totals.
func bieu() model.TableSpec {
	return model.TableSpec{
		LabelTitle: "Chỉ tiêu", Numbered: true, TotalRow: true, TotalColumn: true,
		Rows: []string{"Hồ sơ tiếp nhận", "Hồ sơ trả đúng hạn", "Hồ sơ trễ hạn"},
		Columns: []model.TableColumn{
			{ID: "q1", Title: "Quý I", Kind: model.ColumnInteger, Unit: "hồ sơ"},
			{ID: "q2", Title: "Quý II", Kind: model.ColumnInteger},
			{ID: "tl", Title: "Tỷ lệ", Kind: model.ColumnPercent},
		},
	}
}

// merged is bieu with two header rows: "Kết quả" over the quarters.
func merged() model.TableSpec {
	s := bieu()
	s.Header = [][]model.HeaderCell{
		{{Text: "STT", Span: 1, RowSpan: 2}, {Text: "Chỉ tiêu", Span: 1, RowSpan: 2}, {Text: "Kết quả", Span: 2, RowSpan: 1},
			{Text: "Tỷ lệ (%)", Span: 1, RowSpan: 2}, {Text: "Tổng cộng", Span: 1, RowSpan: 2}},
		{{Text: "Quý I", Span: 1, RowSpan: 1}, {Text: "Quý II", Span: 1, RowSpan: 1}},
	}
	return s
}

// list is a free-row table: a text column and a money column.
func list() model.TableSpec {
	return model.TableSpec{Numbered: true, TotalRow: true, Columns: []model.TableColumn{
		{ID: "ten", Title: "Công trình", Kind: model.ColumnText},
		{ID: "von", Title: "Vốn", Kind: model.ColumnMoney, Unit: "triệu đồng"},
	}}
}

// wide is a biểu of n integer columns and r rows.
func wide(n, r int) model.TableSpec {
	s := model.TableSpec{Numbered: true, TotalRow: true, LabelTitle: "Đơn vị"}
	for i := range n {
		s.Columns = append(s.Columns, model.TableColumn{ID: fmt.Sprint("c", i), Title: fmt.Sprintf("Cột %d", i+1), Kind: model.ColumnInteger})
	}
	for i := range r {
		s.Rows = append(s.Rows, fmt.Sprintf("Thôn %d", i+1))
	}
	return s
}

// drive sends messages to a focused grid and returns it with the last
// command's message, if any.
func drive(m Model, msgs ...tea.Msg) (Model, tea.Msg) {
	m.Focus()
	var last tea.Msg
	for _, msg := range msgs {
		var cmd tea.Cmd
		m, cmd = m.Update(msg)
		if cmd != nil {
			last = cmd()
		}
	}
	return m, last
}

// keys turns key names into messages.
func keys(names ...string) []tea.Msg {
	out := make([]tea.Msg, len(names))
	for i, n := range names {
		out[i] = uitest.Key(n)
	}
	return out
}

// cells returns the table's cells row by row, "|" between cells.
func cells(t model.Table) []string {
	var out []string
	for _, r := range t.Rows {
		out = append(out, strings.Join(r.Cells, "|"))
	}
	return out
}

func TestKeys(t *testing.T) {
	tests := []struct {
		name string
		spec model.TableSpec
		keys []string
		want []string
	}{
		{"typing fills a cell", bieu(), []string{"1", "2"}, []string{"12||", "||", "||"}},
		{"typing replaces the value", bieu(), []string{"1", "enter", "up", "9", "9", "9", "9"}, []string{"9999||", "||", "||"}},
		{"enter goes down", bieu(), []string{"5", "enter", "7"}, []string{"5||", "7||", "||"}},
		{"arrows end the edit and move", bieu(), []string{"5", "right", "6", "down", "7"}, []string{"5|6|", "|7|", "||"}},
		{"tab moves row after row", bieu(), []string{"tab", "tab", "tab", "8"}, []string{"||", "8||", "||"}},
		{"shift+tab moves back", bieu(), []string{"down", "shift+tab", "3"}, []string{"||3", "||", "||"}},
		{"enter edits inside", bieu(), []string{"1", "2", "enter", "up", "enter", "3", "enter"}, []string{"123||", "||", "||"}},
		{"inside, arrows move in the text", bieu(), []string{"1", "2", "enter", "up", "enter", "left", "5", "enter"}, []string{"152||", "||", "||"}},
		{"esc takes the edit back", bieu(), []string{"4", "enter", "up", "9", "esc"}, []string{"4||", "||", "||"}},
		{"backspace while editing", bieu(), []string{"4", "5", "backspace"}, []string{"4||", "||", "||"}},
		{"delete empties the cell", bieu(), []string{"4", "enter", "up", "delete"}, []string{"||", "||", "||"}},
		{"undo a typed cell", bieu(), []string{"4", "enter", "6", "enter", "ctrl+z"}, []string{"4||", "||", "||"}},
		{"undo twice", bieu(), []string{"4", "enter", "6", "enter", "ctrl+z", "ctrl+z"}, []string{"||", "||", "||"}},
		{"letters are text, not commands", list(), []string{"u", "c", "x", "q"}, []string{"ucxq|"}},
		{"add a row", list(), []string{"a", "ctrl+t", "b"}, []string{"a|", "b|"}},
		{"a new row starts at its first cell", list(), []string{"a", "tab", "1", "ctrl+t", "b"}, []string{"a|1", "b|"}},
		{"insert a row above", list(), []string{"a", "ctrl+b", "b"}, []string{"b|", "a|"}},
		{"remove a row", list(), []string{"a", "ctrl+t", "b", "ctrl+d"}, []string{"a|"}},
		{"undo a removed row", list(), []string{"a", "ctrl+t", "b", "up", "ctrl+d", "ctrl+z"}, []string{"a|", "b|"}},
		{"fixed rows stay", bieu(), []string{"ctrl+t", "ctrl+d", "ctrl+b"}, []string{"||", "||", "||"}},
		{"the total column takes nothing", bieu(), []string{"end", "5"}, []string{"||", "||", "||"}},
		{"typed text is cleaned", list(), []string{"space", "a", "space", "enter"}, []string{"a|"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, _ := drive(New(tt.spec, nil), keys(tt.keys...)...)
			m.Blur()
			if got := cells(m.Value()); strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("cells = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestView(t *testing.T) {
	tests := []struct {
		name   string
		spec   model.TableSpec
		w, h   int
		keys   []string
		has    []string
		hasNot []string
	}{
		{"live sums", bieu(), 80, 12, []string{"1", ".", "2", "0", "0", "enter", "3", "right", "5"},
			[]string{"Tổng cộng", "1.203", "1.208", "Hồ sơ tiếp nhận", "Chỉ tiêu", "STT", "Dòng 2/3"}, nil},
		{"a non-number is marked with its reason", bieu(), 80, 12, []string{"a", "b", "enter", "up"},
			[]string{"!    ab", `! Hàng 1 (Hồ sơ tiếp nhận), cột "Quý I": "ab" không phải là số`}, nil},
		{"the unit is named", bieu(), 80, 12, nil, []string{"Quý I (hồ sơ)"}, nil},
		{"merged headings name the column", merged(), 80, 12, []string{"right"}, []string{"Kết quả › Quý II", "Quý II"}, nil},
		{"a heading over two header rows", merged(), 80, 12, []string{"end", "left"}, []string{"· Tỷ lệ (%)"}, []string{"›"}},
		{"fixed rows are said to stay", bieu(), 80, 12, []string{"ctrl+d"}, []string{"dòng cố định"}, nil},
		{"the computed column says so", bieu(), 80, 12, []string{"end", "1"}, []string{"tự cộng"}, nil},
		{"the row label stays while columns scroll", wide(20, 30), 40, 12, []string{"end"},
			[]string{"Thôn 1", "Cột 20", "‹", "Đơn vị"}, []string{"Cột 1│"}},
		{"rows scroll", wide(20, 30), 40, 12, []string{"ctrl+down", "ctrl+down", "ctrl+down", "ctrl+down"},
			[]string{"Thôn 30", "Dòng 30/30"}, []string{"Thôn 1│"}},
		{"more columns to the right", wide(20, 3), 80, 12, nil, []string{"Cột 1", "›"}, nil},
		{"a long text shows whole in the footer", list(), 40, 12,
			[]string{"N", "h", "à", " ", "v", "ă", "n", " ", "h", "ó", "a", " ", "t", "h", "ô", "n", "enter"},
			[]string{"Nhà văn hóa thôn"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, _ := drive(New(tt.spec, nil, WithSize(tt.w, tt.h)), keys(tt.keys...)...)
			view := ansi.Strip(m.View())
			for _, s := range tt.has {
				if !strings.Contains(view, s) {
					t.Errorf("view lacks %q:\n%s", s, view)
				}
			}
			for _, s := range tt.hasNot {
				if strings.Contains(view, s) {
					t.Errorf("view has %q:\n%s", s, view)
				}
			}
			lines := strings.Split(view, "\n")
			if len(lines) > tt.h {
				t.Errorf("view has %d lines, more than %d", len(lines), tt.h)
			}
			for _, l := range lines {
				if w := ansi.StringWidth(l); w > tt.w {
					t.Errorf("line %q is %d wide, more than %d", l, w, tt.w)
				}
			}
		})
	}
}

func TestPaste(t *testing.T) {
	excel := "Đường thôn 1\t1.250,5\r\nCầu Đá\t300\r\n"
	tests := []struct {
		name string
		spec model.TableSpec
		pre  []string // keys before the paste
		msgs []tea.Msg
		want []string
		msg  string
	}{
		{"rows from Excel fill a free table", list(), nil, []tea.Msg{tea.PasteMsg{Content: excel}},
			[]string{"Đường thôn 1|1.250,5", "Cầu Đá|300"}, ""},
		{"from the cursor cell", bieu(), []string{"down", "right"}, []tea.Msg{tea.PasteMsg{Content: "1\t2\n3\t4\n"}},
			[]string{"||", "|1|2", "|3|4"}, ""},
		{"what has no place is said", bieu(), []string{"down", "right"}, []tea.Msg{tea.PasteMsg{Content: "1\t2\t9\n3\t4\n5\t6\n"}},
			[]string{"||", "|1|2", "|3|4"}, "3 ô đã dán nằm ngoài bảng"},
		{"an empty pasted cell empties", bieu(), []string{"7", "right", "8"}, []tea.Msg{tea.PasteMsg{Content: "1\t\t3"}},
			[]string{"7|1|", "||", "||"}, "1 ô đã dán"},
		{"one value replaces the cell", bieu(), []string{"7", "enter", "up"}, []tea.Msg{tea.PasteMsg{Content: "42"}},
			[]string{"42||", "||", "||"}, ""},
		{"inside an edit, text goes in", list(), []string{"a", "b", "enter", "up", "enter", "left"}, []tea.Msg{tea.PasteMsg{Content: "X"}},
			[]string{"aXb|"}, ""},
		{"a quoted cell holds a line break", list(), nil, []tea.Msg{tea.PasteMsg{Content: "\"Thiếu hồ sơ\r\ngốc\"\t5\r\n\"Nói \"\"xin lỗi\"\"\"\t6\r\n"}},
			[]string{"Thiếu hồ sơ gốc|5", `Nói "xin lỗi"|6`}, ""},
		{"a quote inside a cell stays", list(), nil, []tea.Msg{tea.PasteMsg{Content: "\"Tên\" cũ\t1\n\"chưa đóng\t2"}},
			[]string{`"Tên" cũ|1`, `"chưa đóng 2|`}, ""},
		{"CR LF typed as keys is one line break", list(), []string{"a"}, append([]tea.Msg{common.BurstMsg{Text: "a"}},
			pasted("\t1\r\nb\t2")...), []string{"a|1", "b|2"}, ""},
		{"a quoted cell typed as keys", list(), []string{"\""}, append([]tea.Msg{common.BurstMsg{Text: "\""}},
			pasted("x\ny\"\t3")...), []string{"x y|3"}, ""},
		{"a burst of keys is a paste", list(), []string{"a"}, append([]tea.Msg{common.BurstMsg{Text: "a"}},
			pasted("b\t5\nc\t6\r")...), []string{"ab|5", "c|6"}, ""},
		{"a burst never runs commands", list(), []string{"x"}, append([]tea.Msg{common.BurstMsg{Text: "x"}},
			pasted("\tq\n\t\t")...), []string{"x|q"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, _ := drive(New(tt.spec, nil), keys(tt.pre...)...)
			m, _ = drive(m, tt.msgs...)
			m.Blur()
			if got := cells(m.Value()); strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("cells = %q, want %q", got, tt.want)
			}
			if !strings.Contains(m.Message(), tt.msg) || (tt.msg == "" && m.Message() != "") {
				t.Errorf("message = %q, want %q", m.Message(), tt.msg)
			}
		})
	}
}

// pasted is text as a terminal without bracketed paste types it, after
// common.Burst turned the keys into pastes.
func pasted(s string) []tea.Msg {
	var out []tea.Msg
	for _, r := range s {
		out = append(out, tea.PasteMsg{Content: string(r)})
	}
	return out
}

func TestPasteIsOneUndo(t *testing.T) {
	m, _ := drive(New(list(), nil), keys("a")...)
	m, _ = drive(m, keys("enter")...)
	m, _ = drive(m, tea.PasteMsg{Content: "b\t1\nc\t2\nd\t3"}, uitest.Key("ctrl+z"))
	if got := cells(m.Value()); strings.Join(got, "\n") != "a|" {
		t.Errorf("after undo: %q, want the table before the paste", got)
	}
}

func TestLeave(t *testing.T) {
	tests := []struct {
		name string
		keys []string
		want tea.Msg
	}{
		{"tab on the last cell", []string{"down", "down", "right", "right", "tab"}, LeaveMsg{Forward: true}},
		{"shift+tab on the first", []string{"shift+tab"}, LeaveMsg{Forward: false}},
		{"tab inside stays", []string{"tab"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := New(bieu(), nil)
			_, got := drive(m, keys(tt.keys...)...)
			if l, ok := got.(LeaveMsg); ok {
				l.ID = 0
				got = l
			}
			if got != tt.want {
				t.Errorf("got %#v, want %#v", got, tt.want)
			}
		})
	}
}

func TestLoadKeepsEverything(t *testing.T) {
	in := &model.Table{Rows: []model.TableRow{
		{Label: "cũ", Cells: []string{"1", "2", "3", "thừa"}},
		{Cells: []string{"4"}},
		{Cells: []string{"5"}}, {Label: "dòng thêm", Cells: []string{"6"}},
	}}
	got := New(bieu(), in).Value()
	want := []string{"1|2|3|thừa", "4||", "5||", "6||"}
	if strings.Join(cells(got), "\n") != strings.Join(want, "\n") {
		t.Errorf("cells = %q, want %q", cells(got), want)
	}
	if got.Rows[0].Label != "Hồ sơ tiếp nhận" || got.Rows[3].Label != "dòng thêm" {
		t.Errorf("labels = %q, %q", got.Rows[0].Label, got.Rows[3].Label)
	}
}

func TestProblems(t *testing.T) {
	tests := []struct {
		name string
		keys []string
		want string // in the footer, on the cell the keys end on
	}{
		{"a non-number", []string{"a", "b", "enter", "up"}, "không phải là số"},
		{"a negative count", []string{"-", "3", "enter", "up"}, "số âm"},
		{"a decimal count", []string{"1", ",", "5", "enter", "up"}, "số nguyên"},
		{"a percent above 100", []string{"end", "left", "1", "2", "0", "enter", "up"}, "0–100%"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, _ := drive(New(bieu(), nil, WithSize(200, 12)), keys(tt.keys...)...)
			lines := strings.Split(ansi.Strip(m.View()), "\n")
			if foot := lines[len(lines)-1]; !strings.HasPrefix(foot, "! Hàng 1") || !strings.Contains(foot, tt.want) {
				t.Errorf("footer = %q, want the problem with %q", foot, tt.want)
			}
			if body := strings.Join(lines[1:4], "\n"); !strings.Contains(body, "│!") {
				t.Errorf("no cell is marked:\n%s", body)
			}
		})
	}
}

func TestTotalsFollowEveryChange(t *testing.T) {
	spec := wide(4, 6)
	spec.TotalColumn = true
	spec.Columns[3].Kind = model.ColumnPercent
	steps := []string{"1", "2", "right", "-", "5", "down", "9", ",", "5", "backspace", "enter",
		"a", "tab", "1", ".", "0", "0", "0", "esc", "ctrl+z", "end", "delete", "left", "4", "4", "enter"}
	m := New(spec, nil)
	for i, k := range steps {
		m, _ = drive(m, uitest.Key(k))
		v := m.Value()
		want, err := model.TableTotals(spec, &v)
		if err != nil {
			t.Fatal(err)
		}
		if fmt.Sprint(m.check.sums) != fmt.Sprint(want) {
			t.Fatalf("after key %d (%s): totals %v, want %v", i, k, m.check.sums, want)
		}
	}
}

// TestGoldenViews keeps the look of a 20-column biểu with both totals at
// 80×12 and 40×12 after moving, typing, pasting and a problem.
func TestGoldenViews(t *testing.T) {
	spec := merged()
	for i := range 17 {
		spec.Columns = append(spec.Columns, model.TableColumn{ID: fmt.Sprint("x", i), Title: fmt.Sprintf("Cột %d", i+4), Kind: model.ColumnDecimal})
	}
	spec.Header = nil
	for _, size := range [][2]int{{80, 12}, {40, 12}} {
		m, _ := drive(New(spec, nil, WithSize(size[0], size[1])), keys("1", ".", "2", "0", "0", "tab", "-", "3", "enter")...)
		m, _ = drive(m, tea.PasteMsg{Content: "4\t5,5\t120\t7\n8\t9"}, uitest.Key("up"))
		uitest.Golden(t, fmt.Sprintf("grid_%dx%d", size[0], size[1]), ansi.Strip(m.View()))
	}
}

func TestBurstIsOneUndo(t *testing.T) {
	m, _ := drive(New(list(), nil), keys("1", "enter", "up")...)
	m, _ = drive(m, uitest.Key("1"), common.BurstMsg{Text: "1"})
	m, _ = drive(m, pasted("\t2\r3")...)
	m, _ = drive(m, uitest.Key("ctrl+z"))
	if got := cells(m.Value()); strings.Join(got, "\n") != "1|" {
		t.Errorf("after undo: %q, want the table before the paste", got)
	}
}

// TestEnterAfterBurstConfirms: a value pasted as keys into one cell is
// confirmed by the enter that follows, as a typed value is; the cell is not
// opened again for editing, so the next key moves the cursor.
func TestEnterAfterBurstConfirms(t *testing.T) {
	m, _ := drive(New(list(), nil), uitest.Key("1"), common.BurstMsg{Text: "1"})
	m, _ = drive(m, pasted("23")...)
	m, _ = drive(m, uitest.Key("enter"))
	if m.edit.on {
		t.Fatal("the cell is being edited again after the enter that follows a paste")
	}
	if got := cells(m.Value()); strings.Join(got, "\n") != "123|" {
		t.Errorf("after the paste and enter: %q, want 123 in the first cell", got)
	}
}
