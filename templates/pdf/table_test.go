package pdf

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/baocao/baocao/templates/internal/fixture"
	"github.com/baocao/baocao/templates/internal/pagecheck"
	"github.com/baocao/baocao/templates/layout"
)

// TestTables prints the example with tables and checks the pages as the
// DOCX's are checked through LibreOffice: each appendix starts its own
// page, turned when landscape; the list's header is repeated on the page
// it runs onto; numbers end at their column's right edge.
func TestTables(t *testing.T) {
	tool := needPdftotext(t)
	d, f := layout.Lay(fixture.Example(t, "cchc"))
	data, err := Render(d, f, testTime)
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "cchc.pdf")
	if err := os.WriteFile(file, data, 0o644); err != nil {
		t.Fatal(err)
	}
	pages := pagecheck.Read(t, tool, file)
	for _, p := range pagecheck.Tables(pages, d) {
		t.Error(p)
	}
	if len(pages) < 5 {
		t.Errorf("%d pages; the list in Phụ lục II must run over two", len(pages))
	}
}
