package model

import (
	"strings"
	"testing"
)

// largeReport is the seed-shaped report with 30,000 characters of answers.
func largeReport() Report {
	r := seedReport()
	para := "Cán bộ, công chức của phường tiếp nhận và giải quyết hồ sơ đúng hạn, phối hợp chặt chẽ với các đoàn thể. "
	text := strings.Repeat(para, 30000/len([]rune(para))/3+1)
	r.Answers["I.1.text"] = Answer{Text: text}
	r.Answers["II.text"] = Answer{Text: text}
	var items []string
	for len([]rune(strings.Join(items, ""))) < 10000 {
		items = append(items, para)
	}
	r.Answers["III.items"] = Answer{Items: items}
	return r
}

func BenchmarkValidate(b *testing.B) {
	r, o, rules := largeReport(), testOutline(), testRules()
	n := len([]rune(r.Answers["I.1.text"].Text + r.Answers["II.text"].Text + strings.Join(r.Answers["III.items"].Items, "")))
	b.ReportAllocs()
	for b.Loop() {
		if ps := Validate(r, o, rules); len(ps) != 0 {
			b.Fatal(ps)
		}
	}
	b.ReportMetric(float64(n), "chars")
}

// unitReport is a report like those a district receives from each of its
// communes (the compile samples): every position of the regime counted,
// a few custom rows, two or three paragraphs per narrative field and a
// short list, all in Vietnamese with diacritics.
func unitReport() Report {
	r := seedReport()
	r.Unit.Name, r.Unit.Issuer, r.Unit.Place = "Đông Hòa", "Ủy ban nhân dân phường Đông Hòa", "Đông Hòa"
	r.Staffing = Staffing{Term: "2020-2025"}
	for i, p := range testRules().Regimes[0].PositionsFor(r.Unit.Kind) {
		now := 1
		if p.Max == 0 {
			now += i % 2
		}
		r.Staffing.Rows = append(r.Staffing.Rows, StaffRow{Roles: []string{p.ID}, Start: 1, Now: now})
	}
	r.Staffing.Rows = append(r.Staffing.Rows,
		StaffRow{Title: "Nhân viên hợp đồng bảo vệ", Group: GroupCivilServ, Now: 1},
		StaffRow{Title: "Công chức biệt phái", Group: GroupCivilServ, Start: 1})
	sentence := []string{
		"Năm qua, đội ngũ công chức của phường giải quyết kịp thời hồ sơ hành chính cho người dân.",
		"Một số vị trí còn thiếu người nên việc kiêm nhiệm kéo dài, ảnh hưởng đến chất lượng công việc.",
		"Đơn vị đã rà soát lại quy chế làm việc và phân công nhiệm vụ theo từng lĩnh vực phụ trách.",
	}
	r.Answers = map[string]Answer{
		"I.1.text":  {Text: strings.Join(sentence, " ") + "\n" + sentence[1]},
		"II.text":   {Text: sentence[2] + " " + sentence[0]},
		"III.items": {Items: []string{"Tăng cường kiểm tra công vụ", "Bồi dưỡng kỹ năng số cho công chức", "Sắp xếp lại bộ phận một cửa"}},
	}
	return r
}

func unitReportJSON(b *testing.B) []byte {
	data, err := MarshalReport(unitReport())
	if err != nil {
		b.Fatal(err)
	}
	return data
}

func BenchmarkUnmarshalReport(b *testing.B) {
	data := unitReportJSON(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := UnmarshalReport(data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCheckKeys(b *testing.B) {
	data := unitReportJSON(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if err := CheckKeys(data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkClean cleans every text of a unit's report, as reading it does:
// the one-line fields and the paragraphs, all already clean.
func BenchmarkClean(b *testing.B) {
	r := unitReport()
	texts := []string{r.Unit.Issuer, r.Unit.Name, r.Doc.Subject, r.Directive.Issuer, r.Signer.Name, "197", "UBND"}
	for _, a := range r.Answers {
		texts = append(texts, a.Text)
		texts = append(texts, a.Items...)
	}
	for _, row := range r.Staffing.Rows {
		texts = append(texts, row.Title)
		texts = append(texts, row.Roles...)
	}
	size := 0
	for _, s := range texts {
		size += len(s)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range texts {
			if Clean(s) != s {
				b.Fatalf("%q is not clean", s)
			}
		}
	}
}

// BenchmarkValidateUnit validates one unit's report, as compiling does for
// each of thousands.
func BenchmarkValidateUnit(b *testing.B) {
	r, o, rules := unitReport(), testOutline(), testRules()
	b.ReportAllocs()
	for b.Loop() {
		if ps := Validate(r, o, rules); HasErrors(ps) {
			b.Fatal(ps)
		}
	}
}
