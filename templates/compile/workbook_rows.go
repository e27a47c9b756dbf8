package compile

import (
	"bufio"
	"encoding/xml"
	"errors"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"

	"github.com/xuri/excelize/v2"
)

// rowSink takes a sheet's rows after its header, in order: row n's cells
// from column A, nil for an empty cell.
type rowSink interface {
	setRow(n int, values []any) error
}

// rowWriter writes rows as SpreadsheetML straight to the workbook's file,
// cell for cell as excelize's StreamWriter writes them (inline strings,
// numbers, dates as serial numbers, formulas), so that no sheet is held in
// memory.
type rowWriter struct {
	w    *bufio.Writer
	last int
}

// errRowOrder is returned for a row written out of order.
var errRowOrder = errors.New("dòng của trang tính không theo thứ tự")

func (rw *rowWriter) setRow(n int, values []any) error {
	if n <= rw.last {
		return errRowOrder
	}
	if n > excelize.TotalRows {
		return fmt.Errorf("trang tính cần hơn %s dòng, quá số dòng Excel cho phép; hãy tổng hợp từng nhóm đơn vị (ít báo cáo hơn mỗi lần): %w", Count(excelize.TotalRows), excelize.ErrMaxRows)
	}
	rw.last = n
	row := strconv.Itoa(n)
	rw.w.WriteString(`<row r="` + row + `">`)
	for i, v := range values {
		if v == nil {
			continue
		}
		col, err := excelize.ColumnNumberToName(i + 1)
		if err != nil {
			return err
		}
		if err := writeCell(rw.w, col+row, v); err != nil {
			return err
		}
	}
	_, err := rw.w.WriteString(`</row>`)
	return err
}

// writeCell writes one cell: v is a number, a string or an excelize.Cell
// of a string, a time or a formula.
func writeCell(w *bufio.Writer, ref string, v any) error {
	style := 0
	formula := ""
	if c, ok := v.(excelize.Cell); ok {
		style, formula, v = c.StyleID, c.Formula, c.Value
	}
	w.WriteString(`<c r="` + ref + `"`)
	if style != 0 {
		w.WriteString(` s="` + strconv.Itoa(style) + `"`)
	}
	if formula != "" {
		w.WriteString(` t="str"><f>`)
		xml.EscapeText(w, []byte(formula))
		w.WriteString(`</f>`)
		if v != nil {
			return fmt.Errorf("ô %s: công thức kèm giá trị %v", ref, v)
		}
		_, err := w.WriteString(`</c>`)
		return err
	}
	switch v := v.(type) {
	case nil:
		w.WriteString(`>`)
	case int:
		w.WriteString(`><v>` + strconv.Itoa(v) + `</v>`)
	case int64:
		w.WriteString(`><v>` + strconv.FormatInt(v, 10) + `</v>`)
	case float64:
		if math.IsNaN(v) || math.IsInf(v, 0) {
			writeInline(w, fmt.Sprint(v))
			break
		}
		w.WriteString(`><v>` + formatFloat(v) + `</v>`)
	case string:
		writeInline(w, v)
	case time.Time:
		writeTime(w, v)
	default:
		return fmt.Errorf("ô %s: kiểu giá trị %T không ghi được", ref, v)
	}
	_, err := w.WriteString(`</c>`)
	return err
}

// writeInline writes s as an inline string, after the attributes: cut to
// an Excel cell, escaped (characters XML 1.0 forbids become U+FFFD), its
// "_xHHHH_" sequences escaped as Excel reads them.
func writeInline(w *bufio.Writer, s string) {
	w.WriteString(` t="inlineStr"><is><t`)
	if cellSpace(s) {
		w.WriteString(` xml:space="preserve"`)
	}
	w.WriteString(`>`)
	w.WriteString(cellString(s))
	w.WriteString(`</t></is>`)
}

// cellString is s cut to excelize.TotalCellChars UTF-16 units, escaped
// for XML but for its line feeds, "_xHHHH_" escaped.
func cellString(s string) string {
	n := 0
	for i, r := range s {
		if n += utf16.RuneLen(r); n > excelize.TotalCellChars {
			s = s[:i]
			break
		}
	}
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return escapeBstr(strings.ReplaceAll(b.String(), "&#xA;", "\n"))
}

// cellSpace says whether a cell's text begins or ends in white space, which
// XML readers keep only under xml:space="preserve".
func cellSpace(s string) bool {
	if s == "" {
		return false
	}
	return strings.IndexByte("\t\n\r ", s[0]) >= 0 || strings.IndexByte("\t\n\r ", s[len(s)-1]) >= 0
}

// bstrSeq is a sequence Excel reads as one character: "_x0041_" is "A".
var bstrSeq = regexp.MustCompile(`_x[a-fA-F\d]{4}_`)

// escapeBstr escapes, as "_x005F_" (an underscore), every underscore of s
// that begins a "_xHHHH_" sequence, so that Excel reads s back as written.
// Sequences that share an underscore ("_x0000_x005F_") are each escaped,
// and so is one of half a surrogate pair, which excelize drops. For
// sequences apart this is what excelize writes.
func escapeBstr(s string) string {
	if !bstrSeq.MatchString(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	for i := 0; i < len(s); i++ {
		if s[i] == '_' && bstrSeq.MatchString(s[i:min(i+7, len(s))]) {
			b.WriteString("_x005F_")
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// formatFloat is v with at most Excel's 15 significant digits, the digits
// past them dropped (excelize's formatCellFloat).
func formatFloat(v float64) string {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	if math.Abs(v) == math.MaxFloat64 {
		return s
	}
	dot := strings.IndexByte(s, '.')
	significant := 0
	for i := range s {
		if s[i] < '0' || s[i] > '9' || significant == 0 && s[i] == '0' {
			continue
		}
		if significant++; significant <= 15 {
			continue
		}
		if dot >= 0 && i > dot {
			return strings.TrimSuffix(s[:i], ".")
		}
		if dot < 0 {
			dot = len(s)
		}
		b := []byte(s[:dot])
		for ; i < len(b); i++ {
			b[i] = '0'
		}
		return string(b)
	}
	return s
}

var (
	excelDay0   = time.Date(1899, time.December, 31, 0, 0, 0, 0, time.UTC)
	excelLeap   = time.Date(1900, time.March, 1, 0, 0, 0, 0, time.UTC).Add(-time.Nanosecond)
	excelStride = 290 * 364 * 24 * time.Hour
)

// writeTime writes t, after the attributes, as Excel's serial number of
// days (counting Excel's 29 February 1900), or as text before 1900.
func writeTime(w *bufio.Writer, t time.Time) {
	_, offset := t.Zone()
	t = t.Add(time.Duration(offset) * time.Second)
	if !t.After(excelDay0) {
		w.WriteString(` t="inlineStr"><is><t>` + t.Format(time.RFC3339Nano) + `</t></is>`)
		return
	}
	const day = 24 * time.Hour
	tt, diff, days := t, t.Sub(excelDay0), 0.0
	for diff >= excelStride {
		days += float64(excelStride / day)
		tt = tt.Add(-excelStride)
		diff = tt.Sub(excelDay0)
	}
	rem := diff % day
	days += float64(diff-rem)/float64(day) + float64(rem)/float64(day)
	if t.After(excelLeap) {
		days++
	}
	w.WriteString(`><v>` + strconv.FormatFloat(days, 'f', -1, 64) + `</v>`)
}
