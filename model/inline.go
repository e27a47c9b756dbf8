package model

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Inline markup in a draft's text: a light, Markdown-like syntax for the
// emphasis of a source document and its footnotes, which the editor shows
// and every writer renders.
//
//   - **đậm** is bold, *nghiêng* italic, ***cả hai*** both, __gạch chân__
//     underlined; a marker opens before a non-space and closes after one,
//     and a pair that is never closed is text as typed ("*Ghi chú:",
//     "5 * 3"), as is a single underscore ("điểm a_1").
//   - [^1] cites footnote 1; the note is a line of its own in the same
//     answer: "[^1]: nội dung chú thích".
//   - A backslash before *, _ or [ prints that character as typed (the
//     importer escapes a source's own asterisks so, see EscapeInline).

// Span is a run of a paragraph's text with one emphasis, or a footnote
// reference.
type Span struct {
	// Text is the text as printed, markers and escapes resolved; empty for
	// a footnote reference.
	Text                    string
	Bold, Italic, Underline bool
	// Note is the id of the footnote a reference cites ("1"); empty for
	// text.
	Note string
	// raw is the markup the span was read from (ParseInline), so that
	// FormatInline gives back the very text read.
	raw string
}

// Marked reports whether the span carries any emphasis.
func (s Span) Marked() bool { return s.Bold || s.Italic || s.Underline }

func (s Span) sameLook(o Span) bool {
	return s.Bold == o.Bold && s.Italic == o.Italic && s.Underline == o.Underline
}

// isMarker reports a character a backslash escapes.
func isMarker(c byte) bool { return c == '*' || c == '_' || c == '[' }

// token kinds of the inline scanner.
const (
	tokText = iota
	tokEscape
	tokRun
	tokRef
)

// token is a piece of a paragraph: text, an escaped character, a run of *
// or _, or a footnote reference.
type token struct {
	kind       int
	start, end int
	ch         byte
	id         string // a reference's note id
	open, shut bool   // a run may open or close emphasis
	left       int    // characters of the run not yet matched
	closes     []int  // emphasis the run closes, inner first
	opens      []int  // emphasis the run opens, inner first
}

// The kinds of emphasis.
const (
	emBold = iota
	emItalic
	emUnder
)

// NoteRef returns the id and length of a footnote reference "[^id]" at the
// start of s.
func NoteRef(s string) (id string, n int, ok bool) {
	if !strings.HasPrefix(s, "[^") {
		return "", 0, false
	}
	end := strings.IndexByte(s, ']')
	if end < 3 || end > 12 {
		return "", 0, false
	}
	id = s[2:end]
	for _, r := range id {
		if r > unicode.MaxASCII || !(unicode.IsLetter(r) || unicode.IsDigit(r)) {
			return "", 0, false
		}
	}
	return id, end + 1, true
}

// NoteDef reads a footnote's line "[^id]: text".
func NoteDef(line string) (id, text string, ok bool) {
	id, n, ok := NoteRef(line)
	if !ok || !strings.HasPrefix(line[n:], ":") {
		return "", "", false
	}
	return id, strings.TrimSpace(line[n+1:]), true
}

// FormatNoteDef writes a footnote's line; text is markup.
func FormatNoteDef(id, text string) string { return "[^" + id + "]: " + text }

// scan splits s into tokens.
func scan(s string) []token {
	var out []token
	text := func(i, j int) {
		if n := len(out); n > 0 && out[n-1].kind == tokText {
			out[n-1].end = j
			return
		}
		out = append(out, token{kind: tokText, start: i, end: j})
	}
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s) && isMarker(s[i+1]):
			out = append(out, token{kind: tokEscape, start: i, end: i + 2, ch: s[i+1]})
			i += 2
		case c == '*' || c == '_':
			j := i
			for j < len(s) && s[j] == c {
				j++
			}
			if c == '_' && j-i < 2 {
				text(i, j)
			} else {
				before, _ := utf8.DecodeLastRuneInString(s[:i])
				after, _ := utf8.DecodeRuneInString(s[j:])
				out = append(out, token{kind: tokRun, start: i, end: j, ch: c, left: j - i,
					open: j < len(s) && !unicode.IsSpace(after), shut: i > 0 && !unicode.IsSpace(before)})
			}
			i = j
		case c == '[':
			if id, n, ok := NoteRef(s[i:]); ok {
				out = append(out, token{kind: tokRef, start: i, end: i + n, id: id})
				i += n
				continue
			}
			text(i, i+1)
			i++
		default:
			j := i + 1
			for j < len(s) && s[j] != '\\' && s[j] != '*' && s[j] != '_' && s[j] != '[' {
				j++
			}
			text(i, j)
			i = j
		}
	}
	return out
}

// match pairs the runs that open and close emphasis, as CommonMark does
// for its delimiter runs: each closing run takes the nearest opening run of
// its character, two characters at a time when both have two (bold, or
// underline), else one (italic); the open runs between them are left as
// text. Each character has its own stack, searched at most searchDepth
// deep, so that hostile text costs time linear in its length.
func match(toks []token) {
	var star, under []int
	for i := range toks {
		t := &toks[i]
		if t.kind != tokRun {
			continue
		}
		own, other := &star, &under
		if t.ch == '_' {
			own, other = &under, &star
		}
		if t.shut {
			closeRun(toks, own, other, i)
		}
		if t.left > 0 && t.open {
			*own = append(*own, i)
		}
	}
}

// searchDepth is how many open runs down a closing run looks for its
// opener.
const searchDepth = 64

// closeRun matches run i against the open runs of its character, and
// drops the other character's open runs after the opener it takes.
func closeRun(toks []token, own, other *[]int, i int) {
	t := &toks[i]
	for t.left > 0 {
		stack := *own
		k := -1
		for j := len(stack) - 1; j >= 0 && j >= len(stack)-searchDepth; j-- {
			if o := &toks[stack[j]]; o.left > 0 && pairs(*o, *t) {
				k = j
				break
			}
		}
		if k < 0 {
			return
		}
		oi := stack[k]
		o := &toks[oi]
		n, em := 1, emItalic
		switch {
		case t.ch == '_':
			n, em = 2, emUnder
		case o.left >= 2 && t.left >= 2:
			n, em = 2, emBold
		}
		o.left -= n
		t.left -= n
		o.opens = append(o.opens, em)
		t.closes = append(t.closes, em)
		stack = stack[:k+1]
		if o.left == 0 {
			stack = stack[:k]
		}
		*own = stack
		for len(*other) > 0 && (*other)[len(*other)-1] > oi {
			*other = (*other)[:len(*other)-1]
		}
	}
}

// pairs reports whether an open run may be closed by a closing one:
// underline takes two characters on each side; and, as in CommonMark, when
// either run could both open and close, their lengths may not add up to a
// multiple of three unless both are ("**a*b***" is bold a, italic b).
func pairs(o, t token) bool {
	if t.ch == '_' {
		return o.left >= 2 && t.left >= 2
	}
	lo, lt := o.end-o.start, t.end-t.start
	if (o.open && o.shut) || (t.open && t.shut) {
		return (lo+lt)%3 != 0 || (lo%3 == 0 && lt%3 == 0)
	}
	return true
}

// ParseInline reads a paragraph's markup into spans; adjacent text with
// one emphasis is one span, and a reference is a span of its own.
func ParseInline(s string) []Span {
	toks := scan(s)
	match(toks)
	var p spanBuilder
	var em [3]int
	for _, t := range toks {
		switch t.kind {
		case tokText:
			p.text(s[t.start:t.end], t.end, em)
		case tokEscape:
			p.text(s[t.end-1:t.end], t.end, em)
		case tokRef:
			p.ref(t.id, t.end)
		case tokRun:
			for _, e := range t.closes {
				em[e]--
			}
			if at := t.start + runWidth(t.closes); t.left > 0 {
				p.text(s[at:at+t.left], at+t.left, em)
			}
			for k := len(t.opens) - 1; k >= 0; k-- {
				em[t.opens[k]]++
			}
		}
	}
	return p.finish(s)
}

// runWidth is the number of characters the emphasis list takes.
func runWidth(ems []int) int {
	n := 0
	for _, e := range ems {
		if e == emItalic {
			n++
		} else {
			n += 2
		}
	}
	return n
}

// spanBuilder gathers a paragraph's spans and where each ends in the
// source.
type spanBuilder struct {
	spans []Span
	ends  []int
	b     strings.Builder
	cur   Span
	open  bool
	end   int
}

func (p *spanBuilder) text(t string, end int, em [3]int) {
	look := Span{Bold: em[emBold] > 0, Italic: em[emItalic] > 0, Underline: em[emUnder] > 0}
	if !p.open || !p.cur.sameLook(look) {
		p.flush()
		p.cur, p.open = look, true
	}
	p.b.WriteString(t)
	p.end = end
}

func (p *spanBuilder) ref(id string, end int) {
	p.flush()
	p.spans = append(p.spans, Span{Note: id})
	p.ends = append(p.ends, end)
}

func (p *spanBuilder) flush() {
	if !p.open {
		return
	}
	p.cur.Text = p.b.String()
	p.spans = append(p.spans, p.cur)
	p.ends = append(p.ends, p.end)
	p.b.Reset()
	p.open = false
}

// finish gives each span the source from the end of the one before to its
// own end, the last to the end of s.
func (p *spanBuilder) finish(s string) []Span {
	p.flush()
	from := 0
	for i := range p.spans {
		end := p.ends[i]
		if i == len(p.spans)-1 {
			end = len(s)
		}
		p.spans[i].raw = s[from:end]
		from = end
	}
	return p.spans
}

// FormatInline writes spans as markup: the spans of ParseInline as they
// were read, others (the importer's) with the markers of their emphasis,
// spaces at a span's edges kept outside the markers, and the characters
// that would read as markup escaped.
func FormatInline(spans []Span) string {
	if raw(spans) {
		var b strings.Builder
		for _, s := range spans {
			b.WriteString(s.raw)
		}
		return b.String()
	}
	return formatSpans(edgeSpaces(spans))
}

func raw(spans []Span) bool {
	for _, s := range spans {
		if s.raw == "" {
			return false
		}
	}
	return len(spans) > 0
}

// edgeSpaces moves the spaces at the edges of an emphasised span into
// spans of their own (see shared), since a marker must touch the text it
// marks.
func edgeSpaces(spans []Span) []Span {
	var out []Span
	for i, s := range spans {
		if !s.Marked() || s.Note != "" {
			out = append(out, s)
			continue
		}
		core := strings.TrimLeftFunc(s.Text, unicode.IsSpace)
		lead := s.Text[:len(s.Text)-len(core)]
		trimmed := strings.TrimRightFunc(core, unicode.IsSpace)
		trail := core[len(trimmed):]
		if lead != "" {
			out = append(out, shared(s, neighbour(spans, i-1), lead))
		}
		if trimmed != "" {
			out = append(out, Span{Text: trimmed, Bold: s.Bold, Italic: s.Italic, Underline: s.Underline})
		}
		if trail != "" {
			out = append(out, shared(s, neighbour(spans, i+1), trail))
		}
	}
	return out
}

func neighbour(spans []Span, i int) Span {
	if i < 0 || i >= len(spans) || spans[i].Note != "" {
		return Span{}
	}
	return spans[i]
}

// shared is the emphasis of spaces at the edge between a and b: underline
// when both are (it shows under a space); bold and italic do not show on a
// space and are left off, so that markers can close before it.
func shared(a, b Span, text string) Span {
	return Span{Text: text, Underline: a.Underline && b.Underline}
}

// formatSpans writes spans with nested markers, opened and closed as the
// spans' emphasis changes; of several opened at once, the one that lasts
// longest is outermost, so that fewer are closed and opened again.
func formatSpans(spans []Span) string {
	var b strings.Builder
	var open []int
	runs := runLengths(spans)
	for i, s := range spans {
		want := emphasis(s)
		keep := 0
		for keep < len(open) && want[open[keep]] {
			keep++
		}
		for len(open) > keep {
			b.WriteString(marker(open[len(open)-1]))
			open = open[:len(open)-1]
		}
		for _, e := range byLength(runs, i) {
			if want[e] && !contains(open, e) {
				b.WriteString(marker(e))
				open = append(open, e)
			}
		}
		if s.Note != "" {
			b.WriteString("[^" + s.Note + "]")
			continue
		}
		b.WriteString(escape(s.Text, true))
	}
	for k := len(open) - 1; k >= 0; k-- {
		b.WriteString(marker(open[k]))
	}
	return b.String()
}

func emphasis(s Span) [3]bool { return [3]bool{s.Bold, s.Italic, s.Underline} }

// runLengths returns, per span and kind of emphasis, how many spans from
// it on keep that emphasis.
func runLengths(spans []Span) [][3]int {
	out := make([][3]int, len(spans)+1)
	for i := len(spans) - 1; i >= 0; i-- {
		for e, on := range emphasis(spans[i]) {
			if on {
				out[i][e] = out[i+1][e] + 1
			}
		}
	}
	return out
}

// byLength returns the kinds of emphasis by how many spans from i on keep
// them (runs, from runLengths), longest first.
func byLength(runs [][3]int, i int) []int {
	out := []int{emUnder, emBold, emItalic}
	sort.SliceStable(out, func(a, b int) bool { return runs[i][out[a]] > runs[i][out[b]] })
	return out
}

// FormatInlineExact is FormatInline for spans built by hand, and whether
// the markup reads back as the spans: false when no markup of this syntax
// carries their emphasis (emphasis changing inside a word, say), which the
// caller then reports.
func FormatInlineExact(spans []Span) (string, bool) {
	spans = joinLooks(spans)
	out := FormatInline(spans)
	got := ParseInline(out)
	want := joinLooks(edgeSpaces(spans))
	if len(got) != len(want) {
		return out, false
	}
	for i := range got {
		if got[i].Text != want[i].Text || got[i].Note != want[i].Note || !got[i].sameLook(want[i]) {
			return out, false
		}
	}
	return out, true
}

// joinLooks joins adjacent text spans with the same emphasis and drops
// empty ones, as ParseInline gives them.
func joinLooks(spans []Span) []Span {
	var out []Span
	for _, s := range spans {
		s.raw = ""
		if n := len(out); n > 0 && s.Note == "" && out[n-1].Note == "" && out[n-1].sameLook(s) {
			out[n-1].Text += s.Text
			continue
		}
		if s.Text != "" || s.Note != "" {
			out = append(out, s)
		}
	}
	return out
}

func contains(list []int, e int) bool {
	for _, x := range list {
		if x == e {
			return true
		}
	}
	return false
}

func marker(e int) string {
	switch e {
	case emBold:
		return "**"
	case emItalic:
		return "*"
	}
	return "__"
}

// EscapeInline returns text that ParseInline reads back as plain s: a
// backslash before each character that would otherwise be read as markup,
// and none elsewhere, so that "*Ghi chú:" stays as typed.
func EscapeInline(s string) string { return escape(s, false) }

// escape is EscapeInline; with edges, a * or _ at either end is escaped
// too, where it would join a marker written next to it.
func escape(s string, edges bool) string {
	s = escapeBackslashes(s)
	if edges && s != "" && (s[0] == '*' || s[0] == '_') {
		s = `\` + s
	}
	if n := len(s); edges && n > 1 && (s[n-1] == '*' || s[n-1] == '_') && s[n-2] != '\\' {
		s = s[:n-1] + `\` + s[n-1:]
	}
	for range 4 {
		at := markupAt(s)
		if len(at) == 0 {
			return s
		}
		var b strings.Builder
		last := 0
		for _, i := range at {
			b.WriteString(s[last:i])
			b.WriteByte('\\')
			last = i
		}
		b.WriteString(s[last:])
		s = b.String()
	}
	return escapeAll(s)
}

// escapeBackslashes escapes the character after a backslash that would
// otherwise make the backslash an escape.
func escapeBackslashes(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		b.WriteByte(s[i])
		if s[i] == '\\' && i+1 < len(s) && isMarker(s[i+1]) {
			b.WriteByte('\\')
		}
	}
	return b.String()
}

// markupAt returns the byte offsets of the characters ParseInline would
// take as markup: matched runs and references.
func markupAt(s string) []int {
	toks := scan(s)
	match(toks)
	var at []int
	for _, t := range toks {
		switch {
		case t.kind == tokRef:
			at = append(at, t.start)
		case t.kind == tokRun && t.left < t.end-t.start:
			for i := t.start; i < t.end; i++ {
				at = append(at, i)
			}
		}
	}
	return at
}

// escapeAll escapes every marker character not already escaped.
func escapeAll(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) && isMarker(s[i+1]) {
			b.WriteString(s[i : i+2])
			i++
			continue
		}
		if isMarker(s[i]) {
			b.WriteByte('\\')
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// InlineText returns the paragraph as printed without emphasis: markers and
// escapes resolved, and each reference written by cite (nil drops it).
func InlineText(s string, cite func(id string) string) string {
	if !strings.ContainsAny(s, `*_[\`) {
		return s
	}
	var b strings.Builder
	for _, sp := range ParseInline(s) {
		if sp.Note != "" {
			if cite != nil {
				b.WriteString(cite(sp.Note))
			}
			continue
		}
		b.WriteString(sp.Text)
	}
	return b.String()
}

// InlineRange is a stretch of a paragraph's markup as an editor shows it:
// text with its emphasis, a marker (the ** of bold, an escaping
// backslash), or a footnote reference.
type InlineRange struct {
	Start, End              int // byte offsets in the markup
	Bold, Italic, Underline bool
	Marker, Note            bool
}

// InlineRanges returns the ranges of s in order, covering all of it.
func InlineRanges(s string) []InlineRange {
	toks := scan(s)
	match(toks)
	var out []InlineRange
	var em [3]int
	add := func(start, end int, marker bool) {
		if start >= end {
			return
		}
		r := InlineRange{Start: start, End: end, Marker: marker,
			Bold: em[emBold] > 0, Italic: em[emItalic] > 0, Underline: em[emUnder] > 0}
		if n := len(out); n > 0 && out[n-1].End == start && !out[n-1].Note && sameRange(out[n-1], r) {
			out[n-1].End = end
			return
		}
		out = append(out, r)
	}
	for _, t := range toks {
		switch t.kind {
		case tokText:
			add(t.start, t.end, false)
		case tokEscape:
			add(t.start, t.start+1, true)
			add(t.start+1, t.end, false)
		case tokRef:
			out = append(out, InlineRange{Start: t.start, End: t.end, Note: true})
		case tokRun:
			w := runWidth(t.closes)
			add(t.start, t.start+w, true)
			for _, e := range t.closes {
				em[e]--
			}
			add(t.start+w, t.start+w+t.left, false)
			add(t.start+w+t.left, t.end, true)
			for _, e := range t.opens {
				em[e]++
			}
		}
	}
	return out
}

func sameRange(a, b InlineRange) bool {
	a.Start, a.End, b.Start, b.End = 0, 0, 0, 0
	return a == b
}
