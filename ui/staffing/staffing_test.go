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

func TestTabAndLeave(t *testing.T) {
	m := newTable(80, 30)
	_, msgs := press(m, "shift+tab")
	if len(msgs) != 1 || msgs[0] != (LeaveMsg{ID: m.ID(), Forward: false}) {
		t.Errorf("shift+tab on the first cell gave %v", msgs)
	}
	keys := make([]string, 2*len(testStaffing().Rows)-1)
	for i := range keys {
		keys[i] = "tab"
	}
	m, msgs = press(m, keys...)
	if len(msgs) != 0 || m.sel != len(m.order)-1 || m.col != 1 {
		t.Fatalf("after %d tabs: sel %d col %d, msgs %v", len(keys), m.sel, m.col, msgs)
	}
	if _, msgs = press(m, "tab"); len(msgs) != 1 || msgs[0] != (LeaveMsg{ID: m.ID(), Forward: true}) {
		t.Errorf("tab on the last cell gave %v", msgs)
	}
}

func TestAddPosition(t *testing.T) {
	m, _ := press(newTable(80, 40), "a")
	var shown []string
	for _, p := range m.pick.items {
		shown = append(shown, p.ID)
	}
	want := []string{"pho-bi-thu", "ct-hdnd", "pct-hdnd", "ct-mttq", "cht-quan-su", "dia-chinh-do-thi", "tu-phap", "van-hoa"}
	if !reflect.DeepEqual(shown, want) {
		t.Fatalf("picker lists %v, want %v", shown, want)
	}
	if !strings.Contains(ansi.Strip(m.View()), "Chỉ huy trưởng Ban Chỉ huy quân sự") {
		t.Error("picker view does not list the positions")
	}
	m, msgs := press(m, "down", "down", "down", "enter", "2")
	rows := m.Value().Rows
	i := len(rows) - 1
	for j, r := range rows {
		if r.Key() == "ct-mttq" {
			i = j
		}
	}
	if rows[i].Key() != "ct-mttq" || rows[i].Start != 2 || i != 5 {
		t.Errorf("added row %d = %+v, want ct-mttq at 5 with start 2", i, rows[i])
	}
	if len(msgs) == 0 {
		t.Error("adding a row sent no ChangedMsg")
	}
	m, _ = press(m, "a", "esc")
	if m.mode != modeTable || len(m.Value().Rows) != 8 {
		t.Errorf("esc left mode %d with %d rows", m.mode, len(m.Value().Rows))
	}
}

func TestAddAllThere(t *testing.T) {
	var rows []model.StaffRow
	for _, p := range testRegime().PositionsFor(model.KindCommune) {
		rows = append(rows, model.StaffRow{Roles: []string{p.ID}})
	}
	m := New(model.Staffing{Rows: rows}, testRegime(), model.KindCommune)
	m.Focus()
	m, _ = press(m, "a")
	if m.mode != modeTable || !strings.Contains(m.Message(), "đã có trong bảng") {
		t.Errorf("mode %d, message %q", m.mode, m.Message())
	}
}

func TestCustomPosition(t *testing.T) {
	m, _ := press(newTable(80, 40), "c", "enter")
	if m.mode != modeTitle || !strings.Contains(m.Message(), "Hãy nhập tên") {
		t.Fatalf("empty title accepted: mode %d, message %q", m.mode, m.Message())
	}
	if !m.Editing() || m.Cursor() == nil {
		t.Error("title input has no cursor")
	}
	m = typeText(m, "Ủy viên UBND")
	m, _ = press(m, "enter")
	if !strings.Contains(m.Message(), "đã có trong bảng") {
		t.Fatalf("duplicate title accepted: %q", m.Message())
	}
	for range len("UBND") {
		m, _ = press(m, "backspace")
	}
	m = typeText(m, "Ủy ban MTTQ")
	m, _ = press(m, "enter")
	if m.mode != modeGroup || m.Cursor() != nil {
		t.Fatalf("mode %d after the title", m.mode)
	}
	m, _ = press(m, "left", "enter", "3")
	r := m.Value().Rows
	last := r[len(r)-1]
	want := model.StaffRow{Title: "Ủy viên Ủy ban MTTQ", Group: model.GroupCadre, Start: 3}
	if !reflect.DeepEqual(last, want) {
		t.Errorf("custom row = %+v, want %+v", last, want)
	}
}

func TestCombined(t *testing.T) {
	m, _ := press(newTable(80, 40), "k", "space", "enter")
	if m.mode != modeCombine || !strings.Contains(m.Message(), "ít nhất hai") {
		t.Fatalf("one role accepted: mode %d, %q", m.mode, m.Message())
	}
	m, _ = press(m, "space", "down", "down", "down", "down", "down", "space", "up", "up", "up", "up", "space", "enter")
	if got := ansi.Strip(m.View()); !strings.Contains(got, "Chủ tịch UBND kiêm") {
		t.Errorf("combined post not shown:\n%s", got)
	}
	var found bool
	for _, r := range m.Value().Rows {
		if reflect.DeepEqual(r.Roles, []string{"pct-ubnd", "pho-bi-thu"}) {
			found = true
		}
	}
	if !found {
		t.Errorf("no row pct-ubnd+pho-bi-thu in %+v", m.Value().Rows)
	}
	m, _ = press(m, "k", "down", "space", "down", "space", "enter")
	if !strings.Contains(m.Message(), "đã có trong bảng") {
		t.Errorf("duplicate combined post accepted: %q", m.Message())
	}
}

func TestRemove(t *testing.T) {
	m, _ := press(newTable(80, 40), "down", "x", "n")
	if len(m.Value().Rows) != 7 {
		t.Fatal("n removed the row")
	}
	m, msgs := press(m, "x")
	if !strings.Contains(ansi.Strip(m.View()), `Xóa dòng "Bí thư Đảng ủy"?`) {
		t.Errorf("no confirmation shown:\n%s", ansi.Strip(m.View()))
	}
	if len(msgs) != 0 {
		t.Error("asking sent a change")
	}
	m, msgs = press(m, "y")
	for _, r := range m.Value().Rows {
		if r.Key() == "bi-thu" {
			t.Error("row not removed")
		}
	}
	if len(msgs) == 0 || m.current() < 0 || m.Value().Rows[m.current()].Key() != "ct-ubnd" {
		t.Errorf("after removal the cursor is on row %d", m.current())
	}
	for range 10 {
		m, _ = press(m, "x", "enter")
	}
	if len(m.Value().Rows) != 0 {
		t.Fatalf("%d rows left", len(m.Value().Rows))
	}
	m, _ = press(m, "5")
	if !strings.Contains(m.Message(), "chưa có dòng") {
		t.Errorf("typing in an empty table: %q", m.Message())
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
