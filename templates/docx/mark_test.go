package docx

import (
	"regexp"
	"strings"
	"testing"

	"github.com/baocao/baocao/templates/internal/fixture"
	"github.com/baocao/baocao/templates/layout"
)

// TestParagraphMarks checks the two paragraph marks Word and LibreOffice
// count in a line's height (issue 16 §3): in a table every cell's mark,
// an empty cell's included, has the table's size, not the document's
// 14 pt, so a row is as high as in the PDF; the paragraph that ends the
// section before a landscape appendix is one point high, so a signature
// block ending at a page's foot does not push it onto a blank page.
func TestParagraphMarks(t *testing.T) {
	d, f := layout.Lay(fixture.Example(t, "cchc"))
	var doc string
	for _, p := range Parts(d, f) {
		if p.Name == "word/document.xml" {
			doc = p.Data
		}
	}
	cells := regexp.MustCompile(`<w:tc>.*?</w:tc>`).FindAllString(doc, -1)
	marks := regexp.MustCompile(`<w:p><w:pPr>.*?</w:pPr>`)
	tables := 0
	for _, c := range cells {
		if !strings.Contains(c, "<w:vAlign") { // the header's and signature's layout cells
			continue
		}
		tables++
		for _, m := range marks.FindAllString(c, -1) {
			if !strings.Contains(m, `<w:rPr><w:sz w:val="24"/>`) && !strings.Contains(m, `<w:rPr><w:sz w:val="26"/>`) {
				t.Fatalf("a cell's paragraph mark is not 12 or 13 pt: %s", m)
			}
		}
	}
	if tables == 0 {
		t.Fatal("no table cell found")
	}
	section := regexp.MustCompile(`<w:p><w:pPr>[^>]*>(?:<[^>]*>)*?<w:sectPr>`).FindString(doc)
	if !strings.Contains(section, `w:line="20" w:lineRule="exact"`) || !strings.Contains(section, `<w:sz w:val="2"/>`) {
		t.Errorf("the paragraph closing a section is not one point high: %s", section)
	}
}
