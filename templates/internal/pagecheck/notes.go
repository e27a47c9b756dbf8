package pagecheck

import (
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/baocao/baocao/templates/internal/fixture"
	"github.com/baocao/baocao/templates/layout"
)

// NoteCase is the state example with inline emphasis and two footnotes:
// one cited in the first answer's opening lines, one after Stress text,
// on a later page.
func NoteCase(t testing.TB) Case {
	r, o, rules := fixture.Example(t, "state")
	field := firstNarrative(o)
	a := r.Answers[field]
	a.Text = "Dân số toàn xã **tăng nhanh**[^1] trong kỳ, *chủ yếu* do __nhập cư__.\n" +
		"[^1]: Theo số liệu của Chi cục Thống kê huyện đến ngày 30/6.\n" + a.Text + "\n" + Stress(4) +
		"\nHộ nghèo giảm còn 3,2%[^2] theo chuẩn mới.\n[^2]: Chuẩn nghèo đa chiều giai đoạn 2022 - 2025."
	r.Answers[field] = a
	return Case{Name: "notes", Report: r, Outline: o, Rules: rules}
}

// Notes checks that each footnote of d is printed at the foot of the page
// that cites it: its number and text below every other line of that page
// but the other notes, and the words before its mark on the same page.
func Notes(pages []Page, d layout.Doc) []string {
	var probs []string
	var all []layout.Note
	for _, b := range d.Body {
		all = append(all, b.Notes...)
	}
	notesText := ""
	for _, n := range all {
		notesText += strconv.Itoa(n.Number) + Squash(n.Text)
	}
	for _, b := range d.Body {
		for _, n := range b.Notes {
			if p := noteProblem(pages, b, n, notesText); p != "" {
				probs = append(probs, p)
			}
		}
	}
	if len(all) == 0 {
		probs = append(probs, "the layout has no footnote to check")
	}
	return probs
}

func noteProblem(pages []Page, b layout.Block, n layout.Note, notesText string) string {
	head := Squash(n.Text)
	head = string([]rune(head)[:min(20, len([]rune(head)))])
	for pi, p := range pages {
		for li, l := range p.Lines {
			sq := Squash(l.Text())
			if !strings.Contains(sq, head) {
				continue
			}
			if !strings.HasPrefix(sq, strconv.Itoa(n.Number)) {
				return fmt.Sprintf("note %d is printed without its number: %q", n.Number, l.Text())
			}
			for _, below := range p.Lines[li+1:] {
				if !strings.Contains(notesText, Squash(below.Text())) {
					return fmt.Sprintf("note %d on page %d is not at the foot: %q is below it", n.Number, pi+1, below.Text())
				}
			}
			before := citedAfter(b, n)
			body := Squash(Page{Lines: p.Lines[:li]}.Text())
			if !strings.Contains(body, before) {
				return fmt.Sprintf("note %d is on page %d, but %q that cites it is not", n.Number, pi+1, before)
			}
			return ""
		}
	}
	return fmt.Sprintf("note %d (%q) is not printed", n.Number, n.Text)
}

// citedAfter returns the squashed words just before note n's mark in b.
func citedAfter(b layout.Block, n layout.Note) string {
	i := strings.Index(b.Text, layout.Mark(n.Number))
	words := strings.Fields(b.Text[:max(i, 0)])
	return Squash(strings.Join(words[max(0, len(words)-3):], " "))
}

// printed is the start of a block's line that a page shows as typed: up
// to its first footnote mark, which is raised and may be read as a line of
// its own.
func printed(b layout.Block) string {
	line := b.Line()
	if len(b.Notes) > 0 {
		if i := strings.Index(line, layout.Mark(b.Notes[0].Number)); i >= 0 {
			line = line[:i]
		}
	}
	return line
}
