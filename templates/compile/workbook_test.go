package compile

import (
	"bytes"
	"encoding/csv"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/baocao/baocao/model"
)

func workbook(t *testing.T, res *Result) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteWorkbook(res, &buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestWorkbookFormulas reads the workbook back: the sheets in order, a
// frozen header, numbers stored as numbers, and the totals row's formulas
// evaluating to the generated reports' totals.
func TestWorkbookFormulas(t *testing.T) {
	sc := newScenario(t)
	f, err := excelize.OpenReader(bytes.NewReader(workbook(t, sc.res)))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := strings.Join(f.GetSheetList(), "|"); got != strings.Join([]string{SheetStaffing, SheetProblems, SheetSubmissions, SheetIssues}, "|") {
		t.Fatalf("sheets = %s", got)
	}
	for _, sheet := range f.GetSheetList() {
		panes, err := f.GetPanes(sheet)
		if err != nil || !panes.Freeze || panes.YSplit != 1 {
			t.Errorf("%s: header row not frozen: %+v %v", sheet, panes, err)
		}
		if w, _ := f.GetColWidth(sheet, "B"); w < 20 {
			t.Errorf("%s: column B width %v", sheet, w)
		}
	}
	start, now := sc.totals()
	last := strconv.Itoa(len(sc.res.Units) + 2)
	for col, want := range map[string]int{"D": start.Cadre, "E": start.CivilServ, "F": start.All, "G": now.Cadre, "H": now.CivilServ, "I": now.All} {
		formula, _ := f.GetCellFormula(SheetStaffing, col+last)
		got, err := f.CalcCellValue(SheetStaffing, col+last)
		if err != nil || got != strconv.Itoa(want) || !strings.HasPrefix(formula, "SUM(") {
			t.Errorf("%s%s = %q (%q, %v), want %d", col, last, got, formula, err, want)
		}
		typ, _ := f.GetCellType(SheetStaffing, col+"2")
		if typ != excelize.CellTypeNumber && typ != excelize.CellTypeUnset {
			t.Errorf("%s2 is stored as %v, not a number", col, typ)
		}
	}
	if head, _ := f.GetCellValue(SheetStaffing, "D1"); head != "Cán bộ đầu nhiệm kỳ" {
		t.Errorf("D1 = %q", head)
	}
	if v, _ := f.GetCellValue(SheetStaffing, "J1"); !strings.Contains(v, "Bí thư") {
		t.Errorf("first position column = %q, want the catalogue's first position", v)
	}
}

// TestWorkbookLevels: the problems sheet names each problem with
// model.Measure's words on the report as sent, a required field left empty
// "chưa điền", not "lỗi".
func TestWorkbookLevels(t *testing.T) {
	fx := newFixture(t)
	reports := fx.genMany(6, 42)
	reports[0].Signer.Name, reports[0].Doc.Subject = "", ""
	reports[1].Doc.Date = "31/2/2023"
	var inputs []Input
	want := map[string]int{}
	for i, r := range reports {
		inputs = append(inputs, Input{Name: strconv.Itoa(i), Report: r})
		o, _ := fx.set.Of(r)
		tally := model.Measure(r, o, model.Validate(r, o, fx.rules))
		want["lỗi"] += tally.Errors
		want["chưa điền"] += tally.Unfilled
		want["cảnh báo"] += tally.Warnings
	}
	res, err := Compile(inputs, nil, Options{Outlines: fx.set, Rules: fx.rules})
	if err != nil {
		t.Fatal(err)
	}
	defer res.Close()
	f, err := excelize.OpenReader(bytes.NewReader(workbook(t, res)))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(SheetProblems)
	if err != nil {
		t.Fatal(err)
	}
	levels := map[string]int{}
	for _, row := range rows[1:] {
		levels[row[2]]++
	}
	if want["chưa điền"] == 0 || want["lỗi"] == 0 {
		t.Fatalf("the reports have no field left empty or no other error: %v", want)
	}
	for level, n := range want {
		if levels[level] != n {
			t.Errorf("%d rows %q, want %d (all: %v)", levels[level], level, n, levels)
		}
	}
}

// TestWorkbookLibreOffice converts every sheet to CSV with LibreOffice
// (which computes the formulas itself, as no cached value is written) and
// checks the totals, the problems, the submissions and the issues.
func TestWorkbookLibreOffice(t *testing.T) {
	sc := newScenario(t)
	sheet := calcSheets(t, workbook(t, sc.res))
	staff := sheet(SheetStaffing)
	total := staff[len(staff)-1]
	start, now := sc.totals()
	want := []string{"", "Tổng cộng", "", strconv.Itoa(start.Cadre), strconv.Itoa(start.CivilServ), strconv.Itoa(start.All),
		strconv.Itoa(now.Cadre), strconv.Itoa(now.CivilServ), strconv.Itoa(now.All)}
	if strings.Join(total[:9], ",") != strings.Join(want, ",") {
		t.Errorf("totals row = %q, want %q", total[:9], want)
	}
	if len(staff) != len(sc.res.Units)+2 || staff[0][1] != "Đơn vị" {
		t.Errorf("staffing sheet: %d rows, header %q", len(staff), staff[0])
	}
	probs := sheet(SheetProblems)
	n := 0
	for _, u := range sc.res.Units {
		ps, _, err := problems(&reader{sp: sc.res.spill}, u)
		if err != nil {
			t.Fatal(err)
		}
		n += len(ps)
	}
	if len(probs) != n+1 || n == 0 {
		t.Errorf("problems sheet has %d rows, want %d problems and the header", len(probs), n)
	}
	subs := sheet(SheetSubmissions)
	status := map[string]int{}
	for _, row := range subs[1:] {
		status[row[7]]++
	}
	if status["Sau thời hạn"] != 1 || status["Chưa báo cáo"] != 2 || status["Bản cũ, đã có bản gửi sau"] != 1 || status["Đúng hạn"] != 10 {
		t.Errorf("submission statuses = %v", status)
	}
	if got := subs[1][5]; !strings.Contains(got, "/09/2023") {
		t.Errorf("date cell = %q, want dd/mm/yyyy", got)
	}
	issues := sheet(SheetIssues)
	if len(issues) != len(sc.res.Issues)+len(sc.res.Skipped)+1 {
		t.Errorf("issues sheet has %d rows", len(issues))
	}
}

// calcSheets converts every sheet of a workbook to CSV with LibreOffice
// (which computes the formulas itself, as no cached value is written) and
// returns a reader of the sheets by name. The test is skipped in -short
// mode, and where soffice is missing outside CI.
func calcSheets(t *testing.T, book []byte) func(name string) [][]string {
	t.Helper()
	if testing.Short() && os.Getenv("CI") != "true" {
		t.Skip("skipped in -short mode: converting with LibreOffice takes seconds")
	}
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("soffice not found; install libreoffice-calc-nogui")
		}
		t.Skip("skipped: soffice not found; install libreoffice-calc-nogui (Debian) to run this check")
	}
	dir := t.TempDir()
	file := filepath.Join(dir, "tong-hop.xlsx")
	if err := os.WriteFile(file, book, 0o644); err != nil {
		t.Fatal(err)
	}
	// The 12th token (-1) writes every sheet to its own file NAME-SHEET.csv.
	filter := "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1"
	out, err := exec.Command(soffice, "--headless", "--norestore", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
		"--convert-to", filter, "--outdir", dir, file).CombinedOutput()
	if err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	return func(name string) [][]string {
		data, err := os.ReadFile(filepath.Join(dir, "tong-hop-"+name+".csv"))
		if err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		return rows
	}
}
