package docx

import (
	"github.com/baocao/baocao/templates/internal/fixture"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/baocao/baocao/templates/internal/pagecheck"
	"github.com/baocao/baocao/templates/layout"
)

// needTools returns the paths of the named programs. When one is missing
// the test is skipped with a message saying what to install, except under
// CI=true (as .ci/run sets), where it fails.
func needTools(t *testing.T, names ...string) []string {
	t.Helper()
	var paths []string
	for _, n := range names {
		p, err := exec.LookPath(n)
		if err != nil {
			msg := "skipped: " + n + " not found; install libreoffice-writer-nogui and poppler-utils (Debian) to run this check"
			if os.Getenv("CI") == "true" {
				t.Fatal(msg)
			}
			t.Skip(msg)
		}
		paths = append(paths, p)
	}
	return paths
}

// flat makes text comparable across line breaks and the spacing of
// justified lines (pdftotext puts spaces inside some words of them): no
// white space at all (pagecheck.Squash).
func flat(s string) string { return pagecheck.Squash(s) }

// pdfText runs pdftotext -layout (which keeps a hyphen that ends a line,
// where the default joins the lines without it) on pages first to last
// (0: to the end).
func pdfText(t *testing.T, pdftotext, file string, first, last int) string {
	t.Helper()
	args := []string{"-layout", "-enc", "UTF-8"}
	if first > 0 {
		args = append(args, "-f", itoa(first), "-l", itoa(last))
	}
	out, err := exec.Command(pdftotext, append(args, file, "-")...).Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", file, err)
	}
	return string(out)
}

func itoa(n int) string { return strconv.Itoa(n) }

// TestLibreOffice converts both examples with LibreOffice and checks the
// text of the PDF it prints: every section heading, the staffing
// paragraphs, the signer, and the page numbers (none on page 1, "2" on
// page 2).
func TestLibreOffice(t *testing.T) {
	if testing.Short() && os.Getenv("CI") != "true" {
		t.Skip("skipped in -short mode: converting with LibreOffice takes seconds")
	}
	tools := needTools(t, "soffice", "pdftotext")
	dir := t.TempDir()
	ids := []string{"state", "party"}
	docs := map[string]layout.Doc{}
	args := []string{"--headless", "--norestore", "-env:UserInstallation=file://" + filepath.Join(dir, "profile"),
		"--convert-to", "pdf", "--outdir", dir}
	for _, id := range ids {
		d, f := layout.Lay(fixture.Example(t, id))
		docs[id] = d
		data, err := Render(d, f)
		if err != nil {
			t.Fatal(err)
		}
		file := filepath.Join(dir, id+".docx")
		if err := os.WriteFile(file, data, 0o644); err != nil {
			t.Fatal(err)
		}
		args = append(args, file)
	}
	if out, err := exec.Command(tools[0], args...).CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	for _, id := range ids {
		t.Run(id, func(t *testing.T) {
			checkConverted(t, tools[1], filepath.Join(dir, id+".pdf"), docs[id], id)
		})
	}
}

func checkConverted(t *testing.T, pdftotext, file string, d layout.Doc, id string) {
	all := flat(dropPageNumbers(pdfText(t, pdftotext, file, 0, 0)))
	var want []string
	for _, bl := range d.Body {
		if bl.Kind == layout.Heading {
			want = append(want, bl.Line())
		}
	}
	want = append(want, staffing(t, id)...)
	want = append(want, d.Signature.Name, d.Signature.Title, d.Header.Number, d.Header.DateLine)
	for _, w := range want {
		if !strings.Contains(all, flat(w)) {
			t.Errorf("the PDF lacks %q", w)
		}
	}
	for _, line := range strings.Split(pdfText(t, pdftotext, file, 1, 1), "\n") {
		if strings.TrimSpace(line) == "1" {
			t.Error("page 1 carries a page number")
		}
	}
	if got := firstLine(pdfText(t, pdftotext, file, 2, 2)); got != "2" {
		t.Errorf("page 2 starts with %q, want the page number 2", got)
	}
}

// staffing returns the staffing paragraphs of an example (none for a
// report without a table).
func staffing(t *testing.T, id string) []string {
	r, o, rules := fixture.Example(t, id)
	return rules.StaffingParagraphs(r, o.Profile)
}

func firstLine(s string) string {
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			return l
		}
	}
	return ""
}

// dropPageNumbers removes the lines that are only a number, the page
// numbers in the top margin, so that a paragraph running over a page break
// reads as one.
func dropPageNumbers(s string) string {
	var kept []string
	for _, l := range strings.Split(s, "\n") {
		if _, err := strconv.Atoi(strings.TrimSpace(l)); err != nil {
			kept = append(kept, l)
		}
	}
	return strings.Join(kept, "\n")
}

// TestLibreOfficeTables prints the example with tables (a biểu with a
// merged header and a total row, two appendices, one landscape, one a list
// over pages) through LibreOffice and checks the pages: each appendix
// starts its own page, turned when landscape; the list's header is repeated
// on the page it runs onto; numbers end at their column's right edge.
func TestLibreOfficeTables(t *testing.T) {
	if testing.Short() && os.Getenv("CI") != "true" {
		t.Skip("skipped in -short mode: converting with LibreOffice takes seconds")
	}
	d, f := layout.Lay(fixture.Example(t, "cchc"))
	pages := printLibreOffice(t, "cchc", d, f)
	for _, p := range pagecheck.Tables(pages, d) {
		t.Error(p)
	}
	if len(pages) < 5 {
		t.Errorf("%d pages; the list in Phụ lục II must run over two", len(pages))
	}
}

// printLibreOffice writes d as a DOCX, has LibreOffice print it and
// returns the pages of the PDF.
func printLibreOffice(t *testing.T, name string, d layout.Doc, f layout.Form) []pagecheck.Page {
	t.Helper()
	tools := needTools(t, "soffice", "pdftotext")
	dir := t.TempDir()
	data, err := Render(d, f)
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, name+".docx")
	if err := os.WriteFile(file, data, 0o644); err != nil {
		t.Fatal(err)
	}
	args := []string{"--headless", "--norestore", "-env:UserInstallation=file://" + filepath.Join(dir, "profile"),
		"--convert-to", "pdf", "--outdir", dir, file}
	if out, err := exec.Command(tools[0], args...).CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	return pagecheck.Read(t, tools[1], filepath.Join(dir, name+".pdf"))
}
