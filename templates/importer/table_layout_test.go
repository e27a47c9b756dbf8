package importer

import (
	"strings"
	"testing"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/templates"
	"github.com/baocao/baocao/templates/docread"
	"github.com/baocao/baocao/templates/docread/docxtest"
)

// tcell writes a table cell of paragraphs; trow a row of cells, the first
// row of a table marked as its repeated header when header is set.
func tcell(paras ...string) string { return `<w:tc>` + strings.Join(paras, "") + `</w:tc>` }

func trow(header bool, cells ...string) string {
	pr := ""
	if header {
		pr = `<w:trPr><w:tblHeader/></w:trPr>`
	}
	return `<w:tr>` + pr + strings.Join(cells, "") + `</w:tr>`
}

// monthlyReport is a fresh monthly report of a commune's department: the
// header and the signature set in layout tables, a numbered list of 12
// rows in the body, and a biểu after the signature with no Phụ lục
// heading, whose header starts "STT".
func monthlyReport() []byte {
	header := `<w:tbl>` + trow(false, tcell(docxtest.P("UBND XÃ HƯNG ĐẠO"), docxtest.P("**PHÒNG KINH TẾ**"), docxtest.P("Số: 31/BC-KT")),
		tcell(docxtest.P("**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**"), docxtest.P("**Độc lập - Tự do - Hạnh phúc**"), docxtest.P("*Hưng Đạo, ngày 28 tháng 10 năm 2025*"))) + `</w:tbl>`
	list := `<w:tbl>` + trow(true, tcell(docxtest.P("**TT**")), tcell(docxtest.P("**Công trình**")), tcell(docxtest.P("**Khối lượng (m)**")))
	for i := 1; i <= 12; i++ {
		list += trow(false, tcell(docxtest.P(itoa(i))), tcell(docxtest.P("Đường bê tông ấp "+itoa(i))), tcell(docxtest.P(itoa(100+i*15))))
	}
	list += `</w:tbl>`
	sign := `<w:tbl>` + trow(false, tcell(docxtest.P("***Nơi nhận:***"), docxtest.P("- UBND xã;"), docxtest.P("- Lưu: VT.")),
		tcell(docxtest.P("**KT. TRƯỞNG PHÒNG**"), docxtest.P("**PHÓ TRƯỞNG PHÒNG**"), docxtest.P(""), docxtest.P("**Đỗ Minh Quân**"))) + `</w:tbl>`
	bieu := `<w:tbl>` + trow(true, tcell(docxtest.P("**STT**")), tcell(docxtest.P("**Chỉ tiêu**")), tcell(docxtest.P("**Tháng 10**")), tcell(docxtest.P("**Lũy kế**"))) +
		trow(false, tcell(docxtest.P("1")), tcell(docxtest.P("Diện tích gieo trồng (ha)")), tcell(docxtest.P("42,5")), tcell(docxtest.P("388"))) +
		trow(false, tcell(docxtest.P("2")), tcell(docxtest.P("Tiêm phòng đàn vật nuôi (con)")), tcell(docxtest.P("1.250")), tcell(docxtest.P("9.804"))) + `</w:tbl>`
	body := header + docxtest.PStyled(`<w:jc w:val="center"/>`, "**BÁO CÁO**") +
		docxtest.PStyled(`<w:jc w:val="center"/>`, "**Kết quả công tác kinh tế tháng 10 năm 2025**") +
		docxtest.P("**I. Kết quả thực hiện**") + docxtest.P("Trong tháng, phòng hoàn thành các công trình giao thông nông thôn sau:") + list +
		docxtest.P("**II. Nhiệm vụ tháng 11**") + docxtest.P("Nghiệm thu các công trình còn lại.") + sign + bieu
	return docxtest.Build(body, docxtest.Parts{})
}

// The layout tables are read as header and signature, never as data nor
// the signer; the numbered list's row numbers do not become headings. With
// an outline that has no table field the two tables are kept whole in
// Unplaced; with the outline derived from the report, the list is a table
// field of its section and the biểu after the signature an appendix.
func TestTablesLayoutAndAfterSignature(t *testing.T) {
	doc, err := docread.Read("thang10.docx", monthlyReport())
	if err != nil {
		t.Fatal(err)
	}
	rules, err := templates.Rules()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name     string
		outlines []model.Outline
		unplaced int
		tables   int
	}{
		{"built-in outlines", templates.Builtin(), 16, 0},
		{"derived outline", nil, 0, 2},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res, err := ImportReport(doc, Options{Outlines: tt.outlines, Rules: rules, Name: "thang10.docx"})
			if err != nil {
				t.Fatal(err)
			}
			r := res.Report
			if r.Signer.Title != "PHÓ TRƯỞNG PHÒNG" || r.Signer.Name != "Đỗ Minh Quân" || r.Doc.Number != "31" {
				t.Errorf("signer %+v, number %q", r.Signer, r.Doc.Number)
			}
			if len(r.Unplaced) != tt.unplaced || res.Summary.Tables != tt.tables {
				t.Errorf("unplaced %q, %d tables", r.Unplaced, res.Summary.Tables)
			}
			for _, s := range res.Outline.Sections {
				if _, found := res.Found[s.ID]; found && s.Level > 1 && tt.outlines == nil {
					t.Errorf("section %s (%s) at level %d: a row number read as a heading", s.ID, s.Heading, s.Level)
				}
			}
			if tt.outlines == nil {
				checkDerivedTables(t, res)
			}
		})
	}
}

func checkDerivedTables(t *testing.T, res Result) {
	var bodyTable, appendix model.Field
	var appendixSec model.Section
	for _, s := range res.Outline.Sections {
		for _, f := range s.Fields {
			if f.Kind != model.FieldTable {
				continue
			}
			if s.Appendix {
				appendix, appendixSec = f, s
			} else {
				bodyTable = f
			}
		}
	}
	r := res.Report
	// The list names its rows and counts in its other column: a biểu with
	// the source's row labels.
	if bodyTable.Table == nil || len(bodyTable.Table.Rows) != 12 || !bodyTable.Table.Numbered || len(r.Answers[bodyTable.ID].Table.Rows) != 12 {
		t.Errorf("list: %+v", bodyTable.Table)
	}
	if appendix.Table == nil || appendixSec.Number != "I" || strings.Join(appendix.Table.Rows, "|") != "Diện tích gieo trồng (ha)|Tiêm phòng đàn vật nuôi (con)" {
		t.Fatalf("appendix %+v in %+v", appendix.Table, appendixSec)
	}
	if got := r.Answers[appendix.ID].Table.Rows[1].Cells; strings.Join(got, "|") != "1.250|9.804" {
		t.Errorf("biểu cells %q", got)
	}
}

// A table beyond what a field holds stays paragraphs, read as text: none
// of it is cut.
func TestOversizedTableStaysText(t *testing.T) {
	wide := docread.Table{Index: 1, Rows: []docread.Row{{Cells: []docread.Cell{{Text: "x", Span: 2*model.MaxTableColumns + 1}}}}}
	long := docread.Table{Index: 2, Rows: make([]docread.Row, model.MaxTableRows+1)}
	doc := docread.Document{Paras: []docread.Para{{Text: "x", Table: 1}, {Text: "y", Table: 2}}, Tables: []docread.Table{wide, long}}
	got, found := takeTables(doc)
	if len(found) != 0 || len(got.Paras) != 2 {
		t.Errorf("took %d tables, left %d paragraphs", len(found), len(got.Paras))
	}
}

// A source biểu without the field's STT column, or with one the field
// lacks, still fills the field by its row labels.
func TestFillSTTShift(t *testing.T) {
	spec := model.TableSpec{Rows: []string{"Hộ tịch", "Đất đai"}, LabelTitle: "Lĩnh vực",
		Columns: []model.TableColumn{{ID: "a", Title: "Số", Kind: model.ColumnInteger}}}
	tests := []struct {
		name     string
		numbered bool
		src      string
	}{
		{"same width", false, "Lĩnh vực|Số\nĐất đai|7\nHộ tịch|3"},
		{"source without STT", true, "Lĩnh vực|Số\nĐất đai|7\nHộ tịch|3"},
		{"source with STT", false, "STT|Lĩnh vực|Số\n1|Đất đai|7\n2|Hộ tịch|3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			spec.Numbered = tt.numbered
			got, extra, ok := fill(spec, readGrid(fuzzTable(tt.src)))
			if !ok || len(extra) > 0 || got.Rows[0].Cells[0] != "3" || got.Rows[1].Cells[0] != "7" {
				t.Errorf("fill = %+v, %q, %v", got, extra, ok)
			}
		})
	}
}

// bieuMau is a fresh đề cương with an empty biểu to fill: a caption, a
// two-row header merged across and down, three rows of indicators and an
// empty total row.
func bieuMau() []byte {
	head := `<w:tbl>` +
		trow(true, `<w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr>`+docxtest.P("**STT**")+`</w:tc>`,
			`<w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr>`+docxtest.P("**Chỉ tiêu**")+`</w:tc>`,
			`<w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr>`+docxtest.P("**Năm 2025**")+`</w:tc>`,
			`<w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr>`+docxtest.P("**Ghi chú**")+`</w:tc>`) +
		trow(true, `<w:tc><w:tcPr><w:vMerge/></w:tcPr>`+docxtest.P("")+`</w:tc>`, `<w:tc><w:tcPr><w:vMerge/></w:tcPr>`+docxtest.P("")+`</w:tc>`,
			tcell(docxtest.P("**Kế hoạch**")), tcell(docxtest.P("**Thực hiện**")), `<w:tc><w:tcPr><w:vMerge/></w:tcPr>`+docxtest.P("")+`</w:tc>`)
	for i, label := range []string{"Số hộ dùng nước sạch", "Số thôn có nhà văn hóa", "Số km đường được cứng hóa", "Tổng cộng"} {
		num := itoa(i + 1)
		if label == "Tổng cộng" {
			num = ""
		}
		head += trow(false, tcell(docxtest.P(num)), tcell(docxtest.P(label)), tcell(docxtest.P("")), tcell(docxtest.P("")), tcell(docxtest.P("")))
	}
	body := docxtest.PStyled(`<w:jc w:val="center"/>`, "**ĐỀ CƯƠNG BÁO CÁO**") +
		docxtest.PStyled(`<w:jc w:val="center"/>`, "**Kết quả xây dựng nông thôn mới năm 2025**") +
		docxtest.P("I. Kết quả thực hiện các tiêu chí") +
		docxtest.PStyled(`<w:jc w:val="center"/>`, "**Biểu 01: Một số chỉ tiêu chủ yếu**") + head + `</w:tbl>` +
		docxtest.P("II. Kiến nghị")
	return docxtest.Build(body, docxtest.Parts{})
}

// templates import of a biểu mẫu gives a table field with its merged
// header, its fixed rows (the empty total row made a computed one) and its
// caption as label; the outline file written for it loads.
func TestDeriveBieuMau(t *testing.T) {
	doc, err := docread.Read("bieu.docx", bieuMau())
	if err != nil {
		t.Fatal(err)
	}
	d, err := DeriveOutline(doc, OutlineOptions{Profile: model.ProfileState})
	if err != nil {
		t.Fatal(err)
	}
	o, err := templates.ParseOutline("x.outline", WriteOutline(d.Outline, "bieu.docx"))
	if err != nil {
		t.Fatal(err)
	}
	f, s, ok := o.Field("I.bang")
	if !ok || s.ID != "I" {
		t.Fatalf("no table field in I: %+v", o.Sections)
	}
	spec := f.Table
	if f.Label != "Biểu 01: Một số chỉ tiêu chủ yếu" || !spec.Numbered || !spec.TotalRow || spec.LabelTitle != "Chỉ tiêu" ||
		strings.Join(spec.Rows, "|") != "Số hộ dùng nước sạch|Số thôn có nhà văn hóa|Số km đường được cứng hóa" {
		t.Errorf("field %q: %+v", f.Label, spec)
	}
	if len(spec.Columns) != 3 || spec.Columns[2].Kind != model.ColumnText || spec.Columns[0].Kind != model.ColumnDecimal || len(spec.Header) != 2 {
		t.Errorf("columns %+v header %+v", spec.Columns, spec.Header)
	}
	if s, _ := o.Section("I"); strings.Contains(s.Guide, "Biểu 01") {
		t.Errorf("the caption stays in the guide: %q", s.Guide)
	}
}
