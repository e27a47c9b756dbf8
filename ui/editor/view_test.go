package editor

import (
	"fmt"
	"github.com/baocao/baocao/ui/internal/uitest"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// mixedText has Vietnamese, CJK, emoji with modifiers and ZWJ, flags,
// combining marks and a word longer than any row.
const mixedText = "Thực trạng cán bộ, công chức: 字字字字字字字字字字字字字字字字字字字字字字字 " +
	"👨‍👩‍👧 👍🏽 🇻🇳 Việt Nam x\u0361y " +
	"Khôngcókhoảngtrắngnàotrongtừrấtdàinàyđểxemnóbịcắtthếnàotrênmànhình\n\n" +
	"Dòng cuối."

func TestWideLayout(t *testing.T) {
	for _, w := range []int{80, 40, 10, 3, 2, 1} {
		t.Run(fmt.Sprint(w), func(t *testing.T) {
			m := focused(w, 30)
			m.SetValue(mixedText)
			checkRows(t, m.View(), w, 30)
			for _, k := range []string{"ctrl+home", "down", "down", "end", "up", "ctrl+right", "left"} {
				m = press(m, k)
				checkRows(t, m.View(), w, 30)
				if c := m.Cursor(); c.X >= w || c.Y >= 30 {
					t.Fatalf("after %s cursor (%d, %d) outside %d columns", k, c.X, c.Y, w)
				}
			}
		})
	}
}

func TestResize(t *testing.T) {
	m := focused(80, 10)
	m.SetValue(strings.Repeat(mixedText+"\n", 20))
	m = press(m, "ctrl+home", "pgdown", "down")
	for _, size := range [][2]int{{80, 10}, {40, 12}, {20, 5}, {10, 3}, {5, 2}, {1, 1}, {0, 0}, {40, 12}, {80, 24}} {
		m.SetSize(size[0], size[1])
		w, h := max(1, size[0]), max(1, size[1])
		checkRows(t, m.View(), w, h)
		c := m.Cursor()
		if c.X >= w || c.Y >= h {
			t.Fatalf("at %v cursor (%d, %d) outside", size, c.X, c.Y)
		}
		m = typeText(m, "ỹ")
	}
	if got := strings.Count(m.Value(), "ỹ"); got != 9 {
		t.Errorf("typed 9 letters while resizing, found %d", got)
	}
}

func TestOneLineScrolls(t *testing.T) {
	m := focused(10, 1, WithOneLine())
	m = typeText(m, "Ủy ban nhân dân phường Phổ Minh")
	view := ansi.Strip(m.View())
	if view != " Phổ Minh " {
		t.Errorf("view at the end = %q", view)
	}
	if c := m.Cursor(); c.X != 9 || c.Y != 0 {
		t.Errorf("cursor = (%d, %d), want (9, 0)", c.X, c.Y)
	}
	m = press(m, "home")
	if view := ansi.Strip(m.View()); view != "Ủy ban nhâ" {
		t.Errorf("view at the start = %q", view)
	}
	m = press(m, "end", "backspace", "backspace", "backspace", "backspace", "backspace")
	if view := ansi.Strip(m.View()); view != "hường Phổ " {
		t.Errorf("view after deleting at the end = %q", view)
	}
}

func TestGoldenViews(t *testing.T) {
	text := "Tổng số cán bộ, công chức của phường là 18 người, trong đó cán bộ 10 người, công chức 08 người.\n" +
		"Qua rà soát, chưa có trường hợp né tránh, đùn đẩy trách nhiệm; một số hồ sơ đất đai còn chậm do phải xin ý kiến cấp trên.\n\n" +
		"字字 emoji 👍🏽 và dấu kết hợp."
	for _, w := range []int{40, 80} {
		for _, tc := range []struct {
			name string
			opts []Option
			keys []string
		}{
			{"narrative", nil, nil},
			{"top", nil, []string{"ctrl+home"}},
			{"placeholder", []Option{WithPlaceholder("Nhập thực trạng của đơn vị…")}, []string{"ctrl+a", "ctrl+k", "ctrl+k", "ctrl+k", "ctrl+k", "ctrl+k", "ctrl+k"}},
			{"limit", []Option{WithMaxLen(len([]rune(text)))}, []string{"x"}},
		} {
			t.Run(fmt.Sprintf("%s/%d", tc.name, w), func(t *testing.T) {
				m := focused(w, 6, tc.opts...)
				m.SetValue(text)
				if tc.name == "placeholder" {
					m = press(m, "ctrl+home")
				}
				m = press(m, tc.keys...)
				view := ansi.Strip(m.View())
				checkRows(t, view, w, 6)
				uitest.Golden(t, fmt.Sprintf("%s_%d", tc.name, w), view)
			})
		}
	}
}
