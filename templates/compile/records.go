package compile

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/baocao/baocao/model"
)

// readRecords reads the units' records in name order, one at a time, and
// keeps what the draft and the sheets' headers need of them, whatever the
// number of units: the staffing rows summed by position, the positions
// held, the terms, the texts gathered by field (each up to
// model.MaxFieldLen), and the tables summed by structure (see addTables).
func (res *Result) readRecords(r *reader) error {
	res.staff, res.held, res.terms, res.fields = map[string]*aggRow{}, map[string]bool{}, map[string]bool{}, map[string]*gathered{}
	byKey := map[string]*tableGroup{}
	for _, u := range res.Units {
		b, err := r.read(u.at, int(u.size))
		if err != nil {
			return err
		}
		d := &decoder{b: b}
		hd := d.section()
		h := hd.head()
		if hd.err != nil {
			return hd.err
		}
		rows := d.section().rowsChecked(&err)
		d.section()
		texts := d.section().textsChecked(&err)
		tables := d.tables()
		if err == nil {
			err = d.err
		}
		if err != nil {
			return err
		}
		res.terms[h.Report.Term] = true
		res.addStaff(rows)
		if res.outlines[u.outline].id == res.Source.ID {
			for _, t := range texts {
				res.gatheredFor(t.field).add(u.Label(), t.text)
			}
		}
		if err := res.addTables(byKey, u, h.Name, tables); err != nil {
			return err
		}
	}
	return nil
}

// rowsChecked reads the rows section, setting *err if it is damaged.
func (d *decoder) rowsChecked(err *error) []staffRow {
	rows := d.rows()
	if d.err != nil && *err == nil {
		*err = d.err
	}
	return rows
}

// textsChecked reads the texts section, setting *err if it is damaged.
func (d *decoder) textsChecked(err *error) []fieldText {
	texts := d.texts()
	if d.err != nil && *err == nil {
		*err = d.err
	}
	return texts
}

// addStaff adds a unit's staffing rows to the totals by position (a
// combined post is its own position, counted once, as in each unit's
// total), and notes the positions held.
func (res *Result) addStaff(rows []staffRow) {
	for _, row := range rows {
		a := res.staff[row.key]
		if a == nil {
			a = &aggRow{title: row.title, group: row.group, order: row.order}
			res.staff[row.key] = a
		}
		a.start += max(row.Start, 0)
		a.now += max(row.Now, 0)
		for _, id := range rolesOf(row.StaffRow) {
			res.held[id] = true
		}
	}
}

// rolesOf are the positions a row counts under: each of a combined post's
// roles, "" for a custom position.
func rolesOf(row model.StaffRow) []string {
	if len(row.Roles) == 0 {
		return []string{""}
	}
	return row.Roles
}

// held counts, per position ID, the holders at the start and now.
func held(rows []staffRow) map[string][2]int {
	out := map[string][2]int{}
	for _, row := range rows {
		for _, id := range rolesOf(row.StaffRow) {
			h := out[id]
			h[0] += max(row.Start, 0)
			h[1] += max(row.Now, 0)
			out[id] = h
		}
	}
	return out
}

func (res *Result) gatheredFor(field string) *gathered {
	g := res.fields[field]
	if g == nil {
		g = &gathered{}
		res.fields[field] = g
	}
	return g
}

// gathered is the units' texts to one field, one unit after another, each
// starting with the unit's label, up to model.MaxFieldLen characters: the
// units whose texts come after the field is full are counted, not added.
// Characters are counted only once the field's bytes (never fewer) pass
// the limit.
type gathered struct {
	b        strings.Builder
	counting bool
	runes    int
	// left counts the units left out, first is the first of them.
	left  int
	first string
}

func (g *gathered) add(label, text string) {
	if g.left > 0 {
		g.left++
		return
	}
	sep, colon := "", ": "
	if g.b.Len() > 0 {
		sep = "\n"
	}
	if strings.HasPrefix(text, "\n") {
		colon = ":"
	}
	if !g.counting && g.b.Len()+len(sep)+len(label)+len(colon)+len(text) > model.MaxFieldLen {
		g.counting, g.runes = true, utf8.RuneCountInString(g.b.String())
	}
	if g.counting {
		n := len(sep) + utf8.RuneCountInString(label) + len(colon) + utf8.RuneCountInString(text)
		if g.runes+n > model.MaxFieldLen {
			g.left, g.first = 1, label
			return
		}
		g.runes += n
	}
	g.b.WriteString(sep)
	g.b.WriteString(label)
	g.b.WriteString(colon)
	g.b.WriteString(text)
}

// leftIssue lists the units whose texts to field f did not fit.
func (res *Result) leftIssue(f model.Field, g *gathered) {
	res.issue(IssueFull, f.Label, fmt.Sprintf("mục %q của bản tổng hợp đã đủ %s ký tự, mức tối đa của một mục, nên phần trả lời của %s đơn vị (từ %s trở đi, theo thứ tự tên) không được gom vào; hãy đọc phần đó trong báo cáo của chính các đơn vị",
		f.Label, Count(model.MaxFieldLen), Count(g.left), g.first))
}

// section reads section i of u's record with read.
func section[T any](r *reader, u *Unit, i int, read func(*decoder) T) (T, error) {
	var zero T
	b, err := r.section(u, i)
	if err != nil {
		return zero, err
	}
	d := &decoder{b: b}
	v := read(d)
	if d.err != nil {
		return zero, d.err
	}
	return v, nil
}

// problems reads u's problems and whether each is a field left empty.
func problems(r *reader, u *Unit) ([]model.Problem, []bool, error) {
	type both struct {
		ps       []model.Problem
		unfilled []bool
	}
	v, err := section(r, u, secProblems, func(d *decoder) both {
		ps, unfilled := d.problems()
		return both{ps, unfilled}
	})
	return v.ps, v.unfilled, err
}

// table reads a table of a group back.
func table(r *reader, p tablePart) (*unitTable, error) {
	b, err := r.read(p.at, p.size)
	if err != nil {
		return nil, err
	}
	d := &decoder{b: b}
	t := d.table()
	return t, d.err
}
