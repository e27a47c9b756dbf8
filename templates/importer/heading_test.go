package importer

import (
	"testing"

	"github.com/baocao/baocao/templates"
)

func TestParseHeading(t *testing.T) {
	cases := []struct {
		in         string
		ok         bool
		kind       NumKind
		num, title string
		rest       string
	}{
		{"I. Tình hình", true, NumRoman, "I", "Tình hình", ""},
		{"IV. Đề xuất, kiến nghị: Không.", true, NumRoman, "IV", "Đề xuất, kiến nghị", "Không."},
		{"XII) Mục mười hai", true, NumRoman, "XII", "Mục mười hai", ""},
		{"2. Đánh giá mức độ:", true, NumArabic, "2", "Đánh giá mức độ", ""},
		{"05. Số có số không", true, NumArabic, "5", "Số có số không", ""},
		{"1.2. Hồ sơ đất đai", true, NumDecimal, "1.2", "Hồ sơ đất đai", ""},
		{"2.3.1 Chi tiết", true, NumDecimal, "2.3.1", "Chi tiết", ""},
		{"a) Thủ tục hành chính", true, NumLetter, "a", "Thủ tục hành chính", ""},
		{"đ. Việc khác", true, NumLetter, "đ", "Việc khác", ""},
		{"B. Phần kiến nghị", true, NumUpper, "B", "Phần kiến nghị", ""},
		{"Phần thứ nhất: Kết quả", true, NumPart, "nhất", "Kết quả", ""},
		{"PHẦN II. NHIỆM VỤ", true, NumPart, "II", "NHIỆM VỤ", ""},
		{"1. Nguyên nhân (cần nói rõ: khách quan, chủ quan)", true, NumArabic, "1", "Nguyên nhân (cần nói rõ: khách quan, chủ quan)", ""},
		{"- Một ý", false, 0, "", "", ""},
		{"V/v báo cáo kết quả tiêm chủng", false, 0, "", "", ""},
		{"PHẦN THỨ HAI", true, NumPart, "HAI", "PHẦN THỨ HAI", ""},
		{"2023. Năm", false, 0, "", "", ""},
		{"Trên đây là báo cáo", false, 0, "", "", ""},
		{"1.", false, 0, "", "", ""},
		{"IIII. Sai số La Mã", false, 0, "", "", ""},
		{"01 người", false, 0, "", "", ""},
	}
	for _, c := range cases {
		h, ok := ParseHeading(c.in)
		if ok != c.ok || (ok && (h.Kind != c.kind || h.Number != c.num || h.Title != c.title || h.Rest != c.rest)) {
			t.Errorf("ParseHeading(%q) = %+v, %v; want %v %q %q %q", c.in, h, ok, c.kind, c.num, c.title, c.rest)
		}
	}
	if head, instr := Instruction("Thực trạng thời gian qua (cần nêu rõ lĩnh vực)"); head != "Thực trạng thời gian qua" || instr != "cần nêu rõ lĩnh vực" {
		t.Errorf("Instruction: %q %q", head, instr)
	}
}

// TestSimilarity: case, diacritics, one typo per word, renumbering and
// shortened headings are tolerated; different headings are not confused.
func TestSimilarity(t *testing.T) {
	cases := []struct {
		a, b    string
		atLeast float64
		below   float64
	}{
		{"Nguyên nhân khách quan", "NGUYÊN NHÂN KHÁCH QUAN", 1, 2},
		{"tình trạng né tránh, đùn đẩy", "tinh trang ne tranh, dùn đẩy", 1, 2},
		{"làm việc cầm chừng, sợ trách nhiệm", "làm việc cầm chùng, sơ trách nhiệm", 1, 2},
		{"Bác cáo tổng hợp kết quả", "Báo cáo tổng hợp kết quả", 0.99, 2},
		{"Nhiệm vụ, giải pháp về công tác tổ chức cán bộ", "Nhiệm vụ giải pháp công tác tổ chức, cán bộ, đào tạo, bồi dưỡng", 0.6, 2},
		{"Nguyên nhân khách quan", "Nguyên nhân chủ quan", 0, 0.8},
		{"Tình hình", "Đề xuất, kiến nghị", 0, 0.01},
	}
	for _, c := range cases {
		if s := Similarity(c.a, c.b); s < c.atLeast || s >= c.below {
			t.Errorf("Similarity(%q, %q) = %.2f, want [%v, %v)", c.a, c.b, s, c.atLeast, c.below)
		}
	}
}

// TestAlignRenumbered: headings renumbered, retyped with typos and a list
// item that looks like a heading still land in order.
func TestAlignRenumbered(t *testing.T) {
	o := templates.Builtin()[0]
	texts := []string{
		"A. TÌNH HÌNH",
		"1) Thực trạng né tránh, dùn đẩy, làm việc cầm chùng trong phạm vi quản lý",
		"2) Đánh giá tính chất, mức độ, tác hại của tình trạng trên",
		"B. Nguyên nhân dẫn đến tình trạng né tránh, đùn đẩy",
		"1) Nguyên nhân khách quan",
		"2) Nguyên nhân chủ quan",
		"C. Nhiệm vụ, giải pháp",
		"1) Về hoàn thiện thể chế, cơ chế, chính sách",
		"2) Kiểm tra, giám sát, thanh tra, xử lý sai phạm",
		"D. Đề xuất, kiến nghị",
	}
	var lines []line
	var idx []int
	for i, s := range texts {
		l := line{text: s}
		l.head, l.isNum = ParseHeading(s)
		lines = append(lines, l)
		idx = append(idx, i)
	}
	a := align(lines, idx, o)
	want := []string{"I", "I.1", "I.2", "II", "II.1", "II.2", "III", "III.1", "III.2", "IV"}
	for i, id := range want {
		si, ok := a.section[i]
		if !ok || o.Sections[si].ID != id {
			got := "-"
			if ok {
				got = o.Sections[si].ID
			}
			t.Errorf("%q → %s, want %s", texts[i], got, id)
		}
	}
}
