package model

import (
	"strings"
	"testing"
)

func TestStaffingTextSeed(t *testing.T) {
	r := seedReport()
	cat := testRules().Regimes[0].Catalogue
	r.Staffing.Rows[0].Start = 0 // at the start of the term the combined post was vacant
	paras := StaffingText(r.Staffing, cat, KindWard)
	if len(paras) != 2 {
		t.Fatalf("want 2 paragraphs, got %d: %q", len(paras), paras)
	}
	now := paras[1]
	for _, want := range []string{
		"Hiện nay, tổng số cán bộ, công chức phường là 18 người",
		"cán bộ 10 người, giữ các chức vụ Phó Bí thư Đảng ủy kiêm Chủ tịch HĐND: 01, Bí thư Đảng ủy: 01",
		"công chức 08 người, giữ các chức danh Văn phòng - thống kê: 02",
		"Chỉ huy trưởng Ban Chỉ huy quân sự: 01.",
	} {
		if !strings.Contains(now, want) {
			t.Errorf("now paragraph lacks %q:\n%s", want, now)
		}
	}
	if !strings.HasPrefix(paras[0], "Đầu nhiệm kỳ 2020-2025, tổng số cán bộ, công chức phường là 17 người") ||
		strings.Contains(paras[0], "kiêm") {
		t.Errorf("start paragraph wrong:\n%s", paras[0])
	}
}

func TestStaffingTextGroupsAndEmpty(t *testing.T) {
	cat := testRules().Regimes[0].Catalogue
	s := Staffing{Rows: []StaffRow{{Title: "Ủy viên UBND", Group: GroupCadre, Now: 2}}}
	paras := StaffingText(s, cat, KindCommune)
	want := "Hiện nay, tổng số cán bộ, công chức xã là 02 người, trong đó: cán bộ 02 người, giữ các chức vụ Ủy viên UBND: 02; không có công chức."
	if len(paras) != 1 || paras[0] != want {
		t.Fatalf("got %q\nwant %q", paras, want)
	}
	if got := StaffingText(Staffing{}, cat, KindCommune); len(got) != 0 {
		t.Fatalf("empty table must give no text, got %q", got)
	}
}

func TestBasisAndClosing(t *testing.T) {
	r := seedReport()
	r.Directive.Subject = "báo cáo thực trạng."
	want := "Thực hiện Công văn số 1364-CV/TU ngày 23/8/2023 của Ban Thường vụ Thị ủy về việc báo cáo thực trạng, Ủy ban nhân dân phường Phổ Minh báo cáo như sau:"
	if got := BasisText(r); got != want {
		t.Errorf("BasisText = %q\nwant %q", got, want)
	}
	o := testOutline()
	if got := ClosingText(r, o); got != "Trên đây là báo cáo của Ủy ban nhân dân phường Phổ Minh thực hiện Công văn số 1364-CV/TU./." {
		t.Errorf("ClosingText default = %q", got)
	}
	for _, typed := range []string{"Trên đây là báo cáo.", "Trên đây là báo cáo./.", "Trên đây là báo cáo"} {
		r.Closing = typed
		if got := ClosingText(r, o); got != "Trên đây là báo cáo./." {
			t.Errorf("ClosingText(%q) = %q", typed, got)
		}
	}
}

func TestCarry(t *testing.T) {
	r := seedReport()
	r.OutlineFile = "outline: rieng\n"
	next := r.Carry(testOutline())
	if next.OutlineFile != r.OutlineFile {
		t.Errorf("the draft's own outline was not carried: %q", next.OutlineFile)
	}
	if next.Doc.Number != "" || next.Doc.Date != "" || next.Directive.Ref != "" || len(next.Answers) != 0 {
		t.Errorf("carried report keeps this period's values: %+v", next)
	}
	if next.Unit != r.Unit || next.Signer != r.Signer || len(next.Recipients) != 3 {
		t.Errorf("carried report lost unit, signer or recipients")
	}
	next.Staffing.Rows[0].Roles[0] = "changed"
	if r.Staffing.Rows[0].Roles[0] == "changed" {
		t.Error("carried staffing shares memory with the original")
	}
}

func TestSetText(t *testing.T) {
	r := New(testOutline())
	o := testOutline()
	bullets, _, _ := o.Field("III.items")
	r.SetText(bullets, "- Một;\n\n+ Hai\n• Ba\x1b[1m")
	if got := r.Answers["III.items"].Items; strings.Join(got, "|") != "Một|Hai|Ba" {
		t.Errorf("items = %q", got)
	}
	issuer, _, _ := o.Field("issuer")
	r.SetText(issuer, " UBND\nphường ")
	if r.Unit.Issuer != "UBND phường" {
		t.Errorf("issuer = %q", r.Unit.Issuer)
	}
	cause, _, _ := o.Field("II.text")
	r.SetNone(cause, true)
	r.SetText(cause, "Có nguyên nhân")
	if a := r.Answers["II.text"]; a.None {
		t.Error("typing text must withdraw an explicit 'Không'")
	}
}

func TestCatalogueFor(t *testing.T) {
	rules := testRules()
	if got := rules.CatalogueFor("29/8/2023"); len(got.Positions) != 18 {
		t.Errorf("2023 report: %d positions, want the NĐ 33 catalogue of 18", len(got.Positions))
	}
	if got := rules.CatalogueFor("1/9/2025"); len(got.Positions) != 0 {
		t.Errorf("2025 report: %d positions, want the (empty) post-reform test catalogue", len(got.Positions))
	}
	if _, ok := rules.CatalogueFor("").Position("van-phong"); !ok {
		t.Error("without a date every regime's positions must be known")
	}
}

func TestCloneSharesNothing(t *testing.T) {
	r := seedReport()
	r.Staffing.Declared.Now = &Totals{All: 18}
	c := r.Clone()
	c.Answers["III.items"].Items[0] = "x"
	c.Recipients[0] = "x"
	c.Staffing.Rows[0].Roles[0] = "x"
	c.Staffing.Declared.Now.All = 1
	c.Answers["new"] = Answer{Text: "x"}
	if r.Answers["III.items"].Items[0] == "x" || r.Recipients[0] == "x" || r.Staffing.Rows[0].Roles[0] == "x" ||
		r.Staffing.Declared.Now.All != 18 || len(r.Answers) != 3 {
		t.Fatal("Clone shares memory with the original")
	}
}
