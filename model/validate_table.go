package model

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// CellProblem is one problem of a table's answer: Row and Col index
// Table.Rows and the row's Cells; Col is -1 when the problem concerns the
// whole row, and Row is -1 when it concerns the whole table.
type CellProblem struct {
	Row, Col int
	Severity Severity
	Message  string
}

// CheckTable returns every problem of a table's answer against its shape:
// the bounds, fixed rows that differ from the outline's labels, a
// non-number in a numeric column, a decimal in an integer column, a
// negative count, a percent outside 0–100, and a typed total (a row or
// column named "Tổng cộng", "Tổng số" or "Cộng") that differs from the sum
// of the others. Messages name the row and the column.
func CheckTable(spec TableSpec, t *Table) []CellProblem {
	if t == nil {
		return nil
	}
	c := tableChecker{spec: spec, t: t}
	c.shape()
	for r, row := range t.Rows {
		if r >= MaxTableRows {
			break
		}
		for col, cell := range row.Cells {
			c.cell(r, col, cell)
		}
	}
	c.typedTotalRow()
	c.typedTotalColumn()
	return c.out
}

type tableChecker struct {
	spec TableSpec
	t    *Table
	out  []CellProblem
}

func (c *tableChecker) add(r, col int, sev Severity, format string, args ...any) {
	c.out = append(c.out, CellProblem{Row: r, Col: col, Severity: sev, Message: fmt.Sprintf(format, args...)})
}

// shape checks the bounds and the fixed rows.
func (c *tableChecker) shape() {
	rows := c.t.Rows
	if len(rows) > MaxTableRows {
		c.add(-1, -1, Error, "bảng có %d hàng, nhiều hơn giới hạn %d hàng; hãy tách bảng hoặc bớt hàng", len(rows), MaxTableRows)
	}
	if c.spec.Fixed() && len(rows) != len(c.spec.Rows) {
		c.add(-1, -1, Error, "biểu có %d hàng nhưng dàn ý quy định %d hàng (%s); hãy đưa số liệu về đúng các hàng của biểu", len(rows), len(c.spec.Rows), quoteList(c.spec.Rows, 3))
	}
	for r, row := range rows[:min(len(rows), MaxTableRows)] {
		if c.spec.Fixed() && r < len(c.spec.Rows) && row.Label != c.spec.Rows[r] {
			c.add(r, -1, Warning, "hàng %d mang nhãn %q nhưng dàn ý ghi %q; hãy kiểm tra số liệu có đúng hàng không", r+1, row.Label, c.spec.Rows[r])
		}
		if len(row.Cells) > len(c.spec.Columns) {
			c.add(r, -1, Error, "hàng %s có %d ô nhưng bảng chỉ có %d cột; các ô thừa không được in, hãy chuyển chúng vào đúng cột rồi xóa", c.rowName(r), len(row.Cells), len(c.spec.Columns))
		}
	}
}

// cell checks one typed cell.
func (c *tableChecker) cell(r, col int, text string) {
	if n := utf8.RuneCountInString(text); n > MaxCellRunes {
		c.add(r, col, Error, "%s dài %d ký tự, quá giới hạn %d; hãy rút gọn", c.where(r, col), n, MaxCellRunes)
		return
	}
	if col >= len(c.spec.Columns) || strings.TrimSpace(text) == "" {
		return
	}
	kind := c.spec.Columns[col].Kind
	if !kind.Numeric() {
		return
	}
	n, _, err := ParseNumber(text)
	switch {
	case err != nil:
		c.add(r, col, Error, "%s: %q %s", c.where(r, col), text, err)
	case kind == ColumnInteger && n%NumberScale != 0:
		c.add(r, col, Error, "%s: %q phải là số nguyên; hãy bỏ phần thập phân", c.where(r, col), text)
	case kind == ColumnInteger && n < 0:
		c.add(r, col, Error, "%s: %q là số âm nhưng cột này đếm số lượng; hãy ghi số từ 0 trở lên", c.where(r, col), text)
	case kind == ColumnPercent && (n < 0 || n > 100*NumberScale):
		c.add(r, col, Error, "%s: tỷ lệ %q phải nằm trong khoảng 0–100%%", c.where(r, col), text)
	}
}

// where names a cell for a message: "Hàng 2 (Lĩnh vực tư pháp), cột «Đúng hạn»".
func (c *tableChecker) where(r, col int) string {
	s := "Hàng " + c.rowName(r)
	if col < len(c.spec.Columns) {
		return s + fmt.Sprintf(", cột %q", c.spec.Columns[col].Title)
	}
	return s + fmt.Sprintf(", ô %d", col+1)
}

func (c *tableChecker) rowName(r int) string {
	if label := c.label(r); label != "" {
		return fmt.Sprintf("%d (%s)", r+1, label)
	}
	return fmt.Sprint(r + 1)
}

// label is a row's label: its fixed label, or its first text cell.
func (c *tableChecker) label(r int) string {
	return RowLabel(c.spec, c.t.Rows[r])
}

// RowLabel is a row's label as a reader names it: its fixed label, or the
// text of its first text column.
func RowLabel(spec TableSpec, row TableRow) string {
	if row.Label != "" {
		return row.Label
	}
	for i, col := range spec.Columns {
		if !col.Kind.Numeric() && i < len(row.Cells) {
			return strings.TrimSpace(row.Cells[i])
		}
	}
	return ""
}

// IsTotalLabel reports whether a row label or column title names a total:
// "Tổng cộng", "Tổng số", "Tổng", "Cộng" (any case, with or without
// diacritics, a trailing colon allowed).
func IsTotalLabel(s string) bool {
	switch Fold(strings.TrimRight(strings.TrimSpace(s), ":")) {
	case "tong cong", "tong so", "tong", "cong", "tong so chung":
		return true
	}
	return false
}

// typedTotalRow compares a typed total row (the first or last row, named as
// a total) with the sum of the other rows, column by column.
func (c *tableChecker) typedTotalRow() {
	rows := c.t.Rows
	if len(rows) < 2 || len(rows) > MaxTableRows {
		return
	}
	total := len(rows) - 1
	if !IsTotalLabel(c.label(total)) {
		total = 0
		if !IsTotalLabel(c.label(0)) {
			return
		}
	}
	for col, kind := range c.columnKinds() {
		if !kind.Numeric() || kind == ColumnPercent {
			continue
		}
		var parts []string
		for r, row := range rows {
			if r != total && !IsTotalLabel(c.label(r)) {
				parts = append(parts, cellAt(row, col))
			}
		}
		c.compare(total, col, cellAt(rows[total], col), parts, fmt.Sprintf("tổng các hàng khác của cột %q", c.spec.Columns[col].Title))
	}
}

// typedTotalColumn compares a typed total column (a numeric column titled
// as a total, first or last among the numeric ones) with the sum of the
// other summed columns, row by row.
func (c *tableChecker) typedTotalColumn() {
	var summed []int
	for col, kind := range c.columnKinds() {
		if kind.Numeric() && kind != ColumnPercent {
			summed = append(summed, col)
		}
	}
	if len(summed) < 3 {
		return
	}
	total := -1
	for _, col := range []int{summed[0], summed[len(summed)-1]} {
		if IsTotalLabel(c.spec.Columns[col].Title) {
			total = col
		}
	}
	if total < 0 {
		return
	}
	for r, row := range c.t.Rows[:min(len(c.t.Rows), MaxTableRows)] {
		var parts []string
		for _, col := range summed {
			if col != total {
				parts = append(parts, cellAt(row, col))
			}
		}
		c.compare(r, total, cellAt(row, total), parts, "tổng các cột số liệu khác của hàng")
	}
}

// compare adds a problem when a typed total differs from the sum of parts;
// an empty or unreadable cell makes no comparison (its own check names it).
func (c *tableChecker) compare(r, col int, typed string, parts []string, what string) {
	want, ok := parseCell(typed)
	if !ok {
		return
	}
	var sum Number
	for _, p := range parts {
		n, ok := parseCell(p)
		if !ok {
			if strings.TrimSpace(p) != "" {
				return
			}
			continue
		}
		var err error
		if sum, err = AddNumbers(sum, n); err != nil {
			return
		}
	}
	if sum != want {
		c.add(r, col, Warning, "%s: tổng ghi %q nhưng %s là %s; hãy kiểm tra lại số liệu (nếu có hàng \"trong đó\" thì bỏ qua cảnh báo này)", c.where(r, col), typed, what, sum.Format(NumberDecimals))
	}
}

func (c *tableChecker) columnKinds() []ColumnKind {
	kinds := make([]ColumnKind, len(c.spec.Columns))
	for i, col := range c.spec.Columns {
		kinds[i] = col.Kind
	}
	return kinds
}

func cellAt(row TableRow, col int) string {
	if col < len(row.Cells) {
		return row.Cells[col]
	}
	return ""
}

// parseCell reads a non-empty numeric cell.
func parseCell(s string) (Number, bool) {
	if strings.TrimSpace(s) == "" {
		return 0, false
	}
	n, _, err := ParseNumber(s)
	return n, err == nil
}

func quoteList(list []string, n int) string {
	var parts []string
	for i, s := range list {
		if i == n {
			parts = append(parts, "…")
			break
		}
		parts = append(parts, fmt.Sprintf("%q", s))
	}
	return strings.Join(parts, ", ")
}

// TableSums are the computed totals of a table: Columns[i] sums data column i
// over every row and Summed[i] says whether it is summed (numeric and not a
// percent); Rows[r] sums row r's summed cells; Grand sums them all. Empty
// and unreadable cells count as nothing (CheckTable names the latter).
type TableSums struct {
	Columns []Number
	Summed  []bool
	Rows    []Number
	Grand   Number
}

// TableTotals computes a table's totals, or ErrSumTooLarge when one would
// overflow.
func TableTotals(spec TableSpec, t *Table) (TableSums, error) {
	tot := TableSums{Columns: make([]Number, len(spec.Columns)), Summed: make([]bool, len(spec.Columns))}
	for i, col := range spec.Columns {
		tot.Summed[i] = col.Kind.Numeric() && col.Kind != ColumnPercent
	}
	if t == nil {
		return tot, nil
	}
	tot.Rows = make([]Number, len(t.Rows))
	for r, row := range t.Rows {
		for col, cell := range row.Cells {
			if col >= len(spec.Columns) || !tot.Summed[col] {
				continue
			}
			n, ok := parseCell(cell)
			if !ok {
				continue
			}
			var err error
			if tot.Columns[col], err = AddNumbers(tot.Columns[col], n); err != nil {
				return TableSums{}, err
			}
			if tot.Rows[r], err = AddNumbers(tot.Rows[r], n); err != nil {
				return TableSums{}, err
			}
			if tot.Grand, err = AddNumbers(tot.Grand, n); err != nil {
				return TableSums{}, err
			}
		}
	}
	return tot, nil
}

// table checks a table field's answer and reports its problems under
// "answers.<ID>.rows[r].cells[c]", each message led by the field's label.
func (v *validator) table(f Field) {
	if f.Table == nil {
		return
	}
	t := v.r.Answers[f.ID].Table
	for _, p := range CheckTable(*f.Table, t) {
		path := "answers." + f.ID
		if p.Row >= 0 {
			path += fmt.Sprintf(".rows[%d]", p.Row)
		}
		if p.Col >= 0 {
			path += fmt.Sprintf(".cells[%d]", p.Col)
		}
		v.add(path, p.Severity, fmt.Sprintf("%q: %s.", f.Label, strings.TrimSuffix(p.Message, ".")))
	}
	if _, err := TableTotals(*f.Table, t); err != nil {
		v.add("answers."+f.ID, Error, fmt.Sprintf("%q: %s; hãy kiểm tra các số quá lớn.", f.Label, err))
	}
}
