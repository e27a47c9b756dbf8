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
func tableSheets(res *Result, st styles) []sheet {
	var sheets []sheet
	for i, g := range res.tables {
		name := sheetName(i, g.title)
		if g.spec.Fixed() {
			sheets = append(sheets, fixedSheet(name, res, g, st))
		} else {
			sheets = append(sheets, freeSheet(name, res, g, st))
		}
	}
	return sheets
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

func fixedSheet(name string, res *Result, g *tableGroup, st styles) sheet {
	label := g.spec.LabelTitle
	if label == "" {
		label = "Nội dung"
	}
	cols := append([]column{{"Đơn vị", 28}, {"STT", 6}, {label, 34}}, dataColumns(g.spec)...)
	return sheet{name, cols, func(sw rowSink) error {
		n, width := 1, len(g.spec.Columns)
		r := &reader{sp: res.spill}
		for k, part := range g.parts {
			ut, err := table(r, part)
			if err != nil {
				return err
			}
			if len(ut.vals) != len(g.spec.Rows)*width {
				return errRecord
			}
			for i, rowLabel := range g.spec.Rows {
				n++
				row := []any{cellText(g.units[k].Label()), i + 1, cellText(rowLabel)}
				for j := range g.spec.Columns {
					row = append(row, numberCell(ut.vals[i*width+j], ut.set[i*width+j]))
				}
				if err := sw.setRow(n, row); err != nil {
					return err
				}
			}
		}
		last := max(n, 2)
		for i, rowLabel := range g.spec.Rows {
			n++
			row := []any{excelize.Cell{StyleID: st.total, Value: "Tổng cộng"}, i + 1, cellText(rowLabel)}
			totals, err := g.totals(4, st, func(col string) string {
				return fmt.Sprintf("SUMIF($B$2:$B$%d,$B%d,%s$2:%s$%d)", last, n, col, col, last)
			})
			if err != nil {
				return err
			}
			if err := sw.setRow(n, append(row, totals...)); err != nil {
				return err
			}
		}
		return nil
	}}
}

func freeSheet(name string, res *Result, g *tableGroup, st styles) sheet {
	cols := append([]column{{"Đơn vị", 28}, {"STT", 6}}, dataColumns(g.spec)...)
	return sheet{name, cols, func(sw rowSink) error {
		n := 1
		r := &reader{sp: res.spill}
		for k, part := range g.parts {
			ut, err := table(r, part)
			if err != nil {
				return err
			}
			for i, r := range ut.rows {
				if len(r.Cells) != len(g.spec.Columns) {
					return errRecord
				}
				n++
				row := []any{cellText(g.units[k].Label()), i + 1}
				for j, c := range g.spec.Columns {
					row = append(row, tableCell(c, r.Cells[j]))
				}
				if err := sw.setRow(n, row); err != nil {
					return err
				}
			}
		}
		totals, err := g.totals(3, st, func(col string) string { return fmt.Sprintf("SUM(%s2:%s%d)", col, col, max(n, 2)) })
		if err != nil {
			return err
		}
		return sw.setRow(n+1, append([]any{excelize.Cell{StyleID: st.total, Value: "Tổng cộng"}, nil}, totals...))
	}}
}

// totals are the cells of a totals row over the data columns, the first in
// sheet column first: formula(column name) where the column is added up.
func (g *tableGroup) totals(first int, st styles, formula func(col string) string) ([]any, error) {
	out := make([]any, len(g.spec.Columns))
	for j, ok := range g.summable {
		if !ok {
			continue
		}
		col, err := excelize.ColumnNumberToName(first + j)
		if err != nil {
			return nil, err
		}
		out[j] = excelize.Cell{StyleID: st.total, Formula: formula(col)}
	}
	return out, nil
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
