package pdf

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/baocao/baocao/templates/internal/pagecheck"
	"github.com/baocao/baocao/templates/layout"
)

// TestFootnotesAtFoot: each footnote is printed at the foot of the page
// that cites it, numbered, under the body text, and the rest of the
// page checks still hold.
func TestFootnotesAtFoot(t *testing.T) {
	tool := needPdftotext(t)
	c := pagecheck.NoteCase(t)
	d, f := layout.Lay(c.Report, c.Outline, c.Rules)
	data, err := Render(d, f, testTime)
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "notes.pdf")
	if err := os.WriteFile(file, data, 0o644); err != nil {
		t.Fatal(err)
	}
	pages := pagecheck.Read(t, tool, file)
	for _, p := range pagecheck.Notes(pages, d) {
		t.Error(p)
	}
	for _, p := range pagecheck.Kept(pages, d.Body) {
		t.Error(p)
	}
}
