package model

import (
	"strings"
	"testing"
)

func TestSeedStaffingTotals(t *testing.T) {
	r := seedReport()
	g, _ := testRules().For(Date{2023, 8, 29})
	got := r.Staffing.Sum(AtNow, g.Catalogue)
	want := Totals{Cadre: 10, CivilServ: 8, All: 18}
	if got != want {
		t.Fatalf("seed 000 totals = %+v, want %+v", got, want)
	}
	if ps := Validate(r, testOutline(), testRules()); len(ps) != 0 {
		t.Fatalf("seed 000 report: want no problem, got %v", ps)
	}
}

func TestSeedDuplicatePosition(t *testing.T) {
	r := seedReport()
	// Seed 000 lists Chủ tịch UBND a second time in the start-of-term list.
	r.Staffing.Rows = append(r.Staffing.Rows, StaffRow{Roles: []string{"ct-ubnd"}, Start: 1})
	ps := Validate(r, testOutline(), testRules())
	p := find(ps, "staffing.rows[16]")
	if p == nil || p.Severity != Error || !strings.Contains(p.Message, "dòng 4") {
		t.Fatalf("duplicate position not found as an error pointing at row 4: %v", ps)
	}
	if p.Section != "I.1" || p.Field != "staffing" {
		t.Errorf("duplicate located at %s/%s, want I.1/staffing", p.Section, p.Field)
	}
}

func find(ps []Problem, path string) *Problem {
	for i := range ps {
		if ps[i].Path == path {
			return &ps[i]
		}
	}
	return nil
}

func TestValidateRules(t *testing.T) {
	tests := []struct {
		name   string
		change func(r *Report)
		path   string
		sev    Severity
	}{
		{"required empty", func(r *Report) { r.Answers["I.1.text"] = Answer{} }, "answers.I.1.text", Error},
		{"blank text is empty", func(r *Report) { r.Answers["I.1.text"] = Answer{Text: "  \n "} }, "answers.I.1.text", Error},
		{"none where not accepted", func(r *Report) { r.Answers["III.items"] = Answer{None: true} }, "answers.III.items", Error},
		{"date form", func(r *Report) { r.Doc.Date = "ngày 29" }, "doc.date", Error},
		{"date not on calendar", func(r *Report) { r.Doc.Date = "30/02/2024" }, "doc.date", Error},
		{"date before directive", func(r *Report) { r.Doc.Date = "22/8/2023" }, "doc.date", Error},
		{"number with letters", func(r *Report) { r.Doc.Number = "19a" }, "doc.number", Error},
		{"number zero", func(r *Report) { r.Doc.Number = "00" }, "doc.number", Error},
		{"choice outside options", func(r *Report) { r.Unit.Kind = "tinh" }, "unit.kind", Error},
		{"negative count", func(r *Report) { r.Staffing.Rows[2].Now = -1 }, "staffing.rows[2].now", Error},
		{"second chủ tịch UBND", func(r *Report) { r.Staffing.Rows[3].Now = 2 }, "staffing.now", Error},
		{"combined post counts in each role", func(r *Report) {
			r.Staffing.Rows = append(r.Staffing.Rows, StaffRow{Roles: []string{"ct-hdnd"}, Now: 1})
		}, "staffing.now", Error},
		{"unknown role", func(r *Report) { r.Staffing.Rows[0].Roles = []string{"giam-doc"} }, "staffing.rows[0]", Error},
		{"position of another unit kind", func(r *Report) {
			r.Staffing.Rows[11].Roles = []string{"dia-chinh-nong-nghiep"}
		}, "staffing.rows[11]", Warning},
		{"custom position without group", func(r *Report) {
			r.Staffing.Rows = append(r.Staffing.Rows, StaffRow{Title: "Ủy viên UBND", Now: 2})
		}, "staffing.rows[16].group", Error},
		{"custom position without title", func(r *Report) {
			r.Staffing.Rows = append(r.Staffing.Rows, StaffRow{Group: GroupCadre, Now: 1})
		}, "staffing.rows[16].title", Error},
		{"over the cap", func(r *Report) { r.Staffing.Rows[10].Now = 6 }, "staffing.now", Warning},
		{"typed total disagrees", func(r *Report) {
			r.Staffing.Declared.Now = &Totals{Cadre: 10, CivilServ: 8, All: 17}
		}, "staffing.declared.now", Error},
		{"archive line missing", func(r *Report) { r.Recipients = r.Recipients[:2] }, "recipients[1]", Error},
		{"archive line not last", func(r *Report) {
			r.Recipients = []string{"Lưu: VT", "Phòng Nội vụ thị xã"}
		}, "recipients[0]", Error},
		{"archive line without colon", func(r *Report) { r.Recipients[2] = "Lưu VT" }, "recipients[2]", Error},
		{"KT. signed by the head", func(r *Report) { r.Signer.Title = "CHỦ TỊCH" }, "signer.title", Error},
		{"KT. without the head's title", func(r *Report) { r.Signer.For = "" }, "signer.for", Error},
		{"TM. signed by a deputy", func(r *Report) {
			r.Signer = Signer{Authority: AuthorityTM, For: "ỦY BAN NHÂN DÂN", Title: "PHÓ CHỦ TỊCH", Name: "A"}
		}, "signer.title", Error},
		{"party form in a state document", func(r *Report) { r.Signer.Authority = AuthorityPartyTM }, "signer.authority", Error},
		{"signer without name", func(r *Report) { r.Signer.Name = " " }, "signer", Error},
		{"signer without title", func(r *Report) { r.Signer.Title = "" }, "signer.title", Error},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := seedReport()
			tt.change(&r)
			ps := Validate(r, testOutline(), testRules())
			p := find(ps, tt.path)
			if p == nil {
				t.Fatalf("no problem at %s; got %v", tt.path, ps)
			}
			if p.Severity != tt.sev {
				t.Errorf("severity %v, want %v (%s)", p.Severity, tt.sev, p.Message)
			}
			if p.Message == "" || !strings.HasSuffix(strings.TrimSpace(p.Message), ".") {
				t.Errorf("message %q should be a full Vietnamese sentence", p.Message)
			}
		})
	}
}

func TestValidateNoneAccepted(t *testing.T) {
	r := seedReport()
	r.Answers["II.text"] = Answer{}
	if find(Validate(r, testOutline(), testRules()), "answers.II.text") == nil {
		t.Fatal("an empty field that accepts 'Không' must still be reported until 'Không' is chosen")
	}
	r.Answers["II.text"] = Answer{None: true}
	if p := find(Validate(r, testOutline(), testRules()), "answers.II.text"); p != nil {
		t.Fatalf("an explicit 'Không' is a complete answer, got %v", p)
	}
}

func TestClassOnlyForCommunes(t *testing.T) {
	o := testOutline()
	o.Sections[0].Fields[1].Required = true
	r := seedReport()
	r.Unit.Class = ""
	if find(Validate(r, o, testRules()), "unit.class") == nil {
		t.Error("a ward without its class must be reported")
	}
	r.Unit.Kind = KindAgency
	o.Sections[0].Fields[0].Options = append(o.Sections[0].Fields[0].Options, "co-quan=Cơ quan")
	if p := find(Validate(r, o, testRules()), "unit.class"); p != nil {
		t.Errorf("an agency has no class, got %v", p)
	}
}

func TestPartyAuthority(t *testing.T) {
	o := testOutline()
	o.Profile = ProfileParty
	tests := []struct {
		signer Signer
		kind   UnitKind
		path   string
	}{
		{Signer{Authority: AuthorityPartyTM, For: "BAN THƯỜNG VỤ", Title: "PHÓ BÍ THƯ", Name: "A"}, KindCommittee, ""},
		{Signer{Authority: AuthorityPartyKT, For: "BÍ THƯ", Title: "PHÓ BÍ THƯ", Name: "A"}, KindCommittee, "signer.authority"},
		{Signer{Authority: AuthorityPartyKT, For: "TRƯỞNG BAN", Title: "PHÓ TRƯỞNG BAN", Name: "A"}, KindAgency, ""},
		{Signer{Authority: AuthorityTM, For: "BAN THƯỜNG VỤ", Title: "BÍ THƯ", Name: "A"}, KindCommittee, "signer.authority"},
		{Signer{Authority: AuthorityNone, Title: "BÍ THƯ", Name: "A"}, KindCommittee, "signer.authority"},
	}
	for _, tt := range tests {
		r := seedReport()
		r.Signer, r.Unit.Kind = tt.signer, tt.kind
		r.Recipients = []string{"Ban Nội chính Tỉnh ủy", "Lưu Văn phòng"}
		var got []Problem
		for _, p := range Validate(r, o, testRules()) {
			if strings.HasPrefix(p.Path, "signer") {
				got = append(got, p)
			}
		}
		if tt.path == "" && len(got) > 0 || tt.path != "" && find(got, tt.path) == nil {
			t.Errorf("%+v: want problem at %q, got %v", tt.signer, tt.path, got)
		}
	}
}

func TestRegimeByDate(t *testing.T) {
	r := seedReport()
	r.Staffing.Rows[10].Now = 10 // 26 people: over the NĐ 33 cap of a class II ward
	r.Doc.Date = "15/8/2025"     // after the 2025 reform: no cap, catalogue has other positions
	r.Directive.Date = "01/8/2025"
	for _, p := range Validate(r, testOutline(), testRules()) {
		if strings.Contains(p.Message, "tối đa") && p.Severity == Warning {
			t.Fatalf("cap applied to a report dated after 01/7/2025: %v", p)
		}
		if strings.HasPrefix(p.Path, "staffing.rows") && p.Severity == Error {
			t.Fatalf("a table carried over the reform must warn, not fail: %v", p)
		}
	}
}

func TestProgress(t *testing.T) {
	r := seedReport()
	o := testOutline()
	done, req := Progress(r, o, Validate(r, o, testRules()))
	if done != req || req != 6 {
		t.Fatalf("complete report: %d/%d sections done, want 6/6", done, req)
	}
	r.Answers["I.1.text"] = Answer{}
	r.Staffing.Rows[0].Now = -3
	ps := Validate(r, o, testRules())
	sec, _ := o.Section("I.1")
	if got := SectionStatus(r, sec, ps); got != StatusProblems {
		t.Errorf("section with an error: status %v, want StatusProblems", got)
	}
	r.Staffing.Rows[0].Now = 1
	ps = Validate(r, o, testRules())
	if got := SectionStatus(r, sec, ps); got != StatusInProgress {
		t.Errorf("section with a required field empty: status %v, want StatusInProgress", got)
	}
	empty := New(o)
	if got := SectionStatus(empty, sec, Validate(empty, o, testRules())); got != StatusEmpty {
		t.Errorf("new report: status %v, want StatusEmpty", got)
	}
}

func TestNeedContent(t *testing.T) {
	o := testOutline()
	o.Sections = append(o.Sections[:4], append([]Section{
		{ID: "III", Number: "III", Level: 1, Heading: "Nhiệm vụ, giải pháp", NeedContent: true},
		{ID: "III.1", Number: "1", Level: 2, Fields: []Field{{ID: "III.1.items", Label: "Thể chế", Kind: FieldBullets, Required: true, NoneOK: true}}},
		{ID: "III.2", Number: "2", Level: 2, Fields: []Field{{ID: "III.2.items", Label: "Kiểm tra", Kind: FieldBullets, Required: true, NoneOK: true}}},
	}, o.Sections[5:]...)...)
	r := seedReport()
	r.Answers["III.1.items"] = Answer{None: true}
	r.Answers["III.2.items"] = Answer{None: true}
	p := find(Validate(r, o, testRules()), "sections.III")
	if p == nil || p.Section != "III" || p.Severity != Error {
		t.Fatalf("all groups answered 'Không' must be an error on III, got %v", p)
	}
	r.Answers["III.2.items"] = Answer{Items: []string{"Kiểm tra đột xuất"}}
	if p := find(Validate(r, o, testRules()), "sections.III"); p != nil {
		t.Fatalf("one group with content is enough, got %v", p)
	}
}

// TestOrphanAnswers: an answer whose field the outline does not have
// (the outline was edited, or the report follows another) is printed by
// no document, so it is a warning naming the field; an empty one is not.
func TestOrphanAnswers(t *testing.T) {
	tests := []struct {
		name string
		a    Answer
		want bool
	}{
		{"text", Answer{Text: "Đoạn viết cho mục đã bỏ."}, true},
		{"items", Answer{Items: []string{"", "một ý"}}, true},
		{"blank text", Answer{Text: " \n "}, false},
		{"none", Answer{None: true}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := seedReport()
			r.Answers["cu.da-bo"] = tt.a
			p := find(Validate(r, testOutline(), testRules()), "answers.cu.da-bo")
			if !tt.want {
				if p != nil {
					t.Fatalf("an empty orphan answer gives %v", p)
				}
				return
			}
			if p == nil || p.Severity != Warning || !strings.Contains(p.Message, `"cu.da-bo"`) || p.Section != "" {
				t.Fatalf("orphan answer: got %+v, want a warning naming the field, in no section", p)
			}
		})
	}
}

// TestNoDirective: a report whose own opening names no directive is valid
// without the directive's fields; one without an opening of its own, or
// whose opening names a directive, still needs them.
func TestNoDirective(t *testing.T) {
	o := Outline{ID: "t", Sections: []Section{{ID: "basis", Fields: []Field{
		{ID: "dir.type", Kind: FieldLine, Bind: "directive.type", Label: "Loại văn bản chỉ đạo", Required: true}}}}}
	cases := []struct {
		name    string
		opening string
		dir     Directive
		asked   bool
	}{
		{"composed opening", "", Directive{}, true},
		{"own opening, no directive", "Căn cứ Quy chế làm việc, xã báo cáo như sau:", Directive{}, false},
		{"own opening naming a directive", "Thực hiện Công văn số 9/UBND, xã báo cáo như sau:", Directive{Ref: "9/UBND"}, true},
	}
	for _, c := range cases {
		r := Report{Opening: c.opening, Directive: c.dir}
		if got := Asked(r, o.Sections[0].Fields[0]); got != c.asked {
			t.Errorf("%s: asked %v, want %v", c.name, got, c.asked)
		}
	}
}
