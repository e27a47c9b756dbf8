package compile

import (
	"fmt"
	"io"
	"maps"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/baocao/baocao/model"
)

// The workbook's sheets, in order.
const (
	SheetStaffing    = "Cán bộ theo đơn vị"
	SheetProblems    = "Lỗi, chưa điền, cảnh báo"
	SheetSubmissions = "Tiếp nhận"
	SheetIssues      = "Điểm bất thường"
)

// WriteWorkbook writes the compilation as an XLSX workbook with four
// sheets: staffing by unit (a totals row of formulas under it), every
// problem of check by unit, the submissions against the deadline with the
// units still missing, and the inconsistencies and skipped files; then a
// sheet per table structure (see tableSheets). Each has
// a frozen header row of Vietnamese headers, set column widths, and numbers
// and dates as such.
func WriteWorkbook(res *Result, w io.Writer) error {
	f := excelize.NewFile()
	defer f.Close()
	st, err := newStyles(f)
	if err != nil {
		return err
	}
	sheets, err := workbookSheets(res, st)
	if err != nil {
		return err
	}
	return writeSheets(f, st, sheets, w)
}

// workbookSheets are the four sheets, then the tables' (see tableSheets).
func workbookSheets(res *Result, st styles) ([]sheet, error) {
	staffing, err := staffingSheet(res, st)
	if err != nil {
		return nil, err
	}
	sheets := []sheet{staffing, problemsSheet(res, st), submissionsSheet(res, st), issuesSheet(res, st)}
	return append(sheets, tableSheets(res, st)...), nil
}

type styles struct {
	header, total, date, stamp, text int
}

func newStyles(f *excelize.File) (styles, error) {
	var st styles
	var err error
	border := []excelize.Border{{Type: "bottom", Color: "000000", Style: 1}}
	for _, s := range []struct {
		id    *int
		style excelize.Style
	}{
		{&st.header, excelize.Style{Font: &excelize.Font{Bold: true}, Border: border,
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDEBF7"}},
			Alignment: &excelize.Alignment{WrapText: true, Vertical: "center", Horizontal: "center"}}},
		{&st.total, excelize.Style{Font: &excelize.Font{Bold: true}}},
		{&st.date, excelize.Style{CustomNumFmt: ptr("dd/mm/yyyy")}},
		{&st.stamp, excelize.Style{CustomNumFmt: ptr("dd/mm/yyyy hh:mm")}},
		{&st.text, excelize.Style{Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}}},
	} {
		if *s.id, err = f.NewStyle(&s.style); err != nil {
			return st, err
		}
	}
	return st, nil
}

func ptr[T any](v T) *T { return &v }

// column is one column of a sheet: its header and width.
type column struct {
	head  string
	width float64
}

// start sets the widths, freezes the header row and writes it.
func start(sw *excelize.StreamWriter, st styles, cols []column) error {
	for i, c := range cols {
		if err := sw.SetColWidth(i+1, i+1, c.width); err != nil {
			return err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	row := make([]any, len(cols))
	for i, c := range cols {
		row[i] = excelize.Cell{StyleID: st.header, Value: c.head}
	}
	return sw.SetRow("A1", row, excelize.RowOpts{Height: 32})
}

// positionColumn is a per-position column pair of the staffing sheet.
type positionColumn struct {
	id, title string
}

// positions lists the positions held in any unit, in catalogue order (every
// regime's, newest first), custom positions last.
func positions(res *Result, all model.Catalogue) []positionColumn {
	held := maps.Clone(res.held)
	var out []positionColumn
	for _, p := range all.Positions {
		if held[p.ID] {
			out = append(out, positionColumn{p.ID, p.Short})
			delete(held, p.ID)
		}
	}
	var unknown []string
	for id := range held {
		if id != "" {
			unknown = append(unknown, id)
		}
	}
	slices.Sort(unknown)
	for _, id := range unknown {
		out = append(out, positionColumn{id, id})
	}
	if held[""] {
		out = append(out, positionColumn{"", "Vị trí tự đặt tên"})
	}
	return out
}

// staffingFixed is the number of columns before the per-position ones.
const staffingFixed = 9

func staffingSheet(res *Result, st styles) (sheet, error) {
	cols := []column{{"STT", 6}, {"Đơn vị", 28}, {"Cấp trên", 24},
		{"Cán bộ đầu nhiệm kỳ", 11}, {"Công chức đầu nhiệm kỳ", 11}, {"Tổng đầu nhiệm kỳ", 11},
		{"Cán bộ hiện nay", 11}, {"Công chức hiện nay", 11}, {"Tổng hiện nay", 11}}
	pos := positions(res, res.all)
	for _, p := range pos {
		cols = append(cols, column{p.title + " (đầu nhiệm kỳ)", 13}, column{p.title + " (hiện nay)", 13})
	}
	total := []any{nil, excelize.Cell{StyleID: st.total, Value: "Tổng cộng"}, nil}
	last := len(res.Units) + 1
	for c := 4; c <= len(cols); c++ {
		name, err := excelize.ColumnNumberToName(c)
		if err != nil {
			return sheet{}, err
		}
		total = append(total, excelize.Cell{StyleID: st.total, Formula: fmt.Sprintf("SUM(%s2:%s%d)", name, name, max(last, 2))})
	}
	return sheet{SheetStaffing, cols, func(sw rowSink) error {
		if err := staffingRows(sw, res, pos, len(cols)); err != nil {
			return err
		}
		return sw.setRow(last+1, total)
	}}, nil
}

// staffingRows are the staffing sheet's rows, a unit a row.
func staffingRows(sw rowSink, res *Result, pos []positionColumn, width int) error {
	row := make([]any, 0, width)
	r := &reader{sp: res.spill}
	for i, u := range res.Units {
		rows, err := section(r, u, secRows, (*decoder).rows)
		if err != nil {
			return err
		}
		uh, err := readHead(r, u)
		if err != nil {
			return err
		}
		h := held(rows)
		row = append(row[:0], i+1, cellText(u.Label()), cellText(res.parentOf(u)),
			uh.Start.Cadre, uh.Start.CivilServ, uh.Start.All, uh.Now.Cadre, uh.Now.CivilServ, uh.Now.All)
		for _, p := range pos {
			row = append(row, h[p.id][0], h[p.id][1])
		}
		if err := sw.setRow(i+2, row); err != nil {
			return err
		}
	}
	return nil
}

func problemsSheet(res *Result, st styles) sheet {
	cols := []column{{"STT", 6}, {"Đơn vị", 28}, {"Mức độ", 10}, {"Mục", 36}, {"Trường", 28},
		{"Vị trí", 22}, {"Nội dung", 80}, {"Tệp", 30}}
	return sheet{SheetProblems, cols, func(sw rowSink) error {
		n := 0
		r := &reader{sp: res.spill}
		for _, u := range res.Units {
			ps, unfilled, err := problems(r, u)
			if err != nil {
				return err
			}
			if len(ps) == 0 {
				continue
			}
			h, err := readHead(r, u)
			if err != nil {
				return err
			}
			for i, p := range ps {
				n++
				section, field := place(*res.outlines[u.outline].outline, p)
				level := p.Severity.Label()
				if unfilled[i] {
					level = "chưa điền" // as check and the screens name it (model.Measure)
				}
				row := []any{n, cellText(u.Label()), level, section, field, p.Path,
					excelize.Cell{StyleID: st.text, Value: cellText(p.Message)}, cellText(h.Name)}
				if err := sw.setRow(n+1, row); err != nil {
					return err
				}
			}
		}
		return nil
	}}
}

// place names where a problem is: the section's number and heading, and
// the field's label.
func place(o model.Outline, p model.Problem) (section, field string) {
	if s, ok := o.Section(p.Section); ok {
		section = shorten(strings.TrimSpace(s.Number+". "+s.Heading), 70)
		if s.Number == "" {
			section = shorten(s.Heading, 70)
		}
	}
	if f, _, ok := o.Field(p.Field); ok {
		field = f.Label
	}
	return section, field
}

// cellText is s cut to fit an Excel cell (excelize.TotalCellChars UTF-16
// units), ending in "…" when cut; cellLimits lists what is cut.
func cellText(s string) string {
	if !tooLong(s) {
		return s
	}
	n := 0
	for i, r := range s {
		n += utf16.RuneLen(r)
		if n > excelize.TotalCellChars-1 {
			return s[:i] + "…"
		}
	}
	return s
}

func tooLong(s string) bool {
	return len(s) > excelize.TotalCellChars && len(utf16.Encode([]rune(s))) > excelize.TotalCellChars
}

// cellLimits lists, as issues, the names the workbook must cut to fit a
// cell: a unit's label, its parent, its file, a missing unit's name.
func (res *Result) cellLimits(r *reader) error {
	check := func(unit, what, s string) {
		if tooLong(s) {
			res.issue(IssueCut, shorten(unit, 60), fmt.Sprintf("%s dài %s ký tự, quá %s ký tự một ô của Excel, nên trong bảng tính chỉ giữ phần đầu (kết thúc bằng …); bản tổng hợp giữ nguyên; hãy kiểm tra lại với đơn vị",
				what, Count(utf8.RuneCountInString(s)), Count(excelize.TotalCellChars)))
		}
	}
	for _, u := range slices.Concat(res.Units, res.Superseded) {
		h, err := readHead(r, u)
		if err != nil {
			return err
		}
		check(u.Label(), "tên đơn vị", u.Label())
		check(u.Label(), "tên cấp trên", res.parentOf(u))
		check(u.Label(), "tên tệp", h.Name)
	}
	for _, name := range res.Missing {
		check(name, "tên đơn vị trong danh sách phải báo cáo", name)
	}
	return nil
}

func shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

func submissionsSheet(res *Result, st styles) sheet {
	cols := []column{{"STT", 6}, {"Đơn vị", 28}, {"Cấp trên", 24}, {"Số", 8}, {"Ký hiệu", 14},
		{"Ngày văn bản", 13}, {"Nhận lúc", 17}, {"Tình trạng", 24}, {"Tệp", 36}}
	return sheet{SheetSubmissions, cols, func(sw rowSink) error {
		n := 0
		r := &reader{sp: res.spill}
		add := func(u *Unit, status string) error {
			n++
			h, err := readHead(r, u)
			if err != nil {
				return err
			}
			row := []any{n, cellText(u.Label()), cellText(res.parentOf(u)), docNumber(h.Report.Doc.Number), symbol(u, res.outlines[u.outline].outline, h.Report), dateCell(u.Date(), st),
				stampCell(u.Received(), st), status, cellText(h.Name)}
			return sw.setRow(n+1, row)
		}
		for _, u := range res.Units {
			if err := add(u, res.status(u)); err != nil {
				return err
			}
		}
		for _, u := range res.Superseded {
			if err := add(u, "Bản cũ, đã có bản gửi sau"); err != nil {
				return err
			}
		}
		for _, name := range res.Missing {
			n++
			if err := sw.setRow(n+1, []any{n, cellText(name), nil, nil, nil, nil, nil, "Chưa báo cáo"}); err != nil {
				return err
			}
		}
		return nil
	}}
}

func (res *Result) status(u *Unit) string {
	switch {
	case res.Deadline.IsZero():
		return "Đã nhận"
	case u.date == 0:
		return "Không rõ ngày báo cáo"
	case u.Late:
		return "Sau thời hạn"
	}
	return "Đúng hạn"
}

// docNumber is the document number as a number when it is one.
func docNumber(s string) any {
	if n, err := strconv.Atoi(strings.TrimSpace(s)); err == nil {
		return n
	}
	if strings.TrimSpace(s) == "" {
		return nil
	}
	return s
}

// symbol is the document's symbol after its number: "BC-UBND" in the
// state form, "BC/ĐU" in the Party's.
func symbol(u *Unit, o *model.Outline, rep Head) string {
	var parts []string
	for _, p := range []string{rep.Doc.TypeCode, rep.Unit.IssuerCode} {
		if p = strings.TrimSpace(p); p != "" {
			parts = append(parts, p)
		}
	}
	sep := "-"
	if u.Known && o.Profile == model.ProfileParty {
		sep = "/"
	}
	return strings.Join(parts, sep)
}

func dateCell(d model.Date, st styles) any {
	if d.IsZero() {
		return nil
	}
	return excelize.Cell{StyleID: st.date, Value: time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)}
}

func stampCell(t time.Time, st styles) any {
	if t.IsZero() {
		return nil
	}
	l := t.Local()
	return excelize.Cell{StyleID: st.stamp, Value: time.Date(l.Year(), l.Month(), l.Day(), l.Hour(), l.Minute(), l.Second(), 0, time.UTC)}
}

func issuesSheet(res *Result, st styles) sheet {
	cols := []column{{"STT", 6}, {"Loại", 22}, {"Đơn vị", 30}, {"Chi tiết", 100}}
	return sheet{SheetIssues, cols, func(sw rowSink) error {
		n := 0
		for _, is := range res.Issues {
			n++
			if err := sw.setRow(n+1, []any{n, is.Kind.Label(), cellText(is.Unit), excelize.Cell{StyleID: st.text, Value: cellText(is.Message)}}); err != nil {
				return err
			}
		}
		for _, s := range res.Skipped {
			n++
			row := []any{n, "Tệp bị bỏ qua", cellText(filepath.Base(s.Name)), excelize.Cell{StyleID: st.text, Value: cellText(s.Name + ": " + s.Err.Error())}}
			if err := sw.setRow(n+1, row); err != nil {
				return err
			}
		}
		return nil
	}}
}
