package model_test

// Tests of the rules that follow a report's date, on both sides of each
// boundary, against the shipped data (templates/rules/*.rules).

import (
	"strings"
	"testing"

	"github.com/baocao/baocao/examples"
	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/templates"
)

func shipped(t *testing.T) model.Rules {
	t.Helper()
	rules, err := templates.Rules()
	if err != nil {
		t.Fatal(err)
	}
	rules.Today = model.Date{Year: 2026, Month: 12, Day: 1}
	return rules
}

func outline(t *testing.T, id string) model.Outline {
	t.Helper()
	for _, o := range templates.Builtin() {
		if o.ID == id {
			return o
		}
	}
	t.Fatalf("no outline %q", id)
	return model.Outline{}
}

// example returns the shipped example of an outline, redated.
func example(t *testing.T, id, date string) model.Report {
	t.Helper()
	r, err := examples.Report(id)
	if err != nil {
		t.Fatal(err)
	}
	r.Doc.Date = date
	r.Directive.Date = date
	return r
}

// problemsAt returns the problems whose path is path.
func problemsAt(ps []model.Problem, path string) []model.Problem {
	var out []model.Problem
	for _, p := range ps {
		if p.Path == path {
			out = append(out, p)
		}
	}
	return out
}

func TestUnitKindsAndClassesByDate(t *testing.T) {
	rules := shipped(t)
	o := outline(t, "state")
	tests := []struct {
		date, kind, class string
		wantPath          string // "" for no problem on unit.kind and unit.class
		wantText          string
	}{
		{"30/6/2025", "thi-tran", "II", "", ""},
		{"1/7/2025", "thi-tran", "II", "unit.kind", "không có đơn vị hành chính loại \"thị trấn\""},
		{"30/6/2025", "dac-khu", "I", "unit.kind", "Xã, Phường, Thị trấn"},
		{"1/7/2025", "dac-khu", "I", "", ""},
		{"30/6/2025", "phuong", "DB", "unit.class", "Loại I, Loại II, Loại III"},
		{"26/11/2025", "phuong", "DB", "unit.class", "không có hạng \"đặc biệt\""},
		{"27/11/2025", "phuong", "DB", "", ""},
		{"27/11/2025", "dac-khu", "DB", "", ""},
		{"27/11/2025", "xa", "DB", "unit.class", "Nghị định số 307/2025/NĐ-CP"},
		{"27/11/2025", "xa", "III", "", ""},
		{"12/6/2026", "co-quan", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.date+" "+tt.kind+" "+tt.class, func(t *testing.T) {
			r := example(t, "state", tt.date)
			r.Unit.Kind, r.Unit.Class = model.UnitKind(tt.kind), tt.class
			ps := model.Validate(r, o, rules)
			got := append(problemsAt(ps, "unit.kind"), problemsAt(ps, "unit.class")...)
			if tt.wantPath == "" {
				if len(got) > 0 {
					t.Fatalf("unexpected problems: %v", got)
				}
				return
			}
			if len(got) != 1 || got[0].Path != tt.wantPath || got[0].Severity != model.Error || !strings.Contains(got[0].Message, tt.wantText) {
				t.Fatalf("got %v, want one error at %s containing %q", got, tt.wantPath, tt.wantText)
			}
		})
	}
}

func TestAbolishedBodiesByDate(t *testing.T) {
	rules := shipped(t)
	o := outline(t, "state")
	tests := []struct {
		date, where, text string
		warn              bool
	}{
		{"30/6/2025", "unit.parent", "UBND huyện Đông Sơn", false},
		{"1/7/2025", "unit.parent", "UBND huyện Đông Sơn", true},
		{"12/6/2026", "unit.parent", "Ủy ban nhân dân quận Hải An", true},
		{"12/6/2026", "unit.parent", "UBND tỉnh Lâm Hà", false},
		{"12/6/2026", "unit.parent", "UBND thành phố Hà Nội", false},
		{"12/6/2026", "unit.parent", "UBND Thành phố Hồ Chí Minh", false},
		{"12/6/2026", "unit.parent", "UBND thành phố Bảo Lộc", true},
		{"30/6/2025", "directive.issuer", "Ban Thường vụ Thị ủy Phú Lâm", false},
		{"1/7/2025", "directive.issuer", "Ban Thường vụ Thị ủy Phú Lâm", true},
		{"1/7/2025", "directive.issuer", "Thành ủy Đà Lạt", true},
		{"1/7/2025", "directive.issuer", "Ban Thường vụ Thành ủy Huế", false},
		{"1/7/2025", "directive.issuer", "Ban Thường vụ Tỉnh ủy", false},
		{"1/7/2025", "recipients[0]", "Phòng Nội vụ huyện", true},
		{"1/7/2025", "recipients[0]", "Thường trực Thành ủy", false},
		{"1/7/2025", "recipients[0]", "UBND thị xã Phú Lâm (b/c)", true},
		{"1/7/2025", "recipients[0]", "Thường trực HĐND xã", false},
	}
	for _, tt := range tests {
		t.Run(tt.date+" "+tt.text, func(t *testing.T) {
			r := example(t, "state", tt.date)
			r.Unit.Kind, r.Unit.Class = model.KindCommune, "II"
			r.Unit.Parent, r.Directive.Issuer = "UBND tỉnh Lâm Hà", "UBND tỉnh Lâm Hà"
			r.Recipients = []string{"Thường trực Đảng ủy", "Lưu: VT"}
			switch tt.where {
			case "unit.parent":
				r.Unit.Parent = tt.text
			case "directive.issuer":
				r.Directive.Issuer = tt.text
			default:
				r.Recipients[0] = tt.text
			}
			ps := model.Validate(r, o, rules)
			got := problemsAt(ps, tt.where)
			if !tt.warn {
				if len(got) > 0 {
					t.Fatalf("unexpected problems: %v", got)
				}
				return
			}
			if len(got) != 1 || got[0].Severity != model.Warning ||
				!strings.Contains(got[0].Message, "đã kết thúc hoạt động từ ngày 1/7/2025") ||
				!strings.Contains(got[0].Message, "72/2025/QH15") {
				t.Fatalf("got %v, want one warning naming 1/7/2025 and Luật 72/2025/QH15", got)
			}
		})
	}
}

func TestStaffingColumnsByDate(t *testing.T) {
	rules := shipped(t)
	tests := []struct {
		profile              model.Profile
		date, term, termFrom string
		start, now           string
	}{
		{model.ProfileState, "12/9/2023", "", "", "nd34-2019", "nd33-2023"},
		{model.ProfileParty, "12/9/2023", "2020-2025", "", "nd34-2019", "nd33-2023"},
		{model.ProfileParty, "30/6/2025", "", "", "nd34-2019", "nd33-2023"},
		{model.ProfileParty, "1/7/2025", "", "", "reform-2025", "reform-2025"},
		{model.ProfileState, "14/3/2026", "", "", "nd34-2019", "reform-2025"},
		{model.ProfileState, "15/3/2026", "", "", "reform-2025", "reform-2025"},
		{model.ProfileParty, "12/6/2026", "2025-2030", "31/7/2025", "reform-2025", "reform-2025"},
		{model.ProfileParty, "12/6/2026", "2025-2030", "30/6/2025", "nd33-2023", "reform-2025"},
		{model.ProfileParty, "1/12/2023", "2020-2025", "31/7/2023", "nd34-2019", "nd33-2023"},
		{model.ProfileParty, "1/12/2023", "2020-2025", "1/8/2023", "nd33-2023", "nd33-2023"},
		{model.ProfileParty, "1/12/2019", "2015-2020", "", "", "nd34-2019"},
	}
	for _, tt := range tests {
		t.Run(string(tt.profile)+" "+tt.date+" "+tt.term+" "+tt.termFrom, func(t *testing.T) {
			r := model.Report{Doc: model.Document{Date: tt.date}, Staffing: model.Staffing{Term: tt.term, TermFrom: tt.termFrom}}
			cols := rules.Columns(r, tt.profile)
			if cols.Start.Regime.ID != tt.start || cols.Now.Regime.ID != tt.now {
				t.Fatalf("start %q (%s), now %q (%s); want %q, %q",
					cols.Start.Regime.ID, cols.Start.Why, cols.Now.Regime.ID, cols.Now.Why, tt.start, tt.now)
			}
		})
	}
}

func TestDefaultTermByDate(t *testing.T) {
	rules := shipped(t)
	tests := []struct {
		profile model.Profile
		date    model.Date
		want    string
	}{
		{model.ProfileParty, model.Date{Year: 2025, Month: 6, Day: 30}, "2020-2025"},
		{model.ProfileParty, model.Date{Year: 2025, Month: 7, Day: 1}, "2025-2030"},
		{model.ProfileState, model.Date{Year: 2026, Month: 3, Day: 14}, "2021-2026"},
		{model.ProfileState, model.Date{Year: 2026, Month: 3, Day: 15}, "2026-2031"},
		{model.ProfileState, model.Date{Year: 2021, Month: 5, Day: 22}, ""},
	}
	for _, tt := range tests {
		if got := rules.DefaultTerm(tt.profile, tt.date); got != tt.want {
			t.Errorf("DefaultTerm(%s, %s) = %q, want %q", tt.profile, tt.date.Short(), got, tt.want)
		}
	}
}

func TestTermValidation(t *testing.T) {
	rules := shipped(t)
	o := outline(t, "party")
	tests := []struct {
		date, term, from string
		path             string
		sev              model.Severity
		text             string
	}{
		{"12/9/2023", "2020-2025", "", "", 0, ""},
		{"12/9/2023", "2020 – 2025", "", "", 0, ""},
		{"12/9/2023", "2020-2024", "", "staffing.term", model.Error, "dài 4 năm"},
		{"12/9/2023", "2020/2025", "", "staffing.term", model.Error, "ví dụ 2020-2025"},
		{"12/6/2026", "2020-2025", "", "staffing.term", model.Warning, "nhiệm kỳ vào ngày đó là 2025-2030"},
		{"12/6/2026", "2025-2030", "15/7/2025", "", 0, ""},
		{"12/6/2026", "2025-2030", "15/7/2024", "staffing.termFrom", model.Error, "không thuộc nhiệm kỳ"},
		{"12/6/2026", "2025-2030", "15/7/2026", "staffing.termFrom", model.Error, "muộn hơn ngày báo cáo"},
		{"12/6/2026", "2025-2030", "15/13/2025", "staffing.termFrom", model.Error, "không có trên lịch"},
	}
	for _, tt := range tests {
		t.Run(tt.date+" "+tt.term+" "+tt.from, func(t *testing.T) {
			r := example(t, "party", tt.date)
			r.Staffing.Term, r.Staffing.TermFrom = tt.term, tt.from
			ps := model.Validate(r, o, rules)
			got := append(problemsAt(ps, "staffing.term"), problemsAt(ps, "staffing.termFrom")...)
			if tt.path == "" {
				if len(got) > 0 {
					t.Fatalf("unexpected problems: %v", got)
				}
				return
			}
			if len(got) != 1 || got[0].Path != tt.path || got[0].Severity != tt.sev || !strings.Contains(got[0].Message, tt.text) {
				t.Fatalf("got %v, want one %s at %s containing %q", got, tt.sev.Label(), tt.path, tt.text)
			}
		})
	}
}

// A report whose date is not valid is still checked, by today's regime,
// and the message says so (issue 10, item 11).
func TestStaffingCheckedWithoutValidDate(t *testing.T) {
	rules := shipped(t)
	o := outline(t, "state")
	for _, date := range []string{"31/2/2026", "", "hôm qua"} {
		t.Run(date, func(t *testing.T) {
			r := example(t, "state", "12/6/2026")
			r.Doc.Date = date
			r.Staffing.Rows = []model.StaffRow{{Roles: []string{"bi-thu"}, Start: 1, Now: 3}}
			ps := model.Validate(r, o, rules)
			var over, note bool
			for _, p := range ps {
				over = over || (p.Path == "staffing.now" && strings.Contains(p.Message, "có 03 Bí thư Đảng ủy"))
				note = note || (p.Path == "staffing" && strings.Contains(p.Message, "hôm nay 1/12/2026") &&
					strings.Contains(p.Message, "72/2025/QH15"))
			}
			if !over || !note {
				t.Fatalf("over=%v note=%v; problems: %v", over, note, ps)
			}
		})
	}
	r := example(t, "state", "31/2/2026")
	r.Staffing.Rows = []model.StaffRow{{Roles: []string{"bi-thu"}, Start: 1, Now: 3}}
	rules.Today = model.Date{}
	for _, p := range model.Validate(r, o, rules) {
		if strings.Contains(p.Message, "tối đa") || strings.Contains(p.Message, "hôm nay") {
			t.Fatalf("without a date and without today, no regime can be applied: %v", p)
		}
	}
}

// With an invalid date, the last valid date the report had (Rules.Recent,
// remembered by the editor) stands in before today, and the message names
// it (issue 10, item 11).
func TestStaffingCheckedByRecentDate(t *testing.T) {
	rules := shipped(t)
	o := outline(t, "state")
	for _, tt := range []struct {
		name   string
		recent model.Date
		want   []string
	}{
		{"recent 2024", model.Date{Year: 2024, Month: 9, Day: 14}, []string{"ngày báo cáo hợp lệ đã ghi gần nhất 14/9/2024", "33/2023/NĐ-CP"}},
		{"recent 2026", model.Date{Year: 2026, Month: 6, Day: 12}, []string{"ngày báo cáo hợp lệ đã ghi gần nhất 12/6/2026", "72/2025/QH15"}},
		{"no recent", model.Date{}, []string{"hôm nay 1/12/2026", "72/2025/QH15"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := example(t, "state", "31/2/2026")
			r.Staffing.Rows = []model.StaffRow{{Roles: []string{"bi-thu"}, Start: 1, Now: 3}}
			rules.Recent = tt.recent
			var note []model.Problem
			for _, p := range model.Validate(r, o, rules) {
				if p.Path == "staffing" && strings.Contains(p.Message, "chưa hợp lệ") {
					note = append(note, p)
				}
			}
			if len(note) != 1 {
				t.Fatalf("want one note on the stand-in date, got %v", note)
			}
			for _, w := range tt.want {
				if !strings.Contains(note[0].Message, w) {
					t.Errorf("note %q lacks %q", note[0].Message, w)
				}
			}
		})
	}
}

// Each column is judged by its own regime and the paragraph names it.
func TestStaffingColumnsOwnRegime(t *testing.T) {
	rules := shipped(t)
	o := outline(t, "state")
	r := example(t, "state", "14/3/2026")
	r.Unit.Kind, r.Unit.Class, r.Unit.Parent, r.Directive.Issuer = model.KindCommune, "II", "UBND tỉnh Lâm Hà", "UBND tỉnh Lâm Hà"
	r.Recipients = []string{"UBND tỉnh Lâm Hà (b/c)", "Lưu: VT"}
	// "Văn phòng - thống kê" exists under NĐ 34/2019 (the start, HĐND
	// 2021-2026) but not after the reform: fine at the start, a warning now.
	r.Staffing.Rows = []model.StaffRow{{Roles: []string{"ct-ubnd"}, Start: 1, Now: 1}, {Roles: []string{"van-phong"}, Start: 2, Now: 0}}
	if ps := problemsAt(model.Validate(r, o, rules), "staffing.rows[1]"); len(ps) != 0 {
		t.Fatalf("a start-of-term count under its own regime was reported: %v", ps)
	}
	r.Staffing.Rows[1].Now = 1
	ps := problemsAt(model.Validate(r, o, rules), "staffing.rows[1]")
	if len(ps) != 1 || !strings.Contains(ps[0].Message, "cột hiện nay") || !strings.Contains(ps[0].Message, "Nghị định 34/2019/NĐ-CP") {
		t.Fatalf("want one warning for the now column naming the old decree, got %v", ps)
	}
	paras := rules.StaffingParagraphs(r, model.ProfileState)
	if len(paras) != 2 || !strings.Contains(paras[0], "theo danh mục của Nghị định 34/2019/NĐ-CP") ||
		!strings.Contains(paras[1], "theo danh mục của Luật Tổ chức chính quyền địa phương 72/2025/QH15") {
		t.Fatalf("paragraphs do not name each column's decree: %q", paras)
	}
}

func TestPeriodOptions(t *testing.T) {
	rules := shipped(t)
	own := []string{"cap-uy=Cấp ủy", "xa=Xã", "phuong=Phường", "thi-tran=Thị trấn", "co-quan=Cơ quan"}
	tests := []struct {
		date         model.Date
		kinds, wards string
	}{
		{model.Date{Year: 2025, Month: 6, Day: 30}, "cap-uy=Cấp ủy xa=Xã phuong=Phường thi-tran=Thị trấn co-quan=Cơ quan", "I=Loại I II=Loại II III=Loại III"},
		{model.Date{Year: 2025, Month: 7, Day: 1}, "cap-uy=Cấp ủy xa=Xã phuong=Phường dac-khu=Đặc khu co-quan=Cơ quan", "I=Loại I II=Loại II III=Loại III"},
		{model.Date{Year: 2025, Month: 11, Day: 27}, "cap-uy=Cấp ủy xa=Xã phuong=Phường dac-khu=Đặc khu co-quan=Cơ quan", "DB=Loại đặc biệt I=Loại I II=Loại II III=Loại III"},
	}
	for _, tt := range tests {
		p, ok := rules.UnitsOn(tt.date)
		if !ok {
			t.Fatalf("no period on %s", tt.date.Short())
		}
		if got := strings.Join(p.KindOptions(own), " "); got != tt.kinds {
			t.Errorf("%s kinds %q, want %q", tt.date.Short(), got, tt.kinds)
		}
		if got := strings.Join(p.ClassOptions(model.KindWard), " "); got != tt.wards {
			t.Errorf("%s classes %q, want %q", tt.date.Short(), got, tt.wards)
		}
		if got := p.ClassOptions(model.KindCommune); len(got) != 3 {
			t.Errorf("%s: a xã has classes %v, want I, II, III", tt.date.Short(), got)
		}
		for _, k := range []model.UnitKind{model.KindCommittee, model.KindAgency} {
			if got := p.ClassOptions(k); len(got) != 0 {
				t.Errorf("%s: a %s is offered classes %v", tt.date.Short(), k.Label(), got)
			}
		}
	}
}

// A report with no date yet (the new-draft form lets the clerk leave it
// empty) is not told that its date is invalid: the note says the date is
// missing; a date typed wrong is still called invalid.
func TestStaffingNoteNamesAMissingDate(t *testing.T) {
	rules := shipped(t)
	o := outline(t, "state")
	for _, tt := range []struct{ date, want, not string }{
		{"", "Chưa có ngày báo cáo", "chưa hợp lệ"},
		{"  ", "Chưa có ngày báo cáo", "chưa hợp lệ"},
		{"31/2/2026", "Ngày báo cáo chưa hợp lệ", "Chưa có ngày"},
	} {
		r := example(t, "state", "12/6/2026")
		r.Doc.Date = tt.date
		r.Staffing.Rows = []model.StaffRow{{Roles: []string{"bi-thu"}, Start: 1, Now: 1}}
		found := false
		for _, p := range model.Validate(r, o, rules) {
			if p.Path == "staffing" && p.Severity == model.Warning {
				found = strings.Contains(p.Message, tt.want) && !strings.Contains(p.Message, tt.not)
				if !found {
					t.Errorf("date %q: note %q, want %q and not %q", tt.date, p.Message, tt.want, tt.not)
				}
			}
		}
		if !found {
			t.Errorf("date %q: no note on the regime applied", tt.date)
		}
	}
}
