package staffing

import (
	"fmt"
	"github.com/baocao/baocao/ui/internal/uitest"
	"reflect"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/baocao/baocao/model"
)

func TestCells(t *testing.T) {
	tests := []struct {
		name       string
		keys       []string
		row        int // index in the staffing rows
		start, now int
		msg        string // part of the notice expected, "" for none
	}{
		{"first digit replaces", []string{"3"}, 1, 3, 1, ""},
		{"digits extend", []string{"1", "2"}, 1, 12, 1, ""},
		{"backspace", []string{"1", "2", "backspace"}, 1, 1, 1, ""},
		{"ctrl+h", []string{"ctrl+h"}, 1, 0, 1, ""},
		{"delete clears", []string{"right", "delete"}, 1, 1, 0, ""},
		{"right column", []string{"right", "7"}, 1, 1, 7, ""},
		{"down then type", []string{"down", "5"}, 2, 5, 1, ""},
		{"moving back starts afresh", []string{"4", "down", "up", "9"}, 1, 9, 1, ""},
		{"too big", []string{"9", "9", "9", "9"}, 1, 999, 1, "tối đa là 999"},
		{"letter", []string{"b"}, 1, 1, 1, "Chỉ nhập chữ số"},
		{"minus", []string{"-"}, 1, 1, 1, "Chỉ nhập chữ số"},
		{"space", []string{"space"}, 1, 1, 1, "Chỉ nhập chữ số"},
		{"vietnamese letter", []string{"ế"}, 1, 1, 1, "Chỉ nhập chữ số"},
		{"wide digit", []string{"３"}, 1, 1, 1, "Chỉ nhập chữ số"},
		{"arabic-indic digit", []string{"٣"}, 1, 1, 1, "Chỉ nhập chữ số"},
		{"notice clears", []string{"b", "2"}, 1, 2, 1, ""},
		{"ctrl key does nothing", []string{"ctrl+c"}, 1, 1, 1, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, _ := press(newTable(80, 30), tt.keys...)
			r := m.Value().Rows[tt.row]
			if r.Start != tt.start || r.Now != tt.now {
				t.Errorf("row %d = %d/%d, want %d/%d", tt.row, r.Start, r.Now, tt.start, tt.now)
			}
			if tt.msg == "" && m.Message() != "" || !strings.Contains(m.Message(), tt.msg) {
				t.Errorf("message = %q, want one with %q", m.Message(), tt.msg)
			}
			if tt.msg != "" && !strings.Contains(ansi.Strip(m.View()), tt.msg) {
				t.Errorf("view does not show %q", tt.msg)
			}
		})
	}
}

func TestRefusedKeysChangeNothing(t *testing.T) {
	for _, k := range []string{"b", "z", "?", "-", ".", "ế", "字", "👍", "space", "\x1b"} {
		m := newTable(40, 20)
		v := m.Version()
		m, msgs := press(m, k)
		if !reflect.DeepEqual(m.Value(), testStaffing()) || m.Version() != v || len(msgs) != 0 {
			t.Errorf("key %q changed the table", k)
		}
	}
}

func TestPasteDigits(t *testing.T) {
	m := newTable(80, 30)
	m, _ = m.Update(pasteMsg("42"))
	if got := m.Value().Rows[1].Start; got != 42 {
		t.Errorf("paste 42 gave %d", got)
	}
	m, _ = press(m, "down")
	m, _ = m.Update(pasteMsg("7x"))
	if got := m.Value().Rows[2].Start; got != 7 || !strings.Contains(m.Message(), "Chỉ nhập chữ số") {
		t.Errorf("paste 7x gave %d, message %q", got, m.Message())
	}
}

// TestTabLeavesArrowsMove (issue 10 item 6): tab leaves the table at once
// for the next field, shift+tab for the previous one, from any cell; the
// arrows and enter move between cells.
func TestTabLeavesArrowsMove(t *testing.T) {
	for _, keys := range [][]string{nil, {"down", "down", "right"}, {"enter", "enter", "enter"}} {
		m, _ := press(newTable(80, 30), keys...)
		sel, col := m.sel, m.col
		_, msgs := press(m, "tab")
		if len(msgs) != 1 || msgs[0] != (LeaveMsg{ID: m.ID(), Forward: true}) {
			t.Errorf("after %v, tab gave %v, want LeaveMsg forward", keys, msgs)
		}
		_, msgs = press(m, "shift+tab")
		if len(msgs) != 1 || msgs[0] != (LeaveMsg{ID: m.ID(), Forward: false}) {
			t.Errorf("after %v, shift+tab gave %v, want LeaveMsg back", keys, msgs)
		}
		if m.sel != sel || m.col != col {
			t.Errorf("tab moved the cursor")
		}
	}
	tests := []struct {
		keys     []string
		sel, col int
	}{
		{[]string{"down"}, 1, 0},
		{[]string{"right"}, 0, 1},
		{[]string{"right", "down", "down", "left"}, 2, 0},
		{[]string{"enter"}, 0, 1},
		{[]string{"enter", "enter"}, 1, 0},
		{[]string{"up"}, 0, 0},
		{[]string{"down", "down", "down", "down", "down", "down", "down", "down", "enter", "enter"}, 6, 1},
	}
	for _, tt := range tests {
		m, msgs := press(newTable(80, 30), tt.keys...)
		if m.sel != tt.sel || m.col != tt.col || len(msgs) != 0 {
			t.Errorf("%v: cursor at row %d col %d (msgs %v), want %d %d", tt.keys, m.sel, m.col, msgs, tt.sel, tt.col)
		}
	}
	// enter then a digit types the next count: 3 enter 4 sets both cells.
	m, _ := press(newTable(80, 30), "3", "enter", "4")
	if r := m.Value().Rows[1]; r.Start != 3 || r.Now != 4 {
		t.Errorf("3 enter 4 gave %d/%d", r.Start, r.Now)
	}
}

// TestHelpNamesKeys (issue 10 items 6, 7): the help of the table names the
// arrows and says tab leaves; each picker lists its own keys.
func TestHelpNamesKeys(t *testing.T) {
	helpText := func(m Model) string {
		var parts []string
		for _, b := range m.Help().ShortHelp() {
			parts = append(parts, b.Help().Key+" "+b.Help().Desc)
		}
		return strings.Join(parts, " · ")
	}
	tests := []struct {
		keys []string
		want []string
		not  []string
	}{
		{nil, []string{"↑↓←→ chọn ô", "tab rời bảng", "a thêm chức danh", "x xóa dòng", "p xem đoạn văn"}, []string{"ô sau", "u hoàn tác"}},
		{[]string{"5"}, []string{"u hoàn tác"}, nil},
		{[]string{"a"}, []string{"gõ chữ lọc danh mục", "↑/↓ chọn", "enter thêm", "esc thôi"}, []string{"tab"}},
		{[]string{"k"}, []string{"space chọn/bỏ chọn", "enter thêm dòng kiêm nhiệm", "esc thôi"}, []string{"tab"}},
		{[]string{"c"}, []string{"enter tiếp", "esc thôi"}, []string{"a thêm"}},
		{[]string{"c", "T", "enter"}, []string{"←/→ đổi nhóm", "enter thêm", "esc sửa tên"}, nil},
		{[]string{"p"}, []string{"p/esc về bảng"}, nil},
	}
	for _, tt := range tests {
		m, _ := press(newTable(80, 30), tt.keys...)
		got := helpText(m)
		for _, w := range tt.want {
			if !strings.Contains(got, w) {
				t.Errorf("%v: help %q lacks %q", tt.keys, got, w)
			}
		}
		for _, w := range tt.not {
			if strings.Contains(got, w) {
				t.Errorf("%v: help %q has %q", tt.keys, got, w)
			}
		}
	}
	first := newTable(80, 30).Help().ShortHelp()
	if first[0].Help().Key != "tab" || first[1].Help().Key != "↑↓←→" {
		t.Errorf("the most important keys are not first: %v", first[:2])
	}
}

// TestEditing (issue 10 item 7): only the title and the pickers' filters
// take plain letters, so ? and q reach the parent on the table.
func TestEditing(t *testing.T) {
	for _, tt := range []struct {
		keys []string
		want bool
	}{{nil, false}, {[]string{"a"}, true}, {[]string{"k"}, true}, {[]string{"c"}, true}, {[]string{"p"}, false}, {[]string{"a", "esc"}, false}} {
		m, _ := press(newTable(80, 30), tt.keys...)
		if m.Editing() != tt.want {
			t.Errorf("%v: Editing() = %v", tt.keys, m.Editing())
		}
	}
}

// TestAddByTyping (issue 10 item 8): typing filters the catalogue without
// diacritics, enter adds the position, and a digit adds it and types its
// count at once.
func TestAddByTyping(t *testing.T) {
	tests := []struct {
		typed string
		want  []string // IDs listed
	}{
		{"", []string{"pho-bi-thu", "ct-hdnd", "pct-hdnd", "ct-mttq", "cht-quan-su", "dia-chinh-do-thi", "tu-phap", "van-hoa"}},
		{"chu tich", []string{"ct-hdnd", "ct-mttq", "pct-hdnd"}},
		{"CHU TICH hd", []string{"ct-hdnd", "pct-hdnd"}},
		{"Chủ tịch Ủy", []string{"ct-mttq"}},
		{"dia chinh", []string{"dia-chinh-do-thi"}},
		{"đia", []string{"dia-chinh-do-thi"}},
		{"quan su", []string{"cht-quan-su"}},
		{"xyz", nil},
	}
	for _, tt := range tests {
		m, _ := press(newTable(80, 40), "a")
		m = typeText(m, tt.typed)
		var got []string
		for _, p := range m.pick.items {
			got = append(got, p.ID)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%q lists %v, want %v", tt.typed, got, tt.want)
		}
		if !strings.Contains(ansi.Strip(m.View()), "Lọc: "+tt.typed) {
			t.Errorf("%q: the filter is not shown", tt.typed)
		}
	}
	m, _ := press(newTable(80, 40), "a")
	m = typeText(m, "tu phap")
	m, msgs := press(m, "enter", "4", "enter", "5")
	r := m.Value().Rows[m.current()]
	if r.Key() != "tu-phap" || r.Start != 4 || r.Now != 5 || len(msgs) == 0 {
		t.Errorf("added %+v, want tu-phap 4/5", r)
	}
	m, _ = press(newTable(80, 40), "a")
	m = typeText(m, "van hoa2")
	m, _ = press(m, "right", "3")
	r = m.Value().Rows[m.current()]
	if m.mode != modeTable || r.Key() != "van-hoa" || r.Start != 2 || r.Now != 3 {
		t.Errorf("a digit in the picker gave %+v (mode %d)", r, m.mode)
	}
	m, _ = press(newTable(80, 40), "a")
	m = typeText(m, "xyz")
	m, _ = press(m, "7")
	if m.mode != modeAdd || !strings.Contains(m.Message(), "Không có chức danh nào khớp") || len(m.Value().Rows) != 7 {
		t.Errorf("a digit on an empty list: mode %d, %q", m.mode, m.Message())
	}
	m, _ = press(m, "backspace", "backspace", "backspace", "ctrl+u")
	if len(m.pick.items) != 8 {
		t.Errorf("erasing the filter lists %d", len(m.pick.items))
	}
}

// TestSixteenPositionsKeys (issue 10 item 8): entering 16 positions of a
// commune, in the order of the paper, with both counts: a, a short
// abbreviation, the start count (which adds the position), enter, the now
// count. Today's list took a, ↓ to the position, enter, the count, →, the
// count.
func TestSixteenPositionsKeys(t *testing.T) {
	g := testRegime()
	names := []string{"một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"}
	for i, n := range names {
		g.Positions = append(g.Positions, model.Position{ID: fmt.Sprintf("extra-%d", i),
			Title: "Công chức chuyên trách số " + n, Short: "Chuyên trách số " + n, Group: model.GroupCivilServ})
	}
	g.Catalogue.Positions = g.Positions
	m := New(model.Staffing{}, g, model.KindCommune, WithSize(80, 40))
	m.Focus()
	// The paper lists công chức first, then cán bộ.
	typed := []string{"vp", "tc", "tp", "vh", "qs", "dc", "sm", "sh", "sb",
		"bt", "pbt", "ct", "pct", "ctu", "pctu", "mt"}
	want := []string{"van-phong", "tai-chinh", "tu-phap", "van-hoa", "cht-quan-su", "dia-chinh-nong-nghiep", "extra-0", "extra-1", "extra-2",
		"bi-thu", "pho-bi-thu", "ct-hdnd", "pct-hdnd", "ct-ubnd", "pct-ubnd", "ct-mttq"}
	adding, counts := 0, 0
	for i, f := range typed {
		m, _ = press(m, "a")
		m = typeText(m, f)
		adding += 1 + len([]rune(f))
		if len(m.pick.items) == 0 || m.pick.items[0].ID != want[i] {
			t.Fatalf("%q: first listed is not %s: %v", f, want[i], m.pick.items)
		}
		// enter ends the count: letters typed while a count is being
		// typed are no commands (issue 20 item 2).
		m, _ = press(m, "1", "enter", "2", "enter")
		counts += 4
	}
	if n := len(m.Value().Rows); n != 16 {
		t.Fatalf("%d rows added, want 16: %+v", n, m.Value().Rows)
	}
	for _, r := range m.Value().Rows {
		if r.Start != 1 || r.Now != 2 {
			t.Errorf("row %+v", r)
		}
	}
	t.Logf("16 positions: %d keys to add them, %d for their counts, %d in all", adding, counts, adding+counts)
	if adding > 56 || adding+counts > 120 {
		t.Errorf("16 positions took %d keys (%d to add), want at most 120 (56)", adding+counts, adding)
	}
}

// TestRemoveAndUndo (issue 10 item 9): x removes the row and says how to
// take it back; u (or ctrl+z) undoes removals, added rows and typed counts.
func TestRemoveAndUndo(t *testing.T) {
	m, msgs := press(newTable(80, 40), "down", "x")
	for _, r := range m.Value().Rows {
		if r.Key() == "bi-thu" {
			t.Fatal("row not removed")
		}
	}
	if len(msgs) == 0 || m.current() < 0 || m.Value().Rows[m.current()].Key() != "ct-ubnd" {
		t.Errorf("after removal the cursor is on row %d", m.current())
	}
	if v := ansi.Strip(m.View()); !strings.Contains(v, `Đã xóa dòng "Bí thư Đảng ủy"; nhấn u để hoàn tác.`) {
		t.Errorf("no undo notice:\n%s", v)
	}
	m, msgs = press(m, "u")
	if !reflect.DeepEqual(m.Value(), testStaffing()) || len(msgs) == 0 {
		t.Fatalf("u did not bring the row back: %+v", m.Value().Rows)
	}
	if m.current() < 0 || m.Value().Rows[m.current()].Key() != "bi-thu" {
		t.Errorf("after undo the cursor is on row %d", m.current())
	}
	// Typed counts are undone a cell at a time; added rows too.
	m, _ = press(newTable(80, 40), "1", "2", "enter", "7", "delete", "a", "enter", "ctrl+z")
	if len(m.Value().Rows) != 7 {
		t.Fatalf("ctrl+z left %d rows", len(m.Value().Rows))
	}
	m, _ = press(m, "u")
	if r := m.Value().Rows[1]; r.Start != 12 || r.Now != 7 {
		t.Errorf("undoing delete gave %d/%d, want 12/7", r.Start, r.Now)
	}
	m, _ = press(m, "u", "u")
	if !reflect.DeepEqual(m.Value(), testStaffing()) {
		t.Errorf("three undos left %+v", m.Value().Rows[1])
	}
	m, _ = press(m, "u")
	if !strings.Contains(m.Message(), "Không còn thay đổi") {
		t.Errorf("nothing to undo: %q", m.Message())
	}
	for range 10 {
		m, _ = press(m, "x")
	}
	if len(m.Value().Rows) != 0 {
		t.Fatalf("%d rows left", len(m.Value().Rows))
	}
	m, _ = press(m, "5")
	if !strings.Contains(m.Message(), "chưa có dòng") {
		t.Errorf("typing in an empty table: %q", m.Message())
	}
}

// TestParagraphOneKeyAway (issue 10 item 10): with 17 rows at the size the
// wizard gives the table in a 100×30 window, the paragraph does not fit
// under the table; p shows it whole and p or esc goes back.
func TestParagraphOneKeyAway(t *testing.T) {
	s := model.Staffing{Term: "2020-2025"}
	for _, p := range testRegime().Positions {
		s.Rows = append(s.Rows, model.StaffRow{Roles: []string{p.ID}, Start: 1, Now: 1})
	}
	for i := range 17 - len(s.Rows) {
		s.Rows = append(s.Rows, model.StaffRow{Title: fmt.Sprintf("Công chức hợp đồng %d", i+1), Group: model.GroupCivilServ, Start: 1, Now: 1})
	}
	m := New(s, testRegime(), model.KindWard, WithSize(67, 20))
	m.Focus()
	if strings.Contains(ansi.Strip(m.View()), "Đầu nhiệm kỳ 2020-2025, tổng số") {
		t.Skip("the paragraph fits under the table")
	}
	m, _ = press(m, "p")
	v := ansi.Strip(m.View())
	checkWidth(t, v, 67, 20)
	if !strings.Contains(v, "Đoạn văn tạo từ bảng") || !strings.Contains(strings.Join(strings.Fields(v), " "), "Đầu nhiệm kỳ 2020-2025, tổng số cán bộ, công chức phường là 17 người") {
		t.Errorf("p does not show the paragraph:\n%s", v)
	}
	if !m.Busy() {
		t.Error("the paragraph is not Busy (esc would leave the field)")
	}
	for _, k := range []string{"p", "esc"} {
		m2, _ := press(m, k)
		if m2.mode != modeTable || !strings.Contains(ansi.Strip(m2.View()), "Hiện nay") {
			t.Errorf("%s does not go back to the table", k)
		}
	}
}

// TestWideTable (issue 10 item 17): on a wide screen the counts stay next
// to their names and the paragraph goes beside the table.
func TestWideTable(t *testing.T) {
	m := newTable(160, 40)
	v := ansi.Strip(m.View())
	checkWidth(t, v, 160, 40)
	for _, l := range strings.Split(v, "\n") {
		if strings.Contains(l, "Bí thư Đảng ủy ") {
			name := strings.Index(l, "Bí thư")
			count := strings.IndexAny(l[name+len("Bí thư Đảng ủy"):], "0123456789")
			if w := ansi.StringWidth(l[name : name+len("Bí thư Đảng ủy")+count]); w > maxTitle+wStart {
				t.Errorf("count %d cells from its name: %q", w, l)
			}
		}
	}
	lines := strings.Split(v, "\n")
	if !strings.Contains(lines[0], "Hiện nay") || !strings.Contains(lines[0], "Đoạn văn tạo từ bảng") {
		t.Errorf("the paragraph is not beside the table:\n%s", v)
	}
}

func TestCapWarning(t *testing.T) {
	tests := []struct {
		class string
		now   int
		warn  bool
	}{
		{"I", 23, false}, {"I", 24, true}, {"III", 20, true}, {"", 100, false},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s/%d", tt.class, tt.now), func(t *testing.T) {
			s := testStaffing()
			s.Rows[0].Now += tt.now - s.Sum(model.AtNow, testRegime().Catalogue).All
			m := New(s, testRegime(), model.KindWard, WithClass(tt.class), WithSize(80, 40))
			got := strings.Contains(ansi.Strip(m.View()), "Cảnh báo: Hiện nay có")
			if got != tt.warn {
				t.Errorf("warning shown %v, want %v:\n%s", got, tt.warn, ansi.Strip(m.View()))
			}
		})
	}
}

func TestProblems(t *testing.T) {
	m := newTable(80, 40)
	m.SetProblems([]model.Problem{
		{Path: "staffing.rows[2]", Severity: model.Error, Message: "Vị trí trùng."},
		{Path: "staffing.now", Severity: model.Warning, Message: "Vượt số tối đa."},
		{Path: "doc.date", Severity: model.Error, Message: "Thiếu ngày."},
	})
	view := ansi.Strip(m.View())
	for _, want := range []string{"Lỗi: Vị trí trùng.", "Cảnh báo: Vượt số tối đa.", " !Bí thư Đảng ủy"} {
		if !strings.Contains(view, want) {
			t.Errorf("view lacks %q:\n%s", want, view)
		}
	}
	if strings.Contains(view, "Thiếu ngày") {
		t.Error("a problem outside the staffing is shown")
	}
}

func TestValueIsCopy(t *testing.T) {
	m := newTable(80, 30)
	v := m.Value()
	v.Rows[1].Roles[0] = "changed"
	v.Rows[1].Start = 50
	if got := m.Value().Rows[1]; got.Roles[0] != "pho-bi-thu" || got.Start != 1 {
		t.Errorf("editing Value changed the model: %+v", got)
	}
}

func TestBlurred(t *testing.T) {
	m := New(testStaffing(), testRegime(), model.KindWard)
	m, cmd := m.Update(uitest.Key("5"))
	if cmd != nil || m.Value().Rows[1].Start != 1 {
		t.Error("a blurred table took a key")
	}
}

func TestSetTerm(t *testing.T) {
	m := newTable(80, 40)
	v := m.Version()
	m.SetTerm(" 2025-2030\x1b[0m ")
	if got := m.Value().Term; got != "2025-2030" {
		t.Errorf("term = %q", got)
	}
	if !strings.Contains(ansi.Strip(m.View()), "Đầu nhiệm kỳ 2025-2030,") || m.Version() != v {
		t.Errorf("paragraph does not name the new term, or the version moved")
	}
}

// TestEmptyTableHintFits: the empty table's hint wraps within the width and
// keeps both keys visible.
func TestEmptyTableHintFits(t *testing.T) {
	for _, w := range []int{40, 52, 80} {
		m := New(model.Staffing{}, testRegime(), model.KindWard, WithSize(w, 20))
		m.Focus()
		view := m.View()
		checkWidth(t, view, w, 20)
		plain := strings.Join(strings.Fields(ansi.Strip(view)), " ")
		if !strings.Contains(plain, "a: thêm chức danh") || !strings.Contains(plain, "c: chức danh tự đặt") {
			t.Errorf("width %d: hint cut short:\n%s", w, ansi.Strip(view))
		}
	}
}

// When nothing in the catalogue matches, the advice shown names a key that
// works in the picker: enter starts a custom position with the typed text
// as its title (c would only be typed into the filter).
func TestNoMatchEnterStartsCustomTitle(t *testing.T) {
	m, _ := press(newTable(80, 40), "a")
	m = typeText(m, "Ủy viên UBND xyz")
	if v := ansi.Strip(m.View()); !strings.Contains(v, "enter: thêm chức danh") {
		t.Fatalf("the empty list does not say what enter does:\n%s", v)
	}
	m, _ = press(m, "enter")
	if m.mode != modeTitle || m.title.Value() != "Ủy viên UBND xyz" {
		t.Fatalf("enter on no match: mode %d, title %q", m.mode, m.title.Value())
	}
	m, _ = press(m, "enter", "enter")
	r := m.Value().Rows[m.current()]
	if m.mode != modeTable || r.Title != "Ủy viên UBND xyz" || len(m.Value().Rows) != 8 {
		t.Fatalf("added %+v (mode %d)", r, m.mode)
	}
	m, _ = press(newTable(80, 40), "a")
	m = typeText(m, "xyz")
	m, _ = press(m, "9")
	if !strings.Contains(m.Message(), "nhấn enter") || strings.Contains(m.Message(), "nhấn c") {
		t.Fatalf("no-match message %q: want the enter key, not c", m.Message())
	}
}
