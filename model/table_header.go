package model

import "fmt"

// A table's printed columns, left to right: STT (when Numbered), the row
// label (when Fixed), the data columns, and the total (when TotalColumn).
// A header row lists only the cells that start in it: a cell with RowSpan 2
// covers the column below it, and the row below lists no cell there (as in
// HTML and Word's vertical merge).

// TotalLabel is the label of a computed total row and the title of a
// computed total column.
const TotalLabel = "Tổng cộng"

// PrintedColumns returns how many columns the table prints.
func (t TableSpec) PrintedColumns() int {
	n := len(t.Columns)
	if t.Numbered {
		n++
	}
	if t.Fixed() {
		n++
	}
	if t.TotalColumn {
		n++
	}
	return n
}

// FirstData returns the printed index of the first data column.
func (t TableSpec) FirstData() int {
	n := 0
	if t.Numbered {
		n++
	}
	if t.Fixed() {
		n++
	}
	return n
}

// HeaderRows returns the header rows as printed: Header when given, else
// one row of titles (STT, the label title, each column's title with its
// unit, Tổng cộng).
func (t TableSpec) HeaderRows() [][]HeaderCell {
	if len(t.Header) > 0 {
		return t.Header
	}
	var row []HeaderCell
	add := func(s string) { row = append(row, HeaderCell{Text: s, Span: 1, RowSpan: 1}) }
	if t.Numbered {
		add("STT")
	}
	if t.Fixed() {
		add(t.LabelTitle)
	}
	for _, c := range t.Columns {
		add(c.Heading())
	}
	if t.TotalColumn {
		add(TotalLabel)
	}
	return [][]HeaderCell{row}
}

// Heading is the column's title with its unit in brackets, as a header
// prints it: "Số hồ sơ (hồ sơ)".
func (c TableColumn) Heading() string {
	if c.Unit == "" {
		return c.Title
	}
	return c.Title + " (" + c.Unit + ")"
}

// HeaderPlace is a header cell with the header row and printed column where
// it starts.
type HeaderPlace struct {
	HeaderCell
	Row, Col int
}

// HeaderGrid places the header cells on the printed columns. It fails,
// saying which row is wrong, when a row's cells do not fill the printed
// columns exactly or a cell reaches below the last header row, and when
// there are more than MaxHeaderRows rows.
func (t TableSpec) HeaderGrid() ([]HeaderPlace, error) {
	rows := t.HeaderRows()
	if len(rows) > MaxHeaderRows {
		return nil, fmt.Errorf("bảng có %d hàng tiêu đề, quá giới hạn %d; hãy gộp bớt", len(rows), MaxHeaderRows)
	}
	width := t.PrintedColumns()
	taken := make([][]bool, len(rows))
	for i := range taken {
		taken[i] = make([]bool, width)
	}
	var out []HeaderPlace
	for r, row := range rows {
		col := 0
		for _, c := range row {
			c.Span, c.RowSpan = max(c.Span, 1), max(c.RowSpan, 1)
			for col < width && taken[r][col] {
				col++
			}
			if col+c.Span > width {
				return nil, fmt.Errorf("hàng tiêu đề %d rộng hơn %d cột của bảng; hãy bớt ô hoặc sửa số cột gộp", r+1, width)
			}
			if r+c.RowSpan > len(rows) {
				return nil, fmt.Errorf("ô %q ở hàng tiêu đề %d gộp xuống quá hàng tiêu đề cuối; hãy sửa số hàng gộp", c.Text, r+1)
			}
			for dr := range c.RowSpan {
				for dc := range c.Span {
					if taken[r+dr][col+dc] {
						return nil, fmt.Errorf("ô %q ở hàng tiêu đề %d chồng lên ô gộp phía trên; hãy sửa số cột gộp", c.Text, r+1)
					}
					taken[r+dr][col+dc] = true
				}
			}
			out = append(out, HeaderPlace{HeaderCell: c, Row: r, Col: col})
			col += c.Span
		}
		for c, ok := range taken[r] {
			if !ok {
				return nil, fmt.Errorf("hàng tiêu đề %d thiếu ô từ cột %d (bảng có %d cột); hãy thêm ô hoặc gộp cột", r+1, c+1, width)
			}
		}
	}
	return out, nil
}
