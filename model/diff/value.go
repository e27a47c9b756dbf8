package diff

import (
	"fmt"
	"strings"

	"github.com/baocao/baocao/model"
)

// group is a part of the report outside the answers, compared when the
// outline has no field bound to it.
type group struct {
	id, heading string
	fields      []model.Field
}

func line(bind, label string) model.Field {
	return model.Field{ID: bind, Bind: bind, Label: label, Kind: model.FieldLine}
}

// boundParts are the report's parts outside the answers, in document order.
var boundParts = []group{
	{"unit", "Đơn vị", []model.Field{line("unit.kind", "Loại đơn vị"), line("unit.class", "Phân loại"),
		line("unit.name", "Tên đơn vị"), line("unit.issuer", "Cơ quan ban hành"),
		line("unit.issuerCode", "Chữ viết tắt"), line("unit.parent", "Cơ quan cấp trên"), line("unit.place", "Địa danh")}},
	{"doc", "Số, ngày và trích yếu", []model.Field{line("doc.number", "Số"), line("doc.typeCode", "Loại văn bản"),
		line("doc.date", "Ngày"), line("doc.subject", "Trích yếu")}},
	{"directive", "Văn bản chỉ đạo", []model.Field{line("directive.type", "Loại văn bản"),
		line("directive.ref", "Số, ký hiệu"), line("directive.date", "Ngày"),
		line("directive.issuer", "Cơ quan ban hành"), line("directive.subject", "Trích yếu")}},
	{"staffing", "Bảng số lượng cán bộ, công chức", []model.Field{line("staffing.term", "Nhiệm kỳ"),
		{ID: "staffing", Bind: "staffing", Label: "Bảng số lượng", Kind: model.FieldStaffing}}},
	{"closing", "Câu kết", []model.Field{{ID: "closing", Bind: "closing", Label: "Câu kết", Kind: model.FieldNarrative}}},
	{"recipients", "Nơi nhận", []model.Field{{ID: "recipients", Bind: "recipients", Label: "Nơi nhận", Kind: model.FieldRecipients}}},
	{"signer", "Chữ ký", []model.Field{{ID: "signer", Bind: "signer", Label: "Người ký", Kind: model.FieldSignature}}},
}

// value is a field's content as text, one paragraph (or row, or line) per
// line, so that it can be compared line by line.
func value(r model.Report, f model.Field, cat model.Catalogue) string {
	switch f.Bind {
	case "staffing":
		return staffingText(r.Staffing, cat)
	case "recipients":
		return strings.Join(r.Recipients, "\n")
	case "signer":
		return strings.Join([]string{r.Signer.AuthorityLine(), r.Signer.Title, r.Signer.Name}, "\n")
	}
	if f.Bind != "" {
		return r.Text(f)
	}
	return answerText(r.Answers[f.ID])
}

// answerText is an answer whatever its field's kind: "Không" when
// recorded, the text, then the list items.
func answerText(a model.Answer) string {
	var parts []string
	if a.None {
		parts = append(parts, "Không")
	}
	if a.Text != "" {
		parts = append(parts, a.Text)
	}
	return strings.Join(append(parts, a.Items...), "\n")
}

// staffingText writes one line per row of the table, named as cat names
// it, then the totals the clerk typed.
func staffingText(s model.Staffing, cat model.Catalogue) string {
	var b strings.Builder
	for _, row := range s.Rows {
		fmt.Fprintf(&b, "%s: đầu nhiệm kỳ %d, hiện nay %d\n", cat.RowTitle(row), row.Start, row.Now)
	}
	for _, t := range []struct {
		label string
		v     *model.Totals
	}{{"Tổng đầu nhiệm kỳ", s.Declared.Start}, {"Tổng hiện nay", s.Declared.Now}} {
		if t.v != nil {
			fmt.Fprintf(&b, "%s: cán bộ %d, công chức %d, cộng %d\n", t.label, t.v.Cadre, t.v.CivilServ, t.v.All)
		}
	}
	return b.String()
}
