package docread

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/baocao/baocao/templates/docread/docxtest"
)

// FuzzAmplified builds documents of the shapes that amplify on reading —
// a footnote cited many times, a long numbering text on many paragraphs,
// many runs or text nodes, with fuzzed text and markup — and reads them
// under small limits: every result is within the limits, every refusal an
// *Error.
func FuzzAmplified(f *testing.F) {
	f.Add("ghi chú dài", uint16(400), "Mục %1.", uint16(50), "<w:r><w:t>chữ</w:t></w:r>", uint16(3))
	f.Add(strings.Repeat("x", 3000), uint16(2000), strings.Repeat("%1", 500), uint16(900), "<w:r><w:t>a<!---->b</w:t></w:r>", uint16(700))
	f.Add("", uint16(0), "", uint16(0), `<w:r><w:rPr><w:rFonts w:hAnsi=".VnTime"/></w:rPr><w:t>ViÖt</w:t></w:r>`, uint16(1))
	lim := DefaultLimits
	lim.Text, lim.Paras, lim.ParaLen, lim.Runs, lim.Elements = 64<<10, 300, 4_000, 500, 50_000
	f.Fuzz(func(t *testing.T, note string, refs uint16, lvl string, numbered uint16, run string, runs uint16) {
		refs, numbered, runs = refs%3000, numbered%1000, runs%1000
		var body strings.Builder
		for range refs {
			body.WriteString(`<w:p><w:r><w:footnoteReference w:id="1"/></w:r></w:p>`)
		}
		for range numbered {
			body.WriteString(`<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>x</w:t></w:r></w:p>`)
		}
		body.WriteString("<w:p>" + strings.Repeat(run, int(runs)) + "</w:p>")
		doc, err := ReadLimited("f.docx", docxtest.Build(body.String(), docxtest.Parts{
			Footnotes: `<w:footnote w:id="1"><w:p><w:r><w:t>` + escape(note) + `</w:t></w:r></w:p></w:footnote>`,
			Numbering: `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/><w:lvlText w:val="` + escape(lvl) +
				`"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`,
		}), lim)
		if err != nil {
			if _, ok := err.(*Error); !ok {
				t.Fatalf("error of type %T: %v", err, err)
			}
			return
		}
		total := 0
		for _, p := range doc.Paras {
			n := utf8.RuneCountInString(p.Full())
			total += len(p.Full()) + len(strings.Join(p.Notes, ""))
			if n > lim.ParaLen || !utf8.ValidString(p.Full()) {
				t.Fatalf("paragraph of %d characters passed the limit %d", n, lim.ParaLen)
			}
		}
		if len(doc.Paras) > lim.Paras || int64(total) > 2*lim.Text {
			t.Fatalf("%d paragraphs, %d bytes of text passed the limits", len(doc.Paras), total)
		}
	})
}

func escape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;").Replace(s)
}

// FuzzDecode feeds arbitrary bytes to the encoding detector: it never
// panics, what it accepts is valid UTF-8, and valid UTF-8 without a BOM or
// NUL bytes comes back unchanged.
func FuzzDecode(f *testing.F) {
	f.Add([]byte("Báo cáo kết quả"))
	f.Add([]byte{0xff, 0xfe, 'a', 0})
	f.Add([]byte{'a', 0, 0xa1, 0x1e})
	f.Add([]byte("B\xe1o c\xe1o k\xeat qu\xd2a"))
	f.Add([]byte("\xc3\x28\xa0\xa1"))
	f.Fuzz(func(t *testing.T, data []byte) {
		text, enc, bad, ok := decodeBytes(data)
		if !ok {
			return
		}
		if enc == "" && bad == 0 && !utf8.Valid(data) {
			t.Fatalf("invalid UTF-8 accepted as UTF-8: %q", data)
		}
		if bad == 0 && !utf8.ValidString(text) {
			t.Fatalf("invalid UTF-8 out of %s: %q", enc, text)
		}
		if utf8.Valid(data) && !strings.ContainsRune(string(data), 0) && !strings.HasPrefix(string(data), "\ufeff") && text != string(data) {
			t.Fatalf("valid UTF-8 changed: %q → %q", data, text)
		}
	})
}

// BenchmarkHostile reads issue 19's hostile inputs at full size against
// DefaultLimits (each is refused); with -benchmem it gives the memory one
// refusal costs. TestHostileProcess measures the peak RSS of the same.
func BenchmarkHostile(b *testing.B) {
	inputs := []struct {
		name string
		data func() []byte
	}{
		{"note4m.docx", func() []byte { return docxtest.AmplifiedNote(4<<20, 400) }},
		{"note150k.docx", func() []byte { return docxtest.AmplifiedNote(150<<10, 400) }},
		{"paras600k.docx", func() []byte { return docxtest.ManyParas(600_000) }},
		{"runs600k.docx", func() []byte { return docxtest.ManyRuns(600_000) }},
		{"split1m.docx", func() []byte { return docxtest.SplitText(1_000_000) }},
		{"lines200k.txt", func() []byte { return docxtest.ContinuedLines(200_000) }},
		{"para20mb.txt", func() []byte { return docxtest.LongParagraph(20 << 20) }},
	}
	for _, in := range inputs {
		data := in.data()
		b.Run(in.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Read(in.name, data); err == nil {
					b.Fatal("read, want refused")
				}
			}
		})
	}
}
