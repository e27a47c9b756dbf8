package pdf

import (
	"strings"

	"github.com/baocao/baocao/templates/layout"
)

// to draws the Kính gửi block (layout.Doc.To) in the body's type: one
// line centred, or a list from layout.ToShare of the text width in, each
// recipient under the text after "Kính gửi: ", wrapping under its own
// start.
func (w *writer) to(d layout.Doc) {
	if len(d.To) == 0 {
		return
	}
	st := styleOf(w.form.Body)
	spacing := w.bodyLine() / lineHeight(w.form.Body.Size, 1)
	if !layout.ToList(d.To) {
		w.centred(d.To[0], st, false)
		w.y += w.form.ParagraphAfter * ptMM
		return
	}
	measure := func(s string) float64 { return w.measure(s, st) }
	x, width := w.x, w.width
	indent := layout.ToShare * width
	hang := w.measure(layout.ToLabel(d.To[0]), st)
	dash := w.measure("- ", st)
	for i, t := range d.To {
		at := indent
		if i > 0 {
			at = min(indent+hang, width/2)
		}
		for j, l := range wrap(layout.Words(nfc(t)), width-at, width-at-dash, measure) {
			w.x = x + at
			if j > 0 {
				w.x += dash
			}
			w.line(strings.Join(l, " "), st, "L", spacing)
		}
	}
	w.x = x
	w.y += w.form.ParagraphAfter * ptMM
}
