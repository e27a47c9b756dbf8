package compile

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// TestWrapPath: a path in a message is broken only after a separator, its
// names whole, and nothing of the message is lost.
func TestWrapPath(t *testing.T) {
	path := "/home/thu/Tài liệu/Báo cáo xã An Thịnh/tong-hop_2023-09-20.xlsx"
	text := "Đã tổng hợp 2 đơn vị. Bảng tính: " + path + ". Bản nháp tổng hợp số 4."
	for _, w := range []int{26, 30, 40, 52, 60, 80, 120} {
		lines := wrapPath(text, path, w)
		joined := strings.Join(lines, "\n")
		for _, l := range lines {
			if ansi.StringWidth(l) > w {
				t.Errorf("width %d: line too wide: %q", w, l)
			}
		}
		for _, name := range []string{"Tài liệu/", "Báo cáo xã An Thịnh/", "tong-hop_2023-09-20.xlsx."} {
			if !strings.Contains(joined, name) {
				t.Errorf("width %d: %q is cut:\n%s", w, name, joined)
			}
		}
		if got := strings.Join(strings.Fields(strings.ReplaceAll(joined, "/\n", "/")), " "); got != text {
			t.Errorf("width %d: text changed:\n%q\nwant\n%q", w, got, text)
		}
	}
}

func TestPathLinesCutsOnlyTooLongNames(t *testing.T) {
	got := strings.Join(pathLines("/a/"+strings.Repeat("x", 12)+"/b.txt", 8), "|")
	if want := "/a/|xxxxxxxx|xxxx/|b.txt"; got != want {
		t.Errorf("pathLines = %q, want %q", got, want)
	}
}
