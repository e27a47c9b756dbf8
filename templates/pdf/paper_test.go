package pdf

import (
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
			data, err := Render(d, f)
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
			data, err := Render(d, f)
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

// FuzzParseCmap feeds the cmap reader broken and hostile fonts: it must
// not panic, and what it reads must be sorted, disjoint spans.
func FuzzParseCmap(f *testing.F) {
	for _, name := range fontFiles {
		data, err := fonts.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
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
