package docread

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/baocao/baocao/templates/docread/docxtest"
)

// FuzzRead feeds arbitrary bytes, as .docx and as text: Read never panics,
// fails only with an *Error, and every paragraph it returns is valid,
// cleaned UTF-8.
func FuzzRead(f *testing.F) {
	f.Add(fixture(), ".docx")
	f.Add(docxtest.Build(docxtest.P("I. Tình hình")+docxtest.P("**Đậm**"), docxtest.Parts{}), ".docx")
	f.Add(entityDoc(), ".docx")
	f.Add([]byte("I. Một\n\nhai\n\n- ba"), ".txt")
	f.Add([]byte("# Đầu\n\n**x** *y*"), ".md")
	f.Add([]byte{0xff, 0xfe, 'a', 0}, ".txt")
	f.Fuzz(func(t *testing.T, data []byte, ext string) {
		lim := DefaultLimits
		lim.Elements = 20000
		doc, err := ReadLimited("f"+ext, data, lim)
		if err != nil {
			if _, ok := err.(*Error); !ok {
				t.Fatalf("error of type %T: %v", err, err)
			}
			return
		}
		for _, p := range doc.Paras {
			if !utf8.ValidString(p.Full()) || strings.ContainsRune(p.Text, 0x1b) {
				t.Fatalf("unclean paragraph %q", p.Full())
			}
		}
	})
}

func BenchmarkReadFixture(b *testing.B) {
	data := fixture()
	for b.Loop() {
		if _, err := Read("f.docx", data); err != nil {
			b.Fatal(err)
		}
	}
}
