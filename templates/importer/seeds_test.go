package importer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/templates"
	"github.com/baocao/baocao/templates/docread"
	"github.com/baocao/baocao/templates/docread/docxtest"
)

// seedDir finds the project's shared seeds: $BAOCAO_SEEDS, else a
// "shared/seeds" folder beside one of the checkout's parent folders.
func seedDir() string {
	if d := os.Getenv("BAOCAO_SEEDS"); d != "" {
		return d
	}
	dir, _ := filepath.Abs(".")
	for range 6 {
		if st, err := os.Stat(filepath.Join(dir, "shared", "seeds")); err == nil && st.IsDir() {
			return filepath.Join(dir, "shared", "seeds")
		}
		dir = filepath.Dir(dir)
	}
	return "shared/seeds"
}

// seedDOCX turns a seed's text into a DOCX at test time, one paragraph per
// block, "**" as bold.
func seedDOCX(t testing.TB, prefix string) docread.Document {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(seedDir(), prefix+"_*.txt"))
	if len(files) == 0 {
		t.Skipf("seed %s not found in %s", prefix, seedDir())
	}
	raw, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	doc, err := docread.Read("seed.docx", docxtest.Build(docxtest.FromText(string(raw)), docxtest.Parts{}))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func importOpts(t testing.TB) Options {
	rules, err := templates.Rules()
	if err != nil {
		t.Fatal(err)
	}
	return Options{Outlines: templates.Builtin(), Rules: rules, Name: "seed.docx"}
}

// seedPlacement walks a seed's text the way its author numbered it and
// returns, for each body block, the section the seed puts it in (its typed
// "I." and "1." headings give the IDs: I, I.1, …).
func seedPlacement(t testing.TB, prefix string) (blocks, sections []string) {
	files, _ := filepath.Glob(filepath.Join(seedDir(), prefix+"_*.txt"))
	raw, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	roman := ""
	inBody := false
	for _, b := range strings.Split(string(raw), "\n\n") {
		b = strings.Join(strings.Fields(strings.NewReplacer("**", "", "*", "").Replace(b)), " ")
		switch {
		case b == "":
			continue
		case strings.HasPrefix(b, "Thực hiện"):
			inBody = true
			continue
		case strings.HasPrefix(b, "Trên đây"):
			inBody = false
		}
		if !inBody {
			continue
		}
		if h, ok := ParseHeading(b); ok && (h.Kind == NumRoman || h.Kind == NumArabic) {
			if h.Kind == NumRoman {
				roman = h.Number
				blocks, sections = append(blocks, "#"+h.Rest), append(sections, roman)
			} else {
				blocks, sections = append(blocks, "#"+h.Rest), append(sections, roman+"."+h.Number)
			}
			continue
		}
		sec := roman
		if n := len(sections); n > 0 && strings.HasPrefix(sections[n-1], roman+".") {
			sec = sections[n-1]
		}
		blocks, sections = append(blocks, b), append(sections, sec)
	}
	return blocks, sections
}

// TestSeeds: the seeds' texts, made DOCX at test time, import into the
// state and party outlines with every paragraph in the section where the
// seed puts it, header and signer filled, and seed 000's staffing read
// into rows, the duplicated position reported by the check.
func TestSeeds(t *testing.T) {
	cases := []struct {
		prefix, outline, unit, signer string
	}{
		{"000", "state", "Phổ Minh", "KT. CHỦ TỊCH/PHÓ CHỦ TỊCH/Nguyễn Tấn Phát"},
		{"002", "party", "Đà Lạt", "T/M BAN THƯỜNG VỤ/PHÓ Bí THƯ/Ngô Thị Mỹ Lợi"}, // the seed's own case, kept,
	}
	for _, c := range cases {
		for _, via := range []string{"builder", "soffice"} {
			t.Run(c.prefix+"/"+via, func(t *testing.T) {
				opt := importOpts(t)
				doc := seedDOCX(t, c.prefix)
				if via == "soffice" {
					doc = seedSoffice(t, c.prefix)
				}
				res, err := ImportReport(doc, opt)
				if err != nil {
					t.Fatal(err)
				}
				r := res.Report
				// The seeds' texts have no header: the unit is read from the
				// opening for checks, and no issuer is printed that the
				// source's header does not have.
				if res.Outline.ID != c.outline || r.Unit.Name != c.unit || r.Unit.Issuer != "" || len(r.Unplaced) > 0 {
					t.Fatalf("outline %s unit %q issuer %q unplaced %q", res.Outline.ID, r.Unit.Name, r.Unit.Issuer, r.Unplaced)
				}
				if got := string(r.Signer.Authority) + " " + r.Signer.For + "/" + r.Signer.Title + "/" + r.Signer.Name; got != c.signer {
					t.Errorf("signer %q, want %q", got, c.signer)
				}
				if r.Directive.Ref == "" || r.Directive.Issuer == "" || r.Doc.Subject == "" || len(r.Recipients) < 3 {
					t.Errorf("header: directive %+v subject %q recipients %q", r.Directive, r.Doc.Subject, r.Recipients)
				}
				cat := opt.Rules.CatalogueFor(r.Doc.Date)
				blocks, secs := seedPlacement(t, c.prefix)
				if len(blocks) < 10 {
					t.Fatalf("only %d body blocks found in the seed", len(blocks))
				}
				for i, b := range blocks {
					in := subtreeText(res.Outline, r, secs[i])
					switch {
					case strings.HasPrefix(b, "#"):
						if rest := strings.TrimPrefix(b, "#"); isNone(rest) && !strings.Contains(in, "Không") {
							t.Errorf("section %s: the seed's %q is not an explicit Không", secs[i], rest)
						}
					case staffingBlock(b, cat):
					default:
						item, _ := Bullet(b)
						item = strings.TrimRight(item, ";")
						if !strings.Contains(in, item) {
							t.Errorf("paragraph %q is not in section %s", shorten(b, 70), secs[i])
						}
					}
				}
				if c.prefix == "000" {
					if len(r.Staffing.Rows) < 15 || r.Staffing.Term != "2020-2025" {
						t.Errorf("staffing: %+v", r.Staffing)
					}
					dup := false
					for _, p := range model.Validate(r, res.Outline, opt.Rules) {
						dup = dup || strings.HasPrefix(p.Path, "staffing.rows") && strings.Contains(p.Message, "Chủ tịch UBND")
					}
					if !dup {
						t.Error("the check does not report the position listed twice")
					}
				}
			})
		}
	}
}

// seedSoffice has LibreOffice write the seed's text (its "*" marks
// removed) as DOCX.
func seedSoffice(t testing.TB, prefix string) docread.Document {
	files, _ := filepath.Glob(filepath.Join(seedDir(), prefix+"_*.txt"))
	if len(files) == 0 {
		t.Skipf("seed %s not found", prefix)
	}
	raw, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	src := filepath.Join(t.TempDir(), "seed"+prefix+".txt")
	if err := os.WriteFile(src, []byte(strings.ReplaceAll(string(raw), "*", "")), 0o644); err != nil {
		t.Fatal(err)
	}
	doc, err := docread.Read("seed.docx", docxtest.Convert(t, src, "docx"))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func staffingBlock(b string, cat model.Catalogue) bool {
	_, ok := ReadStaffing(b, cat)
	return ok
}

// subtreeText is every answer under a section, one space between words,
// "Không" for an explicit none.
func subtreeText(o model.Outline, r model.Report, id string) string {
	var parts []string
	for i, s := range o.Sections {
		if s.ID != id {
			continue
		}
		for _, sub := range o.Subtree(i) {
			for _, f := range sub.Fields {
				a := r.Answers[f.ID]
				if a.None {
					parts = append(parts, "Không")
				}
				parts = append(parts, a.Text)
				parts = append(parts, a.Items...)
			}
		}
	}
	return strings.Join(strings.Fields(plainWords(strings.Join(parts, "\n"))), " ")
}

// plainWords is a draft's text as printed, without inline markup, note
// references or the "[^id]:" of note lines.
func plainWords(text string) string {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		if _, rest, ok := model.NoteDef(strings.TrimSpace(l)); ok {
			l = rest
		}
		lines[i] = model.InlineText(l, nil)
	}
	return strings.Join(lines, "\n")
}
