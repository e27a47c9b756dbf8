package text

import (
	"strconv"
	"strings"

	"github.com/baocao/baocao/templates/layout"
)

// mdSpans writes a block's runs as Markdown: bold "**", italic "*",
// underline "<u>" (Markdown has none), a footnote mark "[^n]"; spaces at a
// run's edges stay outside its markers, which must touch text. A run right
// after another emphasised one takes HTML tags instead, as "**a*****b***"
// would not read back.
func mdSpans(spans []layout.Span, escape func(string) string) string {
	var b strings.Builder
	prevMarked := false
	for i, s := range spans {
		if s.Note != 0 {
			b.WriteString("[^" + strconv.Itoa(s.Note) + "]")
			prevMarked = false
			continue
		}
		text := s.Text
		if i > 0 {
			text = mdInline(text)
		} else {
			text = escape(text)
		}
		if !(s.Bold || s.Italic || s.Underline) || strings.TrimSpace(text) == "" {
			b.WriteString(text)
			prevMarked = false
			continue
		}
		core := strings.TrimLeft(text, " ")
		lead := text[:len(text)-len(core)]
		core = strings.TrimRight(core, " ")
		trail := text[len(lead)+len(core):]
		open, shut := mdMarkers(s, prevMarked && lead == "")
		b.WriteString(lead + open + core + shut + trail)
		prevMarked = trail == ""
	}
	return b.String()
}

// mdMarkers returns the opening and closing markup of a run's emphasis;
// tags gives HTML tags for bold and italic.
func mdMarkers(s layout.Span, tags bool) (open, shut string) {
	bold, italic := "**", "*"
	if tags {
		bold, italic = "<b>", "<i>"
	}
	var o, c []string
	add := func(on bool, m string) {
		if !on {
			return
		}
		o = append(o, m)
		c = append([]string{closeTag(m)}, c...)
	}
	add(s.Underline, "<u>")
	add(s.Bold, bold)
	add(s.Italic, italic)
	return strings.Join(o, ""), strings.Join(c, "")
}

func closeTag(m string) string {
	if strings.HasPrefix(m, "<") {
		return "</" + m[1:]
	}
	return m
}

// mdInline escapes inline markup only, for text inside a line.
func mdInline(s string) string { return mdReplacer.Replace(s) }

// mdNotes writes the notes a block cites as Markdown footnotes.
func mdNotes(notes []layout.Note) string {
	var b strings.Builder
	for _, n := range notes {
		b.WriteString("\n\n[^" + strconv.Itoa(n.Number) + "]: " + mdSpans(noteSpans(n), mdInline))
	}
	return b.String()
}

func noteSpans(n layout.Note) []layout.Span {
	if n.Spans == nil {
		return layout.PlainSpans(n.Text)
	}
	return n.Spans
}

// noteLines are the notes a block cites as plain lines "[n] text".
func noteLines(notes []layout.Note) []string {
	out := make([]string, 0, len(notes))
	for _, n := range notes {
		out = append(out, layout.Mark(n.Number)+" "+n.Text)
	}
	return out
}
