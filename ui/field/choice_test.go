package field

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/ui/common"
	"github.com/baocao/baocao/ui/internal/uitest"
)

// TestChoiceStopsAtEnds: ←/→ stop at the first and last option instead of
// wrapping round.
func TestChoiceStopsAtEnds(t *testing.T) {
	tests := []struct {
		keys []string
		want string
	}{
		{[]string{"right"}, "TM."},
		{[]string{"right", "right", "right", "right"}, "TL."},
		{[]string{"left"}, "TM."},
		{[]string{"right", "left", "left"}, "TM."},
		{[]string{"right", "right", "right", "space", "space"}, "TL."},
	}
	str, st := common.Vietnamese(), common.DefaultStyles()
	f := model.Field{ID: "a", Label: "Thẩm quyền ký", Kind: model.FieldChoice, Options: []string{"TM.=TM.", "KT.=KT.", "TL.=TL."}}
	for _, tt := range tests {
		in := NewChoice(Env{St: &st, Str: &str}, f, "s")
		in.SetSize(60, 1)
		for _, k := range tt.keys {
			in.Update(uitest.Key(k))
		}
		if got := strings.TrimSpace(ansi.Strip(in.View(false))); got != tt.want {
			t.Errorf("%v: shows %q, want %q", tt.keys, got, tt.want)
		}
	}
}
