package layout

import (
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/baocao/baocao/model"
)

// body lays out the căn cứ sentence, the numbered sections and the closing.
func body(r model.Report, o model.Outline, rules model.Rules, f Form) []Block {
	blocks := []Block{{Kind: Paragraph, Text: clean(model.BasisText(r))}}
	staffing := rules.StaffingParagraphs(r, o.Profile)
	secs := bodySections(o)
	content := make([][]Block, len(secs))
	for i, s := range secs {
		content[i] = sectionContent(r, s, staffing, f)
	}
	for i, s := range secs {
		if !keep(secs, content, i) {
			continue
		}
		blocks = append(blocks, Block{Kind: Heading, Level: s.Level, Number: numberText(s), Text: clean(s.Heading)})
		blocks = append(blocks, content[i]...)
	}
	if c := clean(model.ClosingText(r, o)); c != "" {
		blocks = append(blocks, Block{Kind: Paragraph, Text: withEnding(c, f.Ending)})
	}
	return blocks
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
			out = append(out, answerBlocks(f, r.Answers[f.ID])...)
		}
	}
	return out
}

func answerBlocks(f model.Field, a model.Answer) []Block {
	if a.None {
		return []Block{{Kind: Paragraph, Text: NoneText}}
	}
	if f.Kind == model.FieldBullets {
		var items []string
		for _, it := range a.Items {
			if it = strings.TrimRight(clean(it), "; "); it != "" {
				items = append(items, it)
			}
		}
		return bullets(items)
	}
	return narrative(a.Text)
}

// narrative splits text into paragraphs, one per non-empty line; a run of
// lines starting with a bullet mark becomes "- " lines.
func narrative(text string) []Block {
	var out []Block
	for _, line := range strings.Split(norm.NFC.String(text), "\n") {
		line = clean(line)
		if line == "" {
			continue
		}
		if item, ok := bulletItem(line); ok {
			out = append(out, Block{Kind: Bullet, Text: "- " + item})
			continue
		}
		out = append(out, Block{Kind: Paragraph, Text: line})
	}
	return out
}

func bulletItem(line string) (string, bool) {
	for _, mark := range []string{"- ", "+ ", "• ", "– "} {
		if strings.HasPrefix(line, mark) {
			return strings.TrimSpace(line[len(mark):]), true
		}
	}
	return "", false
}

func bullets(items []string) []Block {
	out := make([]Block, 0, len(items))
	for _, it := range punctuate(items, ";", ".") {
		out = append(out, Block{Kind: Bullet, Text: it})
	}
	return out
}
