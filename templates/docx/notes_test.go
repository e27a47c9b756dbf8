package docx

import (
	"os"
	"strings"
	"testing"

	"github.com/baocao/baocao/templates/internal/pagecheck"
	"github.com/baocao/baocao/templates/layout"
)

// TestFootnotesLibreOffice: LibreOffice prints each footnote of the DOCX
// at the foot of the page that cites it, numbered, under the body text.
func TestFootnotesLibreOffice(t *testing.T) {
	if testing.Short() && os.Getenv("CI") != "true" {
		t.Skip("skipped in -short mode: converting with LibreOffice takes seconds")
	}
	c := pagecheck.NoteCase(t)
	d, f := layout.Lay(c.Report, c.Outline, c.Rules)
	pages := printLibreOffice(t, "notes", d, f)
	for _, p := range pagecheck.Notes(pages, d) {
		t.Error(p)
	}
	for _, p := range pagecheck.Kept(pages, d.Body) {
		t.Error(p)
	}
}

// TestInlineRuns: emphasis becomes the runs' w:b, w:i and w:u, a cited
// note a w:footnoteReference and a footnote of its own in footnotes.xml,
// declared in the content types, the relationships and the settings; a
// report without notes has no footnotes part.
func TestInlineRuns(t *testing.T) {
	c := pagecheck.NoteCase(t)
	d, f := layout.Lay(c.Report, c.Outline, c.Rules)
	parts := map[string]string{}
	for _, p := range Parts(d, f) {
		parts[p.Name] = p.Data
	}
	wants := []struct{ part, has string }{
		{"word/document.xml", `<w:b/><w:bCs/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:t xml:space="preserve">tăng nhanh</w:t>`},
		{"word/document.xml", `<w:i/><w:iCs/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:t xml:space="preserve">chủ yếu</w:t>`},
		{"word/document.xml", `<w:sz w:val="28"/><w:szCs w:val="28"/><w:u w:val="single"/></w:rPr><w:t xml:space="preserve">nhập cư</w:t>`},
		{"word/document.xml", `<w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/>`},
		{"word/document.xml", `<w:footnoteReference w:id="2"/>`},
		{"word/footnotes.xml", `<w:footnote w:id="1">`},
		{"word/footnotes.xml", `<w:footnoteRef/>`},
		{"word/footnotes.xml", `Theo số liệu của Chi cục Thống kê huyện đến ngày 30/6.`},
		{"word/footnotes.xml", `<w:sz w:val="24"/>`},
		{"[Content_Types].xml", `/word/footnotes.xml`},
		{"word/_rels/document.xml.rels", `Target="footnotes.xml"`},
		{"word/settings.xml", `<w:footnotePr>`},
	}
	for _, w := range wants {
		if !strings.Contains(parts[w.part], w.has) {
			t.Errorf("%s lacks %s", w.part, w.has)
		}
	}
	if strings.Contains(parts["word/document.xml"], "[^") || strings.Contains(parts["word/document.xml"], "**") {
		t.Error("document.xml prints markup")
	}
	plain, pf := layout.Lay(pagecheck.Cases(t)[0].Report, pagecheck.Cases(t)[0].Outline, pagecheck.Cases(t)[0].Rules)
	for _, p := range Parts(plain, pf) {
		if p.Name == "word/footnotes.xml" || strings.Contains(p.Data, "footnote") {
			t.Errorf("a report without notes has footnotes in %s", p.Name)
		}
	}
}
