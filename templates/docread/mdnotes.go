package docread

import (
	"strconv"
	"strings"

	"github.com/baocao/baocao/model"
)

// mdFootnotes reads Markdown footnotes as a DOCX's notes are read: a
// paragraph "[^id]: text" that some paragraph cites leaves the body, and
// each "[^id]" citing it becomes the mark "[n]" (n counting the notes in
// the order cited) with the note "[n] text" on the citing paragraph. A
// note nothing cites, and a reference to no note, stay as written.
func mdFootnotes(paras []Para) []Para {
	defs := map[string]string{}
	for _, p := range paras {
		if id, text, ok := model.NoteDef(p.Text); ok {
			if _, dup := defs[id]; !dup {
				defs[id] = text
			}
		}
	}
	if len(defs) == 0 {
		return paras
	}
	cited := map[string]bool{}
	n := 0
	for i := range paras {
		if _, _, ok := model.NoteDef(paras[i].Text); ok {
			continue
		}
		paras[i] = citeNotes(paras[i], defs, cited, &n)
	}
	out := paras[:0]
	for _, p := range paras {
		if id, _, ok := model.NoteDef(p.Text); ok && cited[id] {
			continue
		}
		out = append(out, p)
	}
	return out
}

// citeNotes turns the references of p to notes in defs into note marks.
func citeNotes(p Para, defs map[string]string, cited map[string]bool, n *int) Para {
	if !strings.Contains(p.Text, "[^") {
		return p
	}
	var spans []Span
	for _, s := range p.Spans {
		rest := s.Text
		for {
			i := strings.Index(rest, "[^")
			if i < 0 {
				break
			}
			id, size, ok := model.NoteRef(rest[i:])
			text, known := defs[id]
			if !ok || !known || cited[id] {
				spans = append(spans, Span{Text: rest[:i+2], Bold: s.Bold, Italic: s.Italic, Underline: s.Underline})
				rest = rest[i+2:]
				continue
			}
			cited[id] = true
			*n++
			num := strconv.Itoa(*n)
			spans = append(spans, Span{Text: rest[:i], Bold: s.Bold, Italic: s.Italic, Underline: s.Underline},
				Span{Text: "[" + num + "]", Note: num})
			p.Notes = append(p.Notes, "["+num+"] "+text)
			rest = rest[i+size:]
		}
		spans = append(spans, Span{Text: rest, Bold: s.Bold, Italic: s.Italic, Underline: s.Underline})
	}
	p.Spans = joinSpans(spans)
	p.Text = tidy(spanText(p.Spans))
	return p
}
