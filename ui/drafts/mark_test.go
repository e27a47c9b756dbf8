package drafts

import (
	"slices"
	"strings"
	"testing"

	"github.com/baocao/baocao/ui/common"
	"github.com/baocao/baocao/ui/compile"
)

// TestMarkAndCompile marks drafts with space, which stays on the row (so
// space ↓ space marks rows 1 and 2; the mark shows before the title, space
// again takes it off) and c opens the compile screen on the
// marked ones, in list order; without a mark c does nothing.
func TestMarkAndCompile(t *testing.T) {
	for _, lang := range []common.Strings{common.Vietnamese(), common.English()} {
		s := newScreen(t, 4, 80, 21, lang)
		if s.Keys("c"); len(s.Sent) != 0 {
			t.Errorf("c without a mark sent %v", s.Sent)
		}
		s.Keys("space", "down", "space", "down", "space", "space", "up", "up")
		v := s.View()
		if strings.Count(v, "✓ ") != 2 || !strings.Contains(v, "▸ ✓ ") {
			t.Errorf("marks not shown:\n%s", v)
		}
		help := ""
		for _, b := range s.m.ShortHelp() {
			help += b.Help().Key + " "
		}
		if !strings.Contains(help, "c ") {
			t.Errorf("short help %q lacks the compile key", help)
		}
		s.Keys("c")
		got := s.Sent
		if len(got) != 1 {
			t.Fatalf("c sent %v", got)
		}
		show, ok := got[0].(compile.ShowMsg)
		if !ok || !slices.Equal(show.IDs, []string{"4", "3"}) {
			t.Errorf("c sent %#v, want drafts 4 and 3", got[0])
		}
		if strings.Contains(s.View(), "✓ ") {
			t.Error("marks stay after compiling")
		}
	}
}
