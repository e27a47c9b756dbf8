package docread

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/baocao/baocao/model"
)

// ReadText reads plain text or, with markdown, Markdown: UTF-8 (a BOM is
// dropped) or UTF-16 with a BOM; invalid bytes become U+FFFD through
// model.Clean. When the text separates paragraphs with blank lines, a
// paragraph's lines are kept together (as "\n" inside it); otherwise every
// line is a paragraph. A paragraph that begins in lower case right after
// one that does not end a sentence is the same paragraph broken by a page
// (text copied from a PDF or a printout) and is joined to it. In Markdown,
// "#" headings set Outline and Style, and ** and * mark bold and italic.
func ReadText(data []byte, markdown bool) Document {
	text := model.Clean(decode(data))
	doc := Document{Format: "txt"}
	if markdown {
		doc.Format = "md"
	}
	for _, block := range blocks(text) {
		p := textPara(block, markdown)
		if p.Text == "" {
			continue
		}
		if n := len(doc.Paras); n > 0 && continues(doc.Paras[n-1], p) {
			prev := &doc.Paras[n-1]
			prev.Text += " " + p.Text
			prev.Spans = joinSpans(append(append(prev.Spans, Span{Text: " "}), p.Spans...))
			continue
		}
		doc.Paras = append(doc.Paras, p)
	}
	return doc
}

// decode turns the bytes into a string by their BOM.
func decode(data []byte) string {
	switch {
	case bytes.HasPrefix(data, []byte{0xef, 0xbb, 0xbf}):
		return string(data[3:])
	case bytes.HasPrefix(data, []byte{0xff, 0xfe}):
		return utf16String(data[2:], false)
	case bytes.HasPrefix(data, []byte{0xfe, 0xff}):
		return utf16String(data[2:], true)
	}
	return string(data)
}

func utf16String(b []byte, bigEndian bool) string {
	u := make([]uint16, len(b)/2)
	for i := range u {
		if bigEndian {
			u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
		} else {
			u[i] = uint16(b[2*i+1])<<8 | uint16(b[2*i])
		}
	}
	s := string(utf16.Decode(u))
	if len(b)%2 == 1 {
		s += string(utf8.RuneError)
	}
	return s
}

// blocks splits text into paragraphs: by blank lines when there are any
// (lines of one block joined by "\n"), else by lines.
func blocks(text string) []string {
	lines := strings.Split(text, "\n")
	blank := false
	for i := 1; i+1 < len(lines); i++ {
		if strings.TrimSpace(lines[i]) == "" && strings.TrimSpace(lines[i-1]) != "" {
			blank = true
			break
		}
	}
	if !blank {
		return lines
	}
	var out []string
	var cur []string
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			if len(cur) > 0 {
				out = append(out, strings.Join(cur, "\n"))
			}
			cur = nil
			continue
		}
		cur = append(cur, l)
	}
	if len(cur) > 0 {
		out = append(out, strings.Join(cur, "\n"))
	}
	return out
}

func textPara(block string, markdown bool) Para {
	p := Para{Align: "left"}
	block = tidy(block)
	if markdown {
		if lvl, rest, ok := mdHeading(block); ok {
			p.Outline, p.Style = lvl, "heading "+itoa(lvl)
			block = rest
		}
		p.Spans = mdSpans(block)
	} else {
		p.Spans = []Span{{Text: block}}
	}
	p.Spans = cleanSpans(joinSpans(p.Spans))
	var b strings.Builder
	for _, s := range p.Spans {
		b.WriteString(s.Text)
	}
	p.Text = tidy(b.String())
	p.Bold = allOf(p.Spans, func(s Span) bool { return s.Bold })
	p.Italic = allOf(p.Spans, func(s Span) bool { return s.Italic })
	return p
}

func mdHeading(s string) (int, string, bool) {
	n := 0
	for n < len(s) && n < 6 && s[n] == '#' {
		n++
	}
	if n == 0 || n >= len(s) || s[n] != ' ' {
		return 0, s, false
	}
	return n, strings.TrimSpace(s[n:]), true
}

// mdSpans reads ** (or __) and * (or _ around words) emphasis.
func mdSpans(s string) []Span {
	var spans []Span
	var cur strings.Builder
	bold, italic := false, false
	flush := func() {
		spans = append(spans, Span{Text: cur.String(), Bold: bold, Italic: italic})
		cur.Reset()
	}
	for i := 0; i < len(s); i++ {
		switch {
		case strings.HasPrefix(s[i:], "**") || strings.HasPrefix(s[i:], "__"):
			flush()
			bold = !bold
			i++
		case s[i] == '*' && emphasisMark(s, i):
			flush()
			italic = !italic
		case s[i] == '\\' && i+1 < len(s) && strings.IndexByte("*_#\\[]", s[i+1]) >= 0:
			cur.WriteByte(s[i+1])
			i++
		default:
			cur.WriteByte(s[i])
		}
	}
	flush()
	return spans
}

// emphasisMark reports whether the * at i opens or closes emphasis rather
// than being a list mark ("* item") or a lone star.
func emphasisMark(s string, i int) bool {
	if i == 0 && len(s) > 1 && s[1] == ' ' {
		return false
	}
	prevSpace := i == 0 || s[i-1] == ' '
	nextSpace := i+1 >= len(s) || s[i+1] == ' '
	return !(prevSpace && nextSpace)
}

// letterItem reports the rest of a line that starts like a lettered item,
// "a) …" or "b. …".
func letterItem(rest string) bool {
	return strings.HasPrefix(rest, ") ") || strings.HasPrefix(rest, ". ")
}

// continues reports whether p is the rest of prev broken by a page: it
// starts with a lower-case letter and prev does not end a sentence or a
// heading.
func continues(prev, p Para) bool {
	first, n := utf8.DecodeRuneInString(p.Text)
	if !unicode.IsLower(first) || prev.Outline > 0 || p.Outline > 0 || letterItem(p.Text[n:]) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(prev.Text, " *"))
	return !strings.ContainsRune(".:;!?)”\"", last)
}
