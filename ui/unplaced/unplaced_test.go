package unplaced

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/baocao/baocao/ui/common"
	"github.com/baocao/baocao/ui/internal/uitest"
)

func newList(items ...string) *List {
	str := common.Vietnamese()
	st := common.DefaultStyles()
	return New(common.Common{Str: &str, Styles: &st}, items)
}

func TestKeys(t *testing.T) {
	l := newList("Đoạn một", "Đoạn hai", "Đoạn ba")
	steps := []struct {
		key string
		act Action
		sel string
		ok  bool
	}{
		{"alt+down", 0, "Đoạn hai", true},
		{"alt+down", 0, "Đoạn ba", true},
		{"alt+down", 0, "Đoạn một", true},
		{"alt+up", 0, "Đoạn ba", true},
		{"alt+enter", Moved, "Đoạn ba", true},
		{"alt+x", Dropped, "Đoạn ba", true},
		{"x", 0, "Đoạn ba", false},
		{"enter", 0, "Đoạn ba", false},
	}
	for _, s := range steps {
		act, _, ok := l.Key(uitest.Key(s.key))
		if act != s.act || ok != s.ok || l.Selected() != s.sel {
			t.Errorf("%s: act %v ok %v selected %q; want %v %v %q", s.key, act, ok, l.Selected(), s.act, s.ok, s.sel)
		}
	}
	l.Remove(2)
	if l.Len() != 2 || l.Selected() != "Đoạn hai" {
		t.Errorf("after removing the last: %q selected %q", l.Items(), l.Selected())
	}
	l.Remove(0)
	l.Remove(0)
	if _, _, ok := l.Key(uitest.Key("alt+enter")); ok || l.Lines(80, 2) != nil {
		t.Error("an empty list takes keys or draws lines")
	}
}

func TestLines(t *testing.T) {
	long := strings.Repeat("Đoạn văn dài về kết quả rà soát hồ sơ đất đai ", 6)
	l := newList(long, "Hai")
	for _, w := range []int{80, 40, 12} {
		lines := l.Lines(w, 2)
		if len(lines) != 3 {
			t.Fatalf("width %d: %d lines", w, len(lines))
		}
		for _, line := range lines {
			if ansi.StringWidth(line) > w {
				t.Errorf("width %d: line too wide: %q", w, ansi.Strip(line))
			}
		}
		if !strings.Contains(ansi.Strip(lines[0]), "1/2") || !strings.HasSuffix(ansi.Strip(lines[2]), "…") {
			t.Errorf("width %d: %q", w, lines)
		}
	}
	if got := ansi.Strip(l.Lines(80, 1)[0]); !strings.Contains(got, "alt+enter đưa vào ô đang soạn") {
		t.Errorf("wide title lacks the keys: %q", got)
	}
	for _, w := range []int{60, 66, 70, 74, 80} {
		if got := ansi.Strip(l.Lines(w, 1)[0]); strings.Contains(got, "…") {
			t.Errorf("width %d: the title is cut: %q", w, got)
		}
	}
	en := common.English()
	st := common.DefaultStyles()
	le := New(common.Common{Str: &en, Styles: &st}, []string{"x"})
	if got := ansi.Strip(le.Lines(80, 1)[0]); !strings.HasPrefix(got, "Unplaced paragraph 1/1") {
		t.Errorf("English title: %q", got)
	}
}
