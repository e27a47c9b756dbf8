package importer

import (
	"fmt"
	"strings"
	"testing"

	"github.com/baocao/baocao/templates"
	"github.com/baocao/baocao/templates/docread"
	"github.com/baocao/baocao/templates/docread/docxtest"
)

// pagesDOCX builds a report of about n A4 pages (3,000 characters a page):
// the header, the opening sentence, every heading of the state outline
// with automatic numbering, body paragraphs and "- " items, a staffing
// paragraph, a table and the signature block.
func pagesDOCX(n int) []byte {
	words := strings.Fields("rà soát hồ sơ thủ tục hành chính đất đai xây dựng công chức phường kiểm tra giám sát " +
		"tiến độ giải quyết đúng hạn người dân phản ánh bộ phận một cửa quy chế phối hợp trách nhiệm người đứng đầu")
	sentence := func(i int) string {
		var b strings.Builder
		for j := 0; j < 60; j++ {
			b.WriteString(words[(i*7+j*3)%len(words)])
			b.WriteByte(' ')
		}
		return strings.TrimSpace(b.String()) + "."
	}
	o := templates.Builtin()[0]
	var b strings.Builder
	b.WriteString(docxtest.P("ỦY BAN NHÂN DÂN XÃ ĐÔNG TIẾN") + docxtest.P("Số: 12/BC-UBND") + docxtest.P("Đông Tiến, ngày 02 tháng 11 năm 2023") +
		docxtest.P("**BÁO CÁO**") + docxtest.P("**Kết quả rà soát trong năm**") +
		docxtest.P("Thực hiện Công văn số 88/UBND ngày 20/10/2023 của UBND huyện Đông Sơn về việc rà soát, UBND xã Đông Tiến báo cáo như sau:"))
	var body []string
	for _, s := range o.Sections {
		if s.InBody() {
			body = append(body, auto(fmt.Sprint(s.Level-1), s.Heading))
			if s.ID == "I.1" {
				body = append(body, docxtest.P("- Đầu nhiệm kỳ 2021-2026: Chủ tịch UBND: 01, PCT UBND: 02, VP-TK: 02, TP-HT: 01, TC-KT: 01."))
			}
		}
	}
	per := n * 3000 / 420 / len(body)
	k := 0
	for _, h := range body {
		b.WriteString(h)
		for i := 0; i <= per; i++ {
			k++
			if k%4 == 0 {
				b.WriteString(docxtest.P("- " + sentence(k)))
			} else {
				b.WriteString(docxtest.P(sentence(k) + " " + string([]rune(sentence(k + 1))[:200])))
			}
		}
	}
	b.WriteString(`<w:tbl><w:tr><w:tc>` + docxtest.P("Lĩnh vực") + `</w:tc><w:tc>` + docxtest.P("Số hồ sơ") + `</w:tc></w:tr></w:tbl>`)
	b.WriteString(docxtest.P("Trên đây là báo cáo của UBND xã Đông Tiến./.") + docxtest.P("Nơi nhận:") + docxtest.P("- UBND huyện;") +
		docxtest.P("- Lưu: VT.") + docxtest.P("TM. ỦY BAN NHÂN DÂN") + docxtest.P("CHỦ TỊCH") + docxtest.P("Hoàng Văn Minh"))
	return docxtest.Build(b.String(), docxtest.Parts{Numbering: reportNumbering})
}

// BenchmarkImport40Pages reads a 40-page report's DOCX and imports it
// (outline choice among the built-in outlines included).
func BenchmarkImport40Pages(b *testing.B) {
	data := pagesDOCX(40)
	opt := importOpts(b)
	doc, err := docread.Read("x.docx", data)
	if err != nil {
		b.Fatal(err)
	}
	chars := 0
	for _, p := range doc.Paras {
		chars += len([]rune(p.Full()))
	}
	for b.Loop() {
		doc, err := docread.Read("x.docx", data)
		if err != nil {
			b.Fatal(err)
		}
		res, err := ImportReport(doc, opt)
		// The table fits no field of the state outline: its one row is kept.
		if err != nil || res.Outline.ID != "state" || len(res.Report.Unplaced) != 1 {
			b.Fatalf("%v %s %q", err, res.Outline.ID, res.Report.Unplaced)
		}
	}
	b.ReportMetric(float64(chars)/3000, "pages")
}
