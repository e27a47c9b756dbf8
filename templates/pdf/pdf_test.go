package pdf

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/unicode/norm"

	"github.com/baocao/baocao/templates/internal/fixture"
	"github.com/baocao/baocao/templates/layout"
)

// testTime is the creation time the tests stamp their PDFs with.
var testTime = time.Date(2026, 6, 15, 9, 30, 0, 0, time.UTC)

// needPdftotext returns the path of pdftotext, skipping the test when it is
// missing, except under CI=true (as .ci/run sets), where it fails.
func needPdftotext(t *testing.T) string {
	t.Helper()
	p, err := exec.LookPath("pdftotext")
	if err != nil {
		msg := "skipped: pdftotext not found; install poppler-utils (Debian) to run this check"
		if os.Getenv("CI") == "true" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	return p
}

func extract(t *testing.T, tool string, data []byte, first, last int) string {
	t.Helper()
	file := filepath.Join(t.TempDir(), "r.pdf")
	if err := os.WriteFile(file, data, 0o644); err != nil {
		t.Fatal(err)
	}
	args := []string{"-enc", "UTF-8"}
	if first > 0 {
		args = append(args, "-f", strconv.Itoa(first), "-l", strconv.Itoa(last))
	}
	out, err := exec.Command(tool, append(args, file, "-")...).Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return string(out)
}

// flat joins lines and drops the page-number lines, so that a paragraph
// running over a page break reads as one; spaces become single.
func flat(s string) string {
	var kept []string
	for _, l := range strings.Split(s, "\n") {
		if _, err := strconv.Atoi(strings.TrimSpace(l)); err != nil {
			kept = append(kept, l)
		}
	}
	return strings.Join(strings.Fields(strings.Join(kept, "\n")), " ")
}

// allText lists every text of a Doc as printed.
func allText(d layout.Doc) []string {
	h := d.Header
	out := []string{h.Parent, h.Number, h.Motto, h.Slogan, h.DateLine, d.Title, d.Subject}
	for _, bl := range d.Body {
		out = append(out, bl.Line())
	}
	out = append(out, d.Recipients.Label)
	out = append(out, d.Recipients.Items...)
	return append(out, d.Signature.Authority, d.Signature.Title, d.Signature.Name)
}

// TestTextRoundTrip checks that pdftotext gives back every text exactly,
// in NFC, including text that reached the writer decomposed (NFD).
func TestTextRoundTrip(t *testing.T) {
	tool := needPdftotext(t)
	for _, tc := range []struct {
		id  string
		nfd bool
	}{{"state", false}, {"party", false}, {"state", true}} {
		d, f := layout.Lay(fixture.Example(t, tc.id))
		want := allText(d)
		if tc.nfd {
			d = decompose(d)
		}
		data, err := Render(d, f, testTime)
		if err != nil {
			t.Fatal(err)
		}
		raw := extract(t, tool, data, 0, 0)
		if !norm.NFC.IsNormalString(raw) {
			t.Errorf("%s (nfd %v): pdftotext's text is not NFC", tc.id, tc.nfd)
		}
		got := flat(raw)
		for _, w := range want {
			if w = strings.Join(strings.Fields(w), " "); !strings.Contains(got, w) {
				t.Errorf("%s (nfd %v): text not given back exactly: %q", tc.id, tc.nfd, w)
			}
		}
	}
}

// decompose writes the body and subject in NFD, as a paste from some
// programs gives them.
func decompose(d layout.Doc) layout.Doc {
	d.Subject = norm.NFD.String(d.Subject)
	body := make([]layout.Block, len(d.Body))
	for i, bl := range d.Body {
		bl.Text = norm.NFD.String(bl.Text)
		body[i] = bl
	}
	d.Body = body
	return d
}

func TestPageNumbers(t *testing.T) {
	tool := needPdftotext(t)
	d, f := layout.Lay(fixture.Example(t, "state"))
	data, err := Render(d, f, testTime)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(extract(t, tool, data, 1, 1), "\n") {
		if strings.TrimSpace(l) == "1" {
			t.Error("page 1 carries a page number")
		}
	}
	page2 := strings.Fields(extract(t, tool, data, 2, 2))
	if len(page2) == 0 || page2[0] != "2" {
		t.Errorf("page 2 does not start with its number: %.40q", strings.Join(page2, " "))
	}
}

func TestDeterministic(t *testing.T) {
	d, f := layout.Lay(fixture.Example(t, "party"))
	a, err := Render(d, f, testTime)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := Render(d, f, testTime)
	if !bytes.Equal(a, b) {
		t.Error("two renderings of the same report differ")
	}
	if !bytes.HasPrefix(a, []byte("%PDF-")) {
		t.Error("output is not a PDF")
	}
}

// TestCreationDate checks that a PDF carries the time it was made (issue
// 20 item 16: it used to say 1 January 2000), and that the time alone makes
// two renderings differ.
func TestCreationDate(t *testing.T) {
	d, f := layout.Lay(fixture.Example(t, "state"))
	for _, at := range []time.Time{testTime, time.Date(2027, 1, 2, 3, 4, 5, 0, time.UTC)} {
		data, err := Render(d, f, at)
		if err != nil {
			t.Fatal(err)
		}
		want := "/CreationDate (D:" + at.Format("20060102150405")
		if !bytes.Contains(data, []byte(want)) {
			t.Errorf("PDF made at %v lacks %q", at, want)
		}
	}
}

func TestLicenseShipped(t *testing.T) {
	if !strings.Contains(License(), "SIL OPEN FONT LICENSE Version 1.1") {
		t.Error("the fonts' licence text is missing")
	}
}
