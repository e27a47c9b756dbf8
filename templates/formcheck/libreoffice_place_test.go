package formcheck

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/baocao/baocao/templates/internal/pagecheck"
)

// TestSidesAsPrinted prints the compliant documents and the ones with an
// element moved with LibreOffice, and compares the side the reader gives
// each element of the heading and the signature with the side its words
// are printed on: the reader's estimate of tab stops, text boxes and table
// columns must agree with the printer.
func TestSidesAsPrinted(t *testing.T) {
	docs := map[string][]byte{}
	for _, name := range []string{"lo-state-2026-tabs", "lo-party-2026-tabs", "lo-party-2024-boxes", "lo-state-2024-boxes", "lo-state-2024", "state2026", "party"} {
		docs[name] = fixture(t, name)
	}
	for i, m := range moved {
		docs["moved-"+string(rune('a'+i))] = m.inject(t)
	}
	dir, pdftotext := printed(t, docs)
	placed := map[Element]bool{Parent: true, Issuer: true, Number: true, Motto: true, Slogan: true, Date: true,
		Title: true, RecipientsLabel: true, Authority: true, SignTitle: true, SignName: true}
	for name, data := range docs {
		t.Run(name, func(t *testing.T) {
			res := check(t, data)
			pages := pagecheck.Read(t, pdftotext, filepath.Join(dir, name+".pdf"))
			s := res.doc.Sections[0]
			left, width := pagecheck.MM(s.Left), pagecheck.MM(s.Width-s.Left-s.Right)
			for i, p := range res.doc.Paras {
				if !placed[res.layout.roles[i]] {
					continue
				}
				c, ok := printedCentre(pages, strings.Fields(p.Text))
				if !ok {
					t.Errorf("%q not found as printed", p.Text)
					continue
				}
				if got := sideOf(c-left, width); got != p.Side {
					t.Errorf("%s %q: read on the %s (centre %.0f mm), printed on the %s (centre %.0f mm)",
						res.layout.roles[i], p.Text, p.Side, p.Center, got, (c-left)*25.4/72)
				}
			}
		})
	}
}

// printedCentre finds the first words of a paragraph printed in a row on
// one line (a word of another column further than a few spaces away ends
// the row) and returns the middle of that row, in points.
func printedCentre(pages []pagecheck.Page, words []string) (float64, bool) {
	if len(words) == 0 {
		return 0, false
	}
	for _, pg := range pages {
		for _, l := range pg.Lines {
			for i, w := range l.Words {
				if w.Text != words[0] {
					continue
				}
				end, n := i, 1
				for end+1 < len(l.Words) && n < len(words) && l.Words[end+1].Text == words[n] &&
					l.Words[end+1].XMin-l.Words[end].XMax < 3*(w.YMax-w.YMin) {
					end, n = end+1, n+1
				}
				if n == len(words) || n >= 2 || len(words) == 1 {
					return (w.XMin + l.Words[end].XMax) / 2, true
				}
			}
		}
	}
	return 0, false
}
