package importer

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/baocao/baocao/model"
)

// appendixLabelRe matches an appendix's label line: "PHỤ LỤC", "Phụ lục
// II", "PHỤ LỤC 02", folded, perhaps followed by ":" and a title.
var appendixLabelRe = regexp.MustCompile(`^phu luc(?:\s+(?:so\s+)?([ivxlc]+|\d{1,2}))?\s*(?:[:.\-–]\s*(.*))?$`)

// appendixStart is the line where the appendices begin: the first appendix
// label after the Nơi nhận mark or the signer's authority line; len(lines)
// when there is none.
func appendixStart(lines []line) int {
	signed := false
	for i, l := range lines {
		if signed && appendixLabelRe.MatchString(Fold(l.text)) && l.para.Table == 0 {
			return i
		}
		if isRecipientsMark(l.text) || authorityRe.MatchString(l.text) && isUpper(l.text) {
			signed = true
		}
	}
	return len(lines)
}

// appendixGroup is one appendix of the source: its title and the line of
// its label.
type appendixGroup struct {
	line  int
	title string
}

// appendixLines reads the appendix zone lines[from:]: each label starts an
// appendix, the line after it is its title unless it is the "(Kèm theo …)"
// note, which is part of the heading too. It returns the appendices and
// the lines it did not take (paragraphs the clerk must place).
func appendixLines(lines []line, from int) ([]appendixGroup, []int) {
	var groups []appendixGroup
	var rest []int
	for i := from; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i].text)
		m := appendixLabelRe.FindStringSubmatch(Fold(t))
		switch {
		case m != nil:
			g := appendixGroup{line: i}
			if m[2] != "" {
				g.title = strings.TrimSpace(t[strings.IndexAny(t, ":.-–")+1:])
			} else if i+1 < len(lines) && !isNote(lines[i+1].text) {
				i++
				g.title = lines[i].text
			}
			groups = append(groups, g)
		case isNote(t) && len(groups) > 0:
		default:
			rest = append(rest, i)
		}
	}
	return groups, rest
}

// isNote reports an appendix's "(Kèm theo Báo cáo số …)" line.
func isNote(t string) bool {
	return strings.HasPrefix(Fold(strings.TrimLeft(strings.TrimSpace(t), "(")), "kem theo")
}

// tables places the source's data tables: a table in the body goes to a
// table field of the section it stands in (or under), one after the
// signature to the appendix it stands in. A derived outline gets a table
// field (and the appendix section) for each. What no field takes is
// returned as lines for Report.Unplaced: the caption and the rows, cells
// separated by tabs, ready to paste into a grid.
func (b *builder) tables(found []srcTable, a alignment, appx int, groups []appendixGroup) []string {
	var unplaced []string
	used := map[string]bool{}
	for _, t := range found {
		pos := b.lineAt(t.at)
		var si int
		if pos >= appx {
			si = b.appendixSection(groupOf(groups, pos), groups, t)
		} else {
			si = sectionAt(a, pos)
		}
		if si < 0 {
			unplaced = append(unplaced, t.rows()...)
			continue
		}
		extra, ok := b.placeTable(si, t, used)
		if !ok {
			unplaced = append(unplaced, t.rows()...)
			continue
		}
		unplaced = append(unplaced, extra...)
	}
	b.res.Outline = b.o
	return unplaced
}

// lineAt is the first line made from paragraph at or after pi.
func (b *builder) lineAt(pi int) int {
	for i, l := range b.lines {
		if l.pi >= pi {
			return i
		}
	}
	return len(b.lines)
}

// sectionAt is the section of the last heading matched before line pos;
// -1 when none is.
func sectionAt(a alignment, pos int) int {
	best, si := -1, -1
	for i, s := range a.section {
		if i < pos && i > best {
			best, si = i, s
		}
	}
	return si
}

// groupOf is the appendix a line stands in: the last label before it.
func groupOf(groups []appendixGroup, pos int) int {
	g := 0
	for i, x := range groups {
		if x.line < pos {
			g = i
		}
	}
	return g
}

// appendixSection is the outline's section of appendix g: its g-th
// appendix section; a derived outline gets one made. -1 when the outline
// has none.
func (b *builder) appendixSection(g int, groups []appendixGroup, t srcTable) int {
	n := 0
	for i, s := range b.o.Sections {
		if s.Appendix && s.Level == 1 {
			if n == g {
				return i
			}
			n++
		}
	}
	if !b.res.Derived {
		return -1
	}
	title := firstNonEmpty(t.caption, "Bảng số liệu")
	if g < len(groups) && groups[g].title != "" {
		title = groups[g].title
	}
	for n <= g {
		n++
		b.o.Sections = append(b.o.Sections, model.Section{ID: fmt.Sprintf("PL%d", n), Level: 1,
			Number: romanNumber(n), Heading: title, Appendix: true})
	}
	return len(b.o.Sections) - 1
}

// placeTable fills the first unused table field of section si (or of a
// section under it) that the table fits; a derived outline gets a new
// field in si. It returns the rows no fixed label took.
func (b *builder) placeTable(si int, t srcTable, used map[string]bool) ([]string, bool) {
	tree := b.o.Subtree(si)
	for _, s := range tree {
		for _, f := range s.Fields {
			if f.Kind != model.FieldTable || f.Table == nil || used[f.ID] {
				continue
			}
			table, extra, ok := fill(*f.Table, t)
			if !ok {
				continue
			}
			used[f.ID] = true
			b.r.SetTable(f, table)
			b.res.Summary.Tables++
			return extra, true
		}
	}
	if !b.res.Derived {
		return nil, false
	}
	spec, table := specOf(t)
	if len(spec.Columns) == 0 {
		return nil, false
	}
	f := model.Field{ID: b.tableID(si), Label: firstNonEmpty(t.caption, "Bảng số liệu"), Kind: model.FieldTable, Table: &spec}
	b.o.Sections[si].Fields = append(b.o.Sections[si].Fields, f)
	used[f.ID] = true
	b.r.SetTable(f, table)
	b.res.Summary.Tables++
	return nil, true
}

// tableID is a new field ID for a table of section si.
func (b *builder) tableID(si int) string {
	taken := map[string]bool{}
	for _, s := range b.o.Sections {
		for _, f := range s.Fields {
			taken[f.ID] = true
		}
	}
	return uniqueID(b.o.Sections[si].ID+".bang", taken)
}

// romanNumber writes 1…39 in Roman numerals, for appendix numbers.
func romanNumber(n int) string {
	var b strings.Builder
	for _, p := range []struct {
		v int
		s string
	}{{10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}} {
		for n >= p.v {
			b.WriteString(p.s)
			n -= p.v
		}
	}
	return b.String()
}
