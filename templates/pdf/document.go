package pdf

import (
	"strings"

	"github.com/baocao/baocao/templates/layout"
)

func (w *writer) document(d layout.Doc) {
	w.header(d.Header)
	w.title(d)
	for i, bl := range d.Body {
		if i == len(d.Body)-1 {
			// Keep the closing sentence's end with the signature block.
			w.ensure(w.paragraphHeight(bl) + w.footerHeight(d))
		}
		w.block(bl)
	}
	w.footer(d)
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

func (w *writer) header(h layout.Header) {
	f := w.form
	w.columns(f.HeaderLeftWidth, f.HeaderRightWidth, func() {
		if h.Parent != "" {
			w.centred(h.Parent, styleOf(f.Parent), true)
		}
		w.centred(h.Issuer, styleOf(f.Issuer), true)
		if f.IssuerMark != "" {
			w.line(f.IssuerMark, style{size: f.Issuer.Size}, "C", 1)
		} else {
			w.rule(max(w.widest(h.Issuer, styleOf(f.Issuer))*2/5, minRule))
		}
		w.y += headerGap * ptMM
		w.line(h.Number, styleOf(f.Number), "C", 1)
	}, func() {
		w.centred(h.Motto, styleOf(f.Motto), true)
		under := w.measure(h.Motto, styleOf(f.Motto))
		if h.Slogan != "" {
			w.centred(h.Slogan, styleOf(f.Slogan), false)
			under = w.measure(h.Slogan, styleOf(f.Slogan))
		}
		w.rule(under)
		w.y += headerGap * ptMM
		w.centred(h.DateLine, styleOf(f.Date), false)
	})
}

// widest is the width of the widest balanced line of an upper-case name in
// the current frame.
func (w *writer) widest(s string, st style) float64 {
	m := 0.0
	for _, l := range layout.Balance(text(s), w.width, func(t string) float64 { return w.measure(t, st) }) {
		m = max(m, w.measure(l, st))
	}
	return m
}

func (w *writer) title(d layout.Doc) {
	f := w.form
	w.y += titleGap * ptMM
	w.line(d.Title, styleOf(f.Title), "C", 1)
	st := styleOf(f.Subject)
	if d.Subject != "" {
		w.centred(d.Subject, st, false)
	}
	// Under the subject (or the title): the form's mark, e.g. the party's
	// five hyphens, or a rule a third of the subject long.
	switch {
	case f.SubjectMark != "":
		w.line(f.SubjectMark, style{size: f.Subject.Size}, "C", 1)
	case d.Subject != "":
		w.rule(min(w.width, w.measure(text(d.Subject), st)) / 3)
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
func (w *writer) paragraphLines(bl layout.Block) [][]string {
	st := w.bodyStyle(bl)
	indent := w.form.FirstLineIndent
	return wrap(strings.Fields(text(bl.Line())), w.width-indent, w.width, func(s string) float64 { return w.measure(s, st) })
}

func (w *writer) paragraphHeight(bl layout.Block) float64 {
	n := len(w.paragraphLines(bl))
	return float64(n)*w.bodyLine() + w.form.ParagraphAfter*ptMM
}

// block draws a body paragraph justified, with its first-line indent; a
// heading is kept with the two lines after it.
func (w *writer) block(bl layout.Block) {
	st := w.bodyStyle(bl)
	lines := w.paragraphLines(bl)
	h := w.bodyLine()
	if bl.Kind == layout.Heading {
		w.ensure(float64(len(lines)+2) * h)
	}
	for i, words := range lines {
		w.ensure(h)
		x, width := w.x, w.width
		if i == 0 {
			x += w.form.FirstLineIndent
			width -= w.form.FirstLineIndent
		}
		w.justified(words, x, width, st, h, i == len(lines)-1 || w.form.Body.Align == "left")
	}
	w.y += w.form.ParagraphAfter * ptMM
}

// justified draws the words of one line spread to width; the last line of
// a paragraph is set with plain spaces.
func (w *writer) justified(words []string, x, width float64, st style, h float64, last bool) {
	w.use(st)
	base := w.y + (h-st.size*ptMM*lineEm)/2 + st.size*ptMM*baselineEm
	space := w.f.GetStringWidth(" ")
	total := 0.0
	for _, word := range words {
		total += w.f.GetStringWidth(word)
	}
	gap := space
	if !last && len(words) > 1 {
		gap = (width - total) / float64(len(words)-1)
	}
	for _, word := range words {
		w.f.Text(x, base, word)
		x += w.f.GetStringWidth(word) + gap
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
		for i, l := range wrap(strings.Fields(text(it)), w.width, w.width-hang, measure) {
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
	if s.Authority != "" {
		w.centred(s.Authority, styleOf(f.Authority), true)
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
