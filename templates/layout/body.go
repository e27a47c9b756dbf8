package layout

import (
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/baocao/baocao/model"
)

// body lays out the opening sentence, the numbered sections and the
// closing, one paragraph a line as the clerk typed it, the last with the
// form's ending (an imported closing keeps its own); an imported draft gets
// no staffing paragraphs composed from its table, as its own staffing text
// is kept in its answers.
func body(r model.Report, o model.Outline, rules model.Rules, f Form) []Block {
	blocks := paragraphs(model.OpeningText(r))
	var staffing []string
	if !r.Imported {
		staffing = rules.StaffingParagraphs(r, o.Profile)
	}
	secs := bodySections(o)
	content := make([][]Block, len(secs))
	for i, s := range secs {
		content[i] = sectionContent(r, s, staffing, f)
	}
	for i, s := range secs {
		switch {
		case r.Imported:
			blocks = append(blocks, written(r.Headings[s.ID], s.Level, content[i])...)
		case keep(secs, content, i):
			blocks = append(blocks, Block{Kind: Heading, Level: s.Level, Number: numberText(s), Text: model.EscapeInline(clean(s.Heading))})
			blocks = append(blocks, content[i]...)
		}
	}
	closing := paragraphs(model.ClosingText(r, o))
	if n := len(closing); n > 0 && !r.Imported {
		closing[n-1].Text = withEnding(closing[n-1].Text, f.Ending)
	}
	blocks = append(blocks, closing...)
	for i := range blocks {
		blocks[i].AsTyped = r.Imported
	}
	return blocks
}

// paragraphs makes a paragraph of each non-empty line of text.
func paragraphs(text string) []Block {
	var out []Block
	for _, line := range strings.Split(text, "\n") {
		if t := clean(line); t != "" {
			out = append(out, Block{Kind: Paragraph, Text: t})
		}
	}
	return out
}

// written lays out a section of an imported draft: its heading as the
// source wrote it (none when the source had none), the first paragraph on
// the heading's line when it was run in, then the content.
//
// A heading's text is plain, not markup; a run-in heading is a paragraph
// that starts with the heading's words in bold, as the source sets it.
func written(h model.WrittenHeading, level int, content []Block) []Block {
	text := clean(h.Text)
	if text == "" {
		return content
	}
	head := Block{Kind: Heading, Level: level, Text: model.EscapeInline(text)}
	if h.RunIn && len(content) > 0 {
		lead := model.FormatInline([]model.Span{{Text: text, Bold: true}})
		head = Block{Kind: Paragraph, Text: lead + " " + content[0].Text}
		content = content[1:]
	}
	return append([]Block{head}, content...)
}

// withEnding ends the closing sentence with the form's ending ("./." or
// "."), whichever of the two it was typed with; an empty ending keeps it.
func withEnding(text, ending string) string {
	if ending == "" {
		return text
	}
	text = strings.TrimSuffix(text, "./.")
	return strings.TrimRight(text, ". ") + ending
}

func bodySections(o model.Outline) []model.Section {
	var out []model.Section
	appendix := inAppendix(o)
	for _, s := range o.Sections {
		if s.InBody() && !appendix[s.ID] {
			out = append(out, s)
		}
	}
	return out
}

// keep reports whether section i is printed: it has content in it or under
// it, or it (or a section under it) has a required field.
func keep(secs []model.Section, content [][]Block, i int) bool {
	for j := i; j < len(secs); j++ {
		if j > i && secs[j].Level <= secs[i].Level {
			break
		}
		if len(content[j]) > 0 || required(secs[j]) {
			return true
		}
	}
	return false
}

func required(s model.Section) bool {
	for _, f := range s.Fields {
		if f.Required {
			return true
		}
	}
	return false
}

// numberText writes a heading number with its punctuation: "I.", "1.",
// "a)". A number that already ends in punctuation is kept as it is.
func numberText(s model.Section) string {
	n := clean(s.Number)
	if n == "" || strings.ContainsAny(n[len(n)-1:], ".)") {
		return n
	}
	if s.Level >= 3 {
		return n + ")"
	}
	return n + "."
}

func sectionContent(r model.Report, s model.Section, staffing []string, form Form) []Block {
	var out []Block
	for _, f := range s.Fields {
		switch {
		case f.Kind == model.FieldTable && f.Table != nil:
			if t := r.Answers[f.ID].Table; !t.IsEmpty() || f.Required {
				out = append(out, Block{Kind: TableBlock, Text: clean(f.Label), Table: tableBlock(f, t, form)})
			}
		case f.Kind == model.FieldStaffing:
			for _, p := range staffing {
				out = append(out, Block{Kind: Paragraph, Text: clean(p)})
			}
		case f.Bind != "":
			// Bound parts are printed in their fixed places.
		default:
			out = append(out, answerBlocks(f, r.Answers[f.ID], r.Imported)...)
		}
	}
	return out
}

// answerBlocks lays out one answer; an imported draft's bullet items keep
// their marks and punctuation as written.
func answerBlocks(f model.Field, a model.Answer, imported bool) []Block {
	if a.None {
		return []Block{{Kind: Paragraph, Text: NoneText}}
	}
	if f.Kind == model.FieldBullets {
		var items []string
		for _, it := range a.Items {
			if imported {
				it = clean(it)
			} else {
				it = strings.TrimRight(clean(it), "; ")
			}
			if it != "" {
				items = append(items, it)
			}
		}
		if imported {
			return asWritten(items)
		}
		return bullets(items)
	}
	return narrative(a.Text)
}

// narrative splits text into paragraphs, one per non-empty line; a line
// starting with a bullet mark ("- ", "+ ", "– ", "• ") becomes a bullet
// that keeps its mark as typed.
func narrative(text string) []Block {
	var out []Block
	for _, line := range strings.Split(norm.NFC.String(text), "\n") {
		line = clean(line)
		if line == "" {
			continue
		}
		if mark, item, ok := bulletItem(line); ok {
			out = append(out, Block{Kind: Bullet, Text: mark + item})
			continue
		}
		out = append(out, Block{Kind: Paragraph, Text: line})
	}
	return out
}

// bulletMarks are the marks a bullet line may start with.
var bulletMarks = []string{"- ", "+ ", "• ", "– "}

func bulletItem(line string) (mark, item string, ok bool) {
	for _, mark := range bulletMarks {
		if strings.HasPrefix(line, mark) {
			return mark, strings.TrimSpace(line[len(mark):]), true
		}
	}
	return "", "", false
}

func bullets(items []string) []Block {
	out := make([]Block, 0, len(items))
	for _, it := range punctuate(items, ";", ".") {
		out = append(out, Block{Kind: Bullet, Text: it})
	}
	return out
}

// asWritten lays out items as the source wrote them: a bullet with its own
// mark and punctuation, or a paragraph when it had no mark.
func asWritten(items []string) []Block {
	out := make([]Block, 0, len(items))
	for _, it := range items {
		kind := Bullet
		if _, _, ok := bulletItem(it); !ok {
			kind = Paragraph
		}
		out = append(out, Block{Kind: kind, Text: it})
	}
	return out
}
