package text

import (
	"strings"

	"github.com/baocao/baocao/templates/layout"
)

// Markdown renders d as CommonMark: the header lines, the title as a
// first-level heading, section headings one level per outline level, "- "
// lists, the Nơi nhận list and the signature. Text that Markdown would read
// as markup is escaped.
func Markdown(d layout.Doc) string {
	var b strings.Builder
	h := d.Header
	var head []string
	for _, l := range h.ParentLines {
		head = append(head, mdOpt(l, ""))
	}
	for _, l := range h.IssuerLines {
		head = append(head, mdOpt(l, "**"))
	}
	lines(&b, append(append(head, mdOpt(h.Number, "")), h.AboutLines...)...)
	lines(&b, mdOpt(h.Motto, "**"), mdOpt(h.Slogan, "**"), mdOpt(h.DateLine, "*"))
	if d.Title != "" {
		b.WriteString("# " + mdEscape(d.Title) + "\n\n")
	}
	if d.Subject != "" {
		var subject []string
		for _, l := range d.SubjectLines {
			subject = append(subject, mdOpt(l, "**"))
		}
		lines(&b, subject...)
	}
	lines(&b, mdTo(d.To)...)
	for _, bl := range d.Body {
		b.WriteString(mdBlock(bl) + "\n\n")
	}
	if len(d.Recipients.Items) > 0 {
		b.WriteString("***" + mdEscape(d.Recipients.Label) + "***\n\n")
		for _, it := range d.Recipients.Items {
			b.WriteString("- " + mdEscape(strings.TrimPrefix(it, "- ")) + "\n")
		}
		b.WriteString("\n")
	}
	s := d.Signature
	lines(&b, mdOpt(s.Above, "**"), mdOpt(s.Authority, "**"), mdOpt(s.Title, "**"))
	lines(&b, mdOpt(s.Name, "**"))
	for _, a := range d.Appendices {
		b.WriteString(mdAppendix(a))
	}
	return strings.TrimRight(b.String(), "\n") + "\n"
}

// mdTo is the Kính gửi block, a line each, escaped (a "- " recipient is
// not a Markdown list: it stays under "Kính gửi:" as written).
func mdTo(to []string) []string {
	out := make([]string, len(to))
	for i, l := range to {
		out[i] = mdEscape(l)
	}
	return out
}

// mdOpt wraps non-empty text in a markup pair; empty stays empty.
func mdOpt(text, mark string) string {
	if text == "" {
		return ""
	}
	return mark + mdEscape(text) + mark
}

// lines writes the non-empty lines as one paragraph with hard breaks.
func lines(b *strings.Builder, ls ...string) {
	var kept []string
	for _, l := range ls {
		if l != "" {
			kept = append(kept, l)
		}
	}
	if len(kept) == 0 {
		return
	}
	b.WriteString(strings.Join(kept, "  \n") + "\n\n")
}

func mdBlock(bl layout.Block) string {
	switch bl.Kind {
	case layout.Heading:
		level := min(max(bl.Level, 1), 4)
		return strings.Repeat("#", level+1) + " " + mdSpans(bl.BlockSpans(), mdEscape) + mdNotes(bl.Notes)
	case layout.Bullet:
		for _, mark := range []string{"- ", "+ "} {
			if spans := bl.BlockSpans(); strings.HasPrefix(spans[0].Text, mark) {
				spans = append([]layout.Span{spans[0]}, spans[1:]...)
				spans[0].Text = strings.TrimPrefix(spans[0].Text, mark)
				return mark + mdSpans(spans, mdEscape) + mdNotes(bl.Notes)
			}
		}
	case layout.TableBlock:
		return mdTable(bl.Table)
	}
	return mdSpans(bl.BlockSpans(), mdEscape) + mdNotes(bl.Notes)
}

var mdReplacer = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`",
	"[", `\[`, "]", `\]`, "<", `\<`, ">", `\>`, "|", `\|`)

// mdEscape escapes inline markup, and a line start that would open a
// heading, list, quote or numbered list.
func mdEscape(s string) string {
	s = mdReplacer.Replace(s)
	switch {
	case strings.HasPrefix(s, "#"), strings.HasPrefix(s, "+ "), strings.HasPrefix(s, "- "), strings.HasPrefix(s, "="):
		return `\` + s
	}
	if i := strings.IndexAny(s, ".)"); i > 0 && i <= 9 && allDigits(s[:i]) {
		return s[:i] + `\` + s[i:]
	}
	return s
}

func allDigits(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s != ""
}

// Plain renders d as plain text: the same content as Markdown without
// markup, one paragraph per line and a blank line between the parts, for
// a mail program to wrap.
func Plain(d layout.Doc) string {
	var b strings.Builder
	h := d.Header
	plainLines(&b, append(append(append(append([]string(nil), h.ParentLines...), h.IssuerLines...), h.Number), h.AboutLines...)...)
	plainLines(&b, h.Motto, h.Slogan, h.DateLine)
	plainLines(&b, append(append([]string{d.Title}, d.SubjectLines...), d.SubjectMark)...)
	plainLines(&b, d.To...)
	for _, bl := range d.Body {
		b.WriteString(plainBlock(bl))
	}
	b.WriteString("\n")
	if len(d.Recipients.Items) > 0 {
		plainLines(&b, append([]string{d.Recipients.Label}, d.Recipients.Items...)...)
	}
	s := d.Signature
	plainLines(&b, s.Above, s.Authority, s.Title, "", s.Name)
	for _, a := range d.Appendices {
		plainAppendix(&b, a)
	}
	return strings.TrimRight(b.String(), "\n") + "\n"
}

// plainLines writes the lines (an empty one kept only between others) and
// a blank line after them.
func plainLines(b *strings.Builder, ls ...string) {
	var kept []string
	for _, l := range ls {
		if l != "" || len(kept) > 0 {
			kept = append(kept, l)
		}
	}
	for len(kept) > 0 && kept[len(kept)-1] == "" {
		kept = kept[:len(kept)-1]
	}
	if len(kept) == 0 {
		return
	}
	b.WriteString(strings.Join(kept, "\n") + "\n\n")
}
