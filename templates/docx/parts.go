package docx

import (
	"archive/zip"
	"bytes"
	"fmt"
	"time"

	"github.com/baocao/baocao/templates/layout"
)

// Part is one file of the package.
type Part struct {
	Name string
	Data string
}

// fixedTime stamps every zip entry, so that output is deterministic.
var fixedTime = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)

// Render writes d as a .docx file in form f.
func Render(d layout.Doc, f layout.Form) ([]byte, error) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range Parts(d, f) {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: p.Name, Method: zip.Deflate, Modified: fixedTime})
		if err != nil {
			return nil, fmt.Errorf("docx: %s: %w", p.Name, err)
		}
		if _, err := w.Write([]byte(p.Data)); err != nil {
			return nil, fmt.Errorf("docx: %s: %w", p.Name, err)
		}
	}
	if err := zw.Close(); err != nil {
		return nil, fmt.Errorf("docx: %w", err)
	}
	return buf.Bytes(), nil
}

// Parts returns the package's parts in the order they are stored,
// [Content_Types].xml first.
func Parts(d layout.Doc, f layout.Form) []Part {
	types, rels, settings := contentTypes, documentRels, settingsXML(f)
	notes := docNotes(d)
	if len(notes) > 0 {
		types = withNotes(types, footnotesType, "</Types>")
		rels = withNotes(rels, footnotesRel, "</Relationships>")
		settings = withNotes(settings, footnotePr, "<w:compat>")
	}
	parts := []Part{
		{"[Content_Types].xml", types},
		{"_rels/.rels", packageRels},
		{"docProps/core.xml", coreXML(d, f)},
		{"word/document.xml", documentXML(d, f)},
		{"word/_rels/document.xml.rels", rels},
		{"word/styles.xml", stylesXML(f)},
		{"word/settings.xml", settings},
		{"word/header1.xml", pageNumberHeader(f)},
		{"word/header2.xml", emptyHeader},
	}
	if len(notes) > 0 {
		parts = append(parts, Part{"word/footnotes.xml", footnotesXML(notes)})
	}
	return parts
}

const contentTypes = xmlHeader + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
	`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
	`<Default Extension="xml" ContentType="application/xml"/>` +
	`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
	`<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
	`<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>` +
	`<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>` +
	`<Override PartName="/word/header2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>` +
	`<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
	`</Types>`

const packageRels = xmlHeader + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
	`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
	`</Relationships>`

const documentRels = xmlHeader + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
	`<Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>` +
	`<Relationship Id="rIdHeaderDefault" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>` +
	`<Relationship Id="rIdHeaderFirst" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header2.xml"/>` +
	`</Relationships>`

// settingsXML writes word/settings.xml; a form printed on both sides
// mirrors its margins, so that the back of a sheet takes the left and right
// margins swapped (HD 36 II.4.3, HD 05 IV.4.2).
func settingsXML(f layout.Form) string {
	mirror := ""
	if f.Mirrored() {
		mirror = `<w:mirrorMargins/>`
	}
	return settingsStart + mirror + settingsEnd
}

const settingsStart = xmlHeader + `<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
	`<w:zoom w:percent="100"/>`

const settingsEnd = `<w:defaultTabStop w:val="720"/>` +
	`<w:characterSpacingControl w:val="doNotCompress"/>` +
	`<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>` +
	`<w:themeFontLang w:val="vi-VN" w:eastAsia="vi-VN" w:bidi="vi-VN"/>` +
	`</w:settings>`

// fontName is the form's typeface (NĐ 30/2020 Phụ lục I: Times New Roman,
// Unicode TCVN 6909:2001).
const fontName = "Times New Roman"

func stylesXML(f layout.Form) string {
	rFonts := fmt.Sprintf(`<w:rFonts w:ascii="%[1]s" w:hAnsi="%[1]s" w:cs="%[1]s" w:eastAsia="%[1]s"/>`, fontName)
	return xmlHeader + `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
		`<w:docDefaults><w:rPrDefault><w:rPr>` + rFonts +
		`<w:color w:val="000000"/>` +
		fmt.Sprintf(`<w:sz w:val="%d"/><w:szCs w:val="%d"/>`, halfPoints(f.Body.Size), halfPoints(f.Body.Size)) +
		`<w:lang w:val="vi-VN" w:eastAsia="vi-VN" w:bidi="vi-VN"/></w:rPr></w:rPrDefault>` +
		`<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
		`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
		`<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>` +
		`<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/>` +
		`<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>` +
		`<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
		`<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:semiHidden/></w:style>` +
		`</w:styles>`
}

const nsHeader = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`

// pageNumberHeader is the header of pages 2 on: the page number, centred
// (NĐ 30/2020 Phụ lục I, số trang).
func pageNumberHeader(f layout.Form) string {
	st := f.PageNumber
	p := para{align: "center", runs: []run{{size: st.Size, bold: st.Bold, italic: st.Italic, underline: st.Underline, field: "PAGE"}}}
	var b bytes.Buffer
	b.WriteString(xmlHeader + `<w:hdr ` + nsHeader + `>`)
	b.WriteString(paraString(p))
	b.WriteString(`</w:hdr>`)
	return b.String()
}

// emptyHeader is the first page's header: page 1 shows no number.
const emptyHeader = xmlHeader + `<w:hdr ` + nsHeader + `><w:p/></w:hdr>`

func coreXML(d layout.Doc, f layout.Form) string {
	return xmlHeader + `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
		`xmlns:dc="http://purl.org/dc/elements/1.1/">` +
		`<dc:title>` + escape(d.Title+" "+d.Subject) + `</dc:title>` +
		`<dc:subject>` + escape(f.Basis) + `</dc:subject>` +
		`<dc:creator>` + escape(d.Header.Issuer) + `</dc:creator>` +
		`<cp:keywords>baocao ` + profileName(f) + `</cp:keywords>` +
		`<dc:language>vi-VN</dc:language></cp:coreProperties>`
}
