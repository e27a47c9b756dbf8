package model

import "slices"

// Clone returns a deep copy of the table; nil stays nil.
func (t *Table) Clone() *Table {
	if t == nil {
		return nil
	}
	c := &Table{Rows: slices.Clone(t.Rows)}
	for i := range c.Rows {
		c.Rows[i].Cells = slices.Clone(c.Rows[i].Cells)
	}
	return c
}

// clean passes every label and cell through Clean, as an entry point must:
// a label is one line, a cell may hold several paragraphs.
func (t *Table) clean() {
	if t == nil {
		return
	}
	for i := range t.Rows {
		t.Rows[i].Label = CleanLine(t.Rows[i].Label)
		cleanAll(t.Rows[i].Cells, Clean)
	}
}

// NewTable returns the empty answer of a table field: one row per fixed
// label, each with one empty cell per column; no rows for a free table.
func NewTable(spec TableSpec) *Table {
	t := &Table{}
	for _, label := range spec.Rows {
		t.Rows = append(t.Rows, TableRow{Label: label, Cells: make([]string, len(spec.Columns))})
	}
	return t
}

// SetTable stores a table field's answer; an empty table removes it.
func (r *Report) SetTable(f Field, t *Table) {
	a := r.Answers[f.ID]
	a.Table = t
	if !t.IsEmpty() {
		a.None = false
	}
	r.setAnswer(f.ID, a)
}
