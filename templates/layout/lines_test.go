package layout

import (
	"strings"
	"testing"

	"github.com/baocao/baocao/model"
)

// chars measures a line by its characters, as a fixed-pitch stand-in for
// the writers' measures.
func chars(s string) float64 { return float64(len([]rune(s))) }

func TestNameLines(t *testing.T) {
	tests := []struct {
		name string
		max  float64
		want string // lines joined by " / "
	}{
		{"ỦY BAN NHÂN DÂN XÃ TÂN LẬP", 20, "ỦY BAN NHÂN DÂN / XÃ TÂN LẬP"},
		{"ỦY BAN NHÂN DÂN PHƯỜNG AN THỊNH", 22, "ỦY BAN NHÂN DÂN / PHƯỜNG AN THỊNH"},
		{"HỘI ĐỒNG NHÂN DÂN XÃ TÂN LẬP", 22, "HỘI ĐỒNG NHÂN DÂN / XÃ TÂN LẬP"},
		{"ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", 24, "ỦY BAN NHÂN DÂN / THÀNH PHỐ HỒ CHÍ MINH"},
		{"ỦY BAN NHÂN DÂN ĐẶC KHU PHÚ QUỐC", 22, "ỦY BAN NHÂN DÂN / ĐẶC KHU PHÚ QUỐC"},
		{"ỦY BAN NHÂN DÂN THỊ TRẤN AN LẠC", 22, "ỦY BAN NHÂN DÂN / THỊ TRẤN AN LẠC"},
		{"UỶ BAN NHÂN DÂN XÃ TÂN LẬP", 20, "UỶ BAN NHÂN DÂN / XÃ TÂN LẬP"},
		// "XA" without its tilde is a place's word, not the unit.
		{"ỦY BAN NHÂN DÂN XÃ XA LONG", 20, "ỦY BAN NHÂN DÂN / XÃ XA LONG"},
		{"UBND XÃ XA LONG", 10, "UBND / XÃ XA LONG"},
		{"ĐẢNG ỦY XÃ TÂN LẬP", 30, "ĐẢNG ỦY XÃ TÂN LẬP"},
		{"ĐẢNG BỘ TỈNH LÂM HÀ", 12, "ĐẢNG BỘ / TỈNH LÂM HÀ"},
		{"BAN THƯỜNG VỤ ĐẢNG ỦY PHƯỜNG AN THỊNH", 24, "BAN THƯỜNG VỤ ĐẢNG ỦY / PHƯỜNG AN THỊNH"},
		{"BAN THƯỜNG VỤ TỈNH ỦY LÂM HÀ", 20, "BAN THƯỜNG VỤ / TỈNH ỦY LÂM HÀ"},
		{"ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ TÂN LẬP", 34, "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM / XÃ TÂN LẬP"},
		// A place name too long for one line breaks inside the place, not the body.
		{"ỦY BAN NHÂN DÂN XÃ NAM PHƯỚC THẠNH ĐÔNG", 18, "ỦY BAN NHÂN DÂN / XÃ NAM PHƯỚC / THẠNH ĐÔNG"},
		// The clerk's forced break wins, even where the name would fit.
		{"ỦY BAN NHÂN DÂN | XÃ TÂN LẬP", 40, "ỦY BAN NHÂN DÂN / XÃ TÂN LẬP"},
		{"UBND THỊ XÃ | PHÚ LÂM", 40, "UBND THỊ XÃ / PHÚ LÂM"},
		// Only a fixed name wider than the line is broken inside.
		{"ỦY BAN NHÂN DÂN", 10, "ỦY BAN / NHÂN DÂN"},
		{"", 10, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := strings.Join(NameLines(tt.name, tt.max, chars), " / ")
			if got != tt.want {
				t.Errorf("NameLines(%q, %v) = %q, want %q", tt.name, tt.max, got, tt.want)
			}
		})
	}
}

func TestWordsAndProtect(t *testing.T) {
	tests := []struct {
		in, words, protect string
	}{
		{"phát triển kinh tế - xã hội", "phát|triển|kinh|tế -|xã|hội", "phát triển kinh tế\u00a0- xã hội"},
		{"- Rà soát quy chế", "- Rà|soát|quy|chế", "-\u00a0Rà soát quy chế"},
		{"Công văn số 1364-CV/TU ngày 23/8/2023", "Công|văn|số|1364-CV/TU|ngày|23/8/2023", "Công văn số 1364\u2011CV/TU ngày 23/8/2023"},
		{"Số: 05/BC-UBND", "Số:|05/BC-UBND", "Số: 05/BC\u2011UBND"},
		{"(Nghị định 73/2023/NĐ-CP).", "(Nghị|định|73/2023/NĐ-CP).", "(Nghị định 73/2023/NĐ\u2011CP)."},
		{"Kết luận 21-KL/TW, Hướng dẫn 05-HD/VPTW", "Kết|luận|21-KL/TW,|Hướng|dẫn|05-HD/VPTW", "Kết luận 21\u2011KL/TW, Hướng dẫn 05\u2011HD/VPTW"},
		{"Số 123-BC/ThU", "Số|123-BC/ThU", "Số 123\u2011BC/ThU"},
		{"a - b", "a -|b", "a\u00a0- b"},
		{"Số:      /BC-UBND", "Số:|/BC-UBND", "Số:      /BC\u2011UBND"},
		{"nhiệm kỳ 2020-2025", "nhiệm|kỳ|2020-2025", "nhiệm kỳ 2020\u20112025"},
		{"thị-xã Đô thị- Xây", "thị-xã|Đô|thị-|Xây", "thị-xã Đô thị- Xây"},
	}
	for _, tt := range tests {
		if got := strings.Join(Words(tt.in), "|"); got != tt.words {
			t.Errorf("Words(%q) = %q, want %q", tt.in, got, tt.words)
		}
		if got := Protect(tt.in); got != tt.protect {
			t.Errorf("Protect(%q) = %q, want %q", tt.in, got, tt.protect)
		}
	}
}

// TestSubjectLines checks that a long trích yếu is set in even lines well
// inside the margins, as seed 000 sets it in four, and that a short one
// stays on one line.
func TestSubjectLines(t *testing.T) {
	long := "Thực trạng và nhiệm vụ, giải pháp chấn chỉnh, khắc phục tình trạng né tránh, đùn đẩy, làm việc cầm chừng, sợ trách nhiệm, không dám làm trong đội ngũ cán bộ, đảng viên, công chức, viên chức thuộc phạm vi quản lý, phụ trách"
	for _, f := range Forms {
		lines := SubjectLines(long, f)
		if len(lines) < 3 {
			t.Fatalf("%s: %d lines %q, want at least 3", f.Profile, len(lines), lines)
		}
		if strings.Join(lines, " ") != long {
			t.Errorf("%s: lines lose text: %q", f.Profile, lines)
		}
		var ws []float64
		for _, l := range lines {
			ws = append(ws, Estimate(l, f.Subject.Size, false))
		}
		lo, hi := ws[0], ws[0]
		for _, w := range ws {
			lo, hi = min(lo, w), max(hi, w)
		}
		if hi > f.TextWidth()*SubjectShare || lo < hi*0.75 {
			t.Errorf("%s: line widths %v mm not even or too wide (text width %.0f mm)", f.Profile, ws, f.TextWidth())
		}
		if got := SubjectLines("Báo cáo tình hình", f); len(got) != 1 {
			t.Errorf("%s: a short subject broken: %q", f.Profile, got)
		}
	}
}

// TestHeaderLines checks the issuing and parent bodies' lines as Compose
// sets them for each form, a xã and a phường.
func TestHeaderLines(t *testing.T) {
	tests := []struct {
		id, issuer, parent string
		issuerLines        string
		parentLines        string
	}{
		{"state", "Ủy ban nhân dân xã Tân Lập", "", "ỦY BAN NHÂN DÂN / XÃ TÂN LẬP", ""},
		{"state", "Ủy ban nhân dân phường An Thịnh", "Ủy ban nhân dân tỉnh Lâm Hà", "ỦY BAN NHÂN DÂN / PHƯỜNG AN THỊNH", "ỦY BAN NHÂN DÂN / TỈNH LÂM HÀ"},
		{"state", "Hội đồng nhân dân xã Tân Lập", "", "HỘI ĐỒNG NHÂN DÂN / XÃ TÂN LẬP", ""},
		{"state", "UBND xã | Tân Lập", "", "UBND XÃ / TÂN LẬP", ""},
		{"state", "UBND xã\nTân Lập", "", "UBND XÃ / TÂN LẬP", ""},
		{"party", "Đảng ủy xã Tân Lập", "Đảng bộ tỉnh Lâm Hà", "ĐẢNG ỦY XÃ TÂN LẬP", "ĐẢNG BỘ TỈNH LÂM HÀ"},
		{"party", "Ban Thường vụ Đảng ủy phường An Thịnh", "Đảng bộ tỉnh Lâm Hà", "BAN THƯỜNG VỤ ĐẢNG ỦY / PHƯỜNG AN THỊNH", "ĐẢNG BỘ TỈNH LÂM HÀ"},
	}
	for _, tt := range tests {
		t.Run(tt.issuer, func(t *testing.T) {
			r, o, rules := fixture(t, tt.id)
			r.Unit.Issuer, r.Unit.Parent = tt.issuer, tt.parent
			d := Compose(r, o, rules)
			if got := strings.Join(d.Header.IssuerLines, " / "); got != tt.issuerLines {
				t.Errorf("issuer lines %q, want %q", got, tt.issuerLines)
			}
			if got := strings.Join(d.Header.ParentLines, " / "); got != tt.parentLines {
				t.Errorf("parent lines %q, want %q", got, tt.parentLines)
			}
			if strings.Contains(d.Header.Issuer, ForcedBreak) || d.Header.Issuer != model.Upper(d.Header.Issuer) {
				t.Errorf("Issuer %q keeps a forced break or is not upper case", d.Header.Issuer)
			}
			for _, bl := range d.Body {
				if strings.Contains(bl.Text, ForcedBreak) {
					t.Errorf("the body prints the forced break: %q", bl.Text)
				}
			}
		})
	}
}

// FuzzNameLines checks the line breakers on any text: no word is lost or
// split, no line but a lone unit is wider than the limit, and Protect
// changes only spaces and hyphens.
func FuzzNameLines(f *testing.F) {
	f.Add("ỦY BAN NHÂN DÂN XÃ TÂN LẬP", 20.0)
	f.Add("BAN THƯỜNG VỤ | ĐẢNG ỦY PHƯỜNG AN THỊNH", 10.0)
	f.Add("kinh tế - xã hội - 21-KL/TW -", 8.0)
	f.Fuzz(func(t *testing.T, s string, limit float64) {
		if limit < 1 || limit > 200 || len(s) > 400 {
			return
		}
		want := strings.Join(Words(StripBreaks(s)), " ")
		for _, lines := range [][]string{NameLines(s, limit, chars), Balance(StripBreaks(s), limit, chars)} {
			if got := strings.Join(lines, " "); got != want {
				t.Fatalf("lines %q lose or change text %q", lines, want)
			}
			for _, l := range lines {
				if chars(l) > limit && len(Words(l)) > 1 && !fixedWhole(l) {
					t.Fatalf("line %q wider than %v", l, limit)
				}
			}
		}
		p := Protect(s)
		back := strings.NewReplacer(string(NoBreakHyphen), "-", string(NoBreakSpace), " ").Replace(p)
		if back != strings.NewReplacer(string(NoBreakHyphen), "-", string(NoBreakSpace), " ").Replace(s) {
			t.Fatalf("Protect(%q) = %q changes more than spaces and hyphens", s, p)
		}
	})
}

// fixedWhole reports whether a line is one fixed name or unit word, which
// NameLines may leave wider than the limit only when Balance cannot do
// better either.
func fixedWhole(l string) bool {
	as := atoms(Words(l))
	return len(as) == 1
}

func BenchmarkSubjectLines(b *testing.B) {
	long := strings.Repeat("Thực trạng và nhiệm vụ, giải pháp chấn chỉnh, khắc phục tình trạng né tránh, đùn đẩy, ", 4)
	for b.Loop() {
		SubjectLines(long, StateForm)
	}
}

func BenchmarkNameLines(b *testing.B) {
	for b.Loop() {
		NameLines("BAN THƯỜNG VỤ ĐẢNG ỦY PHƯỜNG NAM PHƯỚC THẠNH ĐÔNG", 60, chars)
	}
}

func TestTieLast(t *testing.T) {
	tests := []struct {
		in   []string
		want []string
	}{
		{nil, nil},
		{[]string{"Lưu:", "VT."}, []string{"Lưu:", "VT."}},
		{[]string{"Đảng", "ủy", "phường;"}, []string{"Đảng", "ủy phường;"}},
		{[]string{"- Thường", "trực", "Đảng", "ủy", "phường;"}, []string{"- Thường", "trực", "Đảng", "ủy phường;"}},
	}
	for _, tt := range tests {
		if got := TieLast(tt.in); strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("TieLast(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got := TieLastSpace("- Thường trực Đảng ủy phường;"); got != "- Thường trực Đảng ủy\u00a0phường;" {
		t.Errorf("TieLastSpace = %q", got)
	}
	if got := TieLastSpace("Lưu: VT."); got != "Lưu: VT." {
		t.Errorf("TieLastSpace of two words = %q, want it unchanged", got)
	}
}
