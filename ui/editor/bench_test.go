package editor

import (
	"fmt"
	"github.com/baocao/baocao/ui/internal/uitest"
	"strings"
	"testing"
)

// sampleText returns about n characters of narrative: paragraphs of some
// 600 characters, the shape of a real report section.
func sampleText(n int) string {
	sentences := []string{
		"Cán bộ, công chức phường tiếp nhận hồ sơ đúng hẹn và trả kết quả qua bộ phận một cửa.",
		"Một số việc còn chậm do phải xin ý kiến nhiều cấp, nhất là hồ sơ đất đai có nguồn gốc phức tạp.",
		"Đảng ủy chỉ đạo rà soát quy chế làm việc, phân công rõ người, rõ việc, rõ thời hạn.",
		"Qua kiểm tra chưa phát hiện trường hợp né tránh, đùn đẩy trách nhiệm trong giải quyết công việc.",
		"Việc đánh giá, xếp loại cuối năm gắn với kết quả thực hiện nhiệm vụ được giao.",
	}
	var b strings.Builder
	for i, runes := 0, 0; runes < n; i++ {
		if i > 0 && i%7 == 0 {
			b.WriteString("\n")
		} else if i > 0 {
			b.WriteString(" ")
		}
		b.WriteString(sentences[i%len(sentences)])
		runes += len([]rune(sentences[i%len(sentences)])) + 1
	}
	r := []rune(b.String())
	return string(r[:min(n, len(r))])
}

// BenchmarkKey measures one printable key (Update) and the frame after it
// (View) in texts of 0, 20,000 and 100,000 characters and at the field
// limit (DefaultMaxLen, less the 1,000 keys typed between resets), with
// the cursor at the end and in the middle. Every 1,000 keys the text is
// reset, outside the timer, so that its size stays what the name says.
func BenchmarkKey(b *testing.B) {
	for _, size := range []int{0, 20_000, 100_000, DefaultMaxLen - 1_000} {
		text := sampleText(size)
		for _, where := range []string{"end", "middle"} {
			b.Run(fmt.Sprintf("%s/%s", sizeName(size), where), func(b *testing.B) {
				m := focused(80, 20)
				m.SetValue(text)
				if where == "middle" {
					m = press(m, "ctrl+home")
					for range len(m.lines) / 2 {
						m = press(m, "down")
					}
					m = press(m, "down", "down", "ctrl+right")
				}
				cl, co := m.cl, m.co
				key := uitest.Key("ệ")
				b.ReportAllocs()
				b.ResetTimer()
				for i := 0; i < b.N; i++ {
					if i%1000 == 999 {
						b.StopTimer()
						m.SetValue(text)
						m.cl, m.co = cl, co
						m.scroll()
						b.StartTimer()
					}
					m, _ = m.Update(key)
					_ = m.View()
				}
			})
		}
	}
}

// BenchmarkLongLine is BenchmarkKey in one line of 100,000 characters and
// in one as long as a field may be, the worst case for rewrapping.
func BenchmarkLongLine(b *testing.B) {
	for _, size := range []int{100_000, DefaultMaxLen - 1} {
		b.Run(sizeName(size), func(b *testing.B) {
			m := focused(80, 20)
			m.SetValue(strings.ReplaceAll(sampleText(size), "\n", " "))
			m = press(m, "ctrl+home")
			for range 600 {
				m = press(m, "down")
			}
			keys := [2]any{uitest.Key("a"), uitest.Key("backspace")}
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				m, _ = m.Update(keys[i%2])
				_ = m.View()
			}
		})
	}
}

// BenchmarkPaste measures a paste of 1 MB into an empty editor, and the
// first frame after it.
func BenchmarkPaste(b *testing.B) {
	text := sampleText(1 << 20)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		m := focused(80, 20, WithMaxLen(0))
		m = paste(m, text)
		_ = m.View()
	}
}

// BenchmarkValue measures Value at 100,000 characters after a change, as
// an autosave does.
func BenchmarkValue(b *testing.B) {
	m := focused(80, 20)
	m.SetValue(sampleText(100_000))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		m.version++
		_ = m.Value()
	}
}

func sizeName(n int) string {
	if n == 0 {
		return "0"
	}
	return fmt.Sprintf("%dk", n/1000)
}
