package pdf

import (
	"strings"

	"github.com/baocao/baocao/templates/layout"
)

func (w *writer) document(d layout.Doc) {
	w.header(d.Header)
	w.title(d)
	w.to(d)
	for i, bl := range d.Body {
		switch {
		case bl.Kind == layout.TableBlock:
			w.table(bl.Table)
			continue
		case i == len(d.Body)-1:
			// Keep the closing sentence's end with the signature block.
			w.ensure(w.paragraphHeight(bl) + w.footerHeight(d))
		case layout.ChainStart(d.Body, i):
			w.ensure(w.keepHeight(d.Body[i:]))
		}
		w.block(bl)
	}
	w.footer(d)
	w.appendices(d.Appendices)
}

// columns runs two column drawers side by side from the cursor and leaves
// the cursor under the longer one.
func (w *writer) columns(leftWidth, rightWidth float64, left, right func()) {
	top := w.y
	w.frame(w.left(), leftWidth)
	left()
	end := w.y
	w.y = top
	w.frame(w.left()+leftWidth, rightWidth)
	right()
	w.y = max(end, w.y)
	w.frame(w.left(), w.form.TextWidth())
}

// header draws the issuing body and the motto side by side, then the
// number line and the place-and-date line on one baseline under them, as
// issued documents set them.
func (w *writer) header(h layout.Header) {
	f := w.form
	w.columns(f.HeaderLeftWidth, f.HeaderRightWidth, func() {
		parent := styleOf(f.Parent)
		w.lines(w.fit(h.ParentLines, parent), parent)
		issuer := w.fit(h.IssuerLines, styleOf(f.Issuer))
		w.lines(issuer, styleOf(f.Issuer))
		if f.IssuerMark != "" {
			w.line(f.IssuerMark, style{size: f.Issuer.Size}, "C", 1)
		} else {
			w.rule(max(w.widest(issuer, styleOf(f.Issuer))*2/5, minRule))
		}
	}, func() {
		w.centred(h.Motto, styleOf(f.Motto), true)
		under := w.measure(h.Motto, styleOf(f.Motto))
		if h.Slogan != "" {
			w.centred(h.Slogan, styleOf(f.Slogan), false)
			under = w.measure(h.Slogan, styleOf(f.Slogan))
		}
		w.rule(under)
	})
	w.y += headerGap * ptMM
	w.baseline(f.HeaderLeftWidth, f.HeaderRightWidth, h.Number, styleOf(f.Number), h.DateLine, styleOf(f.Date))
	if len(h.AboutLines) > 0 {
		about := style{size: f.Number.Size}
		w.columns(f.HeaderLeftWidth, f.HeaderRightWidth, func() { w.lines(w.fit(h.AboutLines, about), about) }, func() {})
	}
}

// baseline draws left and right, centred in two columns, with their first
// lines on one baseline (the larger type's line sets it); the cursor ends
// under the longer.
func (w *writer) baseline(leftWidth, rightWidth float64, left string, ls style, right string, rs style) {
	top := w.y
	lead := func(st style) float64 { return max(ls.size, rs.size)*ptMM*baselineEm - st.size*ptMM*baselineEm }
	w.columns(leftWidth, rightWidth, func() {
		w.y = top + lead(ls)
		w.centred(left, ls, false)
	}, func() {
		w.y = top + lead(rs)
		w.centred(right, rs, false)
	})
}

// widest is the width of the widest of lines.
func (w *writer) widest(lines []string, st style) float64 {
	m := 0.0
	for _, l := range lines {
		m = max(m, w.measure(text(l), st))
	}
	return m
}

// fit returns the lines the layout chose, each broken again by the same
// rule (layout.NameLines) only when the font's metrics find it wider than
// the frame.
func (w *writer) fit(lines []string, st style) []string {
	var out []string
	for _, l := range lines {
		l = nfc(l)
		if w.measure(l, st) <= w.width {
			out = append(out, l)
			continue
		}
		out = append(out, layout.NameLines(l, w.width, func(t string) float64 { return w.measure(t, st) })...)
	}
	return out
}

// lines draws lines centred in the frame.
func (w *writer) lines(lines []string, st style) {
	for _, l := range lines {
		w.line(l, st, "C", 1)
	}
}

func (w *writer) title(d layout.Doc) {
	f := w.form
	w.y += titleGap * ptMM
	w.line(d.Title, styleOf(f.Title), "C", 1)
	st := styleOf(f.Subject)
	lines := d.SubjectLines
	if w.widest(lines, st) > w.width {
		lines = layout.Balance(nfc(d.Subject), w.width*layout.SubjectShare, func(t string) float64 { return w.measure(t, st) })
	}
	w.lines(lines, st)
	// Under the subject (or the title): the form's mark, e.g. the party's
	// five hyphens, or a rule a third of the subject long.
	switch {
	case f.SubjectMark != "":
		w.line(f.SubjectMark, style{size: f.Subject.Size}, "C", 1)
	case d.Subject != "":
		w.rule(min(w.width, w.widest(lines, st)) / 3)
	}
	w.y += subjectGap * ptMM
}

func (w *writer) bodyStyle(bl layout.Block) style {
	st := styleOf(w.form.Body)
	if bl.Kind == layout.Heading {
		st.bold, st.italic = true, bl.Level >= 3
	}
	return st
}

// paragraphLines breaks a block into lines: the first narrowed by the
// first-line indent.
func (w *writer) paragraphLines(bl layout.Block) [][]word {
	st := w.bodyStyle(bl)
	indent := w.form.FirstLineIndent
	w.use(st)
	return w.wrapWords(styledWords(bl.BlockSpans(), st), w.width-indent, w.width, w.f.GetStringWidth(" "))
}

// keepHeight is the room a run of headings needs at the top of blocks so
// that none is left at a page's foot: the headings kept together
// (layout.KeepsWithNext) whole and the lines of the block after them that
// cannot be split from its start (see split): two, or all of a paragraph
// shorter than four lines.
func (w *writer) keepHeight(blocks []layout.Block) float64 {
	h := 0.0
	for j, bl := range blocks {
		lh := w.bodyLine()
		if bl.Kind == layout.TableBlock {
			return h + 3*lh
		}
		lines := w.paragraphLines(bl)
		n := len(lines)
		if bl.Kind != layout.Heading {
			if n >= 4 {
				n = 2
			}
			return h + float64(n)*lh + w.notesHeight(lines[:n])
		}
		h += float64(n)*lh + w.form.ParagraphAfter*ptMM
		if !layout.KeepsWithNext(blocks, j) {
			return h
		}
	}
	return h
}

func (w *writer) paragraphHeight(bl layout.Block) float64 {
	n := len(w.paragraphLines(bl))
	return float64(n)*w.bodyLine() + w.form.ParagraphAfter*ptMM
}

// block draws a body paragraph justified, with its first-line indent. A
// heading is never split (document keeps it with what follows); other
// paragraphs split across pages with widow and orphan control, as a word
// processor sets the DOCX: never one line of a paragraph alone at a page's
// foot or top.
func (w *writer) block(bl layout.Block) {
	st := w.bodyStyle(bl)
	lines := w.paragraphLines(bl)
	w.glyphs.note(nfc(bl.Line()))
	h := w.bodyLine()
	if bl.Kind == layout.Heading {
		w.ensure(float64(len(lines)) * h)
	}
	for i := 0; i < len(lines); {
		n := w.split(len(lines)-i, h)
		for n > 1 && w.y+float64(n)*h+w.notesHeight(lines[i:i+n]) > w.bottom() {
			n--
		}
		if n == 0 || (w.y+h+w.notesHeight(lines[i:i+n]) > w.bottom() && w.y > w.form.MarginTop) {
			w.newPage()
			continue
		}
		w.cite(lines[i : i+n])
		for j := i; j < i+n; j++ {
			x, width := w.x, w.width
			if j == 0 {
				x += w.form.FirstLineIndent
				width -= w.form.FirstLineIndent
			}
			w.justified(lines[j], x, width, st, h, j == len(lines)-1 || w.form.Body.Align == "left")
		}
		if i += n; i < len(lines) {
			w.newPage()
		}
	}
	w.y += w.form.ParagraphAfter * ptMM
}

// split returns how many of a paragraph's rest lines, h high, to set on
// this page: all that fit, less one when that would leave a single line for
// the next page (a widow), and none when only one fits (an orphan).
func (w *writer) split(rest int, h float64) int {
	room := int((w.bottom() - w.y + 1e-6) / h)
	if rest <= room {
		return rest
	}
	n := room
	if rest-n < 2 {
		n = rest - 2
	}
	if n < 2 && w.y > w.form.MarginTop {
		return 0
	}
	return max(n, 1)
}

// justified draws the words of one line spread to width; the last line of
// a paragraph is set with plain spaces.
func (w *writer) justified(words []word, x, width float64, st style, h float64, last bool) {
	w.use(st)
	base := w.y + (h-st.size*ptMM*lineEm)/2 + st.size*ptMM*baselineEm
	space := w.f.GetStringWidth(" ")
	total := 0.0
	for _, wd := range words {
		total += w.wordWidth(wd)
	}
	gap := space
	if !last && len(words) > 1 {
		gap = (width - total) / float64(len(words)-1)
	}
	for i, wd := range words {
		x += w.drawWord(wd, x, base)
		if i+1 < len(words) && underGap(wd, words[i+1]) {
			w.f.Line(x, base+0.6, x+gap, base+0.6)
		}
		x += gap
	}
	w.y += h
}

// footerHeight is the height of the Nơi nhận and signature block.
func (w *writer) footerHeight(d layout.Doc) float64 {
	f := w.form
	left := lineHeight(f.RecipientsLabel.Size, 1) * float64(1+len(d.Recipients.Items))
	right := lineHeight(f.Authority.Size, 1) + lineHeight(f.SignTitle.Size, 1) + lineHeight(f.SignName.Size, 1) + f.SignatureRoom
	return max(left, right) + f.ParagraphAfter*ptMM
}

func (w *writer) footer(d layout.Doc) {
	f := w.form
	w.ensure(w.footerHeight(d))
	w.y += f.ParagraphAfter * ptMM
	w.columns(f.HeaderLeftWidth, f.HeaderRightWidth, func() {
		w.recipients(d.Recipients)
	}, func() {
		w.signature(d.Signature)
	})
}

func (w *writer) recipients(r layout.Recipients) {
	f := w.form
	if len(r.Items) == 0 {
		return
	}
	w.line(r.Label, styleOf(f.RecipientsLabel), "L", 1)
	st := styleOf(f.Recipients)
	measure := func(s string) float64 { return w.measure(s, st) }
	hang := w.measure("- ", st)
	for _, it := range r.Items {
		for i, l := range wrap(layout.TieLast(layout.Words(nfc(it))), w.width, w.width-hang, measure) {
			x := w.x
			if i > 0 {
				w.x += hang
			}
			w.line(strings.Join(l, " "), st, "L", 1)
			w.x = x
		}
	}
}

func (w *writer) signature(s layout.Signature) {
	f := w.form
	for _, a := range []string{s.Above, s.Authority} {
		if a != "" {
			w.centred(a, styleOf(f.Authority), true)
		}
	}
	if s.Title != "" {
		w.centred(s.Title, styleOf(f.SignTitle), true)
	}
	w.y += f.SignatureRoom
	if s.Name != "" {
		w.centred(s.Name, styleOf(f.SignName), false)
	}
}

// wrap breaks words into lines no wider than first (the first line) and
// rest (the others); a word wider than a line gets a line of its own.
func wrap(words []string, first, rest float64, measure func(string) float64) [][]string {
	var lines [][]string
	var cur []string
	limit := first
	for _, word := range words {
		if len(cur) > 0 && measure(strings.Join(append(cur, word), " ")) > limit {
			lines = append(lines, cur)
			cur, limit = nil, rest
		}
		cur = append(cur, word)
	}
	if len(cur) > 0 {
		lines = append(lines, cur)
	}
	return lines
}
