package diff

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/baocao/baocao/model"
)

// Para is one paragraph that differs. Op is Insert for a paragraph added,
// Delete for one removed (Parts then hold its whole text), and Equal for
// a paragraph changed in place, whose Parts mark the words.
type Para struct {
	// Field is the label of the field the paragraph belongs to.
	Field string
	Op    Op
	Parts []Part
}

// Section is one section of the outline that differs.
type Section struct {
	ID string
	// Label names the section briefly: its ID for a numbered heading
	// ("I.1"), else its heading ("Nơi nhận").
	Label string
	// Heading is the section's heading as the outline gives it.
	Heading string
	Paras   []Para
	// Added and Removed count the characters inserted and deleted.
	Added, Removed int
}

// Diff is the comparison of two reports: the sections that differ, in
// the outline's order, and the characters added and removed in all.
type Diff struct {
	Sections       []Section
	Added, Removed int
}

// Empty reports whether the two reports say the same thing.
func (d Diff) Empty() bool { return len(d.Sections) == 0 }

// Labels returns the touched sections' labels, in order.
func (d Diff) Labels() []string {
	out := make([]string, len(d.Sections))
	for i, s := range d.Sections {
		out[i] = s.Label
	}
	return out
}

// Summary says in one Vietnamese line what changed: "sửa 2 mục (I.1,
// III.2) · thêm 120, bớt 34 ký tự", or "không thay đổi nội dung".
func (d Diff) Summary() string {
	if d.Empty() {
		return "không thay đổi nội dung"
	}
	return fmt.Sprintf("sửa %d mục (%s) · thêm %d, bớt %d ký tự",
		len(d.Sections), strings.Join(d.Labels(), ", "), d.Added, d.Removed)
}

// Reports compares an older report with a newer one along outline o. A
// part of either report that no section of o holds (an answer the outline
// does not name, or every part when o has no sections) is compared under a
// section of its own, so that no difference goes unseen.
func Reports(old, cur model.Report, o model.Outline) Diff {
	return ReportsNamed(old, cur, o, model.Catalogue{})
}

// ReportsNamed is Reports with the staffing table's positions named by
// their titles in cat (model.Rules.CatalogueFor), as a reader sees them,
// rather than by their codes.
func ReportsNamed(old, cur model.Report, o model.Outline, cat model.Catalogue) Diff {
	var d Diff
	for _, s := range sectionsOf(o, old, cur) {
		sd := Section{ID: s.ID, Label: label(s), Heading: s.Heading}
		for _, f := range s.Fields {
			for _, p := range paragraphs(value(old, f, cat), value(cur, f, cat)) {
				p.Field = fieldLabel(f)
				a, r := counts(p.Parts)
				sd.Added, sd.Removed = sd.Added+a, sd.Removed+r
				sd.Paras = append(sd.Paras, p)
			}
		}
		if len(sd.Paras) > 0 {
			d.Added, d.Removed = d.Added+sd.Added, d.Removed+sd.Removed
			d.Sections = append(d.Sections, sd)
		}
	}
	return d
}

func label(s model.Section) string {
	if s.Number != "" || s.Heading == "" {
		return s.ID
	}
	return s.Heading
}

func fieldLabel(f model.Field) string {
	if f.Label != "" {
		return f.Label
	}
	return f.ID
}

// paragraphs compares two field values line by line: lines kept are
// skipped, a run of removed lines facing a run of added ones is paired
// line by line and compared word by word, the rest are whole additions or
// removals.
func paragraphs(a, b string) []Para {
	if a == b {
		return nil
	}
	la, lb := lines(a), lines(b)
	var out []Para
	var dels, ins []string
	flush := func() {
		for i := range max(len(dels), len(ins)) {
			switch {
			case i < len(dels) && i < len(ins):
				out = append(out, Para{Op: Equal, Parts: Words(dels[i], ins[i])})
			case i < len(dels):
				out = append(out, Para{Op: Delete, Parts: []Part{{Delete, dels[i]}}})
			default:
				out = append(out, Para{Op: Insert, Parts: []Part{{Insert, ins[i]}}})
			}
		}
		dels, ins = dels[:0], ins[:0]
	}
	for _, e := range script(la, lb) {
		switch e.op {
		case Equal:
			flush()
		case Delete:
			dels = append(dels, la[e.a])
		case Insert:
			ins = append(ins, lb[e.b])
		}
	}
	flush()
	return out
}

// lines splits a value into its non-blank lines, trimmed at the right.
func lines(s string) []string {
	var out []string
	for l := range strings.SplitSeq(s, "\n") {
		if l = strings.TrimRight(l, " \t\r"); strings.TrimSpace(l) != "" {
			out = append(out, l)
		}
	}
	return out
}

// sectionsOf returns o's sections followed by one section per report part
// that o does not hold: answers under IDs o lacks, and, when o binds no
// field to them, the header, staffing, closing, recipients and signer.
func sectionsOf(o model.Outline, reports ...model.Report) []model.Section {
	out := slices.Clone(o.Sections)
	ids, binds := map[string]bool{}, map[string]bool{}
	for _, s := range o.Sections {
		for _, f := range s.Fields {
			ids[f.ID] = true
			if f.Bind != "" {
				binds[f.Bind] = true
			}
		}
	}
	for _, g := range boundParts {
		var fs []model.Field
		for _, f := range g.fields {
			if !binds[f.Bind] && !coveredBy(f.Bind, binds) {
				fs = append(fs, f)
			}
		}
		if len(fs) > 0 {
			out = append(out, model.Section{ID: g.id, Heading: g.heading, Fields: fs})
		}
	}
	return append(out, strayAnswers(ids, reports)...)
}

// coveredBy reports whether a bind is shown by a field bound to a larger
// part: the signature field shows the signer's authority, title and name.
func coveredBy(bind string, binds map[string]bool) bool {
	return strings.HasPrefix(bind, "signer.") && binds["signer"]
}

// strayAnswers makes a section for each answer ID the outline lacks,
// grouped by the ID without its last dotted part ("I.1.text" → "I.1").
func strayAnswers(ids map[string]bool, reports []model.Report) []model.Section {
	bySection := map[string][]string{}
	for _, r := range reports {
		for id := range r.Answers {
			if ids[id] {
				continue
			}
			ids[id] = true
			sec := id
			if i := strings.LastIndexByte(id, '.'); i > 0 {
				sec = id[:i]
			}
			bySection[sec] = append(bySection[sec], id)
		}
	}
	var out []model.Section
	for _, sec := range slices.Sorted(maps.Keys(bySection)) {
		s := model.Section{ID: sec, Number: sec}
		slices.Sort(bySection[sec])
		for _, id := range bySection[sec] {
			s.Fields = append(s.Fields, model.Field{ID: id, Kind: model.FieldNarrative})
		}
		out = append(out, s)
	}
	return out
}
