package compile

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/store"
	"github.com/baocao/baocao/templates/export"
)

// scenario is a compilation with every inconsistency in it: a unit that
// reported twice (the older copy in a bundle), a late report, one on the
// party outline, a staffing table with a repeated position, a unit name
// under two parents, a broken file and a broken bundled draft, two expected
// units missing and one unit not expected.
type scenario struct {
	fx      fixture
	dir     string
	reports []model.Report // the reports written, by index
	used    []int          // the indexes that must be compiled
	res     *Result
	labels  map[int]string
}

func writeJSON(t testing.TB, path string, v any) {
	t.Helper()
	var data []byte
	var err error
	if r, ok := v.(model.Report); ok {
		data, err = model.MarshalReport(r)
	} else {
		data, err = json.Marshal(v)
	}
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func bundleOf(t testing.TB, reports []model.Report, modified time.Time) map[string]any {
	var drafts []any
	for i, r := range reports {
		data, err := model.MarshalReport(r)
		if err != nil {
			t.Fatal(err)
		}
		drafts = append(drafts, map[string]any{"uid": fmt.Sprintf("%032x", i+1), "id": fmt.Sprint(i + 1),
			"created": modified, "modified": modified, "version": 1, "summary": map[string]any{}, "report": json.RawMessage(data)})
	}
	return map[string]any{"format": store.BundleFormat, "exported": modified, "drafts": drafts}
}

func newScenario(t testing.TB) *scenario {
	fx := newFixture(t)
	sc := &scenario{fx: fx, dir: t.TempDir(), reports: fx.genMany(12, 42), labels: map[int]string{}}
	rs := sc.reports
	rs[3].Doc.Date = "10/9/2023"
	older := rs[3].Clone()
	older.Doc.Date, older.Doc.Number = "2/9/2023", "77"
	older.Staffing.Rows[0].Now += 5
	rs[5].Doc.Date = "20/9/2023"
	rs[6].Outline = "party"
	rs[7].Staffing.Rows = append(rs[7].Staffing.Rows, rs[7].Staffing.Rows[1])
	rs[8] = rs[1].Clone()
	rs[8].Unit.Parent, rs[8].Doc.Number = "UBND huyện Lâm Cũ", "301"
	for i := range 9 {
		writeJSON(t, filepath.Join(sc.dir, "thu-muc", fmt.Sprintf("bc-%02d.json", i)), rs[i])
	}
	b := bundleOf(t, []model.Report{rs[9], older, rs[10]}, time.Date(2023, 9, 14, 8, 0, 0, 0, time.UTC))
	b["drafts"] = append(b["drafts"].([]any), map[string]any{"id": "9", "report": json.RawMessage(`{"format":"baocao/report@1","outline":3}`)})
	writeJSON(t, filepath.Join(sc.dir, "goi.json"), b)
	if err := os.WriteFile(filepath.Join(sc.dir, "thu-muc", "hong.json"), []byte("{\"format\": "), 0o644); err != nil {
		t.Fatal(err)
	}
	sc.used = []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	for i, r := range rs {
		sc.labels[i] = unitLabel(Input{Report: r})
	}
	var expected []string
	for _, i := range []int{0, 1, 2, 3, 4, 5, 6, 7, 9, 11} {
		expected = append(expected, sc.labels[i])
	}
	expected = append(expected, "Phường Không Tên")
	inputs, skipped := Load([]string{filepath.Join(sc.dir, "thu-muc"), filepath.Join(sc.dir, "goi.json")}, LoadOptions{})
	res, err := Compile(inputs, skipped, Options{Outlines: fx.set, Rules: fx.rules,
		Deadline: model.Date{Year: 2023, Month: 9, Day: 15}, Expected: expected})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { res.Close() })
	sc.res = res
	return sc
}

// totals sums the used reports' staffing, computed apart from Compile.
func (sc *scenario) totals() (start, now model.Totals) {
	for _, i := range sc.used {
		r := sc.reports[i]
		cat := sc.fx.rules.CatalogueFor(r.Doc.Date)
		s, n := r.Staffing.Sum(model.AtStart, cat), r.Staffing.Sum(model.AtNow, cat)
		start.Cadre, start.CivilServ, start.All = start.Cadre+s.Cadre, start.CivilServ+s.CivilServ, start.All+s.All
		now.Cadre, now.CivilServ, now.All = now.Cadre+n.Cadre, now.CivilServ+n.CivilServ, now.All+n.All
	}
	return start, now
}

// headOf reads u's head from res's spill file.
func headOf(t *testing.T, res *Result, u *Unit) unitHead {
	t.Helper()
	h, err := readHead(&reader{sp: res.spill}, u)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

func TestCompileScenario(t *testing.T) {
	sc := newScenario(t)
	res := sc.res
	if len(res.Units) != len(sc.used) {
		t.Fatalf("units = %d, want %d", len(res.Units), len(sc.used))
	}
	if len(res.Superseded) != 1 || headOf(t, res, res.Superseded[0]).Report.Doc.Number != "77" {
		t.Errorf("superseded = %v, want the older copy numbered 77", res.Superseded)
	}
	if len(res.Skipped) != 2 {
		t.Errorf("skipped = %v, want the broken file and the broken bundled draft", res.Skipped)
	}
	if res.Source.ID != "state" || res.Target.ID != "state-tong-hop" {
		t.Errorf("outlines %s → %s", res.Source.ID, res.Target.ID)
	}
	want := []struct {
		kind IssueKind
		unit string
		text string
	}{
		{IssueDuplicate, sc.labels[3], "goi.json (bản nháp 2)"},
		{IssueLate, sc.labels[5], "20/9/2023"},
		{IssueOutline, sc.labels[6], "\"party\""},
		{IssueStaffing, sc.labels[7], "đã có ở dòng"},
		{IssueSameName, sc.labels[1], "UBND huyện Lâm Cũ"},
		{IssueMissing, sc.labels[11], "chưa có báo cáo"},
		{IssueMissing, "Phường Không Tên", "chưa có báo cáo"},
		{IssueUnexpected, sc.labels[10], "không có trong danh sách"},
	}
	for _, w := range want {
		if !slices.ContainsFunc(res.Issues, func(is Issue) bool {
			return is.Kind == w.kind && is.Unit == w.unit && strings.Contains(is.Message, w.text)
		}) {
			t.Errorf("no %s issue for %s with %q in %v", w.kind.Label(), w.unit, w.text, res.Issues)
		}
	}
	if len(res.Issues) != len(want) {
		t.Errorf("%d issues, want %d: %v", len(res.Issues), len(want), res.Issues)
	}
	if strings.Join(res.Missing, "|") != sc.labels[11]+"|Phường Không Tên" {
		t.Errorf("missing = %q", res.Missing)
	}
	for _, u := range res.Units {
		if u.Label() == sc.labels[3] && headOf(t, res, u).Report.Doc.Date != "10/9/2023" {
			t.Errorf("the older report of %s was used", u.Label())
		}
	}
}

// drafterFields are the fields of the compiled outline the drafter must
// still write: who issues the compiled report, when, on what basis, and
// who signs.
var drafterFields = []string{"unit.name", "unit.issuer", "unit.issuerCode", "unit.place", "unit.parent",
	"doc.date", "directive.ref", "directive.date", "directive.issuer", "signer"}

func TestCompiledDraft(t *testing.T) {
	sc := newScenario(t)
	r, o := sc.res.Draft, sc.res.Target
	if r.Outline != "state-tong-hop" {
		t.Fatalf("draft outline %q", r.Outline)
	}
	for _, p := range model.Validate(r, o, sc.fx.rules) {
		if !slices.Contains(drafterFields, p.Field) {
			t.Errorf("check of the compiled draft: %s: %s", p.Path, p.Message)
		}
	}
	received := r.Answers[FieldReceived].Text
	for _, w := range []string{"09/11 đơn vị", "còn 02 đơn vị chưa báo cáo: " + sc.labels[11] + ", Phường Không Tên",
		"sau thời hạn ngày 15/9/2023: " + sc.labels[5], "01 đơn vị không thuộc danh sách"} {
		if !strings.Contains(received, w) {
			t.Errorf("receipt paragraph lacks %q:\n%s", w, received)
		}
	}
	start, now := sc.totals()
	staffing := r.Answers[FieldStaffing].Text
	for _, w := range []string{fmt.Sprintf("tổng số cán bộ, công chức của 11 đơn vị đã báo cáo là %s người", Count(start.All)),
		fmt.Sprintf("Hiện nay, tổng số cán bộ, công chức của 11 đơn vị đã báo cáo là %s người, trong đó: cán bộ %s người", Count(now.All), Count(now.Cadre)),
		fmt.Sprintf("công chức %s người", Count(now.CivilServ)), "Đầu nhiệm kỳ 2020-2025"} {
		if !strings.Contains(staffing, w) {
			t.Errorf("staffing paragraph lacks %q:\n%s", w, staffing)
		}
	}
	text := r.Answers["I.1.text"].Text
	for _, i := range sc.used {
		label := sc.labels[i]
		if i == 1 || i == 8 {
			label += " (" + sc.reports[i].Unit.Parent + ")"
		}
		label += ":"
		if got := strings.Contains(text, label); got != (i != 6) {
			t.Errorf("I.1.text has %s: %v, want %v", label, got, i != 6)
		}
	}
	items := r.Answers["III.1.items"].Text
	if !strings.Contains(items, ":\n- Trong lĩnh vực") || !strings.Contains(items, sc.labels[1]+" (UBND huyện Lâm Cũ):") {
		t.Errorf("gathered list is not labelled then itemised:\n%s", items)
	}
	data, err := export.Render("docx", r, o, sc.fx.rules)
	if err != nil {
		t.Fatal(err)
	}
	doc := docxText(t, data)
	for _, w := range []string{sc.labels[2] + ":", "Tổng hợp thực trạng", Count(now.All)} {
		if !strings.Contains(doc, w) {
			t.Errorf("DOCX lacks %q", w)
		}
	}
}

// docxText returns word/document.xml of a DOCX.
func docxText(t *testing.T, data []byte) string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	f, err := zr.Open("word/document.xml")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	b, err := io.ReadAll(f)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestCompileParty compiles party committees' reports: the draft follows
// party-tong-hop and passes check apart from the drafter's fields, and every
// generated report passes check itself.
func TestCompileParty(t *testing.T) {
	fx := newFixture(t)
	party, _ := fx.set.Get("party")
	var inputs []Input
	for i, r := range fx.genOn(party, 6, 11) {
		if ps := model.Validate(r, party, fx.rules); model.HasErrors(ps) {
			t.Fatalf("generated report %d has errors: %v", i, ps)
		}
		inputs = append(inputs, Input{Name: fmt.Sprint(i), Report: r})
	}
	res, err := Compile(inputs, nil, Options{Outlines: fx.set, Rules: fx.rules})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { res.Close() })
	if res.Target.ID != "party-tong-hop" || len(res.Units) != 6 || len(res.Issues) != 0 {
		t.Fatalf("target %s, %d units, issues %v", res.Target.ID, len(res.Units), res.Issues)
	}
	for _, p := range model.Validate(res.Draft, res.Target, fx.rules) {
		if !slices.Contains(drafterFields, p.Field) {
			t.Errorf("check of the compiled draft: %s: %s", p.Path, p.Message)
		}
	}
	if !strings.HasPrefix(res.Draft.Answers["I.1.text"].Text, "Đảng ủy xã ") {
		t.Errorf("party units are not labelled by their committee: %q", res.Draft.Answers["I.1.text"].Text[:40])
	}
	if _, err := export.Render("pdf", res.Draft, res.Target, fx.rules); err != nil {
		t.Errorf("PDF export: %v", err)
	}
}

// TestCompiledDraftsDoNotTakeOver compiles two compiled drafts marked by
// mistake with one unit's report: the unit's outline is compiled, the
// compiled drafts are listed on another outline.
func TestCompiledDraftsDoNotTakeOver(t *testing.T) {
	fx := newFixture(t)
	r := fx.genMany(1, 4)[0]
	th, _ := fx.set.Get("state-tong-hop")
	a, b := model.New(th), model.New(th)
	a.Unit.Name, b.Unit.Name = "Sở Nội vụ", "Văn phòng"
	res, err := Compile([]Input{{Report: a}, {Report: b}, {Report: r}}, nil, Options{Outlines: fx.set, Rules: fx.rules})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { res.Close() })
	if res.Source.ID != "state" || len(res.labels(IssueOutline)) != 2 {
		t.Errorf("source %s, issues %v", res.Source.ID, res.Issues)
	}
}

func TestCompileErrors(t *testing.T) {
	fx := newFixture(t)
	r := fx.genMany(1, 1)[0]
	own := r.Clone()
	own.Outline = "rieng"
	tests := []struct {
		name   string
		inputs []Input
		opt    Options
		want   string
	}{
		{"nothing", nil, Options{Outlines: fx.set}, "không đọc được báo cáo nào"},
		{"unknown outline", []Input{{Report: own}}, Options{Outlines: fx.set}, "không báo cáo nào theo dàn ý tổng hợp được (state, party, cchc-quy)"},
		{"asked outline", []Input{{Report: r}}, Options{Outlines: fx.set, Outline: "rieng"}, "không có dàn ý \"rieng\""},
		{"no tong-hop", []Input{{Report: r}}, Options{Outlines: fx.set, Outline: "state-tong-hop"}, "chưa có dàn ý tổng hợp"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Compile(tt.inputs, nil, tt.opt)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want %q", err, tt.want)
			}
		})
	}
}

func TestCount(t *testing.T) {
	for n, want := range map[int]string{0: "00", 7: "07", 10: "10", 999: "999", 1000: "1.000", 123456: "123.456", 1234567: "1.234.567", -1200: "-1.200"} {
		if got := Count(n); got != want {
			t.Errorf("Count(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestParseExpected(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Xã Tân Lợi\nPhường Hòa Thành\n", "Xã Tân Lợi|Phường Hòa Thành"},
		{"\uFEFF# danh sách\r\n1. Xã A\r\n2) Xã B\r\n\r\n- Xã C\n", "Xã A|Xã B|Xã C"},
		{"12\tXã Tân Lợi\tloại I\n", "Xã Tân Lợi"},
		{"Phường 12\nphường  12\n", "Phường 12"},
		{"  \n#\n", ""},
		{"Xa\u0303 Tân\n", "Xã Tân"},
	}
	for _, tt := range tests {
		if got := strings.Join(ParseExpected([]byte(tt.in)), "|"); got != tt.want {
			t.Errorf("ParseExpected(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestBundleFormatIsTheStores(t *testing.T) {
	for _, f := range []string{store.BundleFormat, store.BundleFormatV1} {
		if !slices.Contains(bundleFormats, f) {
			t.Errorf("bundleFormats %q lack the store's %q", bundleFormats, f)
		}
	}
}

// TestLoadReportsEachBadInput checks that bad inputs are listed, each with
// its own message, and the good ones still read.
func TestLoadReportsEachBadInput(t *testing.T) {
	fx := newFixture(t)
	dir := t.TempDir()
	good := fx.genMany(1, 3)[0]
	writeJSON(t, filepath.Join(dir, "tot.json"), good)
	files := map[string]string{
		"rong.json":     "",
		"cat.json":      `{"format":"baocao/report@1","outline":"state","unit":{`,
		"la.json":       `{"format":"khac"}`,
		"goi-moi.json":  `{"format":"baocao/bundle@9","drafts":[]}`,
		"goi-hong.json": `{"format":"baocao/bundle@1","drafts":{}}`,
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	inputs, skipped := Load([]string{dir, filepath.Join(dir, "khong-co.json")}, LoadOptions{})
	if len(inputs) != 1 || inputs[0].Report.Unit.Name != good.Unit.Name {
		t.Errorf("inputs = %d, want the one good report", len(inputs))
	}
	if len(skipped) != len(files)+1 {
		t.Errorf("skipped = %v, want %d", skipped, len(files)+1)
	}
	for _, s := range skipped {
		if s.Err == nil || s.Error() == "" || !strings.HasPrefix(s.Error(), s.Name) {
			t.Errorf("skipped %q has no message", s.Name)
		}
	}
}

// TestLoadReaders checks that a Reader takes the files of its extension in
// folders, and its error skips only that file.
func TestLoadReaders(t *testing.T) {
	fx := newFixture(t)
	dir := t.TempDir()
	reports := fx.genMany(2, 5)
	for i, name := range []string{"a.docx", "b.docx", "c.txt"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(fmt.Sprint(i)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	read := func(name string, data []byte) ([]Input, error) {
		if string(data) == "1" {
			return nil, fmt.Errorf("không đọc được")
		}
		return []Input{{Report: reports[0]}, {Report: reports[1]}}, nil
	}
	var calls []int
	inputs, skipped := Load([]string{dir}, LoadOptions{Readers: map[string]Reader{".docx": read},
		Progress: func(done, total int) { calls = append(calls, done*10+total) }})
	if len(inputs) != 2 || !strings.Contains(inputs[1].Name, "báo cáo thứ 2") {
		t.Errorf("inputs = %v", inputs)
	}
	if len(skipped) != 1 || !strings.HasSuffix(skipped[0].Name, "b.docx") {
		t.Errorf("skipped = %v", skipped)
	}
	if !slices.Equal(calls, []int{12, 22}) {
		t.Errorf("progress calls = %v, want 1/2 then 2/2", calls)
	}
}

// TestLoadStoreBundle reads a bundle written by the drafts store itself.
func TestLoadStoreBundle(t *testing.T) {
	fx := newFixture(t)
	dir := t.TempDir()
	s, err := store.Open(filepath.Join(dir, "drafts.db"))
	if err != nil {
		t.Fatal(err)
	}
	reports := fx.genMany(2, 8)
	for _, r := range reports {
		if _, err := s.Create(r, store.Summary{Title: r.Unit.Name}); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(dir, "goi.json")
	if err := s.ExportBundleFile(path); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	inputs, skipped := Load([]string{path}, LoadOptions{})
	if len(inputs) != 2 || len(skipped) != 0 {
		t.Fatalf("inputs %d, skipped %v", len(inputs), skipped)
	}
	for _, in := range inputs {
		if in.Received.IsZero() || !strings.Contains(in.Name, "goi.json (bản nháp ") {
			t.Errorf("input %q received %v", in.Name, in.Received)
		}
	}
}

// TestEmptyStaffingIsNoStaffingError: a unit that left its staffing table
// empty has it "chưa điền" (model.Measure's word), not an error in its
// figures, so compile lists no "Lỗi số liệu cán bộ" for it; one with a
// real error in its figures is still listed.
func TestEmptyStaffingIsNoStaffingError(t *testing.T) {
	fx := newFixture(t)
	reports := fx.genOn(fx.state, 2, 7)
	reports[0].Staffing.Rows = nil
	reports[1].Staffing.Rows = append(reports[1].Staffing.Rows, reports[1].Staffing.Rows[0])
	inputs := []Input{{Name: "a.json", Report: reports[0]}, {Name: "b.json", Report: reports[1]}}
	res, err := Compile(inputs, nil, Options{Outlines: fx.set, Rules: fx.rules})
	if err != nil {
		t.Fatal(err)
	}
	defer res.Close()
	var staffing []string
	for _, is := range res.Issues {
		if is.Kind == IssueStaffing {
			staffing = append(staffing, is.Unit)
		}
	}
	empty, doubled := unitLabel(inputs[0]), unitLabel(inputs[1])
	if slices.Contains(staffing, empty) || !slices.Contains(staffing, doubled) {
		t.Errorf("staffing issues for %q, want one for %q (a row twice) and none for %q (table left empty)", staffing, doubled, empty)
	}
}
