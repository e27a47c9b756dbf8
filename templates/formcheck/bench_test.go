package formcheck

import (
	"strings"
	"testing"
)

// fortyPages is the state example export with its body repeated twelve
// times: LibreOffice 7.4 lays it out on 41 A4 pages.
func fortyPages(t testing.TB) []byte {
	return mutate(t, fixture(t, "state2026"), "word/document.xml", func(s string) string {
		start := strings.Index(s, "<w:p><w:pPr><w:widowControl/>")
		end := strings.LastIndex(s, "<w:tbl>")
		body := s[start:end]
		return s[:start] + strings.Repeat(body, 12) + s[end:]
	})
}

func TestFortyPagesSize(t *testing.T) {
	res := check(t, fortyPages(t))
	chars := 0
	for _, p := range res.doc.Paras {
		chars += len([]rune(p.Text))
	}
	if chars < 80000 {
		t.Fatalf("the benchmark document has %d characters, want about 40 pages' worth (80 000+)", chars)
	}
	if res.Errors() != 0 {
		t.Errorf("the benchmark document has errors: %s", list(res))
	}
}

// BenchmarkCheck40Pages measures reading and checking a 40-page document
// (the bound is 300 ms).
func BenchmarkCheck40Pages(b *testing.B) {
	data := fortyPages(b)
	c := testChecker(b)
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := c.Check("bench.docx", data, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
