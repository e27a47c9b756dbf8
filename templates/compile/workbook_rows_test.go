package compile

import (
	"archive/zip"
	"bufio"
	"bytes"
	"encoding/xml"
	"io"
	"math"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/xuri/excelize/v2"
)

// streamRows writes rows with excelize's StreamWriter, as the workbook
// was written before its bodies were streamed to the file.
type streamRows struct{ sw *excelize.StreamWriter }

func (s streamRows) setRow(n int, values []any) error {
	name, err := excelize.CoordinatesToCellName(1, n)
	if err != nil {
		return err
	}
	return s.sw.SetRow(name, values)
}

// streamedBook writes sheets all through excelize's StreamWriter.
func streamedBook(t *testing.T, sheets func(styles) []sheet) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	st := must(newStyles(f))
	for i, s := range sheets(st) {
		if i == 0 {
			must(0, f.SetSheetName("Sheet1", s.name))
		} else {
			must(f.NewSheet(s.name))
		}
		sw := must(f.NewStreamWriter(s.name))
		must(0, start(sw, st, s.cols))
		if err := s.body(streamRows{sw}); err != nil {
			t.Fatal(err)
		}
		must(0, sw.Flush())
	}
	var buf bytes.Buffer
	must(f.WriteTo(&buf))
	return buf.Bytes()
}

// splicedBook writes sheets as WriteWorkbook does.
func splicedBook(t *testing.T, sheets func(styles) []sheet) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	st := must(newStyles(f))
	var buf bytes.Buffer
	if err := writeSheets(f, st, sheets(st), &buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// hostileStrings are texts a cell must carry: white space at the ends,
// XML's special and forbidden characters, invalid UTF-8, Excel's escapes,
// a text past a cell's limit.
var hostileStrings = []string{"", " lề trái", "lề phải\t", "dòng\nmới\r\n", `a<b>&"c'`, "\x01\x0b\x1f\ufffe\uffff",
	"\xff\xfe hỏng", "_x0041_", "_x005F_x0041_", "_x005F_", "_x00zz_", "\U0001F600 ngoài BMP",
	strings.Repeat("ế", excelize.TotalCellChars+3), strings.Repeat("😀", excelize.TotalCellChars/2+1)}

// everyCell is a sheet with every kind of cell the workbook writes.
func everyCell(st styles) []sheet {
	times := []time.Time{time.Date(2023, 9, 15, 0, 0, 0, 0, time.UTC), time.Date(2026, 12, 8, 7, 45, 0, 0, time.UTC),
		time.Date(1900, 2, 28, 0, 0, 0, 0, time.UTC), time.Date(1900, 3, 1, 0, 0, 0, 0, time.UTC),
		time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC), time.Date(9999, 12, 31, 23, 59, 0, 0, time.UTC),
		time.Date(2024, 2, 29, 12, 0, 0, 0, time.FixedZone("ICT", 7*3600))}
	numbers := []any{0, -7, 1 << 40, int64(-1) << 62, 0.1, -2.5, 1e20, 123456789.123456789, 1e-7, math.MaxFloat64,
		math.NaN(), math.Inf(-1), 9007199254740993.0}
	return []sheet{{"Mọi ô", []column{{"A", 6}, {"B", 20}, {"C", 9}}, func(sw rowSink) error {
		n := 1
		next := func(values ...any) error { n++; return sw.setRow(n, values) }
		for _, s := range hostileStrings {
			if err := next(s, excelize.Cell{StyleID: st.text, Value: s}, nil, s); err != nil {
				return err
			}
		}
		for _, d := range times {
			if err := next(nil, excelize.Cell{StyleID: st.date, Value: d}, excelize.Cell{StyleID: st.stamp, Value: d}); err != nil {
				return err
			}
		}
		for _, v := range numbers {
			if err := next(v, nil, excelize.Cell{StyleID: st.total, Value: v}); err != nil {
				return err
			}
		}
		n += 3 // rows left empty
		return next(excelize.Cell{StyleID: st.total, Value: "Tổng cộng"}, excelize.Cell{StyleID: st.total, Formula: `SUMIF($B$2:$B$9,"<>a&b",C2:C9)`})
	}}}
}

// TestSplicedSheetsAreExcelizes writes workbooks both ways, with their
// rows through excelize's StreamWriter and streamed to the file, and
// compares their sheets' XML byte for byte and cell by cell.
func TestSplicedSheetsAreExcelizes(t *testing.T) {
	fx := newFixture(t)
	bieu := t.TempDir()
	set := writeSample(t, fx, bieu, "bieu", 12)
	tables := must(Run([]string{filepath.Join(bieu, "bao-cao")}, LoadOptions{}, Options{Outlines: set, Rules: fx.rules}))
	defer tables.Close()
	sc := newScenario(t)
	results := func(res *Result) func(st styles) []sheet {
		return func(st styles) []sheet { return must(workbookSheets(res, st)) }
	}
	for name, sheets := range map[string]func(styles) []sheet{"scenario": results(sc.res), "bieu": results(tables), "every cell": everyCell} {
		t.Run(name, func(t *testing.T) {
			old, spliced := streamedBook(t, sheets), splicedBook(t, sheets)
			compareParts(t, old, spliced)
			compareCells(t, old, spliced)
		})
	}
}

// compareParts compares the two workbooks' zip entries: the same names
// (excelize writes them in no set order), the same bytes.
func compareParts(t *testing.T, old, spliced []byte) {
	t.Helper()
	a := must(zip.NewReader(bytes.NewReader(old), int64(len(old))))
	b := must(zip.NewReader(bytes.NewReader(spliced), int64(len(spliced))))
	parts := map[string]*zip.File{}
	for _, e := range b.File {
		parts[e.Name] = e
	}
	if len(a.File) != len(b.File) {
		t.Errorf("%d parts, want %d", len(b.File), len(a.File))
	}
	for _, e := range a.File {
		s, ok := parts[e.Name]
		if !ok || s.Method != e.Method {
			t.Errorf("part %s missing or compressed otherwise", e.Name)
			continue
		}
		x, y := partBytes(t, e), partBytes(t, s)
		if !bytes.Equal(x, y) {
			at := 0
			for at < min(len(x), len(y)) && x[at] == y[at] {
				at++
			}
			t.Errorf("%s differs at byte %d:\nexcelize %q\nspliced  %q", e.Name, at, x[max(at-80, 0):min(at+80, len(x))], y[max(at-80, 0):min(at+80, len(y))])
		}
	}
}

func partBytes(t *testing.T, e *zip.File) []byte {
	t.Helper()
	rc := must(e.Open())
	defer rc.Close()
	return must(io.ReadAll(rc))
}

// compareCells reads both workbooks back with excelize and compares every
// cell's value, formula, style and type.
func compareCells(t *testing.T, old, spliced []byte) {
	t.Helper()
	a := must(excelize.OpenReader(bytes.NewReader(old)))
	defer a.Close()
	b := must(excelize.OpenReader(bytes.NewReader(spliced)))
	defer b.Close()
	rows := 0
	for _, name := range a.GetSheetList() {
		want, got := must(a.GetRows(name)), must(b.GetRows(name))
		if len(got) != len(want) {
			t.Errorf("%s: %d rows, want %d", name, len(got), len(want))
			continue
		}
		rows += len(want) - 1
		for r, row := range want {
			if len(got[r]) != len(row) {
				t.Errorf("%s row %d: %d cells, want %d", name, r+1, len(got[r]), len(row))
				continue
			}
			for c, v := range row {
				cell := must(excelize.CoordinatesToCellName(c+1, r+1))
				if got[r][c] != v {
					t.Errorf("%s %s = %q, want %q", name, cell, got[r][c], v)
				}
				for _, read := range []func(*excelize.File) (any, error){
					func(f *excelize.File) (any, error) { return f.GetCellFormula(name, cell) },
					func(f *excelize.File) (any, error) { return f.GetCellStyle(name, cell) },
					func(f *excelize.File) (any, error) { return f.GetCellType(name, cell) },
				} {
					if x, y := must(read(a)), must(read(b)); x != y {
						t.Errorf("%s %s: %v, want %v", name, cell, y, x)
					}
				}
			}
		}
	}
	if rows == 0 {
		t.Error("no rows but the headers")
	}
}

// FuzzSheetCell: any text written as a cell is XML that reads back as the
// text cut to a cell, its invalid characters replaced, its escapes kept.
func FuzzSheetCell(f *testing.F) {
	for _, s := range append(hostileStrings[:12], "_xD800_") {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var buf bytes.Buffer
		w := bufio.NewWriter(&buf)
		if err := writeCell(w, "B7", s); err != nil {
			t.Fatal(err)
		}
		must(0, w.Flush())
		var c struct {
			R string `xml:"r,attr"`
			T string `xml:"t,attr"`
			S string `xml:"is>t"`
		}
		if err := xml.Unmarshal(buf.Bytes(), &c); err != nil {
			t.Fatalf("%q: %v", buf.Bytes(), err)
		}
		want := strings.Map(func(r rune) rune {
			if r == '\t' || r == '\n' || r == '\r' || r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 {
				return r
			}
			return '\uFFFD'
		}, s) // an invalid byte reads as U+FFFD
		if units := utf16.Encode([]rune(want)); len(units) > excelize.TotalCellChars {
			cut := units[:excelize.TotalCellChars]
			if utf16.IsSurrogate(rune(cut[len(cut)-1])) {
				cut = cut[:len(cut)-1] // half a pair
			}
			want = string(utf16.Decode(cut))
		}
		// Excel reads "_x005F_" as "_"
		if got := strings.ReplaceAll(c.S, "_x005F_", "_"); c.R != "B7" || c.T != "inlineStr" || got != want {
			t.Errorf("%q read back as %+v (%q), want %q", s, c, got, want)
		}
	})
}

// TestCellKeepsSurrogateEscapes: a "_xHHHH_" of half a surrogate pair,
// which excelize drops, is escaped and kept.
func TestCellKeepsSurrogateEscapes(t *testing.T) {
	for in, want := range map[string]string{"_xD800_": "_x005F_xD800_", "a_xDFFF_b": "a_x005F_xDFFF_b", "_x0041_": "_x005F_x0041_"} {
		if got := cellString(in); got != want {
			t.Errorf("cellString(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestRowWriterRefuses: a row out of order, past Excel's last row, or a
// value of a kind the sheets never write is an error, not a broken part.
func TestRowWriterRefuses(t *testing.T) {
	for name, tc := range map[string]struct {
		n      int
		values []any
		want   string
	}{
		"header row again":  {1, []any{"a"}, "không theo thứ tự"},
		"past the last row": {excelize.TotalRows + 1, []any{"a"}, "quá số dòng Excel cho phép"},
		"unknown kind":      {2, []any{struct{}{}}, "không ghi được"},
		"formula and value": {2, []any{excelize.Cell{Formula: "SUM(A1)", Value: 3}}, "công thức kèm giá trị"},
	} {
		t.Run(name, func(t *testing.T) {
			rw := &rowWriter{w: bufio.NewWriter(io.Discard), last: 1}
			if err := rw.setRow(tc.n, tc.values); err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("setRow(%d, %v) = %v, want %q", tc.n, tc.values, err, tc.want)
			}
		})
	}
}
