package docread

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"

	"github.com/baocao/baocao/templates/docread/docxtest"
)

// refusal returns the *Error's message, failing the test on any other
// result.
func refusal(t *testing.T, name string, err error) string {
	t.Helper()
	var de *Error
	if !errors.As(err, &de) {
		t.Fatalf("%s: got %v, want an *Error", name, err)
	}
	return de.Msg
}

// small are limits scaled down a hundredfold, so the hostile shapes are
// tried quickly (also under -race); TestHostileProcess tries them at full
// size against DefaultLimits.
var small = func() Limits {
	l := DefaultLimits
	l.Text, l.Paras, l.ParaLen, l.Runs = 1<<20, 1_000, 20_000, 5_000
	return l
}()

// TestBudgets: documents that amplify on reading or are past the limits
// are refused with a message naming the limit; those just under are read
// whole.
func TestBudgets(t *testing.T) {
	cases := []struct {
		name string
		file string
		data []byte
		want string // in the refusal; "" when the document is read
		text int    // when read: the characters of its longest paragraph
	}{
		{"15 KB note cited 400 times", "a.docx", docxtest.AmplifiedNote(15<<10, 400), "1 MB chữ", 0},
		{"15 KB numbering shown 400 times", "a.docx", docxtest.AmplifiedNumbering(15<<10, 400), "1 MB chữ", 0},
		{"400 KB note cited 400 times", "a.docx", docxtest.AmplifiedNote(400<<10, 400), "20.000 ký tự", 0},
		{"400 KB numbering shown 400 times", "a.docx", docxtest.AmplifiedNumbering(400<<10, 400), "20.000 ký tự", 0},
		{"1 KB note cited 20 times", "a.docx", docxtest.AmplifiedNote(1<<10, 20), "", 0},
		{"6,000 paragraphs", "a.docx", docxtest.ManyParas(6_000), "1.000 đoạn văn", 0},
		{"900 paragraphs", "a.docx", docxtest.ManyParas(900), "", 0},
		{"6,000 paragraphs of text", "a.txt", []byte(strings.Repeat("Câu.\n", 6_000)), "1.000 đoạn văn", 0},
		{"60,000 runs", "a.docx", docxtest.ManyRuns(60_000), "5.000 mảnh", 0},
		{"4,000 runs", "a.docx", docxtest.ManyRuns(4_000), "", 4_000},
		{"100,000 text nodes", "a.docx", docxtest.SplitText(100_000), "20.000 ký tự", 0},
		{"15,000 text nodes", "a.docx", docxtest.SplitText(15_000), "", 15_000},
		{"20,000 continued lines", "a.txt", docxtest.ContinuedLines(20_000), "20.000 ký tự", 0},
		{"600 continued lines", "a.txt", docxtest.ContinuedLines(600), "", 0},
		{"2 MB paragraph", "a.txt", docxtest.LongParagraph(2 << 20), "1 MB chữ", 0},
		{"100 KB paragraph", "a.txt", docxtest.LongParagraph(100 << 10), "đoạn thứ 1", 0},
		{"100 KB paragraph in Word", "a.docx", docxtest.Build(docxtest.P(string(docxtest.LongParagraph(100<<10))), docxtest.Parts{}), "đoạn thứ 1", 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			budgetCase(t, c.file, c.data, small, c.want, c.text)
		})
	}
}

func budgetCase(t *testing.T, file string, data []byte, lim Limits, want string, text int) {
	doc, err := ReadLimited(file, data, lim)
	if want != "" {
		if msg := refusal(t, file, err); !strings.Contains(msg, want) || !strings.Contains(msg, "hãy") {
			t.Errorf("message %q does not name %q and what to do", msg, want)
		}
		return
	}
	if err != nil {
		t.Fatal(err)
	}
	longest := 0
	for _, p := range doc.Paras {
		longest = max(longest, utf8.RuneCountInString(p.Full()))
	}
	if text > 0 && longest != text {
		t.Errorf("longest paragraph %d characters, want %d", longest, text)
	}
}

// TestContinuedLinesJoined: lines broken by pages are one paragraph,
// joined with spaces, whatever their number.
func TestContinuedLinesJoined(t *testing.T) {
	doc, err := Read("a.txt", docxtest.ContinuedLines(6_000))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Paras) != 1 || !strings.HasSuffix(doc.Paras[0].Text, "số 5998 và dòng tiếp theo số 5999") || doc.Paras[0].Spans[0].Text != doc.Paras[0].Text {
		t.Errorf("got %d paragraphs ending %q", len(doc.Paras), doc.Paras[len(doc.Paras)-1].Text[len(doc.Paras[len(doc.Paras)-1].Text)-40:])
	}
}

// TestPartNames: a package that names a part twice, or with a path trick,
// is refused, so no decoy is read in place of what Word shows; names are
// found as Word finds them, case-insensitively.
func TestPartNames(t *testing.T) {
	decoy := docxtest.MainPart("Chữ Word không hiển thị")
	mainRel := func(target string) map[string][]byte {
		return map[string][]byte{"_rels/.rels": []byte(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="` + target + `"/></Relationships>`)}
	}
	plain := docxtest.Build(docxtest.P("Nội dung Word hiển thị"), docxtest.Parts{})
	cases := []struct {
		name string
		data []byte
		want string // in the refusal; "" when read
	}{
		{"dot-dot decoy", docxtest.Decoy(docxtest.Entry{Name: "../word/document.xml", Data: decoy}), "tên bất thường"},
		{"dot decoy", docxtest.Decoy(docxtest.Entry{Name: "./word/document.xml", Data: decoy}), "tên bất thường"},
		{"absolute decoy", docxtest.Decoy(docxtest.Entry{Name: "/word/document.xml", Data: decoy}), "tên bất thường"},
		{"backslash decoy", docxtest.Decoy(docxtest.Entry{Name: `word\document.xml`, Data: decoy}), "tên bất thường"},
		{"double slash", docxtest.Decoy(docxtest.Entry{Name: "word//document.xml", Data: decoy}), "tên bất thường"},
		{"duplicate entry", docxtest.Decoy(docxtest.Entry{Name: "word/document.xml", Data: decoy}), "hai thành phần"},
		{"case variant", docxtest.Decoy(docxtest.Entry{Name: "Word/Document.XML", Data: decoy}), "hai thành phần"},
		{"percent variant", docxtest.Decoy(docxtest.Entry{Name: "word/document%2Exml", Data: decoy}), "hai thành phần"},
		{"target outside", docxtest.Rebuild(plain, mainRel("../../word/document.xml")), "bất thường"},
		{"target in other case", docxtest.Rebuild(plain, mainRel("/WORD/document.XML")), ""},
		{"main not a document", docxtest.Rebuild(plain, map[string][]byte{"[Content_Types].xml": []byte(
			`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="image/png"/></Types>`)}), "không phải văn bản Word"},
	}
	for _, c := range cases {
		doc, err := Read("a.docx", c.data)
		if c.want == "" {
			if err != nil || len(doc.Paras) != 1 || doc.Paras[0].Text != "Nội dung Word hiển thị" {
				t.Errorf("%s: got %+v, %v", c.name, doc.Paras, err)
			}
			continue
		}
		if msg := refusal(t, c.name, err); !strings.Contains(msg, c.want) {
			t.Errorf("%s: message %q does not say %q", c.name, msg, c.want)
		}
	}
}

// windows1258 encodes text as Windows-1258 holds it: letters with their
// shape marks (circumflex, breve, horn) whole, tone marks apart.
func windows1258(t *testing.T, s string) []byte {
	var out, tones []rune
	for _, r := range norm.NFD.String(s) {
		switch {
		case r == 0x302 || r == 0x306 || r == 0x31b:
			last := len(out) - 1
			out = append(out[:last], []rune(norm.NFC.String(string([]rune{out[last], r})))...)
		case r >= 0x300 && r < 0x370:
			tones = append(tones, r)
		default:
			out = append(append(out, tones...), r)
			tones = tones[:0]
		}
	}
	b, err := charmap.Windows1258.NewEncoder().Bytes([]byte(string(append(out, tones...))))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func utf16Bytes(t *testing.T, s string, e unicode.Endianness) []byte {
	b, err := unicode.UTF16(e, unicode.IgnoreBOM).NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

const sample = "Báo cáo kết quả thực hiện nhiệm vụ của Ủy ban nhân dân xã.\n\nCán bộ, công chức tiếp nhận hồ sơ đúng hẹn."

// TestTextEncodings: text files in the encodings offices hold are read as
// the same Unicode NFC text, saying what was converted; bytes no encoding
// reads as Vietnamese, and empty files, are refused.
func TestTextEncodings(t *testing.T) {
	latin1, _ := charmap.ISO8859_1.NewEncoder().Bytes([]byte("Le café était très fréquenté, déjà à l'époque où ça coûtait peu."))
	cases := []struct {
		name string
		data []byte
		note string // in the notes; "" for none
		want string // in the refusal, when refused
	}{
		{"utf-8", []byte(sample), "", ""},
		{"utf-8 with BOM", append([]byte("\xef\xbb\xbf"), sample...), "", ""},
		{"utf-16 LE without BOM", utf16Bytes(t, sample, unicode.LittleEndian), "UTF-16 LE", ""},
		{"utf-16 BE without BOM", utf16Bytes(t, sample, unicode.BigEndian), "UTF-16 BE", ""},
		{"utf-16 LE with BOM", append([]byte{0xff, 0xfe}, utf16Bytes(t, sample, unicode.LittleEndian)...), "UTF-16 LE", ""},
		{"windows-1258", windows1258(t, sample), "Windows-1258", ""},
		{"latin-1 French", latin1, "", "bảng mã"},
		{"binary", []byte{0x00, 0x9f, 0x92, 0x96, 0xff, 0xfe, 0x81, 0x8d, 0x00, 0x01, 0x02, 0x80, 0xc3, 0x28, 0xa0, 0xa1}, "", "bảng mã"},
		{"empty", nil, "", "không có chữ"},
		{"blank", []byte(" \n\n\t \r\n"), "", "không có chữ"},
		{"utf-16 blank", []byte{' ', 0, '\n', 0, ' ', 0}, "", "không có chữ"},
	}
	want := ReadText([]byte(sample), false)
	for _, c := range cases {
		doc, err := Read("a.txt", c.data)
		if c.want != "" {
			if msg := refusal(t, c.name, err); !strings.Contains(msg, c.want) {
				t.Errorf("%s: message %q does not say %q", c.name, msg, c.want)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if len(doc.Paras) != len(want.Paras) || doc.Paras[0].Text != want.Paras[0].Text || doc.Paras[1].Text != want.Paras[1].Text {
			t.Errorf("%s: got %+v", c.name, doc.Paras)
		}
		if notes := strings.Join(doc.Notes(), " "); (c.note == "") != (notes == "") || !strings.Contains(notes, c.note) {
			t.Errorf("%s: notes %q, want one naming %q", c.name, notes, c.note)
		}
	}
}

// TestLegacyFonts: runs in TCVN3 (".VnTime", capitals ".VnTimeH") and VNI
// fonts are converted to Unicode by their font, direct, from a style or
// the document's default; Unicode text in such a font is left alone.
func TestLegacyFonts(t *testing.T) {
	run := func(font, text string) string {
		return `<w:r><w:rPr><w:rFonts w:ascii="` + font + `" w:hAnsi="` + font + `"/></w:rPr><w:t>` + text + `</w:t></w:r>`
	}
	para := func(runs ...string) string { return "<w:p>" + strings.Join(runs, "") + "</w:p>" }
	styles := `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="VNI-Times" w:hAnsi="VNI-Times"/></w:rPr></w:rPrDefault></w:docDefaults>` +
		`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>` +
		`<w:style w:type="paragraph" w:styleId="Abc"><w:name w:val="Abc"/><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr></w:style>`
	cases := []struct {
		name, body, styles, want, note string
	}{
		{"TCVN3", para(run(".VnTime", "Céng hoµ x· héi chñ nghÜa ViÖt Nam")), "", "Cộng hoà xã hội chủ nghĩa Việt Nam", "TCVN3"},
		{"TCVN3 capitals", para(run(".VnTimeH", "§éc lËp - Tù do - H¹nh phóc")), "", "ĐỘC LẬP - TỰ DO - HẠNH PHÚC", "TCVN3"},
		{"TCVN3 Arial mixed with Unicode run", para(run(".VnArial", "B¸o c¸o "), run("Times New Roman", "năm 2026")), "", "Báo cáo năm 2026", "TCVN3"},
		{"VNI", para(run("VNI-Times", "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam")), "", "Cộng hòa xã hội chủ nghĩa Việt Nam", "VNI"},
		{"VNI capitals and đ", para(run("VNI-Helve", "Ñoäc laäp - Töï do - Haïnh phuùc")), "", "Độc lập - Tự do - Hạnh phúc", "VNI"},
		{"VNI by default font", para(`<w:r><w:t>Vieät Nam</w:t></w:r>`), styles, "Việt Nam", "VNI"},
		{"TCVN3 by paragraph style", `<w:p><w:pPr><w:pStyle w:val="Abc"/></w:pPr><w:r><w:t>ViÖt Nam</w:t></w:r></w:p>`, styles, "Việt Nam", "TCVN3"},
		{"Unicode in a TCVN3 font", para(run(".VnTime", "Việt Nam")), "", "Việt Nam", ""},
	}
	for _, c := range cases {
		doc, err := Read("a.docx", docxtest.Build(c.body, docxtest.Parts{Styles: c.styles}))
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if len(doc.Paras) != 1 || doc.Paras[0].Text != norm.NFC.String(c.want) {
			t.Errorf("%s: got %+v, want %q", c.name, doc.Paras, c.want)
		}
		if notes := strings.Join(doc.Notes(), " "); (c.note == "") != (notes == "") || !strings.Contains(notes, c.note) {
			t.Errorf("%s: notes %q, want one naming %q", c.name, notes, c.note)
		}
	}
}

// TestLyingPart: a part that says UTF-8 but is Windows-1258 is read as
// Windows-1258 and said so; one in no encoding that reads as Vietnamese is
// refused; one in UTF-16 without a BOM is read.
func TestLyingPart(t *testing.T) {
	xmlOf := func(text []byte) []byte {
		return append(append([]byte(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>`),
			text...), `</w:t></w:r></w:p></w:body></w:document>`...)
	}
	line := "Báo cáo kết quả thực hiện nhiệm vụ của Ủy ban nhân dân xã"
	garbage := []byte(strings.Repeat("\xc3\x28\xa0\xa1\x9f", 20))
	cases := []struct {
		name string
		main []byte
		want string // the text read; "" when refused
	}{
		{"windows-1258 said UTF-8", xmlOf(windows1258(t, line)), line},
		{"utf-16 said UTF-8, no BOM", utf16Bytes(t, string(xmlOf([]byte(line))), unicode.LittleEndian), line},
		{"utf-8 said UTF-16", []byte(strings.Replace(string(xmlOf([]byte(line))), "UTF-8", "UTF-16", 1)), line},
		{"no encoding", xmlOf(garbage), ""},
	}
	for _, c := range cases {
		doc, err := Read("a.docx", docxtest.WithMain(c.main))
		if c.want == "" {
			if msg := refusal(t, c.name, err); !strings.Contains(msg, "bảng mã") {
				t.Errorf("%s: message %q does not name the encoding", c.name, msg)
			}
			continue
		}
		if err != nil || len(doc.Paras) != 1 || doc.Paras[0].Text != c.want {
			t.Errorf("%s: got %+v, %v", c.name, doc.Paras, err)
		}
	}
}
