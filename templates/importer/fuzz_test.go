package importer

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/templates"
	"github.com/baocao/baocao/templates/docread"
)

// FuzzHeading fuzzes the heading matcher: ParseHeading, Instruction,
// Similarity and the alignment never panic, keep their bounds and give
// valid text back.
func FuzzHeading(f *testing.F) {
	for _, s := range []string{"I. Tình hình", "IV. Đề xuất, kiến nghị: Không.", "1.2. Hồ sơ (ghi rõ)", "a) Việc khác",
		"Phần thứ nhất: Kết quả", "2. Nguyên nhân chủ quan", "XXXIX) x", "đ. (", "((", "1.1.1.1.1 a"} {
		f.Add(s, "Nguyên nhân dẫn đến tình trạng né tránh, đùn đẩy")
	}
	o := templates.Builtin()[0]
	f.Fuzz(func(t *testing.T, a, b string) {
		a, b = model.Clean(a), model.Clean(b)
		if h, ok := ParseHeading(a); ok {
			if !utf8.ValidString(h.Title+h.Rest+h.Number) || h.Number == "" {
				t.Fatalf("heading %+v from %q", h, a)
			}
		}
		head, instr := Instruction(a)
		if len(head)+len(instr) > len(a) {
			t.Fatalf("Instruction grew %q into %q + %q", a, head, instr)
		}
		s := Similarity(a, b)
		if s < 0 || s > 1 || s != Similarity(a, b) {
			t.Fatalf("Similarity(%q, %q) = %v", a, b, s)
		}
		var lines []line
		var idx []int
		for i, t := range strings.Split(a+"\n"+b, "\n") {
			l := line{text: t}
			l.head, l.isNum = ParseHeading(t)
			lines = append(lines, l)
			idx = append(idx, i)
		}
		al := align(lines, idx, o)
		prev := -1
		for i := range lines {
			if si, ok := al.section[i]; ok {
				if si <= prev {
					t.Fatalf("alignment out of order: %v", al.section)
				}
				prev = si
			}
		}
	})
}

// FuzzStaffing fuzzes the staffing-paragraph reader: it never panics,
// counts are never negative and every item has a title.
func FuzzStaffing(f *testing.F) {
	for _, s := range []string{
		"Đầu nhiệm kỳ 2020-2025: Phó Bí thư Đảng ủy kiêm Chủ tịch HĐND: 01 người, PCT UBND: 01 và 02 đồng chí ủy viên UBND), VP-TK: 02",
		"Hiện nay có 18 người (trong đó: cán bộ 10 người giữ các chức vụ: Chủ tịch UBND: 01 và công chức 08 người: TP-HT 01)",
		"01 02 03 : : , ; ( ) và kiêm kiêm",
	} {
		f.Add(s)
	}
	rules, err := templates.Rules()
	if err != nil {
		f.Fatal(err)
	}
	cat := rules.CatalogueFor("1/1/2024")
	f.Fuzz(func(t *testing.T, s string) {
		s = model.Clean(s)
		st, _ := ReadStaffing(s, cat)
		for _, it := range st.Items {
			if it.Count < 0 || strings.TrimSpace(it.Title) == "" || !utf8.ValidString(it.Title) {
				t.Fatalf("item %+v from %q", it, s)
			}
		}
		tab := Rows(st, st, cat)
		for _, r := range tab.Rows {
			if r.Start < 0 || r.Now < 0 {
				t.Fatalf("row %+v", r)
			}
		}
	})
}

// FuzzImport feeds arbitrary text through the whole import: it never
// panics and never loses a line (placed plus unplaced is every line).
func FuzzImport(f *testing.F) {
	f.Add("I. Tình hình\nMột đoạn.\nII. Nguyên nhân: không.\nNơi nhận:\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn A")
	f.Add("Số: 5/BC-UBND\nThực hiện Công văn số 1/UBND ngày 1/1/2024 của UBND huyện, UBND xã A báo cáo như sau:\n1. x\na) y")
	f.Add("Số: 7/UBND\nV/v báo cáo\nKính gửi:\n- Phòng A;\n- Phòng B.\nXã báo cáo như sau:\n1. x\nKT. CHỦ TỊCH\nPhó Chủ tịch\nLê Văn B")
	rules, err := templates.Rules()
	if err != nil {
		f.Fatal(err)
	}
	opt := Options{Outlines: templates.Builtin(), Rules: rules, Name: "f.txt"}
	f.Fuzz(func(t *testing.T, s string) {
		doc := docread.ReadText([]byte(s), false)
		res, err := ImportReport(doc, opt)
		if err != nil {
			t.Fatal(err)
		}
		if res.Summary.Placed+res.Summary.Unplaced != res.Summary.Paragraphs || res.Summary.Placed < 0 {
			t.Fatalf("summary %+v", res.Summary)
		}
		if _, carried, err := templates.Own(res.Report); carried != res.Derived || err != nil {
			t.Fatalf("the draft's own outline: carried %v, derived %v, %v", carried, res.Derived, err)
		}
	})
}
