package staffing

import (
	"fmt"
	"github.com/baocao/baocao/ui/internal/uitest"
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/baocao/baocao/model"
)

// viewCases are the states the golden views capture.
var viewCases = []struct {
	name string
	keys []string
	prep func(*Model)
}{
	{"table", nil, nil},
	{"edited", []string{"down", "right", "3"}, nil},
	{"refused", []string{"b"}, nil},
	{"add", []string{"a", "down"}, nil},
	{"combine", []string{"k", "down", "space", "down", "down", "space"}, nil},
	{"custom", []string{"c", "Ủ", "y", " ", "v", "i", "ê", "n"}, nil},
	{"group", []string{"c", "T", "ổ", "enter"}, nil},
	{"remove", []string{"down", "x"}, nil},
	{"paragraph", []string{"p"}, nil},
	{"filter", []string{"a", "c", "t"}, nil},
	{"problems", []string{"right", "3", "0"}, func(m *Model) {
		m.SetProblems([]model.Problem{{Path: "staffing.rows[3].now", Severity: model.Error,
			Message: "Chủ tịch UBND: có 02 người, nhưng mỗi đơn vị chỉ có tối đa 01; hãy kiểm tra lại."}})
	}},
}

func TestGoldenViews(t *testing.T) {
	for _, size := range [][2]int{{80, 40}, {40, 40}, {80, 24}} {
		for _, tc := range viewCases {
			name := fmt.Sprintf("%s_%dx%d", tc.name, size[0], size[1])
			t.Run(name, func(t *testing.T) {
				m := newTable(size[0], size[1])
				if tc.prep != nil {
					tc.prep(&m)
				}
				m, _ = press(m, tc.keys...)
				view := ansi.Strip(m.View())
				checkWidth(t, view, size[0], size[1])
				uitest.Golden(t, name, view)
			})
		}
	}
}

func TestSmallSizes(t *testing.T) {
	for _, size := range [][2]int{{40, 12}, {20, 8}, {10, 3}, {1, 1}} {
		for _, tc := range viewCases {
			t.Run(fmt.Sprintf("%s_%dx%d", tc.name, size[0], size[1]), func(t *testing.T) {
				m := newTable(size[0], size[1])
				if tc.prep != nil {
					tc.prep(&m)
				}
				m, _ = press(m, tc.keys...)
				checkWidth(t, m.View(), size[0], size[1])
				if c := m.Cursor(); c != nil && (c.X >= size[0] || c.Y >= size[1]) {
					t.Errorf("cursor (%d, %d) outside", c.X, c.Y)
				}
			})
		}
	}
}

func TestCursorOnTitle(t *testing.T) {
	m, _ := press(newTable(80, 40), "c")
	m = typeText(m, "Tổ")
	c := m.Cursor()
	lines := splitLines(ansi.Strip(m.View()))
	if c == nil || c.Y >= len(lines) || ansi.Cut(lines[c.Y], 0, c.X) != "> Tổ" {
		t.Errorf("cursor %+v is not after the typed title in %q", c, lines)
	}
}

// Problems never push the rows out of view: with a long list of problems
// the table keeps a third of its height (at least four lines), and the
// problems that do not fit are counted on one line that says where to
// read them.
func TestProblemsLeaveRoomForRows(t *testing.T) {
	long := "Đầu nhiệm kỳ: có 02 Chánh Văn phòng HĐND và UBND, nhưng theo Luật Tổ chức chính quyền địa phương 72/2025/QH15, Luật Cán bộ, công chức 80/2025/QH15, Nghị định 150/2025/NĐ-CP mỗi đơn vị chỉ có tối đa 01."
	for _, size := range []struct{ w, h int }{{60, 20}, {72, 24}, {40, 12}, {80, 16}} {
		m := newTable(size.w, size.h)
		var ps []model.Problem
		for range 4 {
			ps = append(ps, model.Problem{Path: "staffing.rows[0].start", Severity: model.Error, Message: long})
		}
		m.SetProblems(ps)
		v := ansi.Strip(m.View())
		checkWidth(t, m.View(), size.w, size.h)
		lines := strings.Split(v, "\n")
		rows := slices.IndexFunc(lines, func(l string) bool { return strings.Contains(l, "Cộng cán bộ") }) - 1
		shown := strings.Count(v, "Lỗi: ")
		if rows < 4 || (shown < len(ps) && !strings.Contains(v, "ctrl+r để xem")) {
			t.Errorf("%dx%d: %d table lines, %d problems in view; want 4 lines and the count of the problems left out:\n%s",
				size.w, size.h, rows, shown, v)
		}
	}
}

// TestParagraphPageKeepsEveryWord: the p panel shows the generated
// paragraph word for word at every width, " -" at a line end included.
func TestParagraphPageKeepsEveryWord(t *testing.T) {
	for w := 30; w <= 100; w++ {
		m := newTable(w, 40)
		want := strings.Join(strings.Fields(strings.Join(m.paras(m.s), " ")), " ")
		m, _ = press(m, "p")
		flat := strings.Join(strings.Fields(ansi.Strip(m.View())), " ")
		_, got, _ := strings.Cut(flat, "về bảng): ")
		if got != want {
			t.Fatalf("width %d: the panel reads\n%s\nwant\n%s", w, got, want)
		}
	}
}
