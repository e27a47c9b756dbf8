package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/baocao/baocao/model"
)

// These tests drive the whole program with key presses for issue 10's
// items on the staffing table (6–10), export (12), progress (15) and sizes
// (17). Each fails on the code before the issue was worked on.

// toStaffing opens a new ward draft at the staffing table.
func toStaffing(t *testing.T, w, hgt int) *harness {
	t.Helper()
	h := newHarness(t, 80, 24)
	h.newDraft()
	h.jump("I.1")
	if id := h.m.wizard.inputs[h.m.wizard.focus].Field().ID; id != "staffing" {
		t.Fatalf("focus on %s, want the staffing table", id)
	}
	h.send(teaSize(w, hgt))
	return h
}

// focused is the ID of the wizard's focused field.
func (h *harness) focused() string { return h.m.wizard.inputs[h.m.wizard.focus].Field().ID }

// rows returns the staffing rows as the wizard holds them.
func (h *harness) rows() []model.StaffRow {
	r, _, _ := h.m.wizard.Snapshot()
	return r.Staffing.Rows
}

// progress is the wizard's report's progress by model.Progress.
func (h *harness) progress() (done, required int) {
	w := h.m.wizard
	return model.Progress(w.report, w.outline, w.problems)
}

// helpLine is the screen's last line.
func (h *harness) helpLine() string {
	lines := strings.Split(h.view(), "\n")
	return lines[len(lines)-1]
}

// Item 6: tab leaves a table of 16 rows in one key, shift+tab comes back;
// arrows move between cells; the help line says so.
func TestIssue10TabLeavesTable(t *testing.T) {
	h := toStaffing(t, 80, 24)
	for range 16 {
		h.keys("a", "1", "enter", "1", "enter") // enter ends the count (issue 20 item 2)
	}
	if n := len(h.rows()); n != 16 {
		t.Fatalf("%d rows", n)
	}
	h.keys("up", "left")
	h.keys("tab")
	if h.focused() == "staffing" {
		t.Fatal("tab did not leave the table")
	}
	h.keys("shift+tab")
	if h.focused() != "staffing" {
		t.Fatalf("shift+tab went to %s", h.focused())
	}
	for _, want := range []string{"tab rời bảng", "↑↓←→ chọn ô"} {
		if !strings.Contains(h.helpLine(), want) {
			t.Errorf("help line %q lacks %q", h.helpLine(), want)
		}
	}
}

// Item 7: ? opens the help on the table, q quits (it is not a refused
// digit); a picker's help lists its own keys, and there q is typed.
func TestIssue10HelpAndQuitOnTable(t *testing.T) {
	h := toStaffing(t, 80, 24)
	h.keys("?")
	if !h.m.showHelp {
		t.Fatalf("? did not open the help:\n%s", h.view())
	}
	h.lacks("Chỉ nhập chữ số")
	h.contains("hoàn tác", "xem đoạn văn")
	h.keys("?")
	h.keys("a")
	for _, want := range []string{"gõ chữ lọc danh mục", "enter thêm", "esc thôi"} {
		if !strings.Contains(h.helpLine(), want) {
			t.Errorf("picker help %q lacks %q", h.helpLine(), want)
		}
	}
	h.keys("q")
	if h.quit {
		t.Fatal("q in the picker's filter quit")
	}
	h.contains("Lọc: q")
	h.keys("esc", "q")
	if !h.quit {
		t.Fatalf("q on the table did not quit:\n%s", h.view())
	}
}

// Item 8: typing filters the catalogue without diacritics, a digit adds
// the position and types its count at once.
func TestIssue10AddByTyping(t *testing.T) {
	h := toStaffing(t, 80, 24)
	h.keys("a")
	h.typeText("chu tich ub")
	h.contains("Lọc: chu tich ub", "Chủ tịch UBND")
	h.lacks("Bí thư")
	h.keys("2", "enter", "1", "enter")
	h.keys("a")
	h.typeText("pctub")
	h.keys("enter", "2", "enter", "2")
	rows := h.rows()
	got := map[string]string{}
	for _, r := range rows {
		got[r.Key()] = fmt.Sprintf("%d/%d", r.Start, r.Now)
	}
	if len(rows) != 2 || got["ct-ubnd"] != "2/1" || got["pct-ubnd"] != "2/2" {
		t.Errorf("rows %v", got)
	}
}

// Item 9: x removes a row at once and says so; u brings it back.
func TestIssue10RemoveUndo(t *testing.T) {
	h := toStaffing(t, 80, 24)
	h.keys("a", "1", "enter", "a", "1", "enter")
	h.keys("x")
	if n := len(h.rows()); n != 1 {
		t.Fatalf("%d rows after x", n)
	}
	h.contains("nhấn u để hoàn")
	h.keys("u")
	if n := len(h.rows()); n != 2 {
		t.Fatalf("%d rows after u", n)
	}
	h.run(h.m.wizard.commit())
	if n := len(h.stored().Staffing.Rows); n != 2 {
		t.Errorf("%d rows saved after u", n)
	}
}

// Item 10: at 100×30 with 17 rows the generated paragraph is one key (p)
// away, and the help line names that key.
func TestIssue10ParagraphAt100x30(t *testing.T) {
	h := toStaffing(t, 100, 30)
	for range 16 {
		h.keys("a", "1", "enter", "1", "enter") // enter ends the count (issue 20 item 2)
	}
	h.keys("c")
	h.typeText("Công chức hợp đồng")
	h.keys("enter", "enter", "1", "enter", "1", "enter")
	if n := len(h.rows()); n != 17 {
		t.Fatalf("%d rows", n)
	}
	checkSize(t, h.view(), 100, 30)
	if !strings.Contains(h.view(), "Đầu nhiệm kỳ") || !strings.Contains(h.view(), "Đoạn văn tạo từ bảng: nhấn p để xem") {
		t.Errorf("the table or the p key is not shown:\n%s", h.view())
	}
	h.keys("p")
	checkSize(t, h.view(), 100, 30)
	plain := strings.Join(strings.Fields(h.view()), " ")
	if !strings.Contains(plain, "tổng số cán bộ, công chức phường là 17 người") {
		t.Errorf("p does not show the paragraph:\n%s", h.view())
	}
	h.keys("esc")
	if h.m.wizard.sidebar || !strings.Contains(h.view(), "Tổng cộng") {
		t.Errorf("esc did not go back to the table:\n%s", h.view())
	}
}

// Item 12: enter exports at once from the format field; the result shows
// once on the screen.
func TestIssue10ExportEnterOnce(t *testing.T) {
	h := newHarness(t, 80, 24)
	h.newDraft()
	h.keys("ctrl+x", "enter", "y")
	want := filepath.Join(h.dir, "BC-UBND_Pho-Minh.docx")
	if _, err := os.Stat(want); err != nil {
		t.Fatalf("enter on the format did not export: %v\n%s", err, h.view())
	}
	if n := strings.Count(h.view(), "Đã xuất"); n != 1 {
		t.Errorf("the result shows %d times:\n%s", n, h.view())
	}
}

// Item 15: a fresh draft's progress is the same in the wizard's heading,
// its sidebar and the drafts list; empty required fields are "chưa điền",
// not errors, in the list and in review.
func TestIssue10ProgressAgrees(t *testing.T) {
	h := newHarness(t, 100, 30)
	h.newDraft()
	done, required := h.progress()
	want := fmt.Sprintf("%d/%d mục xong", done, required)
	if n := strings.Count(h.view(), want); n != 2 {
		t.Errorf("wizard shows %q %d times (heading and sidebar):\n%s", want, n, h.view())
	}
	h.keys("ctrl+r")
	h.contains("chưa điền")
	h.lacks("✗ Chưa điền", " lỗi,")
	h.keys("esc")
	h.focusField("doc.number")
	h.typeText("197")
	h.keys("tab")
	h.typeText("29/8/2023")
	h.keys("pgdown")
	done, required = h.progress()
	want = fmt.Sprintf("%d/%d mục xong", done, required)
	if done == 0 || strings.Count(h.view(), want) != 2 {
		t.Errorf("after a section: %q not shown twice:\n%s", want, h.view())
	}
	h.jump("IV")
	h.keys("ctrl+k") // the hint under a "Không" must not push the heading off
	done, required = h.progress()
	want = fmt.Sprintf("%d/%d mục xong", done, required)
	if strings.Count(h.view(), want) != 2 {
		t.Errorf("after ctrl+k: %q not shown twice:\n%s", want, h.view())
	}
	h.keys("esc", "esc")
	h.contains(want)
	h.lacks("lỗi")
}

// Item 17, narrow: at 40×12 the help line keeps the first keys and ? even
// where the whole line does not fit.
func TestIssue10NarrowHelp(t *testing.T) {
	h := toStaffing(t, 40, 12)
	if l := h.helpLine(); !strings.HasPrefix(l, "tab rời bảng") || !strings.HasSuffix(l, "? trợ giúp") {
		t.Errorf("table help at 40×12: %q", l)
	}
	h.keys("tab")
	if l := h.helpLine(); !strings.HasPrefix(l, "tab ô sau") || !strings.HasSuffix(l, "f1 trợ giúp") { // ? is text in a field
		t.Errorf("field help at 40×12: %q", l)
	}
	h.keys("esc") // the section list: too narrow for both, it takes the pane's place
	checkSize(t, h.view(), 40, 12)
	h.contains("I. Tình hình", "mục xong")
	h.keys("enter")
	h.keys("ctrl+r")
	checkSize(t, h.view(), 40, 12)
	for _, l := range strings.Split(h.view(), "\n") {
		if strings.HasPrefix(l, "1. Thực trạng") && !strings.HasSuffix(strings.TrimRight(l, " "), "…") {
			t.Errorf("long review title not cut with …: %q", l)
		}
	}
}

// Item 17, wide: at 200×60 the staffing counts stay next to their names,
// and the section list shows whole titles.
func TestIssue10Wide(t *testing.T) {
	h := toStaffing(t, 200, 60)
	h.keys("a")
	h.typeText("bt")
	h.keys("1", "enter", "1")
	checkSize(t, h.view(), 200, 60)
	for _, l := range strings.Split(h.view(), "\n") {
		if i := strings.Index(l, "> Bí thư Đảng ủy"); i >= 0 {
			rest := l[i+len("> Bí thư Đảng ủy"):]
			gap := ansi.StringWidth(rest[:strings.IndexAny(rest, "0123456789[")])
			if gap > 60 {
				t.Errorf("the count is %d cells from its name: %q", gap, l)
			}
		}
	}
	h.contains("1. Thực trạng né tránh, đùn đẩy, làm việc cầm chừng, sợ") // the sidebar's title, whole or nearly
}
