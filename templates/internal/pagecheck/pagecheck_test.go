package pagecheck

import (
	"strings"
	"testing"

	"github.com/baocao/baocao/templates/layout"
)

const sample = `<doc>
  <page width="595.276000" height="841.890000">
    <word xMin="100.0" yMin="50.0" xMax="140.0" yMax="62.0">ỦY</word>
    <word xMin="145.0" yMin="50.5" xMax="180.0" yMax="62.5">BAN</word>
    <word xMin="85.0" yMin="100.0" xMax="120.0" yMax="112.0">số</word>
    <word xMin="125.0" yMin="100.0" xMax="160.0" yMax="112.0">21-</word>
    <word xMin="85.0" yMin="120.0" xMax="95.0" yMax="132.0">-</word>
    <word xMin="100.0" yMin="120.0" xMax="130.0" yMax="132.0">xã &amp; hội</word>
  </page>
</doc>`

func TestParseAndBreaks(t *testing.T) {
	pages := Parse(sample)
	if len(pages) != 1 || len(pages[0].Lines) != 3 {
		t.Fatalf("got %d pages, lines %q", len(pages), pages[0].Text())
	}
	if got := pages[0].Lines[0].Text(); got != "ỦY BAN" {
		t.Errorf("line 1 = %q", got)
	}
	if got := pages[0].Lines[2].Text(); got != "- xã & hội" {
		t.Errorf("line 3 = %q", got)
	}
	probs := Breaks(pages, 85, "Nơi nhận:")
	if len(probs) != 2 || !strings.Contains(probs[0], "hyphen") || !strings.Contains(probs[1], "dash") {
		t.Errorf("Breaks = %q, want a split symbol and a wrapped dash", probs)
	}
	kept := Kept(pages, []layout.Block{{Kind: layout.Heading, Number: "I.", Text: "ỦY BAN"}, {Kind: layout.Paragraph, Text: "trên trang sau"}})
	if len(kept) != 1 {
		t.Errorf("Kept = %q, want the heading reported", kept)
	}
}

// FuzzParse feeds pdftotext -bbox output, broken or not, to Parse: it must
// not panic, and every line it returns has words.
func FuzzParse(f *testing.F) {
	f.Add(sample)
	f.Add(`<page width="1" height="1"><word xMin="1" yMin="1" xMax="2" yMax="2">a</word></page>`)
	f.Fuzz(func(t *testing.T, s string) {
		for _, p := range Parse(s) {
			for _, l := range p.Lines {
				if len(l.Words) == 0 {
					t.Fatal("a line without words")
				}
				_ = l.XMin() + l.XMax()
			}
		}
	})
}
