package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"flag"
	"fmt"
	"github.com/baocao/baocao/templates/internal/fixture"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/baocao/baocao/templates/internal/pagecheck"
	"github.com/baocao/baocao/templates/layout"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// readable puts each paragraph, table part and relationship on its own
// line, so that golden diffs can be read; the change is only whitespace
// between elements, which the golden comparison then checks exactly.
var readable = strings.NewReplacer("<w:p>", "\n<w:p>", "<w:tbl>", "\n<w:tbl>", "<w:tr>", "\n<w:tr>",
	"<w:tc>", "\n<w:tc>", "<w:sectPr>", "\n<w:sectPr>", "<Override", "\n<Override", "<Default", "\n<Default",
	"<Relationship ", "\n<Relationship ", "<w:style ", "\n<w:style ", "<w:docDefaults>", "\n<w:docDefaults>")

func goldenName(part string) string {
	return strings.NewReplacer("/", "_", "[", "", "]", "").Replace(part) + ".golden"
}

// goldenDoc lays out an example, or for "notes" the example with inline
// emphasis and footnotes (pagecheck.NoteCase).
func goldenDoc(t *testing.T, id string) (layout.Doc, layout.Form) {
	if id == "notes" {
		c := pagecheck.NoteCase(t)
		return layout.Lay(c.Report, c.Outline, c.Rules)
	}
	return layout.Lay(fixture.Example(t, id))
}

func TestGoldenParts(t *testing.T) {
	for _, id := range []string{"state", "party", "cchc", "notes"} {
		d, f := goldenDoc(t, id)
		for _, p := range Parts(d, f) {
			t.Run(id+"/"+p.Name, func(t *testing.T) {
				path := filepath.Join("testdata", id, goldenName(p.Name))
				got := readable.Replace(p.Data) + "\n"
				if *update {
					if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
						t.Fatal(err)
					}
					if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
						t.Fatal(err)
					}
				}
				want, err := os.ReadFile(path)
				if err != nil {
					t.Fatalf("%v (run go test -update to create it)", err)
				}
				if got != string(want) {
					t.Errorf("%s differs from %s; run go test -update if the change is meant:\n%s", p.Name, path, firstDiff(got, string(want)))
				}
			})
		}
	}
}

// firstDiff shows the first differing line of two texts.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var a, b string
		if i < len(g) {
			a = g[i]
		}
		if i < len(w) {
			b = w[i]
		}
		if a != b {
			return fmt.Sprintf("line %d\n got: %s\nwant: %s", i+1, a, b)
		}
	}
	return ""
}

// unzip reads every part of a package.
func unzip(t *testing.T, data []byte) map[string]string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	parts := map[string]string{}
	for _, zf := range zr.File {
		rc, err := zf.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		parts[zf.Name] = string(b)
	}
	return parts
}

func TestPackage(t *testing.T) {
	for _, id := range []string{"state", "party"} {
		t.Run(id, func(t *testing.T) {
			d, f := layout.Lay(fixture.Example(t, id))
			data, err := Render(d, f)
			if err != nil {
				t.Fatal(err)
			}
			again, _ := Render(d, f)
			if !bytes.Equal(data, again) {
				t.Error("two renderings of the same report differ")
			}
			parts := unzip(t, data)
			for _, p := range Parts(d, f) {
				if parts[p.Name] != p.Data {
					t.Errorf("zip entry %s differs from the part", p.Name)
				}
				if err := wellFormed(p.Data); err != nil {
					t.Errorf("%s is not well-formed XML: %v", p.Name, err)
				}
			}
		})
	}
}

func wellFormed(s string) error {
	dec := xml.NewDecoder(strings.NewReader(s))
	for {
		_, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// TestFormRules checks the settings the forms require in the XML itself.
func TestFormRules(t *testing.T) {
	for _, id := range []string{"state", "party"} {
		d, f := layout.Lay(fixture.Example(t, id))
		parts := map[string]string{}
		for _, p := range Parts(d, f) {
			parts[p.Name] = p.Data
		}
		doc, styles := parts["word/document.xml"], parts["word/styles.xml"]
		checks := []struct {
			name, part, want string
		}{
			{"A4", doc, `<w:pgSz w:w="11906" w:h="16838"/>`},
			{"margins", doc, fmt.Sprintf(`<w:pgMar w:top="%d" w:right="%d" w:bottom="%d" w:left="%d"`,
				twips(f.MarginTop), twips(f.MarginRight), twips(f.MarginBottom), twips(f.MarginLeft))},
			{"no number on page 1", doc, `<w:titlePg/>`},
			{"first-page header", doc, `<w:headerReference w:type="first" r:id="rIdHeaderFirst"/>`},
			{"font for every script", styles, `<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman"/>`},
			{"Vietnamese", styles, `<w:lang w:val="vi-VN"`},
			{"body size", styles, fmt.Sprintf(`<w:sz w:val="%d"/>`, halfPoints(f.Body.Size))},
			{"justified body with indent", doc, fmt.Sprintf(`<w:ind w:left="0" w:right="0" w:firstLine="%d"/><w:jc w:val="both"/>`, twips(f.FirstLineIndent))},
			{"paragraph spacing", doc, lineSpacing(f)},
			{"page number field", parts["word/header1.xml"], `<w:instrText xml:space="preserve"> PAGE </w:instrText>`},
			{"motto", doc, escape(d.Header.Motto)},
			{"number line", doc, textXML(d.Header.Number)},
			{"date line italic", doc, `<w:i/><w:iCs/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:t xml:space="preserve">` + escape(d.Header.DateLine)},
			{"signer", doc, escape(d.Signature.Name)},
		}
		for _, c := range checks {
			if !strings.Contains(c.part, c.want) {
				t.Errorf("%s: %s: missing %s", id, c.name, c.want)
			}
		}
		if strings.Contains(parts["word/header2.xml"], "PAGE") {
			t.Errorf("%s: the first page's header carries a page number", id)
		}
		for _, bl := range d.Body {
			if !strings.Contains(doc, textXML(bl.Line())) {
				t.Errorf("%s: body text missing: %.60s", id, bl.Line())
			}
		}
	}
}

// lineSpacing is the body paragraphs' spacing element in form f: exact
// points (the party forms) or a multiple of a line.
func lineSpacing(f layout.Form) string {
	if f.LineExact > 0 {
		return fmt.Sprintf(`<w:spacing w:before="0" w:after="%d" w:line="%d" w:lineRule="exact"/>`, ptTwips(f.ParagraphAfter), ptTwips(f.LineExact))
	}
	return fmt.Sprintf(`<w:spacing w:before="0" w:after="%d" w:line="%d" w:lineRule="auto"/>`, ptTwips(f.ParagraphAfter), int(f.LineSpacing*240))
}

// textXML is a line of text as writeText puts it in a run.
func textXML(s string) string {
	var b strings.Builder
	writeText(&b, s)
	return b.String()
}

func TestRecipientLabelStyle(t *testing.T) {
	tests := []struct {
		form layout.Form
		want string
	}{
		{layout.StateForm, `<w:rPr><w:b/><w:bCs/><w:i/><w:iCs/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr><w:t xml:space="preserve">Nơi nhận:`},
		{layout.PartyForm, `<w:rPr><w:sz w:val="28"/><w:szCs w:val="28"/><w:u w:val="single"/></w:rPr><w:t xml:space="preserve">Nơi nhận:`},
	}
	d, _ := layout.Lay(fixture.Example(t, "state"))
	for _, tt := range tests {
		if doc := documentXML(d, tt.form); !strings.Contains(doc, tt.want) {
			t.Errorf("%s: Nơi nhận label not styled as %s", tt.form.Profile, tt.want)
		}
	}
}
