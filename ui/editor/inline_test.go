package editor

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// TestInlineMarkup: typed markup shows as typed (markers visible, so the
// clerk can edit them), the emphasised words are drawn bold, italic or
// underlined, rows keep the width, and a lone asterisk is ordinary text.
func TestInlineMarkup(t *testing.T) {
	tests := []struct {
		name, typed string
		sgr         string // the emphasis the word is drawn with
		word        string
	}{
		{"bold", "Đã **hoàn thành** kế hoạch", "1", "hoàn thành"},
		{"italic", "theo *Kế hoạch số 12*", "3", "Kế hoạch số 12"},
		{"underline", "cần __rà soát__ ngay", "4", "r"}, // underlined cell by cell
		{"note", "đạt 98%[^1]\n[^1]: Số liệu tạm tính", "36", "[^1]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := focused(40, 6)
			m = typeText(m, strings.ReplaceAll(tt.typed, "\n", ""))
			if strings.Contains(tt.typed, "\n") {
				m = focused(40, 6)
				first, second, _ := strings.Cut(tt.typed, "\n")
				m = typeText(m, first)
				m = press(m, "enter")
				m = typeText(m, second)
			}
			view := m.View()
			checkRows(t, view, 40, 6)
			plain := ansi.Strip(view)
			if !strings.Contains(plain, strings.Split(tt.typed, "\n")[0]) {
				t.Errorf("the markup is not shown as typed:\n%s", plain)
			}
			if !styled(view, tt.word, tt.sgr) {
				t.Errorf("%q is not drawn with SGR %s:\n%q", tt.word, tt.sgr, view)
			}
		})
	}
	m := focused(40, 3)
	m = typeText(m, "*Ghi chú: 5 * 3")
	if view := m.View(); strings.Contains(view, "\x1b[") && styled(view, "Ghi", "3") {
		t.Errorf("a lone asterisk made text italic: %q", view)
	}
}

// styled reports whether word is drawn in the view right after an SGR
// sequence holding the attribute.
func styled(view, word, attr string) bool {
	for _, part := range strings.Split(view, "\x1b[")[1:] {
		params, text, ok := strings.Cut(part, "m")
		if !ok || !strings.HasPrefix(text, word) {
			continue
		}
		for _, p := range strings.Split(params, ";") {
			if p == attr {
				return true
			}
		}
	}
	return false
}

// TestInlineLongLine: in a paragraph too long to read whole, markup
// inside a row is still drawn.
func TestInlineLongLine(t *testing.T) {
	m := focused(40, 4)
	m.SetValue("rất **khẩn** " + strings.Repeat("chữ ", 3000))
	m = press(m, "ctrl+home")
	view := m.View()
	checkRows(t, view, 40, 4)
	if !styled(view, "khẩn", "1") {
		t.Errorf("bold not drawn in a long line: %q", strings.Split(view, "\n")[0])
	}
}
