package pdf

import "github.com/baocao/baocao/templates/layout"

// appendixSize is the size (pt) of an appendix's heading lines, as in
// package docx.
const appendixSize = 14.0

// appendices draws each appendix from a new page, turned for a landscape
// one: its label and title bold, the note italic, centred, then its blocks.
func (w *writer) appendices(list []layout.Appendix) {
	portrait := w.form
	for _, a := range list {
		w.form = portrait
		if a.Landscape {
			w.form.PageWidth, w.form.PageHeight = portrait.PageHeight, portrait.PageWidth
		}
		w.newPage()
		w.frame(w.left(), w.form.TextWidth())
		w.centred(a.Label, style{size: appendixSize, bold: true}, false)
		w.centred(a.Title, style{size: appendixSize, bold: true}, false)
		w.centred(a.Note, style{size: appendixSize, italic: true}, false)
		w.y += captionSpace * 2 * ptMM
		w.blocks(a.Body)
	}
	w.form = portrait
}

// blocks draws body blocks with the document's rules: a heading kept with
// what follows it, a table drawn as a table.
func (w *writer) blocks(list []layout.Block) {
	for i, bl := range list {
		switch {
		case bl.Kind == layout.TableBlock:
			w.table(bl.Table)
			continue
		case layout.ChainStart(list, i):
			w.ensure(w.keepHeight(list[i:]))
		}
		w.block(bl)
	}
}
