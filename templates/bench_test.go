package templates

import "testing"

// BenchmarkParseOutline measures loading the built-in state outline, the
// work done for each outline at start-up.
func BenchmarkParseOutline(b *testing.B) {
	raw, err := data.ReadFile("outlines/state.outline")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.SetBytes(int64(len(raw)))
	for b.Loop() {
		if _, err := ParseOutline("state.outline", raw); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRules measures loading the built-in staffing rules.
func BenchmarkRules(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Rules(); err != nil {
			b.Fatal(err)
		}
	}
}
