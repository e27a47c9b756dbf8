package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/baocao/baocao/ui/internal/uitest"

	tea "charm.land/bubbletea/v2"
)

// BenchmarkWizardKey measures one typed key through the whole program (the
// root's Update, then its View) in a narrative field holding 0, 20,000 and
// 100,000 characters in paragraphs of about 700 characters, the cursor at
// the end. The goal is flat: within one frame (16 ms) at 100k.
func BenchmarkWizardKey(b *testing.B) {
	for _, n := range []int{0, 20_000, 100_000} {
		b.Run(fmt.Sprintf("chars=%d", n), func(b *testing.B) {
			h := newHarness(b, 80, 24)
			h.newDraft()
			h.jump("I.2")
			if n > 0 {
				sentence := "Cán bộ, công chức phường chưa chủ động tham mưu, còn đùn đẩy việc khó. "
				para := strings.Repeat(sentence, 10) + "\n"
				text := strings.Repeat(para, n/len([]rune(para))+1)
				h.send(tea.PasteMsg{Content: string([]rune(text)[:n])})
			}
			key := uitest.Key("a")
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				h.m.Update(key)
				_ = h.m.View()
			}
		})
	}
}
