package formcheck

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/baocao/baocao/model"
)

// tolerance is how far a length may stray from the form (mm): Word and
// LibreOffice round to twips and hundredths of a centimetre.
const tolerance = 0.3

// span is an allowed range; a zero max means no upper bound.
type span struct{ min, max float64 }

func (s span) has(v float64) bool {
	return v >= s.min-tolerance && (s.max == 0 || v <= s.max+tolerance)
}

// nearest is the allowed value closest to v.
func (s span) nearest(v float64) float64 {
	if v < s.min {
		return s.min
	}
	if s.max > 0 && v > s.max {
		return s.max
	}
	return v
}

func (s span) String() string {
	switch {
	case s.max == s.min:
		return num(s.min)
	case s.max == 0:
		return "từ " + num(s.min)
	}
	return num(s.min) + "–" + num(s.max)
}

// parseSpan reads "20-25", "20", "6-" (no upper bound).
func parseSpan(s string) (span, bool) {
	lo, hi, dash := strings.Cut(s, "-")
	a, err := strconv.ParseFloat(lo, 64)
	if err != nil {
		return span{}, false
	}
	if !dash {
		return span{a, a}, true
	}
	if hi == "" {
		return span{a, 0}, true
	}
	b, err := strconv.ParseFloat(hi, 64)
	return span{a, b}, err == nil
}

// num writes a number the Vietnamese way: comma decimals, no trailing zeros.
func num(v float64) string {
	return strings.ReplaceAll(strconv.FormatFloat(math.Round(v*10)/10, 'f', -1, 64), ".", ",")
}

// params reads "indent 10-12.7, after 6-" into named spans.
func params(v string) map[string]span {
	out := map[string]span{}
	for _, item := range strings.Split(v, ",") {
		f := strings.Fields(item)
		if len(f) == 2 {
			if s, ok := parseSpan(f[1]); ok {
				out[f[0]] = s
			}
		}
	}
	return out
}

func twipsOf(mm float64) string { return strconv.Itoa(int(math.Round(mm * 1440 / 25.4))) }

// page checks each section's paper, orientation and margins, and the page
// numbers.
func (k *run) page() {
	for i, s := range k.doc.Sections {
		at := -1
		if len(k.doc.Sections) > 1 && s.First < len(k.doc.Paras) {
			at = s.First
		}
		k.paper(i, s, at)
		if !s.Landscape {
			k.margins(s, at)
		}
	}
	k.pageNumbers()
}

func (k *run) paper(i int, s Section, at int) {
	w, h := k.f.PageWidth, k.f.PageHeight
	size := span{w, w}.has(math.Min(s.Width, s.Height)) && span{h, h}.has(math.Max(s.Width, s.Height))
	fix := []edit{sectEdit(s, child{name: "pgSz", attrs: attrs("w", twipsOf(w), "h", twipsOf(h), "orient", "")})}
	var p *Problem
	switch {
	case s.Width == 0:
		p = k.add("paper", model.Warning, at, k.formRef("paper"), "Hãy mở Bố cục > Khổ giấy và chọn A4 (210 × 297 mm).",
			"Văn bản không ghi khổ giấy (Word sẽ dùng khổ mặc định của máy)")
	case !size:
		p = k.add("paper", model.Error, at, k.formRef("paper"), "Hãy chọn khổ A4 (210 × 297 mm) ở Bố cục > Khổ giấy.",
			"Khổ giấy %s × %s mm, không phải A4 (210 × 297 mm)", num(s.Width), num(s.Height))
	case s.Landscape && i == 0:
		p = k.add("paper", model.Error, at, k.formRef("paper"), "Hãy đặt trang theo chiều đứng (Bố cục > Hướng > Dọc); chỉ phụ lục mới được để trang nằm ngang.",
			"Trang đầu văn bản nằm ngang")
	default:
		return
	}
	if s.node != nil { // a document without page setup has no sectPr to correct
		p.Fixable, p.fix = true, fix
	}
}

func (k *run) margins(s Section, at int) {
	_, v, ok := k.rule("margins")
	if !ok || s.Width == 0 {
		return
	}
	f := strings.Fields(v.Value)
	if len(f) != 4 {
		return
	}
	names := []string{"trên", "dưới", "trái", "phải"}
	got := []float64{s.Top, s.Bottom, s.Left, s.Right}
	if k.doc.Mirror {
		names[2], names[3] = "trong", "ngoài"
	}
	var bad []string
	want := make([]float64, 4)
	for i, raw := range f {
		sp, ok := parseSpan(raw)
		if !ok {
			return
		}
		want[i] = sp.nearest(got[i])
		if !sp.has(got[i]) {
			bad = append(bad, fmt.Sprintf("lề %s %s mm (phải %s mm)", names[i], num(got[i]), sp))
		}
	}
	if len(bad) == 0 {
		return
	}
	p := k.addRule("margins", at, "Hãy đặt lại lề ở Bố cục > Lề > Lề tùy chỉnh.", "%s", strings.Join(bad, "; "))
	p.Fixable, p.fix = s.node != nil, []edit{sectEdit(s, child{name: "pgMar", attrs: attrs("top", twipsOf(want[0]), "bottom", twipsOf(want[1]),
		"left", twipsOf(want[2]), "right", twipsOf(want[3]))})}
}

// pageNumbers checks that page 1 has no number where the form says so and
// that a document of several pages is numbered.
func (k *run) pageNumbers() {
	if len(k.doc.Sections) == 0 {
		return
	}
	s := k.doc.Sections[0]
	ref := k.formRef("page-number-first")
	if s.NumberedFirst && !k.f.PageNumberFirst {
		p := k.add("page-number", model.Error, -1, ref, "Hãy chọn \"Trang đầu khác\" (Different First Page) ở Đầu trang để trang 1 không có số.",
			"Trang thứ nhất có đánh số trang")
		if !s.TitlePage && !s.firstHasPage {
			p.Fixable, p.fix = true, []edit{sectEdit(s, child{name: "titlePg"})}
		}
	}
	if !s.Numbered && k.pages() > 1 {
		k.add("page-number", model.Warning, -1, k.formRef("page-number"), "Hãy chèn số trang (Chèn > Số trang > Đầu trang, giữa) từ trang 2.",
			"Văn bản nhiều trang nhưng không có số trang")
	}
}

// pages is the page count when Word saved it, else an estimate from the
// text (about 2 600 characters a page at 14 pt on A4).
func (k *run) pages() int {
	n := 0
	for _, p := range k.doc.Paras {
		if k.doc.PagesKnown {
			n = max(n, p.Page)
		} else {
			n += len([]rune(p.Text)) + 40
		}
	}
	if k.doc.PagesKnown {
		return n
	}
	return n/2600 + 1
}

// fonts checks the typeface of every run with text.
func (k *run) fonts() {
	_, v, ok := k.rule("font")
	if !ok {
		return
	}
	allowed := strings.Split(v.Value, ",")
	seen := map[string]int{} // typeface → its problem
	for i, p := range k.doc.Paras {
		for _, r := range p.Runs {
			if strings.TrimSpace(r.Text) == "" || fontAllowed(r.Font, allowed) {
				continue
			}
			at, ok := seen[r.Font]
			if !ok {
				at = len(k.r.Problems)
				seen[r.Font] = at
				k.addRule("font", i, "Hãy chọn toàn bộ văn bản (Ctrl+A) và đặt phông "+strings.TrimSpace(allowed[0])+".",
					"Phông chữ %q, không phải %s", r.Font, strings.TrimSpace(allowed[0]))
			}
			p := &k.r.Problems[at]
			p.Fixable = true
			p.fix = append(p.fix, runEdit(r, child{name: "rFonts", attrs: fontAttrs(strings.TrimSpace(allowed[0]))}))
		}
	}
}

func fontAllowed(font string, allowed []string) bool {
	if font == "" {
		return true // Word's own default, Times New Roman, unless a style says otherwise
	}
	for _, a := range allowed {
		a = strings.TrimSpace(a)
		if strings.EqualFold(a, font) || a == "unicode" && !legacyFont(font) {
			return true
		}
	}
	return false
}

// legacyFont reports a font of the pre-Unicode Vietnamese encodings
// (TCVN3 ".VnTime", VNI "VNI-Times"), whose text is garbled in any other
// font.
func legacyFont(font string) bool {
	f := strings.ToLower(font)
	return strings.HasPrefix(f, ".vn") || strings.HasPrefix(f, "vni-") || strings.HasPrefix(f, "vni ") || strings.HasPrefix(f, "vn-")
}

func fontAttrs(font string) [][2]string {
	return attrs("ascii", font, "hAnsi", font, "cs", font, "eastAsia", font,
		"asciiTheme", "", "hAnsiTheme", "", "cstheme", "", "eastAsiaTheme", "")
}
