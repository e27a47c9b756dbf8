package formcheck

import (
	"testing"
)

// FuzzCheck checks hostile Word files: a zip that is not a document,
// broken or deep XML, odd properties. Check must not panic, and a file it
// accepts must give a Fix that reads back.
func FuzzCheck(f *testing.F) {
	for _, name := range []string{"state2026", "lo-party-2024"} {
		data := fixture(f, name)
		f.Add(data)
		f.Add(mutate(f, data, "word/document.xml", func(s string) string { return s[:len(s)/2] }))
	}
	f.Add([]byte("PK\x03\x04 not a zip"))
	f.Add([]byte{})
	c := testChecker(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		res, err := c.Check("fuzz.docx", data, Options{})
		if err != nil {
			return
		}
		fixed, _, err := res.Fix()
		if err != nil {
			return
		}
		if _, err := Read("fixed.docx", fixed); err != nil {
			t.Fatalf("a fixed copy does not read back: %v", err)
		}
	})
}

// FuzzDocumentXML fuzzes the main part only, inside a valid package, so
// the fuzzer spends its time on the XML reader, the classifier and Fix.
func FuzzDocumentXML(f *testing.F) {
	base := fixture(f, "lo-state-2026")
	f.Add(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Số: 5/BC</w:t></w:r></w:p><w:sectPr><w:pgSz w:w="1" w:h="2"/></w:sectPr></w:body></w:document>`)
	f.Add(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:tbl><w:tr><w:tc><w:p><w:pPr><w:sectPr/></w:pPr></w:p></w:tc></w:tr></w:tbl></w:body></w:document>`)
	f.Add(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</w:t></w:r></w:p></w:body></w:document>`)
	c := testChecker(f)
	f.Fuzz(func(t *testing.T, xml string) {
		data, _ := rewrite(t, base, "word/document.xml", func(string) string { return xml })
		res, err := c.Check("fuzz.docx", data, Options{})
		if err != nil {
			return
		}
		if _, _, err := res.Fix(); err != nil {
			t.Fatalf("Fix of an accepted document failed: %v", err)
		}
	})
}
