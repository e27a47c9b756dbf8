package pagecheck

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/baocao/baocao/templates/layout"
)

// body returns a page's squashed text without the page number that heads
// pages 2 on.
func body(p Page) string {
	var b strings.Builder
	for i, l := range p.Lines {
		if _, err := strconv.Atoi(l.Text()); i == 0 && err == nil {
			continue
		}
		b.WriteString(Squash(l.Text()))
	}
	return b.String()
}

// Kept checks that every heading of blocks is printed whole on one page
// together with the start of the block after it: no page ends with a
// heading, nor with a heading and a lone line of its text.
func Kept(pages []Page, blocks []layout.Block) []string {
	texts := make([]string, len(pages))
	for i, p := range pages {
		texts[i] = body(p)
	}
	var probs []string
	page, at := 0, 0
	for i, bl := range blocks {
		if bl.Kind != layout.Heading || i+1 == len(blocks) {
			continue
		}
		h := Squash(printed(bl))
		p, pos := find(texts, h, page, at)
		if p < 0 {
			probs = append(probs, fmt.Sprintf("heading %.50q is not whole on one page", bl.Line()))
			continue
		}
		page, at = p, pos+len(h)
		next := []rune(Squash(printed(blocks[i+1])))
		next = next[:min(len(next), 60)]
		if !strings.Contains(texts[p][at:], string(next)) {
			probs = append(probs, fmt.Sprintf("page %d ends with heading %.50q: what follows it is on the next page", p+1, bl.Line()))
		}
	}
	return probs
}

// find returns the first page (from page, at offset at on it) holding s.
func find(texts []string, s string, page, at int) (int, int) {
	for p := page; p < len(texts); p++ {
		from := 0
		if p == page {
			from = at
		}
		if i := strings.Index(texts[p][from:], s); i >= 0 {
			return p, from + i
		}
	}
	return -1, 0
}

var hyphenEnd = regexp.MustCompile(`[\p{L}\p{N}/)]-$`)

// Breaks checks every line above the first one holding stop ("Nơi
// nhận:", whose list lines start with dashes): none may end in a hyphen
// inside a word (a symbol split, "21-" over "KL/TW"), and none that starts
// at the left margin (left, points; a paragraph's first line is indented)
// may start with a dash ("- xã hội" reads as a bullet).
func Breaks(pages []Page, left float64, stop string) []string {
	var probs []string
	for n, p := range pages {
		for _, l := range p.Lines {
			if strings.Contains(l.Text(), stop) {
				return probs
			}
			last, first := l.Words[len(l.Words)-1].Text, l.Words[0].Text
			if hyphenEnd.MatchString(last) {
				probs = append(probs, fmt.Sprintf("page %d: a line ends inside a word at its hyphen: %q", n+1, l.Text()))
			}
			if (first == "-" || first == "–") && l.XMin() < left+3 {
				probs = append(probs, fmt.Sprintf("page %d: a wrapped line starts with a dash: %q", n+1, l.Text()))
			}
		}
	}
	return probs
}

// Subject returns the lines of page 1 after the one holding title that
// together print subject, or nil when they do not.
func Subject(p Page, title, subject string) []Line {
	want := Squash(subject)
	for i, l := range p.Lines {
		if Squash(l.Text()) != Squash(title) {
			continue
		}
		got := ""
		for j := i + 1; j < len(p.Lines) && len(got) < len(want); j++ {
			got += Squash(p.Lines[j].Text())
			if got == want {
				return p.Lines[i+1 : j+1]
			}
		}
		return nil
	}
	return nil
}

// Balanced checks printed subject lines against the layout's: the same
// lines, none wider than widest points, the shortest at least 3/4 of the
// widest.
func Balanced(lines []Line, want []string, widest float64) []string {
	if len(lines) != len(want) {
		var got []string
		for _, l := range lines {
			got = append(got, l.Text())
		}
		return []string{fmt.Sprintf("subject printed in %d lines %q, want %d %q", len(lines), got, len(want), want)}
	}
	var probs []string
	lo, hi := 1e9, 0.0
	for i, l := range lines {
		if Squash(l.Text()) != Squash(want[i]) {
			probs = append(probs, fmt.Sprintf("subject line %d is %q, want %q", i+1, l.Text(), want[i]))
		}
		w := l.XMax() - l.XMin()
		lo, hi = min(lo, w), max(hi, w)
	}
	if hi > widest {
		probs = append(probs, fmt.Sprintf("the subject's widest line is %.0f pt, more than %.0f pt", hi, widest))
	}
	if len(lines) > 1 && lo < hi*3/4 {
		probs = append(probs, fmt.Sprintf("the subject's lines are uneven: %.0f to %.0f pt", lo, hi))
	}
	return probs
}

// Check runs every check on the pages printed from case c, laid out as d
// in form f, and reports each problem as a test error.
func Check(t testing.TB, pages []Page, c Case, d layout.Doc, f layout.Form) {
	t.Helper()
	if len(pages) == 0 {
		t.Fatal("the PDF has no pages")
	}
	left := MM(f.MarginLeft)
	want := append(append([]string(nil), c.Parent...), c.Issuer...)
	if laid := append(append([]string(nil), d.Header.ParentLines...), d.Header.IssuerLines...); strings.Join(laid, "|") != strings.Join(want, "|") {
		t.Errorf("the layout's header lines are %q, want %q", laid, want)
	}
	got := Column(pages[0], left-2, left+MM(f.HeaderLeftWidth), d.Title)
	if len(got) < len(want) || Squash(strings.Join(got[:len(want)], "|")) != Squash(strings.Join(want, "|")) {
		t.Errorf("the issuing body is printed as %q, want the lines %q", got, want)
	}
	for _, p := range Kept(pages, d.Body) {
		t.Error(p)
	}
	for _, p := range Breaks(pages, left, layout.RecipientsLabel) {
		t.Error(p)
	}
	for _, p := range Balanced(Subject(pages[0], d.Title, d.Subject), d.SubjectLines, MM(f.TextWidth())*0.95) {
		t.Error(p)
	}
}
