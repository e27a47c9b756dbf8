package model

import (
	"strings"
	"testing"
)

// largeReport is the seed-shaped report with 30,000 characters of answers.
func largeReport() Report {
	r := seedReport()
	para := "Cán bộ, công chức của phường tiếp nhận và giải quyết hồ sơ đúng hạn, phối hợp chặt chẽ với các đoàn thể. "
	text := strings.Repeat(para, 30000/len([]rune(para))/3+1)
	r.Answers["I.1.text"] = Answer{Text: text}
	r.Answers["II.text"] = Answer{Text: text}
	var items []string
	for len([]rune(strings.Join(items, ""))) < 10000 {
		items = append(items, para)
	}
	r.Answers["III.items"] = Answer{Items: items}
	return r
}

func BenchmarkValidate(b *testing.B) {
	r, o, rules := largeReport(), testOutline(), testRules()
	n := len([]rune(r.Answers["I.1.text"].Text + r.Answers["II.text"].Text + strings.Join(r.Answers["III.items"].Items, "")))
	b.ReportAllocs()
	for b.Loop() {
		if ps := Validate(r, o, rules); len(ps) != 0 {
			b.Fatal(ps)
		}
	}
	b.ReportMetric(float64(n), "chars")
}
