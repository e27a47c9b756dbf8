package docxtest

import (
	"archive/zip"
	"bytes"
	"strconv"
	"strings"
)

// The hostile inputs below are generated, so tests (and the measurements
// in the README's notes) try the class of attack at any size. Their text
// is varied (Words), so that they pass a zip's compression-ratio check and
// reach the limits behind it, as a crafted file would.

var syllables = strings.Fields("báo cáo tình hình kết quả thực hiện nhiệm vụ công tác cán bộ xã phường " +
	"hồ sơ tiếp nhận giải quyết đúng hạn người dân năm tháng quý đề nghị")

// Words returns about n bytes of pseudo-random Vietnamese words; the same
// seed gives the same text.
func Words(n int, seed uint64) string {
	var b strings.Builder
	x := seed | 1
	for b.Len() < n {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		b.WriteString(syllables[x%uint64(len(syllables))])
		b.WriteByte(' ')
	}
	return b.String()
}

// AmplifiedNote is a document whose one footnote of size bytes is cited
// refs times: small zipped, refs×size of text on reading.
func AmplifiedNote(size, refs int) []byte {
	var body strings.Builder
	for range refs {
		body.WriteString(`<w:p><w:r><w:t>Xem chú thích</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>`)
	}
	note := `<w:footnote w:id="1"><w:p><w:r><w:t>` + Words(size, 1) + `</w:t></w:r></w:p></w:footnote>`
	return Build(body.String(), Parts{Footnotes: note})
}

// AmplifiedNumbering is a document whose one numbering level has a text of
// size bytes, shown on refs paragraphs.
func AmplifiedNumbering(size, refs int) []byte {
	numbering := `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>` +
		`<w:lvlText w:val="` + Words(size, 2) + `%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`
	var body strings.Builder
	for range refs {
		body.WriteString(`<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Nội dung</w:t></w:r></w:p>`)
	}
	return Build(body.String(), Parts{Numbering: numbering})
}

// ManyParas is a document of n short paragraphs.
func ManyParas(n int) []byte {
	var b strings.Builder
	for i := range n {
		b.WriteString(`<w:p><w:r><w:t>` + Words(12, uint64(i)) + `</w:t></w:r></w:p>`)
	}
	return Build(b.String(), Parts{})
}

// ManyRuns is one paragraph of n runs, alternately bold so that none merge
// on writing.
func ManyRuns(n int) []byte {
	var b strings.Builder
	b.WriteString("<w:p>")
	for i := range n {
		if i%2 == 0 {
			b.WriteString(`<w:r><w:rPr><w:b/></w:rPr><w:t>` + strconv.Itoa(i%10) + `</w:t></w:r>`)
		} else {
			b.WriteString(`<w:r><w:t>` + strconv.Itoa(i%7) + `</w:t></w:r>`)
		}
	}
	b.WriteString("</w:p>")
	return Build(b.String(), Parts{})
}

// SplitText is one w:t whose text is split into n pieces by comments, as
// many XML text nodes.
func SplitText(n int) []byte {
	var b strings.Builder
	b.WriteString("<w:p><w:r><w:t>")
	for i := range n {
		b.WriteString(strconv.Itoa(i%10) + "<!--" + Words(3, uint64(i)) + "-->")
	}
	b.WriteString("</w:t></w:r></w:p>")
	return Build(b.String(), Parts{})
}

// ContinuedLines is a text of n lines where every line after the first
// continues the one before (lower case, no sentence end).
func ContinuedLines(n int) []byte {
	var b strings.Builder
	b.WriteString("Báo cáo tình hình")
	for i := range n {
		b.WriteString("\nvà dòng tiếp theo số " + strconv.Itoa(i))
	}
	return []byte(b.String())
}

// LongParagraph is a text file of one paragraph of about size bytes.
func LongParagraph(size int) []byte {
	return []byte(Words(size, 3))
}

// Entry is one zip entry, by its raw name.
type Entry struct {
	Name, Data string
}

// Decoy is a Word document with extra entries beside its real parts, for
// path tricks and duplicates ("../word/document.xml", "Word/Document.xml",
// a second "word/document.xml").
func Decoy(extra ...Entry) []byte {
	return Rebuild(Build(P("Nội dung Word hiển thị"), Parts{}), nil, extra...)
}

// WithMain is a document whose main part is exactly the bytes main (for a
// part that lies about its encoding).
func WithMain(main []byte) []byte {
	return Rebuild(Build(P("x"), Parts{}), map[string][]byte{"word/document.xml": main})
}

// Rebuild copies a zip, replacing the entries named in replace, and
// appends the extra entries.
func Rebuild(doc []byte, replace map[string][]byte, extra ...Entry) []byte {
	zr, err := zip.NewReader(bytes.NewReader(doc), int64(len(doc)))
	if err != nil {
		panic(err)
	}
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	put := func(name string, data []byte) {
		w, err := z.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate})
		if err != nil {
			panic(err)
		}
		if _, err := w.Write(data); err != nil {
			panic(err)
		}
	}
	for _, f := range zr.File {
		if data, ok := replace[f.Name]; ok {
			put(f.Name, data)
			continue
		}
		rc, err := f.Open()
		if err != nil {
			panic(err)
		}
		var data bytes.Buffer
		if _, err := data.ReadFrom(rc); err != nil {
			panic(err)
		}
		rc.Close()
		put(f.Name, data.Bytes())
	}
	for _, e := range extra {
		put(e.Name, []byte(e.Data))
	}
	if err := z.Close(); err != nil {
		panic(err)
	}
	return buf.Bytes()
}

// MainPart is a main part holding one paragraph of text, for decoys.
func MainPart(text string) string {
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<w:document ` + ns + `><w:body>` + P(text) + `</w:body></w:document>`
}
