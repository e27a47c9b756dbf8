package model_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/templates"
)

// FuzzParseTerm: a term that parses has two four-digit years and reads
// back the same when written as "start-end".
func FuzzParseTerm(f *testing.F) {
	for _, s := range []string{"2020-2025", "2020 – 2025", " 2025 - 2030 ", "2020/2025", "20-2025", "２０２０-2025", "2020-2025-2030", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		start, end, ok := model.ParseTerm(s)
		if !ok {
			return
		}
		if start < 0 || start > 9999 || end < 0 || end > 9999 {
			t.Fatalf("%q parsed to %d-%d", s, start, end)
		}
		again, end2, ok := model.ParseTerm(fmt.Sprintf("%04d-%04d", start, end))
		if !ok || again != start || end2 != end {
			t.Fatalf("%q: %d-%d does not read back", s, start, end)
		}
	})
}

// FuzzAbolishedNames: naming an abolished body never panics, and what it
// quotes comes from the text.
func FuzzAbolishedNames(f *testing.F) {
	rules, err := templates.Rules()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{"UBND huyện Đông Sơn", "Thành ủy Huế", "Ban Thường vụ Thị ủy", "thành phố", "Phòng Nội vụ  huyện.", "UBND tỉnh Lâm Hà", "\x00huyện\u0301"} {
		f.Add(s)
	}
	on := model.Date{Year: 2026, Month: 1, Day: 1}
	f.Fuzz(func(t *testing.T, s string) {
		_, words, ok := rules.AbolishedOn(on, s)
		if !ok {
			return
		}
		clean := strings.ToLower(model.CleanLine(s))
		for _, w := range strings.Fields(strings.ToLower(words)) {
			if !strings.Contains(clean, w) {
				t.Fatalf("quoted %q, not in %q", words, s)
			}
		}
	})
}
