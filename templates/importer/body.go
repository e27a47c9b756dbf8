package importer

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/baocao/baocao/model"
)

// piece is a line of content under a heading (or the run-in rest of the
// heading's own line).
type piece struct {
	text  string
	notes []string
	idx   int
}

// builder places the body's lines into the report.
type builder struct {
	lines   []line
	o       model.Outline
	r       *model.Report
	rules   model.Rules
	content map[int][]piece // section index → its lines
	order   []int           // sections in the order met
	res     *Result
}

// body assigns each body line to the section of the last heading matched
// before it; lines before the first heading go on the opening, as the
// report's own introduction.
func (b *builder) body(z zoning, a alignment) []int {
	var unplaced []int
	cur := -1
	for i := z.bodyStart; i < z.bodyEnd; i++ {
		l := b.lines[i]
		if si, ok := a.section[i]; ok {
			cur = si
			b.res.Found[b.o.Sections[si].ID] = true
			b.add(si, piece{})
			b.heading(si, l)
			if l.isNum && l.head.Rest != "" {
				b.add(si, piece{text: l.markup(l.head.Rest), notes: l.notes, idx: i})
			}
			continue
		}
		if cur < 0 && b.r.Imported {
			b.r.Opening = strings.TrimPrefix(b.r.Opening+"\n"+joinTexts(b.lines[i:i+1]), "\n")
			continue
		}
		if cur < 0 {
			unplaced = append(unplaced, i)
			continue
		}
		b.add(cur, piece{text: l.bodyText(), notes: l.notes, idx: i})
	}
	return unplaced
}

// heading keeps the source's heading line for section si as written; the
// text run in after its colon stays the section's first paragraph.
func (b *builder) heading(si int, l line) {
	h := model.WrittenHeading{Text: l.text}
	if l.isNum && l.head.Rest != "" && strings.HasSuffix(l.text, l.head.Rest) {
		h = model.WrittenHeading{Text: strings.TrimSpace(strings.TrimSuffix(l.text, l.head.Rest)), RunIn: true}
	}
	if b.r.Headings == nil {
		b.r.Headings = map[string]model.WrittenHeading{}
	}
	id := b.o.Sections[si].ID
	if prev, ok := b.r.Headings[id]; ok {
		b.add(si, piece{text: prev.Text})
	}
	b.r.Headings[id] = h
}

func (b *builder) add(si int, p piece) {
	if _, seen := b.content[si]; !seen {
		b.order = append(b.order, si)
		b.content[si] = nil
	}
	if p.text != "" {
		b.content[si] = append(b.content[si], p)
	}
}

// fill writes each section's lines into its fields and returns the lines
// no field could take.
func (b *builder) fill() []int {
	var unplaced []int
	for _, si := range b.order {
		pieces := b.staffing(si, b.content[si])
		if len(pieces) == 0 {
			continue
		}
		if len(pieces) == 1 && isNone(pieces[0].text) && b.setNone(si) {
			continue
		}
		f, ok := answerField(b.o.Sections[si])
		if ok {
			unplaced = append(unplaced, b.setAnswer(f, pieces)...)
			b.res.Summary.Sections++
			continue
		}
		unplaced = append(unplaced, b.spread(si, pieces)...)
	}
	return unplaced
}

// spread places the lines written directly under a section that has no
// field of its own but sub-sections (a report that lists its tasks under
// III without the six groups): each line goes to the sub-section whose
// heading it resembles most, else to the "khác" (other) one, else to the
// first. Lines are unplaced only when no sub-section takes text.
func (b *builder) spread(si int, pieces []piece) []int {
	type target struct {
		f    model.Field
		toks []string
	}
	var targets []target
	other := -1
	for _, s := range b.o.Subtree(si)[1:] {
		if f, ok := answerField(s); ok {
			toks := distinctive(Tokens(s.Heading))
			if strings.HasSuffix(" "+strings.Join(Tokens(s.Heading), " "), " khac") {
				other = len(targets)
			}
			targets = append(targets, target{f, toks})
		}
	}
	if len(targets) == 0 {
		var idx []int
		for _, p := range pieces {
			idx = append(idx, p.idx)
		}
		return idx
	}
	if other < 0 {
		other = 0
	}
	groups := make([][]piece, len(targets))
	for _, p := range pieces {
		best, bestScore := other, 0.25
		ptoks := Tokens(p.text)
		for i, t := range targets {
			if sc := cover(t.toks, ptoks); sc > bestScore {
				best, bestScore = i, sc
			}
		}
		groups[best] = append(groups[best], p)
	}
	var over []int
	for i, g := range groups {
		if len(g) == 0 {
			continue
		}
		over = append(over, b.setAnswer(targets[i].f, g)...)
		b.res.Summary.Sections++
	}
	return over
}

// existing turns an answer back into pieces, to add lines after it.
func existing(a model.Answer, f model.Field) []piece {
	var out []piece
	if f.Kind == model.FieldBullets {
		for _, it := range a.Items {
			out = append(out, piece{text: it})
		}
		return out
	}
	for _, l := range strings.Split(a.Text, "\n") {
		out = append(out, piece{text: l})
	}
	return out
}

// common words of the outline's group headings, which tell nothing.
var common = map[string]bool{"nhiem": true, "vu": true, "giai": true, "phap": true, "ve": true, "lien": true,
	"quan": true, "den": true, "cong": true, "tac": true, "cua": true, "cac": true, "va": true, "doi": true, "voi": true,
	"co": true, "tai": true, "trong": true, "nhung": true, "la": true}

func distinctive(toks []string) []string {
	var out []string
	for _, t := range toks {
		if !common[t] && len(t) > 1 {
			out = append(out, t)
		}
	}
	return out
}

// cover is the share of the heading's distinctive words found in the text.
func cover(heading, text []string) float64 {
	if len(heading) == 0 {
		return 0
	}
	set := map[string]bool{}
	for _, t := range text {
		set[t] = true
	}
	n := 0
	for _, h := range heading {
		if set[h] {
			n++
		}
	}
	return float64(n) / float64(len(heading))
}

// isNone reports a bare "Không" answer.
func isNone(t string) bool {
	return strings.Trim(Fold(t), " .;!:") == "khong"
}

// setNone records "Không" for the none-ok answer fields of the section and
// of the sections under it that are still empty; false when there is none.
func (b *builder) setNone(si int) bool {
	set := false
	for _, s := range b.o.Subtree(si) {
		for _, f := range s.Fields {
			if f.NoneOK && f.Bind == "" && b.r.Answers[f.ID].IsEmpty() {
				b.r.SetNone(f, true)
				set = true
			}
		}
	}
	if set {
		b.res.Summary.Sections++
	}
	return set
}

// answerField is the section's first field that holds free text.
func answerField(s model.Section) (model.Field, bool) {
	for _, f := range s.Fields {
		if f.Bind == "" && (f.Kind == model.FieldNarrative || f.Kind == model.FieldBullets || f.Kind == model.FieldLine) {
			return f, true
		}
	}
	return model.Field{}, false
}

// setAnswer writes the pieces into the field after what it holds, as far
// as the field's size (model.MaxFieldLen) allows; it returns the lines of
// the pieces that did not fit, to be kept unplaced.
func (b *builder) setAnswer(f model.Field, pieces []piece) (over []int) {
	if prev := b.r.Answers[f.ID]; !prev.IsEmpty() && !prev.None {
		old := existing(prev, f)
		pieces, over = fitField(old, pieces)
		pieces = append(old, pieces...)
	} else {
		pieces, over = fitField(nil, pieces)
	}
	if len(over) > 0 {
		b.res.Summary.Notes = append(b.res.Summary.Notes, fmt.Sprintf("%d đoạn không vừa sức chứa %d ký tự của một mục nên được để ở phần chưa xếp được; hãy rút gọn mục đó hoặc chuyển các đoạn này sang mục khác",
			len(over), model.MaxFieldLen))
	}
	var lines []string
	for _, p := range pieces {
		t := p.text
		if f.Kind == model.FieldBullets && !b.r.Imported {
			t, _ = Bullet(t)
			t = strings.TrimSpace(strings.TrimRight(t, ";"))
		}
		lines = append(lines, t)
		lines = append(lines, p.notes...)
	}
	sep := "\n"
	if f.Kind == model.FieldLine {
		sep = " "
	}
	if f.Kind == model.FieldBullets && b.r.Imported {
		// Items as written, marks and punctuation included (SetText
		// would strip them).
		if b.r.Answers == nil {
			b.r.Answers = map[string]model.Answer{}
		}
		b.r.Answers[f.ID] = model.Answer{Items: lines}
		return
	}
	b.r.SetText(f, strings.Join(lines, sep))
	return over
}

// fitField splits pieces into those that fit in a field after old, counting
// characters and a separator per piece against model.MaxFieldLen, and the
// lines of the rest.
func fitField(old, pieces []piece) (fit []piece, over []int) {
	size := 0
	for _, p := range old {
		size += utf8.RuneCountInString(p.text) + 1
	}
	for i, p := range pieces {
		size += utf8.RuneCountInString(p.text) + 1
		for _, n := range p.notes {
			size += utf8.RuneCountInString(n) + 1
		}
		if size > model.MaxFieldLen+1 {
			for _, q := range pieces[i:] {
				over = append(over, q.idx)
			}
			return pieces[:i], over
		}
	}
	return pieces, nil
}

// staffing reads the staffing paragraphs of a section with a staffing
// field into the table and returns the other lines (all of them for an
// imported draft, which keeps its own staffing text as written).
func (b *builder) staffing(si int, pieces []piece) []piece {
	if !hasStaffing(b.o.Sections[si]) {
		return pieces
	}
	cat := b.rules.CatalogueFor(b.r.Doc.Date)
	var start, now StaffText
	found := false
	var rest []piece
	for _, p := range pieces {
		st, ok := ReadStaffing(p.text, cat)
		if !ok || b.r.Imported {
			rest = append(rest, p)
		}
		if !ok {
			continue
		}
		found = true
		if st.Snapshot == model.AtStart {
			start = merge(start, st)
		} else {
			now = merge(now, st)
		}
	}
	if found {
		b.r.Staffing = Rows(start, now, cat)
		b.res.Summary.StaffRows = len(b.r.Staffing.Rows)
	}
	return rest
}

func merge(a, b StaffText) StaffText {
	a.Items = append(a.Items, b.Items...)
	if b.Term != "" {
		a.Term = b.Term
	}
	if b.All != nil {
		a.All = b.All
	}
	if b.Cadre != nil {
		a.Cadre = b.Cadre
	}
	if b.CivilServ != nil {
		a.CivilServ = b.CivilServ
	}
	return a
}

func hasStaffing(s model.Section) bool {
	for _, f := range s.Fields {
		if f.Kind == model.FieldStaffing {
			return true
		}
	}
	return false
}
