package pagecheck

import (
	"strings"
	"testing"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/templates/internal/fixture"
)

// Case is a report to print and the header lines it must show.
type Case struct {
	Name    string
	Report  model.Report
	Outline model.Outline
	Rules   model.Rules
	// Parent and Issuer are the expected lines of the parent and the
	// issuing body.
	Parent, Issuer []string
}

// Cases returns the state and the party form for a xã and a phường, each
// with Stress text in its first narrative answer (in a different amount,
// so that the headings after it fall at different places on the pages).
func Cases(t testing.TB) []Case {
	type unit struct {
		id, name, kind, issuer, parent string
		wantParent, wantIssuer         []string
		filler                         int
	}
	units := []unit{
		{"state", "state-xa", "xa", "Ủy ban nhân dân xã Tân Lập", "Ủy ban nhân dân tỉnh Lâm Hà",
			[]string{"ỦY BAN NHÂN DÂN", "TỈNH LÂM HÀ"}, []string{"ỦY BAN NHÂN DÂN", "XÃ TÂN LẬP"}, 0},
		{"state", "state-phuong", "phuong", "Ủy ban nhân dân phường An Thịnh", "UBND thị xã Phú Lâm",
			[]string{"UBND THỊ XÃ PHÚ LÂM"}, []string{"ỦY BAN NHÂN DÂN", "PHƯỜNG AN THỊNH"}, 3},
		{"party", "party-xa", "cap-uy", "Đảng ủy xã Tân Lập", "Đảng bộ tỉnh Lâm Hà",
			[]string{"ĐẢNG BỘ TỈNH LÂM HÀ"}, []string{"ĐẢNG ỦY XÃ TÂN LẬP"}, 5},
		{"party", "party-phuong", "cap-uy", "Ban Thường vụ Đảng ủy phường An Thịnh", "Đảng bộ tỉnh Lâm Hà",
			[]string{"ĐẢNG BỘ TỈNH LÂM HÀ"}, []string{"BAN THƯỜNG VỤ ĐẢNG ỦY", "PHƯỜNG AN THỊNH"}, 8},
	}
	var out []Case
	for _, u := range units {
		r, o, rules := fixture.Example(t, u.id)
		r.Unit.Kind, r.Unit.Issuer, r.Unit.Parent = model.UnitKind(u.kind), u.issuer, u.parent
		field := firstNarrative(o)
		a := r.Answers[field]
		a.Text = strings.TrimSpace(a.Text + "\n" + Stress(u.filler))
		r.Answers[field] = a
		out = append(out, Case{Name: u.name, Report: r, Outline: o, Rules: rules, Parent: u.wantParent, Issuer: u.wantIssuer})
	}
	return out
}

func firstNarrative(o model.Outline) string {
	for _, s := range o.Sections {
		for _, f := range s.Fields {
			if f.Kind == model.FieldNarrative && f.Bind == "" && s.InBody() {
				return f.ID
			}
		}
	}
	return ""
}

// fillers lead the Stress paragraphs, one word more in each.
var fillers = strings.Fields("Trong năm qua ủy ban đã tập trung chỉ đạo thực hiện nghiêm các văn bản sau đây của cấp trên")

// Stress returns paragraphs that cite document symbols and use spaced
// dashes, each led by one filler word more than the one before, so that
// the symbols and dashes fall at every place in a line; extra adds that
// many more short paragraphs.
func Stress(extra int) string {
	var ps []string
	for k := range 12 {
		ps = append(ps, strings.Join(fillers[:k], " ")+" Kết luận số 21-KL/TW, Hướng dẫn số 05-HD/VPTW, Công văn số 1364-CV/TU, "+
			"Báo cáo số 05/BC-UBND và Nghị định số 73/2023/NĐ-CP; tình hình kinh tế - xã hội, văn hóa - xã hội và "+
			"quốc phòng - an ninh của địa phương được bảo đảm.")
	}
	for range extra {
		ps = append(ps, "Các đoàn thể phối hợp theo dõi, đôn đốc thực hiện.")
	}
	return strings.Join(ps, "\n")
}
