package docx

import (
	"fmt"
	"strings"

	"github.com/baocao/baocao/templates/layout"
)

// spanRuns turns a block's runs into runs of style st, emphasis added; a
// footnote mark becomes Word's reference to that note.
func spanRuns(spans []layout.Span, st layout.Style, typed bool) []run {
	out := make([]run, 0, len(spans))
	for _, s := range spans {
		r := styled([]string{s.Text}, st)
		r.typed = typed
		r.bold = r.bold || s.Bold
		r.italic = r.italic || s.Italic
		r.underline = r.underline || s.Underline
		if s.Note > 0 {
			r = run{size: st.Size, note: s.Note}
		}
		out = append(out, r)
	}
	return out
}

// docNotes returns the footnotes a document cites, in order.
func docNotes(d layout.Doc) []layout.Note {
	var out []layout.Note
	add := func(blocks []layout.Block) {
		for _, b := range blocks {
			out = append(out, b.Notes...)
		}
	}
	add(d.Body)
	for _, a := range d.Appendices {
		add(a.Body)
	}
	return out
}

// footnotesXML writes word/footnotes.xml: Word's separator and
// continuation separator (ids -1 and 0), then each note, its number raised
// before its text.
func footnotesXML(notes []layout.Note) string {
	var b strings.Builder
	b.WriteString(xmlHeader + `<w:footnotes ` + nsMain + `>`)
	b.WriteString(`<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>`)
	b.WriteString(`<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>`)
	st := layout.Style{Size: layout.NoteSize}
	for _, n := range notes {
		fmt.Fprintf(&b, `<w:footnote w:id="%d">`, n.Number)
		spans := n.Spans
		if spans == nil {
			spans = layout.PlainSpans(n.Text)
		}
		p := para{align: "both", runs: append([]run{{size: layout.NoteSize, noteMark: true}, styled([]string{" "}, st)}, spanRuns(spans, st, true)...)}
		p.write(&b)
		b.WriteString(`</w:footnote>`)
	}
	b.WriteString(`</w:footnotes>`)
	return b.String()
}

// The parts a document with footnotes adds: the content type, the
// relationship, and the settings that name the separators.
const (
	footnotesType = `<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>`
	footnotesRel  = `<Relationship Id="rIdFootnotes" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>`
	footnotePr    = `<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>`
)

// withNotes inserts a document's footnote declarations before the end of
// the XML part, or before marker.
func withNotes(part, decl, before string) string {
	i := strings.LastIndex(part, before)
	return part[:i] + decl + part[i:]
}
