package compile

import (
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/baocao/baocao/model"
)

// tableSheets writes a sheet per table structure after the four others:
// a biểu as one block of rows per unit and a block of totals whose
// formulas add up each cell over the units' blocks (SUMIF on the row's
// number); a free table as the units' rows one after another, with a
// totals row of SUM formulas.
func tableSheets(f *excelize.File, res *Result, st styles) error {
	for i, g := range res.tables {
		name := sheetName(i, g.title)
		if _, err := f.NewSheet(name); err != nil {
			return err
		}
		sw, err := f.NewStreamWriter(name)
		if err != nil {
			return err
		}
		if g.spec.Fixed() {
			err = fixedSheet(sw, g, st)
		} else {
			err = freeSheet(sw, g, st)
		}
		if err != nil {
			return fmt.Errorf("trang %q: %w", name, err)
		}
		if err := sw.Flush(); err != nil {
			return err
		}
	}
	return nil
}

// sheetName is "Biểu N" and as much of the title as a sheet name holds
// (31 characters, none of : \ / ? * [ ]).
func sheetName(i int, title string) string {
	title = strings.Map(func(r rune) rune {
		if strings.ContainsRune(`:\/?*[]'`, r) {
			return ' '
		}
		return r
	}, title)
	name := []rune(strings.Join(strings.Fields(fmt.Sprintf("Biểu %d %s", i+1, title)), " "))
	return strings.TrimSpace(string(name[:min(len(name), 31)]))
}

// dataColumns are the sheet columns of a table's data columns, headed as
// the table prints them.
func dataColumns(spec *model.TableSpec) []column {
	var cols []column
	for _, name := range columnNames(spec) {
		cols = append(cols, column{name, 14})
	}
	return cols
}

func fixedSheet(sw *excelize.StreamWriter, g *tableGroup, st styles) error {
	label := g.spec.LabelTitle
	if label == "" {
		label = "Nội dung"
	}
	cols := append([]column{{"Đơn vị", 28}, {"STT", 6}, {label, 34}}, dataColumns(g.spec)...)
	if err := start(sw, st, cols); err != nil {
		return err
	}
	n, width := 1, len(g.spec.Columns)
	for k, ut := range g.parts {
		for i, rowLabel := range g.spec.Rows {
			n++
			row := []any{cellText(g.units[k].Label), i + 1, cellText(rowLabel)}
			for j := range g.spec.Columns {
				row = append(row, numberCell(ut.vals[i*width+j], ut.set[i*width+j]))
			}
			if err := setRow(sw, n, row); err != nil {
				return err
			}
		}
	}
	last := max(n, 2)
	for i, rowLabel := range g.spec.Rows {
		n++
		row := []any{excelize.Cell{StyleID: st.total, Value: "Tổng cộng"}, i + 1, cellText(rowLabel)}
		for j := range g.spec.Columns {
			if !g.summable[j] {
				row = append(row, nil)
				continue
			}
			col, err := excelize.ColumnNumberToName(4 + j)
			if err != nil {
				return err
			}
			row = append(row, excelize.Cell{StyleID: st.total, Formula: fmt.Sprintf("SUMIF($B$2:$B$%d,$B%d,%s$2:%s$%d)", last, n, col, col, last)})
		}
		if err := setRow(sw, n, row); err != nil {
			return err
		}
	}
	return nil
}

func freeSheet(sw *excelize.StreamWriter, g *tableGroup, st styles) error {
	cols := append([]column{{"Đơn vị", 28}, {"STT", 6}}, dataColumns(g.spec)...)
	if err := start(sw, st, cols); err != nil {
		return err
	}
	n := 1
	for k, ut := range g.parts {
		for i, r := range ut.rows {
			n++
			row := []any{cellText(g.units[k].Label), i + 1}
			for j, c := range g.spec.Columns {
				row = append(row, tableCell(c, r.Cells[j]))
			}
			if err := setRow(sw, n, row); err != nil {
				return err
			}
		}
	}
	total := []any{excelize.Cell{StyleID: st.total, Value: "Tổng cộng"}, nil}
	for j := range g.spec.Columns {
		if !g.summable[j] {
			total = append(total, nil)
			continue
		}
		col, err := excelize.ColumnNumberToName(3 + j)
		if err != nil {
			return err
		}
		total = append(total, excelize.Cell{StyleID: st.total, Formula: fmt.Sprintf("SUM(%s2:%s%d)", col, col, max(n, 2))})
	}
	return setRow(sw, n+1, total)
}

// numberCell is a typed number as a cell: whole numbers as integers.
func numberCell(n model.Number, set bool) any {
	switch {
	case !set:
		return nil
	case n%model.NumberScale == 0:
		return int64(n / model.NumberScale)
	}
	return float64(n) / model.NumberScale
}

// tableCell is a free table's cell: a number in a numeric column when it
// reads as one, else the text as typed.
func tableCell(c model.TableColumn, cell string) any {
	if strings.TrimSpace(cell) == "" {
		return nil
	}
	if c.Kind.Numeric() {
		if n, _, err := model.ParseNumber(cell); err == nil {
			return numberCell(n, true)
		}
	}
	return cellText(cell)
}
