package docread

import (
	"archive/zip"
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/baocao/baocao/templates/docread/docxtest"
)

const testNumbering = `
<w:abstractNum w:abstractNumId="0">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
 <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
 <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>
 <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2.%4."/><w:isLgl/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1">
 <w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="` + "\uf0b7" + `"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="2">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="vietnameseCounting"/><w:lvlText w:val="Phần thứ %1:"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/></w:lvlOverride></w:num>`

const testStyles = `
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>
 <w:pPr><w:numPr><w:numId w:val="1"/><w:ilvl w:val="0"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="character" w:styleId="Nhan"><w:name w:val="Nhấn"/><w:rPr><w:i/></w:rPr></w:style>`

func num(id, ilvl string) string {
	return `<w:numPr><w:ilvl w:val="` + ilvl + `"/><w:numId w:val="` + id + `"/></w:numPr>`
}

// fixtureBody covers what the reader must handle, with fresh text.
var fixtureBody = docxtest.PStyled(num("3", "0"), "Kết quả thực hiện") +
	`<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Tình hình </w:t></w:r><w:r><w:t>chung của xã</w:t></w:r></w:p>` +
	docxtest.PStyled(num("1", "1"), "Việc tiếp nhận hồ sơ") +
	docxtest.PStyled(num("1", "2"), "Hồ sơ đất đai") +
	docxtest.PStyled(num("1", "2"), "Hồ sơ hộ tịch") +
	docxtest.PStyled(num("1", "3"), "Kết quả cụ thể") +
	docxtest.PStyled(num("1", "1"), "Việc trả kết quả") +
	docxtest.PStyled(num("1", "2"), "Trả đúng hạn") +
	docxtest.PStyled(num("2", "0"), "Một ý gạch đầu dòng") +
	`<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>Bảng kê</w:t></w:r></w:p>` +
	`<w:tbl><w:tr><w:tc>` + docxtest.P("Chức danh") + `</w:tc><w:tc>` + docxtest.P("Số người") + `</w:tc></w:tr>` +
	`<w:tr><w:tc>` + docxtest.P("Văn phòng - thống kê") + `</w:tc><w:tc>` + docxtest.P("02") + `</w:tc></w:tr></w:tbl>` +
	`<w:p><w:r><w:t>Trước hộp. </w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>` +
	docxtest.P("Chữ trong hộp văn bản") + `</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>` +
	`<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>` + docxtest.P("Chữ trong hộp văn bản") + `</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>` +
	`<w:p><w:r><w:t xml:space="preserve">Số hồ sơ </w:t></w:r><w:del w:id="1" w:author="a"><w:r><w:delText>đã xóa </w:delText></w:r></w:del>` +
	`<w:ins w:id="2" w:author="a"><w:r><w:t xml:space="preserve">được chèn </w:t></w:r></w:ins><w:r><w:t>là </w:t></w:r>` +
	`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> NUMPAGES </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>` +
	`<w:r><w:t>42</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> và </w:t></w:r>` +
	`<w:fldSimple w:instr=" DATE "><w:r><w:t>1/12/2026</w:t></w:r></w:fldSimple>` +
	`<w:r><w:footnoteReference w:id="5"/></w:r><w:r><w:rPr><w:rStyle w:val="Nhan"/></w:rPr><w:t>.</w:t></w:r></w:p>` +
	docxtest.PStyled(num("4", "0"), "Mục bắt đầu lại từ ba") +
	`<w:p><w:r><w:t>Dòng một</w:t></w:r><w:r><w:br/></w:r><w:r><w:t>dòng   hai</w:t></w:r></w:p>` +
	`<w:p></w:p>`

func fixture() []byte {
	return docxtest.Build(fixtureBody, docxtest.Parts{Styles: testStyles, Numbering: testNumbering,
		Footnotes: `<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>` +
			`<w:footnote w:id="5"><w:p><w:r><w:t>Theo sổ theo dõi của bộ phận một cửa.</w:t></w:r></w:p></w:footnote>`,
		Header: docxtest.P("TIÊU ĐỀ TRANG KHÔNG ĐƯỢC ĐỌC")})
}

func TestReadDOCX(t *testing.T) {
	doc, err := Read("mau.docx", fixture())
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"Phần thứ một: Kết quả thực hiện",
		"I. Tình hình chung của xã",
		"1. Việc tiếp nhận hồ sơ",
		"a) Hồ sơ đất đai",
		"b) Hồ sơ hộ tịch",
		"1.1. Kết quả cụ thể",
		"2. Việc trả kết quả",
		"a) Trả đúng hạn",
		"• Một ý gạch đầu dòng",
		"Bảng kê",
		"Chức danh", "Số người", "Văn phòng - thống kê", "02",
		"Trước hộp.",
		"Chữ trong hộp văn bản",
		"Số hồ sơ được chèn là 42 và 1/12/2026[1].",
		"III. Mục bắt đầu lại từ ba",
		"Dòng một\ndòng hai",
	}
	var got []string
	for _, p := range doc.Paras {
		got = append(got, p.Full())
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("paragraphs:\n got %q\nwant %q", got, want)
	}
	h := doc.Paras[1]
	if h.Style != "heading 1" || h.Outline != 1 || !h.Bold {
		t.Errorf("heading paragraph: %+v", h)
	}
	if c := doc.Paras[12]; c.Table != 1 || c.Row != 2 || c.Cell != 1 {
		t.Errorf("table cell: %+v", c)
	}
	if b := doc.Paras[15]; !b.Box {
		t.Errorf("text box paragraph not marked: %+v", b)
	}
	if p := doc.Paras[9]; p.Align != "center" || !p.Bold {
		t.Errorf("centred bold paragraph: %+v", p)
	}
	note := doc.Paras[16]
	if len(note.Notes) != 1 || note.Notes[0] != "[1] Theo sổ theo dõi của bộ phận một cửa." {
		t.Errorf("footnote: %q", note.Notes)
	}
	if doc.Inserted != 1 || doc.Deleted != 1 || len(doc.Notes()) != 1 {
		t.Errorf("tracked changes: ins %d del %d notes %q", doc.Inserted, doc.Deleted, doc.Notes())
	}
}

func TestRefused(t *testing.T) {
	ole := append([]byte{0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1}, make([]byte, 600)...)
	enc := append(append([]byte(nil), ole...), encryptedMarker...)
	var odt bytes.Buffer
	z := zip.NewWriter(&odt)
	for _, n := range []string{"mimetype", "content.xml"} {
		w, _ := z.Create(n)
		w.Write([]byte("x"))
	}
	z.Close()
	cases := []struct {
		name string
		data []byte
		want string
	}{
		{"cu.doc", ole, ".doc"},
		{"matkhau.docx", enc, "mật khẩu"},
		{"bao-cao.pdf", []byte("%PDF-1.7\n..."), "PDF"},
		{"a.rtf", []byte(`{\rtf1\ansi}`), "RTF"},
		{"a.odt", odt.Bytes(), "OpenDocument"},
		{"hong.docx", []byte("PK\x03\x04 not really"), "hỏng"},
		{"anh.png", []byte("\x89PNG"), ".docx"},
	}
	for _, c := range cases {
		_, err := Read(c.name, c.data)
		var de *Error
		if !errors.As(err, &de) || !strings.Contains(de.Msg, c.want) || !strings.Contains(de.Msg, "docx") {
			t.Errorf("%s: got %v, want an *Error mentioning %q and .docx", c.name, err, c.want)
		}
	}
}

// TestHostile: zip bombs, deep nesting and entity declarations are refused
// with a message; invalid UTF-8 is cleaned.
func TestHostile(t *testing.T) {
	big := strings.Repeat("<w:p><w:r><w:t>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</w:t></w:r></w:p>", 40000)
	deep := strings.Repeat("<w:sdt><w:sdtContent>", 300) + docxtest.P("sâu") + strings.Repeat("</w:sdtContent></w:sdt>", 300)
	lim := DefaultLimits
	lim.Part = 1 << 20
	cases := []struct {
		name string
		data []byte
		lim  Limits
	}{
		{"bomb", docxtest.Build(big, docxtest.Parts{}), lim},
		{"deep", docxtest.Build(deep, docxtest.Parts{}), DefaultLimits},
		{"entity", entityDoc(), DefaultLimits},
	}
	for _, c := range cases {
		_, err := ReadLimited(c.name+".docx", c.data, c.lim)
		var de *Error
		if !errors.As(err, &de) {
			t.Errorf("%s: got %v, want *Error", c.name, err)
		}
	}
	ratio := DefaultLimits
	ratio.Ratio = 20
	if _, err := ReadLimited("ratio.docx", docxtest.Build(big, docxtest.Parts{}), ratio); err == nil {
		t.Error("a part compressed beyond the ratio limit was read")
	}
	doc, err := Read("bad.docx", docxtest.Build(docxtest.P("ch\xffữ\x1b[31m đỏ"), docxtest.Parts{}))
	if err != nil || doc.Paras[0].Text != "ch\uFFFDữ[31m đỏ" {
		t.Errorf("invalid UTF-8 in XML: %v %+v", err, doc.Paras)
	}
	txt := ReadText([]byte("ch\xffữ\x1b[31m đỏ"), false)
	if txt.Paras[0].Text != "ch\uFFFDữ đỏ" {
		t.Errorf("text not cleaned: %q", txt.Paras[0].Text)
	}
}

func entityDoc() []byte {
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	w, _ := z.Create("[Content_Types].xml")
	w.Write([]byte(`<Types/>`))
	w, _ = z.Create("word/document.xml")
	w.Write([]byte(`<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>` +
		`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>`))
	z.Close()
	return buf.Bytes()
}

func TestReadText(t *testing.T) {
	utf16le := []byte{0xff, 0xfe}
	for _, r := range "Dòng đầu\nDòng hai" {
		utf16le = append(utf16le, byte(r), byte(r>>8))
	}
	cases := []struct {
		name string
		data []byte
		md   bool
		want []string
	}{
		{"lines", []byte("Một\nHai\n"), false, []string{"Một", "Hai"}},
		{"utf16", utf16le, false, []string{"Dòng đầu", "Dòng hai"}},
		{"bom", []byte("\xef\xbb\xbfCó BOM"), false, []string{"Có BOM"}},
		{"blocks", []byte("Đoạn một\nvẫn đoạn một.\n\nĐoạn hai bị ngắt giữa\n\ntrang ở đây.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"), false,
			[]string{"Đoạn một\nvẫn đoạn một.", "Đoạn hai bị ngắt giữa trang ở đây.", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"}},
		{"letters", []byte("II. Công tác ứng phó\n\na) Sơ tán dân\n\nb. Hậu cần"), false, []string{"II. Công tác ứng phó", "a) Sơ tán dân", "b. Hậu cần"}},
		{"md", []byte("# Tiêu đề\n\n**Đậm** và *nghiêng*\n\n* mục"), true, []string{"Tiêu đề", "Đậm và nghiêng", "* mục"}},
	}
	for _, c := range cases {
		doc := ReadText(c.data, c.md)
		var got []string
		for _, p := range doc.Paras {
			got = append(got, p.Text)
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
	md := ReadText([]byte("# Tiêu đề\n\n**Đậm hết**"), true)
	if md.Paras[0].Outline != 1 || !md.Paras[1].Bold {
		t.Errorf("markdown heading/bold lost: %+v", md.Paras)
	}
}
