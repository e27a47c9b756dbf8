package pdf

import (
	"strconv"
	"strings"

	"github.com/baocao/baocao/templates/layout"
)

// seg is a piece of a word in one style; a footnote mark has note > 0 and
// is drawn as a raised number.
type seg struct {
	text string
	st   style
	note int
}

// word is a unit a line may break after (layout.Words), in its styles.
type word []seg

// Footnote marks are set at supRatio of the text size, raised by supRise
// of it.
const (
	supRatio = 0.65
	supRise  = 0.35
)

// styledWords splits a block's runs into words in base style, emphasis
// added to it.
func styledWords(spans []layout.Span, base style) []word {
	var line strings.Builder
	type at struct {
		end int
		sp  layout.Span
	}
	var ends []at
	for _, s := range spans {
		line.WriteString(s.Text)
		ends = append(ends, at{line.Len(), s})
	}
	text := line.String()
	var out []word
	pos, k := 0, 0
	for _, unit := range layout.Words(text) {
		var wd word
		for _, field := range strings.Split(unit, " ") {
			start := strings.Index(text[pos:], field) + pos
			if len(wd) > 0 {
				wd = append(wd, seg{text: " ", st: wd[len(wd)-1].st})
			}
			for i := start; i < start+len(field); {
				for ends[k].end <= i {
					k++
				}
				j := min(ends[k].end, start+len(field))
				wd = append(wd, segOf(text[i:j], ends[k].sp, base))
				i = j
			}
			pos = start + len(field)
		}
		out = append(out, wd)
	}
	return out
}

func segOf(t string, sp layout.Span, base style) seg {
	st := base
	st.bold = st.bold || sp.Bold
	st.italic = st.italic || sp.Italic
	st.underline = st.underline || sp.Underline
	if sp.Note > 0 {
		return seg{text: strconv.Itoa(sp.Note), st: base, note: sp.Note}
	}
	return seg{text: t, st: st}
}

// drawStyle is the style a segment is drawn in: a mark smaller.
func (s seg) drawStyle() style {
	if s.note > 0 {
		s.st.size *= supRatio
	}
	return s.st
}

func (w *writer) wordWidth(wd word) float64 {
	total := 0.0
	for _, s := range wd {
		total += w.measure(s.text, s.drawStyle())
	}
	return total
}

// drawWord draws a word with its left end at x on baseline base and
// returns its width.
func (w *writer) drawWord(wd word, x, base float64) float64 {
	start := x
	for _, s := range wd {
		st := s.drawStyle()
		w.use(st)
		t := text(s.text)
		y := base
		if s.note > 0 {
			y -= s.st.size * supRise * ptMM
		}
		w.f.Text(x, y, t)
		tw := w.f.GetStringWidth(t)
		if st.underline {
			w.f.SetLineWidth(ruleWidth / 2)
			w.f.Line(x, base+0.6, x+tw, base+0.6)
		}
		x += tw
	}
	return x - start
}

// wrapWords breaks words into lines no wider than first (the first line)
// and rest (the others), a space of space between words; a word wider than
// a line gets a line of its own.
func (w *writer) wrapWords(words []word, first, rest, space float64) [][]word {
	var lines [][]word
	var cur []word
	limit, width := first, 0.0
	for _, wd := range words {
		ww := w.wordWidth(wd)
		if len(cur) > 0 && width+space+ww > limit {
			lines = append(lines, cur)
			cur, limit, width = nil, rest, 0
		}
		if len(cur) > 0 {
			width += space
		}
		cur = append(cur, wd)
		width += ww
	}
	if len(cur) > 0 {
		lines = append(lines, cur)
	}
	return lines
}

// notes cited on lines.
func notesOn(lines [][]word) []int {
	var out []int
	for _, l := range lines {
		for _, wd := range l {
			for _, s := range wd {
				if s.note > 0 {
					out = append(out, s.note)
				}
			}
		}
	}
	return out
}

// pageNotes are the footnotes cited on the page being drawn, to be set at
// its foot, and the height they take there with their separator.
type pageNotes struct {
	all    map[int]layout.Note // every note of the document by number
	list   []layout.Note
	height float64
	sizes  map[int]float64 // the height of each note measured so far
}

// noteGap is the room above the separator rule (points); noteRule its
// length (mm), a short rule as word processors draw it.
const (
	noteGap  = 6.0
	noteRule = 50.0
)

// bottom is the lowest y body text may reach on this page: above the
// margin and the footnotes cited so far.
func (w *writer) bottom() float64 {
	return w.form.PageHeight - w.form.MarginBottom - w.notes.height
}

// notesHeight is the height that adding the notes cited on lines takes at
// the page's foot.
func (w *writer) notesHeight(lines [][]word) float64 {
	h := 0.0
	for _, n := range notesOn(lines) {
		if len(w.notes.list) == 0 && h == 0 {
			h += w.separatorHeight()
		}
		h += w.noteHeight(w.notes.all[n])
	}
	return h
}

func (w *writer) separatorHeight() float64 { return 2 * noteGap * ptMM }

func (w *writer) noteStyle() style { return style{size: layout.NoteSize} }

// noteLines breaks a note into lines: its number raised, then its text.
func (w *writer) noteLines(n layout.Note) [][]word {
	spans := n.Spans
	if spans == nil {
		spans = layout.PlainSpans(n.Text)
	}
	words := styledWords(spans, w.noteStyle())
	mark := word{{text: strconv.Itoa(n.Number), st: w.noteStyle(), note: n.Number}}
	words = append([]word{mark}, words...)
	w.use(w.noteStyle())
	return w.wrapWords(words, w.width, w.width, w.f.GetStringWidth(" "))
}

// noteHeight is the height of a note's lines, measured once.
func (w *writer) noteHeight(n layout.Note) float64 {
	if h, ok := w.notes.sizes[n.Number]; ok {
		return h
	}
	h := float64(len(w.noteLines(n))) * lineHeight(layout.NoteSize, 1)
	w.notes.sizes[n.Number] = h
	return h
}

// cite adds the notes cited on lines to the page's foot.
func (w *writer) cite(lines [][]word) {
	for _, n := range notesOn(lines) {
		if len(w.notes.list) == 0 {
			w.notes.height += w.separatorHeight()
		}
		note := w.notes.all[n]
		w.notes.list = append(w.notes.list, note)
		w.notes.height += w.noteHeight(note)
	}
}

// flushNotes draws the page's footnotes at its foot, under a short rule,
// and empties the list.
func (w *writer) flushNotes() {
	if len(w.notes.list) == 0 {
		return
	}
	x, width, y := w.x, w.width, w.y
	w.frame(w.left(), w.form.TextWidth())
	w.y = w.form.PageHeight - w.form.MarginBottom - w.notes.height + noteGap*ptMM
	w.f.SetLineWidth(ruleWidth / 2)
	w.f.Line(w.x, w.y, w.x+min(noteRule, w.width), w.y)
	w.y += noteGap * ptMM
	h := lineHeight(layout.NoteSize, 1)
	for _, n := range w.notes.list {
		w.glyphs.note(nfc(n.Text))
		lines := w.noteLines(n)
		for i, l := range lines {
			w.justified(l, w.x, w.width, w.noteStyle(), h, i == len(lines)-1)
		}
	}
	w.notes.list, w.notes.height = nil, 0
	w.frame(x, width)
	w.y = y
}

// collectNotes indexes the notes the document cites.
func collectNotes(d layout.Doc) map[int]layout.Note {
	all := map[int]layout.Note{}
	add := func(blocks []layout.Block) {
		for _, b := range blocks {
			for _, n := range b.Notes {
				all[n.Number] = n
			}
		}
	}
	add(d.Body)
	for _, a := range d.Appendices {
		add(a.Body)
	}
	return all
}

// underGap reports whether the space between two words is underlined:
// both sides of it are.
func underGap(a, b word) bool {
	return len(a) > 0 && len(b) > 0 && a[len(a)-1].st.underline && b[0].st.underline
}
