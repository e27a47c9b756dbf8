package formcheck

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/templates/export"
	fixtures "github.com/baocao/baocao/templates/internal/fixture"
)

// The compliant fixtures: baocao's own exports of the example reports
// (two-sided too) and the documents testdata/lo/gen.py writes with
// LibreOffice; state and Party, before and after HD 05; the heading in a
// table, typed with tabs, or in text boxes.
var (
	exportNames = []string{"state", "party", "state2026", "party2026"}
	loNames     = []string{"lo-state-2024", "lo-state-2026", "lo-party-2024", "lo-party-2026",
		"lo-state-2026-tabs", "lo-party-2026-tabs", "lo-party-2024-boxes", "lo-state-2024-boxes"}
)

var (
	checkerOnce sync.Once
	checker     *Checker
	checkerErr  error
)

func testChecker(t testing.TB) *Checker {
	checkerOnce.Do(func() { checker, checkerErr = New() })
	if checkerErr != nil {
		t.Fatal(checkerErr)
	}
	return checker
}

// fixture returns a compliant document by name: an example ID (with
// "-twosided" for the two-sided export) or a testdata/lo name.
func fixture(t testing.TB, name string) []byte {
	t.Helper()
	if strings.HasPrefix(name, "lo-") {
		data, err := os.ReadFile(filepath.Join("testdata", "lo", name+".docx"))
		if err != nil {
			t.Fatal(err)
		}
		return data
	}
	id, twoSided := strings.CutSuffix(name, "-twosided")
	r, o, rules := fixtures.Example(t, id)
	data, err := export.RenderWith("docx", r, o, rules, export.Options{TwoSided: twoSided})
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// mutate returns a copy of a DOCX with one part's text changed; it fails
// the test when the change does not apply.
func mutate(t testing.TB, data []byte, part string, change func(string) string) []byte {
	t.Helper()
	out, changed := rewrite(t, data, part, change)
	if !changed {
		t.Fatalf("the defect did not apply to %s", part)
	}
	return out
}

// rewrite returns a copy of a DOCX with one part's text changed, and
// whether it changed.
func rewrite(t testing.TB, data []byte, part string, change func(string) string) ([]byte, bool) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	changed := false
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(rc)
		rc.Close()
		if f.Name == part {
			after := change(string(body))
			changed = after != string(body)
			body = []byte(after)
		}
		w, _ := zw.Create(f.Name)
		w.Write(body)
	}
	zw.Close()
	return buf.Bytes(), changed
}

// check checks a document as of its own date.
func check(t testing.TB, data []byte) *Result {
	t.Helper()
	res, err := testChecker(t).Check("test.docx", data, Options{Today: model.Date{Year: 2026, Month: 12, Day: 1}})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// runTexts lists every run's text, paragraph by paragraph.
func runTexts(t testing.TB, data []byte) [][]string {
	t.Helper()
	d, err := Read("test.docx", data)
	if err != nil {
		t.Fatal(err)
	}
	var out [][]string
	for _, p := range d.Paras {
		var runs []string
		for _, r := range p.Runs {
			runs = append(runs, r.Text)
		}
		out = append(out, runs)
	}
	return out
}
