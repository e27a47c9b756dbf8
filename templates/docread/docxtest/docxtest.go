// Package docxtest builds small Word documents for tests by hand: a body of
// WordprocessingML and, optionally, styles, numbering and notes parts,
// zipped with the content types and relationships Word writes.
package docxtest

import (
	"archive/zip"
	"bytes"
	"html"
	"io"
	"strings"
	"testing"
)

const ns = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ` +
	`xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ` +
	`xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ` +
	`xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ` +
	`xmlns:v="urn:schemas-microsoft-com:vml" ` +
	`xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ` +
	`xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"`

// Parts are the optional parts of a document, each the inner XML of its
// root element (w:styles, w:numbering, w:footnotes, w:endnotes).
type Parts struct {
	Styles, Numbering, Footnotes, Endnotes string
	// Header is the inner XML of a header part, referenced from the body.
	Header string
}

// Build zips a document whose w:body holds body.
func Build(body string, p Parts) []byte {
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	put := func(name, data string) {
		w, err := z.Create(name)
		if err != nil {
			panic(err)
		}
		if _, err := w.Write([]byte(data)); err != nil {
			panic(err)
		}
	}
	head := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"
	put("[Content_Types].xml", head+`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`+
		`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>`+
		`<Default Extension="xml" ContentType="application/xml"/>`+
		`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`)
	put("_rels/.rels", head+`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`+
		`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`)
	var rels strings.Builder
	rels.WriteString(head + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`)
	for i, part := range []struct{ kind, root, inner string }{
		{"styles", "styles", p.Styles}, {"numbering", "numbering", p.Numbering},
		{"footnotes", "footnotes", p.Footnotes}, {"endnotes", "endnotes", p.Endnotes}, {"header", "hdr", p.Header},
	} {
		if part.inner == "" {
			continue
		}
		name := part.kind + ".xml"
		if part.kind == "header" {
			name = "header1.xml"
		}
		rels.WriteString(`<Relationship Id="rIdp` + string(rune('0'+i)) + `" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/` +
			part.kind + `" Target="` + name + `"/>`)
		put("word/"+name, head+`<w:`+part.root+` `+ns+`>`+part.inner+`</w:`+part.root+`>`)
	}
	rels.WriteString(`</Relationships>`)
	put("word/_rels/document.xml.rels", rels.String())
	sect := ""
	if p.Header != "" {
		sect = `<w:sectPr><w:headerReference w:type="default" r:id="rIdp4"/></w:sectPr>`
	}
	put("word/document.xml", head+`<w:document `+ns+`><w:body>`+body+sect+`</w:body></w:document>`)
	if err := z.Close(); err != nil {
		panic(err)
	}
	return buf.Bytes()
}

// P writes a paragraph of plain runs; "**" toggles bold, "*" italic and
// "__" underline, "^" and a digit cites that footnote, and "\n" is a line
// break.
func P(text string) string {
	return PStyled("", text)
}

// PStyled is P with a paragraph property XML (e.g. `<w:jc w:val="center"/>`).
func PStyled(ppr, text string) string {
	var b strings.Builder
	b.WriteString("<w:p>")
	if ppr != "" {
		b.WriteString("<w:pPr>" + ppr + "</w:pPr>")
	}
	bold, italic, under := false, false, false
	var cur strings.Builder
	flush := func() {
		if cur.Len() == 0 {
			return
		}
		b.WriteString(run(cur.String(), bold, italic, under))
		cur.Reset()
	}
	for i := 0; i < len(text); i++ {
		switch {
		case strings.HasPrefix(text[i:], "**"):
			flush()
			bold = !bold
			i++
		case strings.HasPrefix(text[i:], "__"):
			flush()
			under = !under
			i++
		case text[i] == '^' && i+1 < len(text) && text[i+1] >= '0' && text[i+1] <= '9':
			flush()
			b.WriteString(`<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="` + text[i+1:i+2] + `"/></w:r>`)
			i++
		case text[i] == '*':
			flush()
			italic = !italic
		case text[i] == '\n':
			flush()
			b.WriteString("<w:r><w:br/></w:r>")
		default:
			cur.WriteByte(text[i])
		}
	}
	flush()
	b.WriteString("</w:p>")
	return b.String()
}

// R writes one run.
func R(text string, bold, italic bool) string {
	return run(text, bold, italic, false)
}

func run(text string, bold, italic, under bool) string {
	rpr := ""
	if bold {
		rpr += "<w:b/>"
	}
	if italic {
		rpr += "<w:i/>"
	}
	if under {
		rpr += `<w:u w:val="single"/>`
	}
	if rpr != "" {
		rpr = "<w:rPr>" + rpr + "</w:rPr>"
	}
	return `<w:r>` + rpr + `<w:t xml:space="preserve">` + html.EscapeString(text) + `</w:t></w:r>`
}

// FromText turns a seed-like text (blank lines between paragraphs, "**"
// for bold) into a document body, one paragraph per block, its lines
// joined by line breaks; a block starting with "- " items keeps its lines
// as separate paragraphs.
func FromText(text string) string {
	var b strings.Builder
	for _, block := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n\n") {
		block = strings.Trim(block, "\n")
		if strings.TrimSpace(block) == "" {
			continue
		}
		if strings.HasPrefix(block, "- ") {
			for _, line := range strings.Split(block, "\n") {
				b.WriteString(P(line))
			}
			continue
		}
		b.WriteString(P(block))
	}
	return b.String()
}

// DocumentXML returns word/document.xml of a DOCX, failing the test when
// the file is not one.
func DocumentXML(tb testing.TB, data []byte) string {
	tb.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		tb.Fatal(err)
	}
	f, err := zr.Open("word/document.xml")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	b, err := io.ReadAll(f)
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}
