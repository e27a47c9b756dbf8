package compile

import (
	"fmt"
	"strings"

	"github.com/baocao/baocao/model"
)

// Tables: statistics tables (biểu) are added up across units by their
// structure, not by the outline they came on, so that Word reports read on
// outlines derived from themselves add up with the others. Two tables have
// the same structure when their columns have the same headings as printed
// (the header cells over each column, joined by " - " as the importer
// names a column read from a merged header) and, for a biểu, the same row
// labels, compared by fold. A column is added up when every unit's table
// holds numbers in it (not percentages).

// unitTable is one unit's answer to one table field, parsed.
type unitTable struct {
	key string
	// sec and fld place the field in the unit's outline, whose spec and
	// title they are.
	sec, fld int
	title    string
	spec     *model.TableSpec
	// vals and set are a biểu's cells, row by row: the value of every
	// numeric cell and whether one was typed.
	vals []model.Number
	set  []bool
	// rows are a free table's rows as typed, empty rows left out.
	rows []model.TableRow
	// bad counts the numeric cells typed that are no number.
	bad int
	// at and size place the table in its unit's record when read back.
	at   int64
	size int
}

// tablePart is a unit's table in a group: where it is in the spill file.
type tablePart struct {
	at   int64
	size int
}

// draftRow is a free table's row for the compiled draft, with its unit.
type draftRow struct {
	label string
	cells []string
}

// tableGroup is every unit's table of one structure.
type tableGroup struct {
	key   string
	field string
	title string
	spec  *model.TableSpec
	units []*Unit
	parts []tablePart
	// rows are a free table's rows for the draft, up to
	// model.MaxTableRows; left counts those past it.
	rows []draftRow
	left int
	sums []model.Number
	set  []bool
	// summable says which columns every unit's table holds numbers in.
	summable []bool
	// overflow is set when a sum would overflow (see model.AddNumbers).
	overflow bool
}

// shapeKey is the structure tables are added up by.
func shapeKey(spec *model.TableSpec) string {
	var b strings.Builder
	for _, name := range columnNames(spec) {
		b.WriteString(fold(name) + "\x1e")
	}
	if spec.Fixed() {
		b.WriteString("\x1d")
		for _, r := range spec.Rows {
			b.WriteString(fold(r) + "\x1e")
		}
	}
	return b.String()
}

// columnNames are the data columns' headings as printed: the texts of the
// header cells over each, top to bottom, joined by " - ".
func columnNames(spec *model.TableSpec) []string {
	names := make([]string, len(spec.Columns))
	grid, err := spec.HeaderGrid()
	if err != nil {
		for j, c := range spec.Columns {
			names[j] = c.Heading()
		}
		return names
	}
	first := spec.FirstData()
	for _, p := range grid {
		for k := p.Col; k < p.Col+p.Span; k++ {
			if j := k - first; j >= 0 && j < len(names) && p.Text != "" {
				if names[j] != "" {
					names[j] += " - "
				}
				names[j] += p.Text
			}
		}
	}
	return names
}

// summed reports whether a column's cells are added up: numbers, not
// percentages (as in the table's own total row).
func summed(c model.TableColumn) bool {
	return c.Kind.Numeric() && c.Kind != model.ColumnPercent
}

// keepTables parses the report's tables on outline o (its own, or the one
// derived from its Word file).
func keepTables(r model.Report, o model.Outline) []*unitTable {
	var out []*unitTable
	for i, s := range o.Sections {
		for j, f := range s.Fields {
			a := r.Answers[f.ID]
			if f.Kind != model.FieldTable || f.Table == nil || a.Table.IsEmpty() {
				continue
			}
			ut := parseTable(f, a.Table)
			ut.sec, ut.fld = i, j
			out = append(out, ut)
		}
	}
	return out
}

func parseTable(f model.Field, t *model.Table) *unitTable {
	spec := f.Table
	ut := &unitTable{key: shapeKey(spec), title: f.Label, spec: spec}
	if !spec.Fixed() {
		for _, row := range t.Rows {
			if !(&model.Table{Rows: []model.TableRow{row}}).IsEmpty() {
				ut.rows = append(ut.rows, model.TableRow{Cells: fitCells(row.Cells, len(spec.Columns))})
			}
		}
		for _, row := range ut.rows {
			for j, c := range spec.Columns {
				if _, ok := cellNumber(c, row.Cells[j]); !ok {
					ut.bad++
				}
			}
		}
		return ut
	}
	cols := len(spec.Columns)
	ut.vals = make([]model.Number, len(spec.Rows)*cols)
	ut.set = make([]bool, len(ut.vals))
	for i := range min(len(t.Rows), len(spec.Rows)) {
		for j, cell := range fitCells(t.Rows[i].Cells, cols) {
			n, ok := cellNumber(spec.Columns[j], cell)
			switch {
			case !ok:
				ut.bad++
			case spec.Columns[j].Kind.Numeric() && strings.TrimSpace(cell) != "":
				ut.vals[i*cols+j], ut.set[i*cols+j] = n, true
			}
		}
	}
	return ut
}

// cellNumber parses a cell of a numeric column; ok is false for a typed
// cell that is no number. Text columns and empty cells are ok with 0.
func cellNumber(c model.TableColumn, cell string) (model.Number, bool) {
	if !c.Kind.Numeric() || strings.TrimSpace(cell) == "" {
		return 0, true
	}
	n, _, err := model.ParseNumber(cell)
	return n, err == nil
}

func fitCells(cells []string, n int) []string {
	out := make([]string, n)
	copy(out, cells)
	return out
}

// addTables adds a unit's tables to the groups by structure, in the order
// they first appear, sums the biểu, and lists the cells that are no
// number; shapeIssues lists the tables of one title or field in different
// structures. name is the unit's file (see Input).
func (res *Result) addTables(byKey map[string]*tableGroup, u *Unit, name string, tables []*unitTable) error {
	o := *res.outlines[u.outline].outline
	if !u.Known {
		o = *res.outlines[u.outline].derived
	}
	for _, ut := range tables {
		if ut.sec < 0 || ut.fld < 0 || ut.sec >= len(o.Sections) || ut.fld >= len(o.Sections[ut.sec].Fields) {
			return errRecord
		}
		f := o.Sections[ut.sec].Fields[ut.fld]
		ut.spec, ut.title = f.Table, f.Label
		g := byKey[ut.key]
		if g == nil {
			g = &tableGroup{key: ut.key, field: f.ID, title: ut.title, spec: ut.spec, summable: make([]bool, len(ut.spec.Columns))}
			for j, c := range ut.spec.Columns {
				g.summable[j] = summed(c)
			}
			if ut.spec.Fixed() {
				g.sums = make([]model.Number, len(ut.vals))
				g.set = make([]bool, len(ut.vals))
			}
			byKey[ut.key] = g
			res.tables = append(res.tables, g)
		}
		g.add(u, ut)
		if ut.bad > 0 {
			res.issue(IssueTable, u.Label(), fmt.Sprintf("%s: biểu %q có %s ô ở cột số mà không phải số; các ô đó không được cộng; hãy đề nghị đơn vị sửa lại", name, ut.title, Count(ut.bad)))
		}
	}
	return nil
}

func (g *tableGroup) add(u *Unit, ut *unitTable) {
	g.units = append(g.units, u)
	g.parts = append(g.parts, tablePart{at: u.at + ut.at, size: ut.size})
	for j, c := range ut.spec.Columns {
		g.summable[j] = g.summable[j] && summed(c)
	}
	for _, row := range ut.rows {
		if len(g.rows) == model.MaxTableRows {
			g.left++
			continue
		}
		g.rows = append(g.rows, draftRow{u.Label(), row.Cells})
	}
	for i, ok := range ut.set {
		if !ok || i >= len(g.sums) {
			continue
		}
		s, err := model.AddNumbers(g.sums[i], ut.vals[i])
		if err != nil {
			g.overflow = true
			continue
		}
		g.sums[i], g.set[i] = s, true
	}
}

// shapeIssues lists the tables that share a title or a field but not a
// structure: each structure is added up on its own, never with another.
func (res *Result) shapeIssues() {
	var names []string
	byName := map[string][]*tableGroup{}
	for _, g := range res.tables {
		for _, name := range []string{"field:" + g.field, "title:" + fold(g.title)} {
			if _, seen := byName[name]; !seen {
				names = append(names, name)
			}
			byName[name] = append(byName[name], g)
		}
	}
	told := map[*tableGroup]bool{}
	for _, name := range names {
		groups := byName[name]
		if len(groups) < 2 || told[groups[0]] && told[groups[1]] {
			continue
		}
		var parts []string
		for i, g := range groups {
			told[g] = true
			parts = append(parts, fmt.Sprintf("cấu trúc %d (%s) ở %s đơn vị: %s", i+1, g.describe(), Count(len(g.units)), unitNames(g.units, 5)))
		}
		res.issue(IssueTableShape, groups[0].title, fmt.Sprintf("biểu %q có %d cấu trúc khác nhau: %s; mỗi cấu trúc được cộng riêng, không gộp với nhau; hãy thống nhất mẫu biểu với các đơn vị",
			groups[0].title, len(groups), strings.Join(parts, "; ")))
	}
}

// describe says what a structure is: its columns and rows.
func (g *tableGroup) describe() string {
	cols := columnNames(g.spec)
	text := fmt.Sprintf("%s cột: %s", Count(len(cols)), shorten(strings.Join(cols, ", "), 120))
	if g.spec.Fixed() {
		text += fmt.Sprintf("; %s hàng: %s", Count(len(g.spec.Rows)), shorten(strings.Join(g.spec.Rows, ", "), 120))
	}
	return text
}

func unitNames(units []*Unit, n int) string {
	var names []string
	for i, u := range units {
		if i == n {
			names = append(names, fmt.Sprintf("và %s đơn vị khác", Count(len(units)-n)))
			break
		}
		names = append(names, u.Label())
	}
	return strings.Join(names, ", ")
}

// fillTables puts into the compiled draft, under each table field of the
// compiled outline, the tables of its structure: a biểu's sums cell by
// cell, a free table's rows one unit after another (with the unit's name
// in a first column when the field has one more). A structure no field
// takes is listed.
func (res *Result) fillTables(r *model.Report) {
	placed := map[*tableGroup]bool{}
	for _, s := range res.Target.Sections {
		for _, f := range s.Fields {
			if f.Kind != model.FieldTable || f.Table == nil {
				continue
			}
			if g := res.groupFor(f.Table); g != nil {
				placed[g] = true
				t, left := g.compiled(f.Table)
				r.SetTable(f, t)
				if left > 0 {
					res.issue(IssueTable, g.title, fmt.Sprintf("biểu %q của các đơn vị có quá %s hàng, số hàng tối đa của một biểu, nên %s hàng cuối chỉ có trong bảng tính", g.title, Count(model.MaxTableRows), Count(left)))
				}
			}
		}
	}
	for _, g := range res.tables {
		if !placed[g] {
			res.issue(IssueNoPlace, g.title, fmt.Sprintf("dàn ý %s không có biểu nào cùng cấu trúc với biểu %q (%s) nên số liệu của %s đơn vị chỉ có trong bảng tính; hãy thêm biểu đó vào dàn ý tổng hợp",
				res.Target.ID, g.title, g.describe(), Count(len(g.units))))
		}
	}
}

// groupFor is the group a compiled table field takes: one of the same
// structure, or for a free table one of the same columns after a first
// text column, which then holds the unit's name.
func (res *Result) groupFor(spec *model.TableSpec) *tableGroup {
	keys := []string{shapeKey(spec)}
	if !spec.Fixed() && len(spec.Columns) > 1 && !spec.Columns[0].Kind.Numeric() {
		keys = append(keys, shapeKey(&model.TableSpec{Columns: spec.Columns[1:]}))
	}
	for _, key := range keys {
		for _, g := range res.tables {
			if g.key == key {
				return g
			}
		}
	}
	return nil
}

// compiled is the group's table as the compiled field spec holds it, and
// the number of rows left out past model.MaxTableRows.
func (g *tableGroup) compiled(spec *model.TableSpec) (t *model.Table, left int) {
	t = &model.Table{}
	if !spec.Fixed() {
		for _, row := range g.rows {
			cells := row.cells
			if len(spec.Columns) > len(g.spec.Columns) {
				cells = append([]string{row.label}, cells...)
			}
			t.Rows = append(t.Rows, model.TableRow{Cells: cells})
		}
		return t, g.left
	}
	cols := len(spec.Columns)
	for i, label := range spec.Rows {
		row := model.TableRow{Label: label, Cells: make([]string, cols)}
		for j, c := range spec.Columns {
			if k := i*cols + j; g.summable[j] && g.set[k] {
				row.Cells[j] = g.sums[k].Format(decimals(c.Kind))
			}
		}
		t.Rows = append(t.Rows, row)
	}
	return t, 0
}

// decimals is how many decimal places a column's sums are written with.
func decimals(k model.ColumnKind) int {
	if k == model.ColumnInteger {
		return 0
	}
	return model.NumberDecimals
}
