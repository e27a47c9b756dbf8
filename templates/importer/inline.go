package importer

import (
	"strings"
	"unicode"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/templates/docread"
)

// Emphasis and footnotes are kept in the draft as model's inline markup:
// a run whose bold, italic or underline differs from its paragraph's own
// is marked ("**…**", "*…*", "__…__"), a cited note becomes "[^n]" at the
// citing place and the line "[^n]: …" after the paragraph, and a source's
// own asterisks are escaped. The importer reasons on the plain text
// (line.text); only what it writes into the draft is marked.

// markedLines returns the lines of a paragraph (p.Full split at its line
// breaks) as markup, and how many could not carry their emphasis exactly
// (those are the escaped plain line).
func markedLines(p docread.Para) (lines []string, lost int) {
	plain := strings.Split(p.Full(), "\n")
	spans := ownEmphasis(p)
	if p.Num != "" {
		spans = append([]model.Span{{Text: p.Num + " "}}, spans...)
	}
	byLine := splitSpans(spans)
	for i, t := range plain {
		t = strings.TrimSpace(t)
		if i >= len(byLine) {
			lines = append(lines, model.EscapeInline(t))
			continue
		}
		out, exact := model.FormatInlineExact(tidySpans(byLine[i]))
		out = strings.TrimSpace(out)
		if model.InlineText(out, cite) != t {
			out, exact = model.EscapeInline(t), !marked(byLine[i])
		}
		if !exact {
			lost++
		}
		lines = append(lines, out)
	}
	return lines, lost
}

// cite is how a note reference reads in the plain text: "[n]".
func cite(id string) string { return "[" + id + "]" }

// ownEmphasis returns the paragraph's spans, bold left off when the whole
// paragraph is bold: that is a heading's look, and a heading is kept as the
// heading it is, not as "**…**" (a wholly bold line that stays body text
// gets its bold back, see bodyText). A wholly italic or underlined
// paragraph (a note, a quotation) keeps its look.
func ownEmphasis(p docread.Para) []model.Span {
	out := make([]model.Span, 0, len(p.Spans))
	for _, s := range p.Spans {
		if s.Note != "" {
			out = append(out, model.Span{Note: s.Note})
			continue
		}
		out = append(out, model.Span{Text: s.Text, Bold: s.Bold && !p.Bold, Italic: s.Italic, Underline: s.Underline})
	}
	return out
}

func marked(spans []model.Span) bool {
	for _, s := range spans {
		if s.Marked() && strings.TrimSpace(s.Text) != "" {
			return true
		}
	}
	return false
}

// splitSpans splits spans at their line breaks.
func splitSpans(spans []model.Span) [][]model.Span {
	out := [][]model.Span{nil}
	for _, s := range spans {
		parts := strings.Split(s.Text, "\n")
		for i, t := range parts {
			if i > 0 {
				out = append(out, nil)
			}
			if t != "" || s.Note != "" {
				s.Text = t
				out[len(out)-1] = append(out[len(out)-1], s)
			}
		}
	}
	return out
}

// tidySpans collapses runs of spaces across spans as the reader's tidy does
// for the plain text.
func tidySpans(spans []model.Span) []model.Span {
	space := true // at the start, spaces are trimmed
	for i, s := range spans {
		if s.Note != "" {
			space = false
			continue
		}
		var b strings.Builder
		for _, r := range s.Text {
			if unicode.IsSpace(r) {
				if !space {
					b.WriteRune(' ')
				}
				space = true
				continue
			}
			b.WriteRune(r)
			space = false
		}
		spans[i].Text = b.String()
	}
	return spans
}

// noteLines writes a paragraph's notes ("[n] text", as the reader gives
// them) as the draft's note lines "[^n]: text".
func noteLines(notes []string) []string {
	out := make([]string, 0, len(notes))
	for _, n := range notes {
		id, text, ok := strings.Cut(n, " ")
		if num := strings.Trim(id, "[]"); ok && num != "" && "["+num+"]" == id {
			out = append(out, model.FormatNoteDef(num, model.EscapeInline(text)))
			continue
		}
		out = append(out, model.EscapeInline(n))
	}
	return out
}

// markup returns the markup of plain, which is l.text or the end of it
// (the run-in rest of a heading's line).
func (l line) markup(plain string) string {
	if plain == l.text || !strings.HasSuffix(l.text, plain) {
		if plain == l.text {
			return l.marked
		}
		return model.EscapeInline(plain)
	}
	cut := len(l.text) - len(plain)
	var rest []model.Span
	at := 0
	for _, s := range model.ParseInline(l.marked) {
		t := s.Text
		if s.Note != "" {
			t = cite(s.Note)
		}
		switch {
		case at >= cut:
			rest = append(rest, s)
		case at+len(t) > cut && s.Note == "":
			s.Text = t[cut-at:]
			rest = append(rest, s)
		}
		at += len(t)
	}
	out, _ := model.FormatInlineExact(rest)
	if model.InlineText(out, cite) != plain {
		return model.EscapeInline(plain)
	}
	return out
}

// bodyText is the markup of a line kept as body text: a wholly bold
// paragraph that no heading took stays bold.
func (l line) bodyText() string {
	if !l.para.Bold || l.para.Table > 0 {
		return l.marked
	}
	spans := model.ParseInline(l.marked)
	for i := range spans {
		spans[i].Bold = spans[i].Note == ""
	}
	out, exact := model.FormatInlineExact(spans)
	if !exact || model.InlineText(out, cite) != l.text {
		return l.marked
	}
	return out
}
