package docread

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/baocao/baocao/model"
)

// ReadText reads plain text or, with markdown, Markdown, within
// DefaultLimits; text that cannot be read (see readText) gives an empty
// Document. Read gives the reason.
func ReadText(data []byte, markdown bool) Document {
	doc, _ := readText("", data, markdown, DefaultLimits)
	return doc
}

// readText reads plain text or, with markdown, Markdown: UTF-8, UTF-16
// (with or without BOM) or Windows-1258 (see decodeBytes), refused when its
// encoding is not certain or it is over the limits. When the text
// separates paragraphs with blank lines, a paragraph's lines are kept
// together (as "\n" inside it); otherwise every line is a paragraph. A
// paragraph that begins in lower case right after one that does not end a
// sentence is the same paragraph broken by a page (text copied from a PDF
// or a printout) and is joined to it. In Markdown, "#" headings set
// Outline and Style, ** and * mark bold and italic, <u> underline, and
// footnotes ("[^1]" and the paragraph "[^1]: …") are read as a DOCX's
// are (see mdFootnotes).
func readText(name string, data []byte, markdown bool, lim Limits) (Document, error) {
	raw, enc, bad, ok := decodeBytes(data)
	if !ok {
		return Document{}, fail("tệp %s không ở bảng mã UTF-8, UTF-16 hay Windows-1258 (%d chỗ không đọc được) nên baocao không đọc, để khỏi nhập chữ sai; hãy mở tệp bằng Word hoặc Notepad, chọn Lưu thành với bảng mã UTF-8 rồi đọc lại", base(name), bad)
	}
	b := &budget{lim: lim, name: name}
	if !b.spend(len(raw)) {
		return Document{}, b.err
	}
	doc := Document{Format: "txt", Converted: textNotes(enc, bad)}
	if markdown {
		doc.Format = "md"
	}
	var run []Para // pieces of one paragraph broken by pages
	size := 0      // bytes in run
	flush := func() {
		if len(run) > 0 {
			doc.Paras = append(doc.Paras, joinParas(run))
			run, size = run[:0], 0
		}
	}
	for _, block := range blocks(model.Clean(raw)) {
		p := textPara(block, markdown)
		if p.Text == "" {
			continue
		}
		if n := len(run); n > 0 && continues(Para{Text: run[n-1].Text, Outline: run[0].Outline}, p) {
			run = append(run, p)
			// Past utf8.UTFMax bytes a character, the paragraph is too long
			// whatever its letters: refuse now rather than at the end.
			if size += len(p.Text) + 1; size > utf8.UTFMax*lim.ParaLen && !b.paraLen(len(doc.Paras)+1, joinParas(run).Text) {
				return Document{}, b.err
			}
			continue
		}
		flush()
		if !b.para() {
			return Document{}, b.err
		}
		run, size = append(run, p), len(p.Text)
	}
	flush()
	if markdown {
		doc.Paras = mdFootnotes(doc.Paras)
	}
	for i, p := range doc.Paras {
		if !b.paraLen(i+1, p.Text) {
			return Document{}, b.err
		}
	}
	return doc, nil
}

// textNotes says what decoding a text file did.
func textNotes(enc string, bad int) []string {
	var out []string
	if enc != "" {
		out = append(out, "tệp ở bảng mã "+enc)
	}
	if bad > 0 {
		out = append(out, itoa(bad)+" byte hỏng thay bằng dấu \uFFFD")
	}
	return out
}

// joinParas joins the pieces of one paragraph broken by pages, with a
// space between them.
func joinParas(run []Para) Para {
	if len(run) == 1 {
		return run[0]
	}
	p := run[0]
	texts := make([]string, len(run))
	var spans []Span
	for i, q := range run {
		texts[i] = q.Text
		if i > 0 {
			spans = append(spans, Span{Text: " "})
		}
		spans = append(spans, q.Spans...)
	}
	p.Text = strings.Join(texts, " ")
	p.Spans = joinSpans(spans)
	return p
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
	p.Text = tidy(spanText(p.Spans))
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

// mdSpans reads ** (or __) and * (or _ around words) emphasis, and
// <u>…</u> underline (as baocao writes it).
func mdSpans(s string) []Span {
	var spans []Span
	var cur strings.Builder
	bold, italic, under := false, false, false
	flush := func() {
		spans = append(spans, Span{Text: cur.String(), Bold: bold, Italic: italic, Underline: under})
		cur.Reset()
	}
	for i := 0; i < len(s); i++ {
		switch {
		case strings.HasPrefix(s[i:], "<u>") || strings.HasPrefix(s[i:], "</u>"):
			flush()
			under = s[i+1] == 'u'
			i += strings.IndexByte(s[i:], '>')
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
