package importer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/baocao/baocao/templates/docread"
)

// line is one line of the source: a paragraph, or one line of a paragraph
// with line breaks, with what the reader knew of it.
type line struct {
	text string
	// marked is text in the draft's inline markup (see inline.go).
	marked string
	para   docread.Para
	notes  []string // footnotes and endnotes cited on this line
	head   Heading
	isNum  bool // head was read
	pi     int  // index of the paragraph the line comes from
	toks   []string
}

// splitLines turns paragraphs into lines: a paragraph's numbering joins its
// text, its line breaks part it, and its notes follow its last line. The
// reader has passed every text through model.Clean.
func splitLines(doc docread.Document) []line {
	var out []line
	var pieces, marks [][]string // per line: its text and the lines that continue it, joined at the end
	for pi, p := range doc.Paras {
		parts := strings.Split(p.Full(), "\n")
		marked, _ := markedLines(p)
		for i, t := range parts {
			t = strings.TrimSpace(t)
			if t == "" {
				continue
			}
			l := line{text: t, para: p, pi: pi}
			if i == len(parts)-1 {
				l.notes = noteLines(p.Notes)
			}
			if n := len(out); n > 0 {
				prev := out[n-1]
				prev.text = pieces[n-1][len(pieces[n-1])-1]
				if continuesLine(prev, l) {
					pieces[n-1] = append(pieces[n-1], t)
					marks[n-1] = append(marks[n-1], marked[i])
					out[n-1].notes = append(out[n-1].notes, l.notes...)
					continue
				}
			}
			l.head, l.isNum = ParseHeading(t)
			out = append(out, l)
			pieces = append(pieces, []string{t})
			marks = append(marks, []string{marked[i]})
		}
	}
	for i := range out {
		out[i].text = strings.Join(pieces[i], " ")
		out[i].marked = strings.Join(marks[i], " ")
	}
	return out
}

// continuesLine reports a line that is the rest of the one before, broken
// by a page or a stray Enter: it starts in lower case, outside any table,
// after a line that ends no sentence.
func continuesLine(prev, l line) bool {
	first, _ := utf8.DecodeRuneInString(l.text)
	if !unicode.IsLower(first) || prev.para.Table != 0 || l.para.Table != 0 || prev.para.Box != l.para.Box {
		return false
	}
	if _, ok := ParseHeading(l.text); ok {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(prev.text)
	return !strings.ContainsRune(".:;!?)”\"", last)
}

// candidate reports whether a line may be a heading: numbered with a
// heading kind, or styled as one (outline level, or short, bold and not a
// list item).
func (l line) candidate() bool {
	if l.para.Table > 0 && !l.isNum {
		return false
	}
	if l.isNum {
		return true
	}
	if _, bullet := Bullet(l.text); bullet {
		return false
	}
	return l.para.Outline > 0 || (l.para.Bold && len([]rune(l.text)) < 300)
}

// title returns the heading wording of a candidate: the title after the
// number, without a bracketed instruction.
func (l line) title() string {
	t := l.text
	if l.isNum {
		t = l.head.Title
	}
	t, _ = Instruction(t)
	return t
}

func (l line) tokens() []string {
	if l.toks == nil {
		l.toks = Tokens(l.title())
	}
	return l.toks
}
