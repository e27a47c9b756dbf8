package formcheck

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/baocao/baocao/templates/internal/pagecheck"
)

// TestFixedCopiesInLibreOffice prints, with LibreOffice, the compliant
// documents and the fixed copies of their defects: every fixed copy opens,
// prints the compliant document's words, and (for the margins) puts the
// text back at the form's left margin.
func TestFixedCopiesInLibreOffice(t *testing.T) {
	var cases []defect
	for _, d := range defects {
		if d.fixable && (d.fixture == "lo-state-2024" || d.fixture == "state2026") {
			cases = append(cases, d)
		}
	}
	docs := map[string][]byte{}
	for _, f := range []string{"lo-state-2024", "state2026"} {
		docs[f] = fixture(t, f)
	}
	for i, d := range cases {
		fixed, _, err := check(t, d.inject(t)).Fix()
		if err != nil {
			t.Fatal(err)
		}
		docs[fixedName(i)] = fixed
	}
	dir, pdftotext := printed(t, docs)
	for i, d := range cases {
		t.Run(d.name, func(t *testing.T) {
			want := pagecheck.Read(t, pdftotext, filepath.Join(dir, d.fixture+".pdf"))
			got := pagecheck.Read(t, pdftotext, filepath.Join(dir, fixedName(i)+".pdf"))
			if len(got) == 0 || pagecheck.Squash(text(got)) != pagecheck.Squash(text(want)) {
				t.Fatalf("the fixed copy prints %d pages whose words differ from the compliant document's", len(got))
			}
			if l, r := leftEdge(got[0]), leftEdge(want[0]); l < r-2 || l > r+2 {
				t.Errorf("the fixed copy's text starts %.1f pt from the left edge, the compliant one's %.1f pt", l, r)
			}
		})
	}
}

// printed prints documents (name → DOCX) to NAME.pdf with LibreOffice in a
// temporary folder, and returns the folder and pdftotext's path. It skips
// in -short mode and when either tool is missing (fails instead on CI).
func printed(t *testing.T, docs map[string][]byte) (dir, pdftotext string) {
	t.Helper()
	if testing.Short() && os.Getenv("CI") != "true" {
		t.Skip("skipped in -short mode: printing with LibreOffice takes seconds")
	}
	soffice, err1 := exec.LookPath("soffice")
	pdftotext, err2 := exec.LookPath("pdftotext")
	if err1 != nil || err2 != nil {
		msg := "skipped: soffice or pdftotext not found; install libreoffice-writer-nogui and poppler-utils (Debian) to run this check"
		if os.Getenv("CI") == "true" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	dir = t.TempDir()
	args := []string{"--headless", "--norestore", "-env:UserInstallation=file://" + filepath.Join(dir, "profile"),
		"--convert-to", "pdf", "--outdir", dir}
	for name, data := range docs {
		file := filepath.Join(dir, name+".docx")
		if err := os.WriteFile(file, data, 0o644); err != nil {
			t.Fatal(err)
		}
		args = append(args, file)
	}
	if out, err := exec.Command(soffice, args...).CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	return dir, pdftotext
}

func fixedName(i int) string { return "fixed-" + string(rune('a'+i)) }

func text(pages []pagecheck.Page) string {
	var s string
	for _, p := range pages {
		s += p.Text() + "\n"
	}
	return s
}

// leftEdge is the leftmost word of a page (pt).
func leftEdge(p pagecheck.Page) float64 {
	x := p.Width
	for _, l := range p.Lines {
		x = min(x, l.XMin())
	}
	return x
}
