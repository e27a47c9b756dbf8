package pdf

import (
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/templates/internal/fixture"
	"github.com/baocao/baocao/templates/internal/pagecheck"
	"github.com/baocao/baocao/templates/layout"
)

// TestPaper checks the PDF writer's pages as package docx checks
// LibreOffice's (package pagecheck): the issuing body's lines, no heading
// at a page's foot, no symbol split at its hyphen nor a line starting with
// a spaced dash, the subject in balanced lines; state and party, a xã and
// a phường.
func TestPaper(t *testing.T) {
	tool := needPdftotext(t)
	for _, c := range pagecheck.Cases(t) {
		t.Run(c.Name, func(t *testing.T) {
			d, f := layout.Lay(c.Report, c.Outline, c.Rules)
			data, err := Render(d, f, testTime)
			if err != nil {
				t.Fatal(err)
			}
			file := filepath.Join(t.TempDir(), c.Name+".pdf")
			if err := os.WriteFile(file, data, 0o644); err != nil {
				t.Fatal(err)
			}
			pagecheck.Check(t, pagecheck.Read(t, tool, file), c, d, f)
		})
	}
}

// TestMissingGlyphs checks that text the fonts cannot draw is reported,
// naming each character, and that the PDF is still complete.
func TestMissingGlyphs(t *testing.T) {
	tests := []struct {
		name  string
		edit  func(d *layout.Doc)
		runes []rune
	}{
		{"none", func(d *layout.Doc) {}, nil},
		{"CJK word in the body", func(d *layout.Doc) { d.Body[1].Text += " (漢字)" }, []rune{'漢', '字'}},
		{"in the issuer and a recipient", func(d *layout.Doc) {
			d.Header.IssuerLines = append(d.Header.IssuerLines, "ÂN ☃")
			d.Recipients.Items[0] = "- Sở 𝔸;"
		}, []rune{'☃', '𝔸'}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, f := layout.Lay(fixture.Example(t, "state"))
			tt.edit(&d)
			data, err := Render(d, f, testTime)
			if len(data) == 0 {
				t.Fatal("no PDF returned")
			}
			var mg *MissingGlyphsError
			if tt.runes == nil {
				if err != nil {
					t.Fatalf("unexpected error %v", err)
				}
				return
			}
			if !errors.As(err, &mg) {
				t.Fatalf("error %v, want a *MissingGlyphsError", err)
			}
			var got []rune
			for _, g := range mg.Glyphs {
				got = append(got, g.Rune)
			}
			if string(got) != string(tt.runes) {
				t.Errorf("reported %q, want %q", string(got), string(tt.runes))
			}
			for _, r := range tt.runes {
				if !strings.Contains(err.Error(), RuneName(r)) {
					t.Errorf("message %q does not name %s", err, RuneName(r))
				}
			}
		})
	}
}

func TestCanDraw(t *testing.T) {
	for _, r := range "ẠẶẬỆỊỌỘỢỤỰỴđĐơƯăâêôạảấầẩẫậắằẳẵặ–—…“”‘’²№•" {
		if !CanDraw(r) {
			t.Errorf("CanDraw(%q) = false, want true", r)
		}
	}
	for _, r := range "漢字한☃𝔸\uE000" {
		if CanDraw(r) {
			t.Errorf("CanDraw(%q) = true, want false", r)
		}
	}
	if got := string(Missing("Xã 漢 Tân 漢 ☃")); got != "漢☃" {
		t.Errorf("Missing = %q", got)
	}
}

// cmapFont builds a font file holding only a cmap table with the given
// subtables (platform 3; encoding 10 for format 12, else 1).
func cmapFont(subtables ...[]byte) []byte {
	u16 := func(b []byte, v uint16) []byte { return binary.BigEndian.AppendUint16(b, v) }
	u32 := func(b []byte, v uint32) []byte { return binary.BigEndian.AppendUint32(b, v) }
	cmap := u16(u16(nil, 0), uint16(len(subtables)))
	off := 4 + 8*len(subtables)
	var body []byte
	for _, st := range subtables {
		enc := uint16(1)
		if st[1] == 12 {
			enc = 10
		}
		cmap = u32(u16(u16(cmap, 3), enc), uint32(off+len(body)))
		body = append(body, st...)
	}
	cmap = append(cmap, body...)
	font := u16(u16(u32(nil, 0x00010000), 1), 0)
	font = u16(u16(font, 0), 0)
	font = append(font, "cmap"...)
	font = u32(u32(u32(font, 0), 28), uint32(len(cmap)))
	return append(font, cmap...)
}

// FuzzParseCmap feeds the cmap reader broken and hostile fonts: it must
// not panic, and what it reads must be sorted, disjoint spans.
func FuzzParseCmap(f *testing.F) {
	// Format 4: one segment 0x41–0x5A (A–Z) by delta, and the end segment.
	f4 := []byte{0, 4, 0, 32, 0, 0, 0, 4, 0, 4, 0, 1, 0, 0,
		0, 0x5A, 0xFF, 0xFF, 0, 0, 0, 0x41, 0xFF, 0xFF, 0xFF, 0xC3, 0, 1, 0, 0, 0, 0}
	// Format 12: one group U+4E00–U+4E10 from glyph 5.
	f12 := []byte{0, 12, 0, 0, 0, 0, 0, 28, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0x4E, 0, 0, 0, 0x4E, 0x10, 0, 0, 0, 5}
	f.Add(cmapFont(f4))
	f.Add(cmapFont(f12))
	f.Add(cmapFont(f4, f12))
	f.Add([]byte("\x00\x01\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00cmap\x00\x00\x00\x00\x00\x00\x00\x1c\x00\x00\x00\x20"))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := parseCmap(data)
		if err != nil {
			return
		}
		for i, s := range c {
			if s.lo > s.hi || i > 0 && s.lo <= c[i-1].hi+1 {
				t.Fatalf("spans not sorted and disjoint: %v", c[max(i-1, 0):i+1])
			}
		}
	})
}

// TestCmapFont checks the synthetic fonts the fuzz target starts from.
func TestCmapFont(t *testing.T) {
	f4 := []byte{0, 4, 0, 32, 0, 0, 0, 4, 0, 4, 0, 1, 0, 0,
		0, 0x5A, 0xFF, 0xFF, 0, 0, 0, 0x41, 0xFF, 0xFF, 0xFF, 0xC3, 0, 1, 0, 0, 0, 0}
	c, err := parseCmap(cmapFont(f4))
	if err != nil || !c.has('A') || !c.has('Z') || c.has('a') {
		t.Fatalf("format 4: %v %v", c, err)
	}
}

// TestCheck checks that a report's undrawable characters are warned about
// with the character and the field they are in.
func TestCheck(t *testing.T) {
	r, o, rules := fixture.Example(t, "state")
	if ps := Check(r, o, rules); len(ps) != 0 {
		t.Fatalf("the example has no undrawable text, got %v", ps)
	}
	a := r.Answers["I.2.text"]
	a.Text += " Xem 漢字."
	r.Answers["I.2.text"] = a
	r.Recipients = append(r.Recipients, "Sở ☃")
	ps := Check(r, o, rules)
	want := []struct {
		path, field string
		c           rune
	}{{"answers.I.2.text", "I.2.text", '漢'}, {"answers.I.2.text", "I.2.text", '字'}, {"recipients[", "", '☃'}}
	if len(ps) != len(want) {
		t.Fatalf("got %d problems %v, want %d", len(ps), ps, len(want))
	}
	for i, w := range want {
		p := ps[i]
		if !strings.HasPrefix(p.Path, w.path) || w.field != "" && p.Field != w.field || p.Severity != model.Warning ||
			!strings.Contains(p.Message, RuneName(w.c)) {
			t.Errorf("problem %d = %+v, want %s in %s", i, p, RuneName(w.c), w.path)
		}
	}
}
