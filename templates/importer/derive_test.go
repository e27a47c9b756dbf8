package importer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/templates"
	"github.com/baocao/baocao/templates/docread"
	"github.com/baocao/baocao/templates/docread/docxtest"
)

// deCuong is a fresh directive outline: title, the directive's reference,
// four numbering kinds (one too many for an outline), instructions in
// brackets, in italics and as "- " items, a requested table, a staffing
// request and a heading out of order.
func deCuong() []byte {
	body := docxtest.PStyled(`<w:jc w:val="center"/>`, "**ĐỀ CƯƠNG BÁO CÁO**") +
		docxtest.PStyled(`<w:jc w:val="center"/>`, "**Kết quả thực hiện cải cách hành chính năm 2025**") +
		docxtest.PStyled(`<w:jc w:val="center"/>`, "*(Kèm theo Công văn số 845/SNV-CCHC ngày 12/10/2025 của Sở Nội vụ tỉnh Thanh Hóa)*") +
		docxtest.P("Phần thứ nhất: KẾT QUẢ THỰC HIỆN") +
		docxtest.P("I. Công tác chỉ đạo, điều hành (nêu các văn bản đã ban hành)") +
		docxtest.P("1. Ban hành kế hoạch") +
		docxtest.P("*Nêu số kế hoạch, ngày ban hành và mức độ hoàn thành.*") +
		docxtest.P("2. Tổ chức bộ máy và biên chế") +
		docxtest.P("- Số lượng cán bộ, công chức đầu nhiệm kỳ và hiện có;") +
		docxtest.P("- Việc bố trí công chức kiêm nhiệm.") +
		`<w:tbl><w:tr><w:tc>` + docxtest.P("Chức danh") + `</w:tc><w:tc>` + docxtest.P("Đầu nhiệm kỳ") + `</w:tc><w:tc>` + docxtest.P("Hiện nay") + `</w:tc></w:tr>` +
		`<w:tr><w:tc>` + docxtest.P("Cán bộ") + `</w:tc><w:tc>` + docxtest.P("") + `</w:tc><w:tc>` + docxtest.P("") + `</w:tc></w:tr></w:tbl>` +
		docxtest.P("a) Cán bộ") +
		docxtest.P("- Theo từng chức vụ.") +
		docxtest.P("b) Công chức") +
		docxtest.P("II. Cải cách thủ tục hành chính:") +
		docxtest.P("Thống kê số thủ tục đã rà soát, đơn giản hóa.") +
		docxtest.P("a) Thủ tục đất đai") +
		docxtest.P("Phần thứ hai: PHƯƠNG HƯỚNG NĂM 2026") +
		docxtest.P("I. Nhiệm vụ trọng tâm")
	return docxtest.Build(body, docxtest.Parts{})
}

func TestDeriveOutline(t *testing.T) {
	doc, err := docread.Read("de-cuong.docx", deCuong())
	if err != nil {
		t.Fatal(err)
	}
	d, err := DeriveOutline(doc, OutlineOptions{Profile: model.ProfileState, Taken: []string{"state", "party"}})
	if err != nil {
		t.Fatal(err)
	}
	data := WriteOutline(d.Outline, "de-cuong.docx")
	if probs := templates.CheckOutline("x.outline", data); len(probs) > 0 {
		t.Fatalf("derived outline does not check: %+v\n%s", probs, data)
	}
	o, err := templates.ParseOutline("x.outline", data)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range o.Sections {
		if s.InBody() {
			got = append(got, s.ID+"="+s.Number+" "+s.Heading)
		}
	}
	want := []string{
		"nhat=nhất KẾT QUẢ THỰC HIỆN",
		"nhat.I=I Công tác chỉ đạo, điều hành",
		"nhat.I.1=1 Ban hành kế hoạch",
		"nhat.I.2=2 Tổ chức bộ máy và biên chế",
		"nhat.II=II Cải cách thủ tục hành chính",
		"hai=hai PHƯƠNG HƯỚNG NĂM 2026",
		"hai.I=I Nhiệm vụ trọng tâm",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("sections:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	sec := func(id string) model.Section { s, _ := o.Section(id); return s }
	if g := sec("nhat.I").Guide; g != "Nêu các văn bản đã ban hành" {
		t.Errorf("bracketed instruction: %q", g)
	}
	if g := sec("nhat.I.1").Guide; g != "Nêu số kế hoạch, ngày ban hành và mức độ hoàn thành." {
		t.Errorf("italic instruction: %q", g)
	}
	g := sec("nhat.I.2").Guide
	for _, w := range []string{"- Số lượng cán bộ, công chức", "a) Cán bộ", "b) Công chức"} {
		if !strings.Contains(g, w) {
			t.Errorf("guide of 1.2 lacks %q:\n%s", w, g)
		}
	}
	// The requested table is a biểu to fill: its row labels fixed.
	if f, s, ok := o.Field("nhat.I.2.bang"); !ok || s.ID != "nhat.I.2" || f.Kind != model.FieldTable || f.Table.LabelTitle != "Chức danh" ||
		strings.Join(f.Table.Rows, "|") != "Cán bộ" || len(f.Table.Columns) != 2 || f.Table.Columns[1].Title != "Hiện nay" {
		t.Errorf("table field: %+v in %s", f.Table, s.ID)
	}
	if f, _, ok := o.Field("staffing"); !ok || f.Kind != model.FieldStaffing {
		t.Error("no staffing field for the staffing request")
	} else if _, s, _ := o.Field("staffing"); s.ID != "nhat.I.2" {
		t.Errorf("staffing field in %s", s.ID)
	}
	if f, _, ok := o.Field("nhat.I.1.text"); !ok || !f.Required || !f.NoneOK {
		t.Errorf("leaf field: %+v", f)
	}
	if o.Subject != "Kết quả thực hiện cải cách hành chính năm 2025" || o.Defaults["directive.ref"] != "845/SNV-CCHC" ||
		o.Defaults["directive.date"] != "12/10/2025" || o.Defaults["directive.issuer"] != "Sở Nội vụ tỉnh Thanh Hóa" {
		t.Errorf("subject %q defaults %v", o.Subject, o.Defaults)
	}
	if len(d.Problems) != 3 {
		t.Errorf("want the three level-4 headings reported, got %q", d.Problems)
	}
	r := model.New(o)
	if r.Directive.Ref != "845/SNV-CCHC" || r.Doc.Subject != o.Subject {
		t.Errorf("a new report does not start prefilled: %+v", r.Directive)
	}
}

// TestDeriveOutlineLibreOffice: an outline written as HTML with automatic
// roman numbering (and typed arabic numbers, as LibreOffice's HTML import
// keeps one numbering format per list), saved as DOCX by LibreOffice,
// keeps its numbers, its table and its instructions.
func TestDeriveOutlineLibreOffice(t *testing.T) {
	html := `<html><head><meta charset="utf-8"></head><body>
<p align="center"><b>ĐỀ CƯƠNG BÁO CÁO</b></p>
<p align="center"><b>Tình hình thực hiện chuyển đổi số cấp xã</b></p>
<ol type="I"><li><p>Kết quả đạt được</p></li></ol>
<p>1. Hạ tầng số (<i>nêu số thôn có cáp quang</i>)</p>
<p>2. Dịch vụ công trực tuyến</p>
<ol type="I" start="2"><li><p>Khó khăn, vướng mắc</p></li></ol>
<p>- Ghi rõ nguyên nhân.</p>
<table border="1"><tr><td>Chỉ tiêu</td><td>Kết quả</td></tr><tr><td>Cáp quang</td><td></td></tr></table>
</body></html>`
	dir := t.TempDir()
	src := filepath.Join(dir, "de-cuong-cds.html")
	if err := os.WriteFile(src, []byte(html), 0o644); err != nil {
		t.Fatal(err)
	}
	data := docxtest.Convert(t, src, "docx")
	doc, err := docread.Read("de-cuong-cds.docx", data)
	if err != nil {
		t.Fatal(err)
	}
	d, err := DeriveOutline(doc, OutlineOptions{Profile: model.ProfileParty})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range d.Outline.Sections {
		if s.InBody() {
			got = append(got, s.ID+"="+s.Heading)
		}
	}
	if strings.Join(got, "|") != "I=Kết quả đạt được|I.1=Hạ tầng số|I.2=Dịch vụ công trực tuyến|II=Khó khăn, vướng mắc" {
		t.Errorf("sections from LibreOffice's numbering: %q", got)
	}
	s, _ := d.Outline.Section("II")
	if !strings.Contains(s.Guide, "Ghi rõ nguyên nhân") {
		t.Errorf("guide of II: %q", s.Guide)
	}
	if f, in, ok := d.Outline.Field("II.bang"); !ok || in.ID != "II" || strings.Join(f.Table.Rows, "|") != "Cáp quang" || f.Table.Columns[0].Title != "Kết quả" {
		t.Errorf("table of II: %+v", f.Table)
	}
	if probs := templates.CheckOutline("x.outline", WriteOutline(d.Outline, "x")); len(probs) > 0 {
		t.Errorf("does not check: %+v", probs)
	}
}
