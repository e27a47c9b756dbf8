package export_test

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/templates/export"
)

// benchChars is the size of the benchmark report's text.
const benchChars = 30000

// bigReport grows the state example to at least benchChars characters of
// plain text by repeating its narrative answers, as a long report from a
// large ward would be.
func bigReport(tb testing.TB) (model.Report, model.Outline, model.Rules) {
	r, o, rules := fixture(tb, "state")
	ids := []string{"I.1.text", "I.2.text", "II.1.text", "II.2.text"}
	base := map[string]string{}
	for _, id := range ids {
		base[id] = r.Answers[id].Text
	}
	for i := 0; ; i++ {
		data, err := export.Render("txt", r, o, rules)
		if err != nil {
			tb.Fatal(err)
		}
		if utf8.RuneCount(data) >= benchChars {
			return r, o, rules
		}
		id := ids[i%len(ids)]
		a := r.Answers[id]
		a.Text += "\n" + base[id]
		r.Answers[id] = a
	}
}

func benchmarkFormat(b *testing.B, format string) {
	r, o, rules := bigReport(b)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := export.Render(format, r, o, rules); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDOCX renders a 30,000-character report as DOCX.
func BenchmarkDOCX(b *testing.B) { benchmarkFormat(b, "docx") }

// BenchmarkPDF renders the same report as PDF.
func BenchmarkPDF(b *testing.B) { benchmarkFormat(b, "pdf") }

// BenchmarkPage lays the same report out for the preview, 80 columns.
func BenchmarkPage(b *testing.B) {
	r, o, rules := bigReport(b)
	b.ReportAllocs()
	for b.Loop() {
		_ = export.Page(r, o, rules, 80)
	}
}

// TestWriteBenchInput writes the benchmark report as JSON and Markdown to
// the folder in BAOCAO_BENCH_DIR, for timing whole programs on the same
// content (baocao export against pandoc); without the variable it does
// nothing.
func TestWriteBenchInput(t *testing.T) {
	dir := os.Getenv("BAOCAO_BENCH_DIR")
	if dir == "" {
		t.Skip("set BAOCAO_BENCH_DIR to write the benchmark report")
	}
	r, o, rules := bigReport(t)
	for _, f := range []string{"json", "md"} {
		data, err := export.Render(f, r, o, rules)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "report."+f), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("wrote %s and %s", filepath.Join(dir, "report.json"), filepath.Join(dir, "report.md"))
}
