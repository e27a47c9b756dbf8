package formcheck

import (
	"strings"
	"testing"

	"github.com/baocao/baocao/model"
)

// misplaced is a compliant fixture with one element out of its place: a
// table's two columns swapped, a paragraph moved, a tab or a text box
// shifted.
type misplaced struct {
	name, fixture, part string
	change              func(string) string
	// element is the element reported out of place; "" for the place and
	// date above the Quốc hiệu.
	element Element
}

func (m misplaced) inject(t testing.TB) []byte {
	part := m.part
	if part == "" {
		part = "word/document.xml"
	}
	return mutate(t, fixture(t, m.fixture), part, m.change)
}

var moved = []misplaced{
	{"heading columns swapped", "state2026", "", swapCells("<w:tbl>", 0), Issuer},
	{"heading columns swapped hd36", "party", "", swapCells("<w:tbl>", 0), Issuer},
	{"heading columns swapped lo hd05", "lo-party-2026", "", swapCells("<w:tbl>", 0), Issuer},
	{"heading columns swapped lo", "lo-state-2024", "", swapCells("<w:tbl>", 0), Issuer},
	{"signature columns swapped", "party2026", "", swapCells("<w:tbl>", -1), RecipientsLabel},
	{"signature columns swapped lo", "lo-state-2026", "", swapCells("<w:tbl>", -1), RecipientsLabel},
	{"signature columns swapped lo hd36", "lo-party-2024", "", swapCells("<w:tbl>", -1), Authority},
	{"date above the Quốc hiệu", "state", "", swapRightCells, ""},
	{"date above the Party heading lo", "lo-party-2024", "", moveParaBefore(", ngày ", "ĐẢNG CỘNG SẢN"), ""},
	{"number above the issuer lo", "lo-state-2024", "", moveParaBefore("Số: 27/BC", "UBND TỈNH BÌNH SƠN"), Number},
	{"number above the issuer hd05", "party2026", "", moveParaBefore("Số ", "ĐẢNG BỘ"), Number},
	{"issuer typed one tab too far", "lo-state-2026-tabs", "",
		replaceOnce(`<w:tab/></w:r><w:r><w:rPr><w:rStyle w:val="TIssuer"/>`, `<w:tab/><w:tab/></w:r><w:r><w:rPr><w:rStyle w:val="TIssuer"/>`), Issuer},
	{"date typed on the left", "lo-party-2026-tabs", "", swapTexts(`<w:t>Số 112-BC/ĐU</w:t>`, `<w:t>Tân Lập, ngày 10 tháng 7 năm 2026</w:t>`), Date},
	{"text boxes swapped", "lo-party-2024-boxes", "", swapBoxes, Motto},
	{"text boxes swapped state", "lo-state-2024-boxes", "", swapBoxes, Parent},
}

func TestPositionDefectsFound(t *testing.T) {
	for _, m := range moved {
		t.Run(m.name, func(t *testing.T) {
			broken := m.inject(t)
			res := check(t, broken)
			var found *Problem
			for i, p := range res.Problems {
				if p.Rule == "position" && (m.element == "" && p.Excerpt == excerpt(res.doc.Paras[res.layout.date].Text) ||
					m.element != "" && strings.HasPrefix(p.What, capital(elementNames[m.element]))) {
					found = &res.Problems[i]
				}
			}
			if found == nil {
				t.Fatalf("no position problem for %q; got %s", m.element, list(res))
			}
			if found.Severity != model.Error || found.Source == "" || found.Remedy == "" || found.Fixable {
				t.Errorf("%+v: want an unfixable error with a source and a remedy", *found)
			}
			fixed, _, err := res.Fix()
			if err != nil {
				t.Fatal(err)
			}
			sameRuns(t, runTexts(t, broken), runTexts(t, fixed), [2]string{})
		})
	}
}

// TestTypedHeadingSplit: a heading typed with tabs is read as one element
// per part, each on its side, and a body paragraph with a tab is not split.
func TestTypedHeadingSplit(t *testing.T) {
	res := check(t, fixture(t, "lo-state-2026-tabs"))
	wantPlaced(t, res, map[string]placed{
		"UBND TỈNH BÌNH SƠN": {Parent, SideLeft}, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM": {Motto, SideRight},
		"ỦY BAN NHÂN DÂN": {Issuer, SideLeft}, "Độc lập - Tự do - Hạnh phúc": {Slogan, SideRight},
		"Số: 146/BC-UBND": {Number, SideLeft}, "Tân Lập, ngày 15 tháng 9 năm 2026": {Date, SideRight},
		"Nơi nhận:": {RecipientsLabel, SideLeft}, "KT. CHỦ TỊCH": {Authority, SideRight},
		"- UBND tỉnh Bình Sơn (b/c);": {Recipients, SideLeft}, "PHÓ CHỦ TỊCH": {SignTitle, SideRight},
		"Lý Thị Hồng Nhung": {SignName, SideRight},
	})
	tabbed := mutate(t, fixture(t, "lo-state-2026"), "word/document.xml",
		replaceOnce(`<w:t>Trong kỳ, đơn vị`, `<w:t>1.</w:t><w:tab/><w:t>Trong kỳ, đơn vị`))
	for _, p := range check(t, tabbed).doc.Paras {
		if p.Part > 0 {
			t.Errorf("body paragraph split at its tab: %q", p.Text)
		}
	}
}

// placed is an element read on a side.
type placed struct {
	e    Element
	side string
}

// wantPlaced checks that each text is read as a paragraph of its own,
// with its element and side.
func wantPlaced(t *testing.T, res *Result, want map[string]placed) {
	t.Helper()
	for i, p := range res.doc.Paras {
		if w, ok := want[p.Text]; ok {
			delete(want, p.Text)
			if res.layout.roles[i] != w.e || p.Side != w.side {
				t.Errorf("%q: %s on the %s; want %s on the %s", p.Text, res.layout.roles[i], p.Side, w.e, w.side)
			}
		}
	}
	for text := range want {
		t.Errorf("%q not read as a paragraph of its own", text)
	}
}

func replaceOnce(old, new string) func(string) string {
	return func(s string) string { return strings.Replace(s, old, new, 1) }
}

// swapCells swaps the first two cells of a table's first row: the first
// table at or after the n-th occurrence of tag, or the last for n < 0.
func swapCells(tag string, n int) func(string) string {
	return func(s string) string {
		at := strings.Index(s, tag)
		if n < 0 {
			at = strings.LastIndex(s, tag)
		}
		if at < 0 {
			return s
		}
		a, b := cellAt(s, at)
		c, d := cellAt(s, b)
		if a < 0 || c < 0 {
			return s
		}
		return s[:a] + s[c:d] + s[b:c] + s[a:b] + s[d:]
	}
}

// swapRightCells swaps the right cells of the heading table's two rows,
// putting the place and date above the Quốc hiệu.
func swapRightCells(s string) string {
	at := strings.Index(s, "<w:tbl>")
	_, b := cellAt(s, at)
	r1, r1end := cellAt(s, b)
	_, b2 := cellAt(s, r1end)
	r2, r2end := cellAt(s, b2)
	if r1 < 0 || r2 < 0 {
		return s
	}
	return s[:r1] + s[r2:r2end] + s[r1end:r2] + s[r1:r1end] + s[r2end:]
}

// swapTexts swaps the first occurrences of two strings.
func swapTexts(a, b string) func(string) string {
	return func(s string) string {
		s = strings.Replace(s, a, "\x00", 1)
		s = strings.Replace(s, b, a, 1)
		return strings.Replace(s, "\x00", b, 1)
	}
}

// swapBoxes swaps the heading's two text boxes: the right one (95 mm
// wide, at 70 mm) to the column's left edge, the left one after it.
func swapBoxes(s string) string {
	const at = `<wp:positionH relativeFrom="column"><wp:posOffset>`
	s = strings.Replace(s, at+"0<", at+"x<", 1)
	s = strings.Replace(s, at+"2520315<", at+"0<", 1)
	return strings.Replace(s, at+"x<", at+"3420000<", 1)
}

// cellAt is the span of the first w:tc at or after from (no nested tables).
func cellAt(s string, from int) (int, int) {
	a := strings.Index(s[from:], "<w:tc>")
	if a < 0 {
		return -1, -1
	}
	b := strings.Index(s[from+a:], "</w:tc>")
	if b < 0 {
		return -1, -1
	}
	return from + a, from + a + b + len("</w:tc>")
}

// moveParaBefore moves the paragraph holding what to just before the one
// holding before, leaving an empty paragraph (a table cell needs one).
func moveParaBefore(what, before string) func(string) string {
	return func(s string) string {
		a, b := paraAt(s, strings.Index(s, what))
		if a < 0 {
			return s
		}
		para := s[a:b]
		s = s[:a] + "<w:p/>" + s[b:]
		c, _ := paraAt(s, strings.Index(s, before))
		if c < 0 {
			return s
		}
		return s[:c] + para + s[c:]
	}
}

// paraAt is the span of the w:p holding offset i.
func paraAt(s string, i int) (int, int) {
	if i < 0 {
		return -1, -1
	}
	a := max(strings.LastIndex(s[:i], "<w:p>"), strings.LastIndex(s[:i], "<w:p "))
	b := strings.Index(s[i:], "</w:p>")
	if a < 0 || b < 0 {
		return -1, -1
	}
	return a, i + b + len("</w:p>")
}
