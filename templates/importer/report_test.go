package importer

import (
	"strings"
	"testing"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/templates"
	"github.com/baocao/baocao/templates/docread"
	"github.com/baocao/baocao/templates/docread/docxtest"
)

// numbering I. / 1. / a) as Word writes it for a multi-level list.
const reportNumbering = `<w:abstractNum w:abstractNumId="7">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
 <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
 <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>
</w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num>`

func auto(ilvl, text string) string {
	return docxtest.PStyled(`<w:numPr><w:ilvl w:val="`+ilvl+`"/><w:numId w:val="3"/></w:numPr>`, text)
}

// fixtureReport is a fresh report of a commune, in the state form, with
// automatic numbering, a heading split over two runs, a table, a text box,
// tracked changes, a footnote, "Không" answers and a staffing paragraph.
func fixtureReport() []byte {
	body := `<w:tbl><w:tr><w:tc>` + docxtest.P("UBND HUYỆN NGỌC LẶC") + docxtest.P("ỦY BAN NHÂN DÂN XÃ MINH SƠN") + docxtest.P("Số: 58/BC-UBND") +
		`</w:tc><w:tc>` + docxtest.P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") + docxtest.P("Độc lập - Tự do - Hạnh phúc") +
		docxtest.P("Minh Sơn, ngày 06 tháng 10 năm 2023") + `</w:tc></w:tr></w:tbl>` +
		docxtest.PStyled(`<w:jc w:val="center"/>`, "**BÁO CÁO**") +
		docxtest.PStyled(`<w:jc w:val="center"/>`, "**Kết quả rà soát tình trạng né tránh, đùn đẩy trong thực thi công vụ năm 2023**") +
		docxtest.P("Thực hiện Công văn số 712/UBND-NV ngày 20/9/2023 của UBND huyện Ngọc Lặc về việc rà soát tình trạng né tránh, đùn đẩy, UBND xã Minh Sơn báo cáo như sau:") +
		auto("0", "Tình hình") +
		`<w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="3"/></w:numPr></w:pPr><w:r><w:t xml:space="preserve">Thực trạng né tránh, đùn đẩy, làm việc cầm chừng, sợ trách nhiệm, </w:t></w:r>` +
		`<w:r><w:rPr><w:b/></w:rPr><w:t>không dám làm của một bộ phận cán bộ, công chức</w:t></w:r></w:p>` +
		docxtest.P("- Đầu nhiệm kỳ 2021-2026, cán bộ, công chức xã gồm: Bí thư Đảng ủy: 01, Phó Bí thư Đảng ủy kiêm Chủ tịch HĐND: 01, Chủ tịch UBND: 01, PCT UBND: 02, VP-TK: 02, TC-KT: 01, Thủ quỹ: 01.") +
		docxtest.P("- Hiện nay xã có 08 người (trong đó: cán bộ 04 người giữ các chức vụ: Bí thư Đảng ủy: 01, Phó Bí thư Đảng ủy kiêm Chủ tịch HĐND: 01, Chủ tịch UBND: 01, PCT UBND: 01 và công chức 04 người giữ các chức danh: VP-TK: 02, TC-KT: 01, Thủ quỹ: 01).") +
		`<w:p><w:r><w:t xml:space="preserve">Qua rà soát hồ sơ một cửa năm 2023, xã tiếp nhận </w:t></w:r><w:del w:id="1" w:author="x"><w:r><w:delText>1.120</w:delText></w:r></w:del>` +
		`<w:ins w:id="2" w:author="x"><w:r><w:t>1.214</w:t></w:r></w:ins><w:r><w:t xml:space="preserve"> hồ sơ, trả đúng hạn 98%</w:t></w:r><w:r><w:footnoteReference w:id="2"/></w:r><w:r><w:t>.</w:t></w:r></w:p>` +
		`<w:tbl><w:tr><w:tc>` + docxtest.P("Lĩnh vực") + `</w:tc><w:tc>` + docxtest.P("Trễ hạn") + `</w:tc></w:tr><w:tr><w:tc>` + docxtest.P("Đất đai") + `</w:tc><w:tc>` + docxtest.P("17") + `</w:tc></w:tr></w:tbl>` +
		`<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>` +
		docxtest.P("Ghi chú trong khung: số liệu tính đến 30/9/2023.") + `</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>` +
		`<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>` + docxtest.P("Ghi chú trong khung: số liệu tính đến 30/9/2023.") + `</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>` +
		auto("1", "Đánh giá tính chất, mức độ, tác hại, hậu quả của tình trạng trên: Không.") +
		auto("0", "Nguyên nhân") +
		auto("1", "Nguyên nhân khách quan") + docxtest.P("Không") +
		auto("1", "Nguyên nhân chủ quan") + docxtest.P("Một số công chức mới tuyển dụng chưa nắm vững quy trình nên còn chờ ý kiến lãnh đạo.") +
		auto("0", "Nhiệm vụ, giải pháp") +
		auto("1", "Nhiệm vụ, giải pháp liên quan đến công tác kiểm tra, giám sát") +
		docxtest.P("- Kiểm tra đột xuất bộ phận một cửa mỗi quý;") + docxtest.P("- Công khai kết quả giải quyết hồ sơ trên bảng tin xã.") +
		auto("0", "Đề xuất, kiến nghị: Không") +
		docxtest.P("Trên đây là báo cáo của UBND xã Minh Sơn, kính gửi UBND huyện tổng hợp./.") +
		`<w:tbl><w:tr><w:tc>` + docxtest.P("**Nơi nhận:**") + docxtest.P("- UBND huyện Ngọc Lặc;") + docxtest.P("- Lưu: VT.") +
		`</w:tc><w:tc>` + docxtest.P("**TM. ỦY BAN NHÂN DÂN**") + docxtest.P("**CHỦ TỊCH**") + docxtest.P("Lê Văn Thắng") + `</w:tc></w:tr></w:tbl>`
	return docxtest.Build(body, docxtest.Parts{Numbering: reportNumbering,
		Footnotes: `<w:footnote w:id="2"><w:p><w:r><w:t>Số liệu của bộ phận tiếp nhận và trả kết quả.</w:t></w:r></w:p></w:footnote>`,
		Header:    docxtest.P("Bản dự thảo")})
}

func TestImportFixture(t *testing.T) {
	doc, err := docread.Read("minh-son.docx", fixtureReport())
	if err != nil {
		t.Fatal(err)
	}
	opt := importOpts(t)
	res, err := ImportReport(doc, opt)
	if err != nil {
		t.Fatal(err)
	}
	r := res.Report
	if res.Outline.ID != "state" || res.Derived {
		t.Fatalf("outline %s derived %v", res.Outline.ID, res.Derived)
	}
	checks := []struct{ what, got, want string }{
		{"parent", r.Unit.Parent, "UBND HUYỆN NGỌC LẶC"},
		{"issuer", r.Unit.Issuer, "ỦY BAN NHÂN DÂN XÃ MINH SƠN"},
		{"name", r.Unit.Name, "Minh Sơn"},
		{"kind", string(r.Unit.Kind), "xa"},
		{"number", r.Doc.Number, "58"},
		{"date", r.Doc.Date, "06/10/2023"},
		{"place", r.Unit.Place, "Minh Sơn"},
		{"subject", r.Doc.Subject, "Kết quả rà soát tình trạng né tránh, đùn đẩy trong thực thi công vụ năm 2023"},
		{"directive type", r.Directive.Type, "Công văn"},
		{"directive ref", r.Directive.Ref, "712/UBND-NV"},
		{"directive date", r.Directive.Date, "20/9/2023"},
		{"directive issuer", r.Directive.Issuer, "UBND huyện Ngọc Lặc"},
		{"directive subject", r.Directive.Subject, "rà soát tình trạng né tránh, đùn đẩy"},
		{"signer", string(r.Signer.Authority) + " " + r.Signer.For + " / " + r.Signer.Title + " / " + r.Signer.Name, "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH / Lê Văn Thắng"},
		{"recipients", strings.Join(r.Recipients, "|"), "UBND huyện Ngọc Lặc;|Lưu: VT."},
		{"I.1", r.Answers["I.1.text"].Text[strings.Index(r.Answers["I.1.text"].Text, "Qua rà soát"):], "Qua rà soát hồ sơ một cửa năm 2023, xã tiếp nhận 1.214 hồ sơ, trả đúng hạn 98%[^1].\n[^1]: Số liệu của bộ phận tiếp nhận và trả kết quả.\nGhi chú trong khung: số liệu tính đến 30/9/2023."},
		{"II.2", r.Answers["II.2.text"].Text, "Một số công chức mới tuyển dụng chưa nắm vững quy trình nên còn chờ ý kiến lãnh đạo."},
		{"III.2", strings.Join(r.Answers["III.2.items"].Items, "|"), "- Kiểm tra đột xuất bộ phận một cửa mỗi quý;|- Công khai kết quả giải quyết hồ sơ trên bảng tin xã."},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s: got %q, want %q", c.what, c.got, c.want)
		}
	}
	for _, id := range []string{"I.2.text", "II.1.text", "IV.items"} {
		if !r.Answers[id].None {
			t.Errorf("%s: want an explicit Không, got %+v", id, r.Answers[id])
		}
	}
	if len(r.Staffing.Rows) != 7 || r.Staffing.Term != "2021-2026" || r.Staffing.Declared.Now == nil || r.Staffing.Declared.Now.All != 8 {
		t.Errorf("staffing: %+v", r.Staffing)
	}
	// The state outline has no table field: the table is kept, row by
	// row with tabs between cells, for the clerk to paste where it belongs.
	if strings.Join(r.Unplaced, "|") != "Lĩnh vực\tTrễ hạn|Đất đai\t17" || res.Summary.Unplaced != 2 || res.Summary.Placed != res.Summary.Paragraphs {
		t.Errorf("unplaced %q, summary %+v", r.Unplaced, res.Summary)
	}
	if len(res.Summary.Notes) != 1 {
		t.Errorf("tracked changes not said: %q", res.Summary.Notes)
	}
	ps := model.Validate(r, res.Outline, opt.Rules)
	for _, p := range ps {
		if strings.HasPrefix(p.Path, "staffing.rows") {
			t.Errorf("clean staffing reported: %s %s", p.Path, p.Message)
		}
	}
}

// TestImportNothingDropped: paragraphs before the first heading go on the
// opening after the căn cứ sentence, the Kính gửi line is kept as written,
// and a paragraph under a heading without a field of its own goes to a
// section under it.
func TestImportNothingDropped(t *testing.T) {
	body := docxtest.P("Kính gửi: Ủy ban nhân dân huyện") +
		docxtest.P("Thực hiện Công văn số 9/UBND ngày 02/01/2024 của UBND huyện, UBND xã Yên Lạc báo cáo như sau:") +
		docxtest.P("Một đoạn mở đầu không thuộc đề mục nào.") +
		docxtest.P("I. Tình hình") + docxtest.P("Đoạn của mục tình hình.") +
		docxtest.P("II. Nguyên nhân dẫn đến tình trạng né tránh") + docxtest.P("Đoạn đặt dưới mục II không có ô nhập riêng.") +
		docxtest.P("1. Nguyên nhân khách quan") + docxtest.P("Đoạn nguyên nhân khách quan.") +
		docxtest.P("III. Nhiệm vụ, giải pháp") + docxtest.P("IV. Đề xuất, kiến nghị") + docxtest.P("- Đề nghị tập huấn.")
	doc, err := docread.Read("x.docx", docxtest.Build(body, docxtest.Parts{}))
	if err != nil {
		t.Fatal(err)
	}
	res, err := ImportReport(doc, importOpts(t))
	if err != nil {
		t.Fatal(err)
	}
	r := res.Report
	if len(r.Unplaced) > 0 || strings.Join(r.To, "|") != "Kính gửi: Ủy ban nhân dân huyện" {
		t.Errorf("unplaced %q, Kính gửi %q", r.Unplaced, r.To)
	}
	if !strings.HasSuffix(r.Opening, "báo cáo như sau:\nMột đoạn mở đầu không thuộc đề mục nào.") {
		t.Errorf("opening: %q", r.Opening)
	}
	if r.Answers["I.text"].Text != "Đoạn của mục tình hình." || r.Answers["II.1.text"].Text == "" {
		t.Errorf("answers: %+v", r.Answers)
	}
	if !strings.Contains(r.Answers["II.1.text"].Text+r.Answers["II.2.text"].Text, "Đoạn đặt dưới mục II") {
		t.Errorf("a paragraph under II went nowhere: %+v", r.Answers)
	}
	if res.Summary.Placed+res.Summary.Unplaced != res.Summary.Paragraphs {
		t.Errorf("summary does not add up: %+v", res.Summary)
	}
}

// TestImportDerived: a report whose headings fit no outline gets an outline
// made from its own headings, which passes the outline check.
func TestImportDerived(t *testing.T) {
	body := docxtest.P("Thực hiện Kế hoạch số 15/KH-UBND ngày 05/3/2024 của UBND huyện, UBND xã Hòa Bình báo cáo như sau:") +
		docxtest.P("I. Kết quả chuyển đổi số") + docxtest.P("1. Hạ tầng mạng") + docxtest.P("Xã đã phủ sóng cáp quang 9/9 thôn.") +
		docxtest.P("2. Dịch vụ công trực tuyến") + docxtest.P("Tỷ lệ hồ sơ trực tuyến đạt 72%.") +
		docxtest.P("II. Khó khăn, vướng mắc") + docxtest.P("Thiếu cán bộ chuyên trách công nghệ thông tin.")
	doc, _ := docread.Read("chuyen-doi-so.docx", docxtest.Build(body, docxtest.Parts{}))
	opt := importOpts(t)
	opt.Name = "chuyen-doi-so.docx"
	res, err := ImportReport(doc, opt)
	if err != nil {
		t.Fatal(err)
	}
	if !res.Derived {
		t.Fatalf("outline %s chosen for unrelated headings (fit %.2f)", res.Outline.ID, res.Fit)
	}
	data := WriteOutline(res.Outline, "chuyen-doi-so.docx")
	if probs := templates.CheckOutline("x.outline", data); len(probs) > 0 {
		t.Fatalf("derived outline does not check: %+v\n%s", probs, data)
	}
	r := res.Report
	if r.Answers["I.1.text"].Text != "Xã đã phủ sóng cáp quang 9/9 thôn." || r.Answers["II.text"].Text != "Thiếu cán bộ chuyên trách công nghệ thông tin." {
		t.Errorf("answers: %+v", r.Answers)
	}
}
