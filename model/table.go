package model

// Tables: statistics tables (biểu số liệu) and lists in a report. An
// outline's table field carries a TableSpec (its columns, header rows with
// merged cells, fixed row labels or free rows, totals); the report's answer
// to it carries a Table (the cells as typed). Cell values are parsed once
// into Numbers by ParseNumber, in Vietnamese form ("1.234.567", "12,5").

// FieldTable is a field holding a table (see TableSpec).
const FieldTable FieldKind = "table"

// ColumnKind is what a table column holds.
type ColumnKind string

// The column kinds. Every kind but ColumnText is numeric.
const (
	ColumnText    ColumnKind = "text"
	ColumnInteger ColumnKind = "integer"
	ColumnDecimal ColumnKind = "decimal"
	ColumnPercent ColumnKind = "percent"
	ColumnMoney   ColumnKind = "money"
)

// ColumnKinds lists every column kind, for the outline checker.
var ColumnKinds = []ColumnKind{ColumnText, ColumnInteger, ColumnDecimal, ColumnPercent, ColumnMoney}

// Numeric reports whether the column holds numbers.
func (k ColumnKind) Numeric() bool { return k != ColumnText && k != "" }

// TableColumn is one data column of a table (the STT and row-label columns are
// not TableColumns: see TableSpec.Numbered and TableSpec.Rows).
type TableColumn struct {
	// ID names the column inside its table; compile matches columns by it.
	ID    string
	Title string
	Kind  ColumnKind
	// Unit is the column's unit, e.g. "người", "triệu đồng", "%"; optional.
	Unit string
}

// HeaderCell is one cell of a header row; Span columns wide and RowSpan
// header rows tall (both at least 1), as a merged cell in Word.
type HeaderCell struct {
	Text    string
	Span    int
	RowSpan int
}

// TableSpec is the shape of a table field.
type TableSpec struct {
	// Columns are the data columns, left to right.
	Columns []TableColumn
	// Header holds the header rows with their merged cells over every
	// printed column (STT and label columns included); empty means one
	// header row of the column titles.
	Header [][]HeaderCell
	// Rows are fixed row labels: a biểu whose rows the clerk does not add
	// or remove. Empty means free rows (a list the clerk grows).
	Rows []string
	// LabelTitle heads the row-label column of a biểu ("Nội dung", "Chỉ
	// tiêu"); unused for free rows.
	LabelTitle string
	// Numbered prints an STT column numbered by itself.
	Numbered bool
	// TotalRow adds a computed "Tổng cộng" row summing each numeric column;
	// TotalColumn a computed last column summing each row's numeric cells.
	TotalRow    bool
	TotalColumn bool
	// Landscape asks for the table's pages in landscape (appendices).
	Landscape bool
}

// Fixed reports whether the table has fixed row labels (a biểu).
func (t TableSpec) Fixed() bool { return len(t.Rows) > 0 }

// Table is a report's answer to a table field: the rows as typed. A fixed
// table has one row per TableSpec.Rows label, in that order; each row has
// one cell per TableSpec.Columns entry. Computed totals are not stored.
type Table struct {
	Rows []TableRow `json:"rows"`
}

// TableRow is one row of a table.
type TableRow struct {
	// Label is the row's label as printed: the fixed label of a biểu row,
	// empty for a free row.
	Label string `json:"label,omitempty"`
	// Cells are the values as typed, one per column ("1.234", "12,5", text).
	Cells []string `json:"cells"`
}

// Table bounds: a table has at most MaxTableRows rows and MaxTableColumns
// columns, at most MaxHeaderRows header rows (real biểu have two or
// three), and a cell at most MaxCellRunes characters. A number's magnitude
// is at most MaxCellValue, so that a total over MaxTableRows rows, and a
// compile over many units, stays far from int64 overflow (see Number).
const (
	MaxTableRows    = 2000
	MaxTableColumns = 40
	MaxHeaderRows   = 5
	MaxCellRunes    = 2000
)

// IsEmpty reports whether the table has no typed cell; a nil table is
// empty.
func (t *Table) IsEmpty() bool {
	if t == nil {
		return true
	}
	for _, r := range t.Rows {
		for _, c := range r.Cells {
			if trimmed(c) != "" {
				return false
			}
		}
	}
	return true
}
