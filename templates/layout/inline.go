package layout

import (
	"sort"
	"strconv"
	"strings"

	"github.com/baocao/baocao/model"
)

// Inline emphasis and footnotes. The draft's text carries model's inline
// markup ("**đậm**", "*nghiêng*", "__gạch chân__", "[^1]" and the note's
// line "[^1]: …"); a Doc carries it resolved: each block's Text is the
// plain text with a cited note as "[n]", its Spans the same text in runs
// of one emphasis, and its Notes the footnotes it cites, numbered 1, 2, 3…
// through the body and the appendices in the order cited. A note's line is
// taken out of the body when a paragraph cites it; one that nothing cites,
// and a reference to no note, stay as typed, so that nothing is lost.

// Span is a run of a block's text with one emphasis, or the mark of a
// footnote the block cites.
type Span struct {
	// Text is the run's text; "[n]" for a footnote mark.
	Text                    string
	Bold, Italic, Underline bool
	// Note is the number of the footnote the mark cites; 0 for text.
	Note int
}

// Note is a footnote, printed at the foot of the page that cites it.
type Note struct {
	Number int
	// Text is the note's plain text; Spans its runs.
	Text  string
	Spans []Span
}

// NoteSize is the size of footnote text (points), in every writer: below
// the body's 13–14 pt, within the 10–12 pt that NĐ 30 documents use for
// notes.
const NoteSize = 12.0

// Mark is how a footnote's number reads in plain text: "[n]".
func Mark(n int) string { return "[" + strconv.Itoa(n) + "]" }

// PlainSpans returns a text without emphasis as one span.
func PlainSpans(text string) []Span { return []Span{{Text: text}} }

// BlockSpans returns the block's runs: its Spans, or its Line as one plain
// run; a heading's number leads its first run.
func (b Block) BlockSpans() []Span {
	if b.Spans == nil {
		return PlainSpans(b.Line())
	}
	if b.Number == "" {
		return b.Spans
	}
	return append([]Span{{Text: b.Number + " "}}, b.Spans...)
}

// noteDef is a note's line in the body: the block it is and its id.
type noteDef struct {
	block int
	id    string
	text  string
	used  bool
}

// footnotes resolves the inline markup of blocks, numbering notes from
// *n on.
func footnotes(blocks []Block, n *int) []Block {
	var defs []noteDef
	for i, b := range blocks {
		if b.Kind != Paragraph {
			continue
		}
		if id, text, ok := model.NoteDef(b.Text); ok {
			defs = append(defs, noteDef{block: i, id: id, text: text})
		}
	}
	isDef := map[int]*noteDef{}
	for k := range defs {
		isDef[defs[k].block] = &defs[k]
	}
	idx := indexNotes(defs)
	resolved := make([]Block, len(blocks))
	for i, b := range blocks {
		if isDef[i] == nil && b.Kind != TableBlock {
			b = resolve(b, i, idx, n)
		}
		resolved[i] = b
	}
	out := make([]Block, 0, len(blocks))
	for i, b := range resolved {
		switch d := isDef[i]; {
		case d == nil:
			out = append(out, b)
		case !d.used:
			out = append(out, textBlock(b))
		}
	}
	return out
}

// textBlock is a block whose text is printed as read, markers resolved.
func textBlock(b Block) Block {
	b.Text, b.Spans = spansOf(model.ParseInline(b.Text), nil)
	return b
}

// resolve reads block i's markup; each reference takes the first uncited
// note line with its id after the block, else before it.
func resolve(b Block, i int, idx noteIndex, n *int) Block {
	if !strings.ContainsAny(b.Text, `*_[\`) {
		return b
	}
	cite := func(id string) *Note {
		d := idx.find(id, i)
		if d == nil {
			return nil
		}
		*n++
		note := Note{Number: *n}
		note.Text, note.Spans = spansOf(model.ParseInline(d.text), nil)
		b.Notes = append(b.Notes, note)
		return &note
	}
	b.Text, b.Spans = spansOf(model.ParseInline(b.Text), cite)
	return b
}

// noteIndex holds the note lines by id, in body order, and per id how
// many at the front are used, so that finding costs little however many
// notes an answer has.
type noteIndex struct {
	byID map[string][]*noteDef
	used map[string]int
}

func indexNotes(defs []noteDef) noteIndex {
	idx := noteIndex{byID: map[string][]*noteDef{}, used: map[string]int{}}
	for k := range defs {
		idx.byID[defs[k].id] = append(idx.byID[defs[k].id], &defs[k])
	}
	return idx
}

// find returns the first unused note line with the id after block i, else
// the first unused one, and marks it used.
func (idx noteIndex) find(id string, i int) *noteDef {
	list := idx.byID[id]
	for idx.used[id] < len(list) && list[idx.used[id]].used {
		idx.used[id]++
	}
	from := max(idx.used[id], sort.Search(len(list), func(k int) bool { return list[k].block > i }))
	for _, start := range []int{from, idx.used[id]} {
		for _, d := range list[start:] {
			if !d.used {
				d.used = true
				return d
			}
		}
	}
	return nil
}

// spansOf turns parsed markup into a block's plain text and spans (nil
// when the text has no emphasis and cites nothing); cite numbers a
// reference's note, and a reference to no note stays as typed.
func spansOf(parsed []model.Span, cite func(id string) *Note) (string, []Span) {
	var b strings.Builder
	out := make([]Span, 0, len(parsed))
	rich := false
	for _, p := range parsed {
		s := Span{Text: p.Text, Bold: p.Bold, Italic: p.Italic, Underline: p.Underline}
		if p.Note != "" {
			s.Text = "[^" + p.Note + "]"
			if cite != nil {
				if note := cite(p.Note); note != nil {
					s.Text, s.Note = Mark(note.Number), note.Number
				}
			}
		}
		rich = rich || s.Note != 0 || (p.Marked() && strings.TrimSpace(p.Text) != "")
		b.WriteString(s.Text)
		out = append(out, s)
	}
	if !rich {
		return b.String(), nil
	}
	return b.String(), out
}
