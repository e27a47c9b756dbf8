package compile

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/baocao/baocao/templates"
)

// The samples for measuring "baocao compile" (see rss.sh and README): n
// unit reports, and a list of expected units naming n/10 more that did not
// report. The kinds: "json" (reports on the state outline, one file each),
// "bundle" (the same in one bundle of drafts), "bieu" (reports each with a
// 20 × 10 biểu on the outline bieu-lon, whose two outline files are
// written to DIR/outlines).
var sampleKinds = []string{"json", "bundle", "bieu"}

// bigBieu is the biểu of the "bieu" sample: 20 rows of 10 integer columns.
func bigBieu() string {
	var b strings.Builder
	b.WriteString("-- field bieu.tthc\nlabel: Biểu tổng hợp số liệu\nkind: table\nrequired: yes\nnumbered: yes\ntotal-row: yes\nlabel-title: Chỉ tiêu\n")
	for j := range 10 {
		fmt.Fprintf(&b, "column: c%d | Cột số %d | integer | việc\n", j+1, j+1)
	}
	for i := range 20 {
		fmt.Fprintf(&b, "row: Chỉ tiêu thứ %d\n", i+1)
	}
	return b.String() + "\n"
}

// bieuOutlines writes the outline bieu-lon and its compiled outline into
// dir, made from the built-in cchc-quy ones with their first biểu replaced
// by bigBieu, and returns the set with them.
func bieuOutlines(t testing.TB, dir string) templates.Set {
	t.Helper()
	field := regexp.MustCompile(`(?s)-- field bieu\.tthc\n.*?\n\n`)
	for _, name := range []string{"cchc-quy", "cchc-quy-tong-hop"} {
		data, err := os.ReadFile(filepath.Join("..", "outlines", name+".outline"))
		if err != nil {
			t.Fatal(err)
		}
		text := field.ReplaceAllLiteralString(string(data), bigBieu())
		text = strings.Replace(text, "outline: cchc-quy", "outline: bieu-lon", 1)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, strings.Replace(name, "cchc-quy", "bieu-lon", 1)+".outline"), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	set, errs := templates.Load(dir)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	if o, ok := set.Get("bieu-lon"); !ok || len(o.Sections) == 0 {
		t.Fatal("the outline bieu-lon did not load")
	}
	return set
}

// writeSample writes a sample of kind into dir and returns the set of
// outlines it is compiled against.
func writeSample(t testing.TB, fx fixture, dir, kind string, n int) templates.Set {
	set, o := fx.set, fx.state
	if kind == "bieu" {
		set = bieuOutlines(t, filepath.Join(dir, "outlines"))
		o, _ = set.Get("bieu-lon")
	}
	fx.set = set
	if err := os.MkdirAll(filepath.Join(dir, "bao-cao"), 0o755); err != nil {
		t.Fatal(err)
	}
	reports := fx.genOn(o, n+n/10, 2026)
	var list strings.Builder
	for _, r := range reports {
		list.WriteString(unitLabel(Input{Report: r}) + "\n")
	}
	if err := os.WriteFile(filepath.Join(dir, "expected.txt"), []byte(list.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	if kind == "bundle" {
		// "format" first, as "baocao bundle export" writes it, so that the
		// bundle is read draft by draft
		b := bundleOf(t, reports[:n], time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC))
		writeJSON(t, filepath.Join(dir, "bao-cao", "goi.json"), struct {
			Format   any `json:"format"`
			Exported any `json:"exported"`
			Drafts   any `json:"drafts"`
		}{b["format"], b["exported"], b["drafts"]})
		return set
	}
	for i, r := range reports[:n] {
		writeJSON(t, filepath.Join(dir, "bao-cao", fmt.Sprintf("don-vi-%05d.json", i)), r)
	}
	return set
}

// TestWriteSample writes a sample for trying "baocao compile" by hand and
// measuring it (see rss.sh): BAOCAO_SAMPLE_DIR=DIR [BAOCAO_SAMPLE_N=1000]
// [BAOCAO_SAMPLE_KIND=json|bundle|bieu] go test ./templates/compile -run
// TestWriteSample. DIR gets the reports in DIR/bao-cao, expected.txt, and
// for "bieu" the outlines in DIR/outlines; rss.sh checks that compile
// finds every unit in it. Without BAOCAO_SAMPLE_DIR it writes every kind
// of a small sample to a temporary folder, which must compile with every
// unit found.
func TestWriteSample(t *testing.T) {
	dir, kinds, n := os.Getenv("BAOCAO_SAMPLE_DIR"), sampleKinds, 30
	if k := os.Getenv("BAOCAO_SAMPLE_KIND"); k != "" {
		kinds = []string{k}
	}
	if s := os.Getenv("BAOCAO_SAMPLE_N"); s != "" {
		var err error
		if n, err = strconv.Atoi(s); err != nil {
			t.Fatal(err)
		}
	}
	fx := newFixture(t)
	for _, kind := range kinds {
		d := dir
		if d == "" {
			d = filepath.Join(t.TempDir(), kind)
		}
		set := writeSample(t, fx, d, kind, n)
		if dir != "" {
			continue
		}
		expected := ParseExpected(must(os.ReadFile(filepath.Join(d, "expected.txt"))))
		res, err := Run([]string{filepath.Join(d, "bao-cao")}, LoadOptions{}, Options{Outlines: set, Rules: fx.rules, Expected: expected})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { res.Close() })
		if len(res.Units) != n || len(res.Missing) != n/10 || len(res.Skipped) != 0 {
			t.Errorf("%s: %d units, %d missing, %d skipped; want %d, %d, 0", kind, len(res.Units), len(res.Missing), len(res.Skipped), n, n/10)
		}
		if kind == "bieu" && (len(res.tables) != 3 || res.Draft.Answers["bieu.tthc"].Table == nil) {
			t.Errorf("bieu: %d table structures, compiled biểu %v", len(res.tables), res.Draft.Answers["bieu.tthc"].Table)
		}
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// benchSample compiles a sample of kind: the whole of "baocao compile"
// except storing the draft (reading, checking, summing, the workbook).
func benchSample(b *testing.B, kind string, n int) {
	fx := newFixture(b)
	dir := b.TempDir()
	set := writeSample(b, fx, dir, kind, n)
	expected := ParseExpected(must(os.ReadFile(filepath.Join(dir, "expected.txt"))))
	b.ReportAllocs()
	for b.Loop() {
		res, err := Run([]string{filepath.Join(dir, "bao-cao")}, LoadOptions{}, Options{Outlines: set, Rules: fx.rules, Expected: expected})
		if err != nil || len(res.Units) != n {
			b.Fatal(err)
		}
		if err := WriteWorkbook(res, io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCompile1000 is 1,000 report files (issue 21's goal: 0.5 s).
func BenchmarkCompile1000(b *testing.B) { benchSample(b, "json", 1000) }

// BenchmarkCompileBundle1000 is one bundle of 1,000 drafts, read draft by
// draft.
func BenchmarkCompileBundle1000(b *testing.B) { benchSample(b, "bundle", 1000) }

// BenchmarkCompileBieu1000 is 1,000 reports each with a 20 × 10 biểu
// (issue 16's goal: 3 s, 300 MB).
func BenchmarkCompileBieu1000(b *testing.B) { benchSample(b, "bieu", 1000) }
