package docx

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/baocao/baocao/templates/internal/pagecheck"
	"github.com/baocao/baocao/templates/layout"
)

// TestPaper prints the state and the party form, for a xã and a phường,
// through LibreOffice and checks the pages (package pagecheck): the
// issuing body's lines, no heading left at a page's foot, no symbol split
// at its hyphen nor a line starting with a spaced dash, the subject in
// balanced lines.
func TestPaper(t *testing.T) {
	if testing.Short() && os.Getenv("CI") != "true" {
		t.Skip("skipped in -short mode: converting with LibreOffice takes seconds")
	}
	tools := needTools(t, "soffice", "pdftotext")
	dir := t.TempDir()
	cases := pagecheck.Cases(t)
	args := []string{"--headless", "--norestore", "-env:UserInstallation=file://" + filepath.Join(dir, "profile"),
		"--convert-to", "pdf", "--outdir", dir}
	for _, c := range cases {
		d, f := layout.Lay(c.Report, c.Outline, c.Rules)
		data, err := Render(d, f)
		if err != nil {
			t.Fatal(err)
		}
		file := filepath.Join(dir, c.Name+".docx")
		if err := os.WriteFile(file, data, 0o644); err != nil {
			t.Fatal(err)
		}
		args = append(args, file)
	}
	if out, err := exec.Command(tools[0], args...).CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			d, f := layout.Lay(c.Report, c.Outline, c.Rules)
			pages := pagecheck.Read(t, tools[1], filepath.Join(dir, c.Name+".pdf"))
			pagecheck.Check(t, pages, c, d, f)
		})
	}
}
