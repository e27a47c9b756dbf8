package formcheck

import (
	"archive/zip"
	"bytes"
	"io"
	"sort"
	"testing"
)

// FuzzCheck checks hostile Word files: a zip that is not a document,
// broken or deep XML, odd properties. Check must not panic, and a file it
// accepts must give a Fix that reads back.
func FuzzCheck(f *testing.F) {
	for _, name := range []string{"state2026", "lo-party-2024", "lo-state-2026-tabs", "lo-party-2024-boxes"} {
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
	parts := unzipAll(f, fixture(f, "lo-state-2026"))
	f.Add(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Số: 5/BC</w:t></w:r></w:p><w:sectPr><w:pgSz w:w="1" w:h="2"/></w:sectPr></w:body></w:document>`)
	f.Add(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:tbl><w:tr><w:tc><w:p><w:pPr><w:sectPr/></w:pPr></w:p></w:tc></w:tr></w:tbl></w:body></w:document>`)
	f.Add(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</w:t></w:r></w:p></w:body></w:document>`)
	f.Add(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:sdt/><w:p><w:sdt><w:sdtContent><w:r><w:t>Số: 1/BC</w:t></w:r></w:sdtContent></w:sdt></w:p><w:tbl><w:tr><w:tc/></w:tr></w:tbl></w:body></w:document>`)
	f.Add(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:v="urn:schemas-microsoft-com:vml"><w:body>` +
		`<w:p><w:pPr><w:tabs><w:tab w:val="center" w:pos="2000"/><w:tab w:val="clear" w:pos="2000"/><w:tab w:val="end" w:pos="9000"/></w:tabs></w:pPr><w:r><w:t>UBND XÃ A</w:t><w:tab/><w:tab/><w:t>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</w:t></w:r></w:p>` +
		`<w:p><w:pPr><w:framePr w:w="-5" w:x="99999999" w:xAlign="outside" w:hAnchor="page"/></w:pPr><w:r><w:t>Số: 1/BC</w:t></w:r></w:p>` +
		`<w:p><w:r><w:drawing><wp:anchor><wp:positionH relativeFrom="page"><wp:posOffset>-1e30</wp:posOffset></wp:positionH><wp:extent cx="x"/><w:txbxContent><w:p><w:r><w:t>A, ngày 5 tháng 3 năm 2026</w:t></w:r></w:p></w:txbxContent></wp:anchor></w:drawing>` +
		`<w:pict><v:shape style="margin-left:NaNpt;width:1e400pt;mso-position-horizontal:right"><v:textbox><w:txbxContent><w:p><w:r><w:t>Nơi nhận:</w:t><w:tab/><w:t>TM. UBND</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>` +
		`<w:tbl><w:tblGrid><w:gridCol w:w="-1"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:gridSpan w:val="999999"/></w:tcPr><w:p/></w:tc></w:tr></w:tbl></w:body></w:document>`)
	c := testChecker(f)
	f.Fuzz(func(t *testing.T, xml string) {
		parts["word/document.xml"] = []byte(xml)
		data := zipStored(parts)
		res, err := c.Check("fuzz.docx", data, Options{})
		if err != nil {
			return
		}
		if _, _, err := res.Fix(); err != nil {
			t.Fatalf("Fix of an accepted document failed: %v", err)
		}
	})
}

// unzipAll reads every part of a DOCX.
func unzipAll(t testing.TB, data []byte) map[string][]byte {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]byte{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		out[f.Name], _ = io.ReadAll(rc)
		rc.Close()
	}
	return out
}

// zipStored zips parts without compression (fast, for the fuzzer).
func zipStored(parts map[string][]byte) []byte {
	names := make([]string, 0, len(parts))
	for n := range parts {
		names = append(names, n)
	}
	sort.Strings(names)
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, n := range names {
		w, _ := zw.CreateHeader(&zip.FileHeader{Name: n, Method: zip.Store})
		w.Write(parts[n])
	}
	zw.Close()
	return buf.Bytes()
}
