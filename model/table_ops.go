package model

import (
	"bytes"
	"fmt"
	"slices"
	"strconv"
	"unicode/utf8"
)

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

// CheckBounds reports a table beyond the bounds a reader accepts (the
// JSON form refuses it): more than MaxTableRows rows, a row with more than
// MaxTableColumns cells, a cell or label longer than MaxCellRunes.
func (t *Table) CheckBounds() error {
	if t == nil {
		return nil
	}
	if len(t.Rows) > MaxTableRows {
		return fmt.Errorf("bảng có %d hàng, quá số tối đa %d hàng; hãy tách bảng hoặc kiểm tra lại tệp", len(t.Rows), MaxTableRows)
	}
	for i, r := range t.Rows {
		if len(r.Cells) > MaxTableColumns {
			return fmt.Errorf("hàng %d của bảng có %d ô, quá số tối đa %d cột; hãy kiểm tra lại tệp", i+1, len(r.Cells), MaxTableColumns)
		}
		for _, c := range append([]string{r.Label}, r.Cells...) {
			if n := utf8.RuneCountInString(c); n > MaxCellRunes {
				return fmt.Errorf("hàng %d của bảng có ô dài %d ký tự, quá giới hạn %d; hãy rút gọn", i+1, n, MaxCellRunes)
			}
		}
	}
	return nil
}

// checkTables applies CheckBounds to every table answer of a report read
// from data, naming the field and the line of its key.
func checkTables(r Report, data []byte) error {
	for id, a := range r.Answers {
		if err := a.Table.CheckBounds(); err != nil {
			line := 0
			if i := bytes.Index(data, []byte(strconv.Quote(id))); i >= 0 {
				line = lineAt(data, int64(i))
			}
			return &FormatError{Line: line, Msg: fmt.Sprintf("trường %q: %s", id, err)}
		}
	}
	return nil
}
