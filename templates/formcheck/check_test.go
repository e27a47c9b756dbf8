package formcheck

import (
	"fmt"
	"strings"
	"testing"

	"github.com/baocao/baocao/model"
)

func TestCompliantFixturesPass(t *testing.T) {
	names := append(append([]string{"party-twosided", "cchc"}, exportNames...), loNames...)
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			res := check(t, fixture(t, name))
			for _, p := range res.Problems {
				// the exports' sentences use syllables the attested list lacks
				if p.Severity == model.Error || p.Rule != "writing" || strings.HasPrefix(name, "lo-") {
					t.Errorf("%s: %s: %s (%s)", p.Rule, p.Where(), p.What, p.Source)
				}
			}
		})
	}
}

func TestFormAndDateFromDocument(t *testing.T) {
	tests := []struct{ name, form, date string }{
		{"state", "nd30-2020", "2023-09-12"},
		{"party", "hd36-2018", "2023-09-20"},
		{"party2026", "hd05-2026", "2026-08-12"},
		{"lo-party-2024", "hd36-2018", "2024-06-05"},
		{"lo-party-2026", "hd05-2026", "2026-07-10"},
		{"lo-state-2026", "nd30-2020", "2026-09-15"},
	}
	for _, tt := range tests {
		res := check(t, fixture(t, tt.name))
		if res.Form.ID != tt.form || res.Date.ISO() != tt.date || res.DateSource != "document" {
			t.Errorf("%s: form %s, date %s (%s); want %s, %s from the document", tt.name, res.Form.ID, res.Date.ISO(), res.DateSource, tt.form, tt.date)
		}
	}
}

func TestElementsFound(t *testing.T) {
	want := []Element{Parent, Issuer, Number, Motto, Date, Title, Subject, Body, RecipientsLabel, Recipients, Authority, SignTitle, SignName}
	for _, name := range append(append([]string{}, exportNames...), loNames...) {
		res := check(t, fixture(t, name))
		for _, e := range want {
			n := 0
			for _, r := range res.layout.roles {
				if r == e {
					n++
				}
			}
			if n == 0 {
				t.Errorf("%s: no paragraph found as %s", name, e)
			}
		}
	}
}

// defect is a compliant fixture with one defect injected.
type defect struct {
	name, fixture, part, old, new string
	all                           bool // replace every occurrence
	rule                          string
	sev                           model.Severity
	fixable                       bool
	// text is the text change Fix makes (old → new in one run); empty
	// when Fix changes formatting only.
	text [2]string
}

var defects = []defect{
	{name: "margins", fixture: "state2026", old: `w:left="1701"`, new: `w:left="1134"`, rule: "margins", fixable: true},
	{name: "margins lo", fixture: "lo-party-2024", old: `w:right="850"`, new: `w:right="1418"`, rule: "margins", fixable: true},
	{name: "letter paper", fixture: "party2026", old: `w:w="11906" w:h="16838"`, new: `w:w="12240" w:h="15840"`, rule: "paper", fixable: true},
	{name: "landscape", fixture: "lo-state-2024", old: `<w:pgSz w:w="11906" w:h="16838"/>`, new: `<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>`, rule: "paper", fixable: true},
	{name: "legacy font", fixture: "state2026", part: "word/styles.xml", old: `w:ascii="Times New Roman" w:hAnsi="Times New Roman"`, new: `w:ascii=".VnTime" w:hAnsi=".VnTime"`, rule: "font", fixable: true},
	{name: "title left", fixture: "state2026", old: `<w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/><w:bCs/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:t xml:space="preserve">BÁO CÁO`, new: `<w:jc w:val="left"/></w:pPr><w:r><w:rPr><w:b/><w:bCs/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:t xml:space="preserve">BÁO CÁO`, rule: "align", fixable: true},
	{name: "recipients centred lo", fixture: "lo-party-2026", old: `<w:pStyle w:val="Rcpt"/><w:bidi w:val="0"/><w:spacing w:before="0" w:after="0"/><w:jc w:val="left"/>`, new: `<w:pStyle w:val="Rcpt"/><w:bidi w:val="0"/><w:spacing w:before="0" w:after="0"/><w:jc w:val="center"/>`, all: true, rule: "align", fixable: true},
	{name: "font lo", fixture: "lo-party-2026", part: "word/styles.xml", old: `Times New Roman`, new: `Calibri`, all: true, rule: "font", fixable: true},
	{name: "motto size", fixture: "state2026", old: `<w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr><w:t xml:space="preserve">CỘNG`, new: `<w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:t xml:space="preserve">CỘNG`, rule: "sizes", fixable: true},
	{name: "body size lo", fixture: "lo-state-2026", part: "word/styles.xml", old: `<w:sz w:val="28"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Label">`, new: `<w:sz w:val="24"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Label">`, rule: "sizes", fixable: true},
	{name: "issuer size in a text box", fixture: "lo-state-2024-boxes", old: `<w:sz w:val="26"/><w:b/><w:i w:val="false"/>`, new: `<w:sz w:val="30"/><w:b/><w:i w:val="false"/>`, rule: "sizes", fixable: true},
	{name: "date size typed with tabs", fixture: "lo-party-2026-tabs", part: "word/styles.xml", old: `<w:i/><w:sz w:val="28"/></w:rPr></w:style><w:style w:type="character" w:styleId="TLabel">`, new: `<w:i/><w:sz w:val="24"/></w:rPr></w:style><w:style w:type="character" w:styleId="TLabel">`, rule: "sizes", fixable: true},
	{name: "issuer not bold", fixture: "state2026", old: `<w:b/><w:bCs/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr><w:t xml:space="preserve">ỦY BAN`, new: `<w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr><w:t xml:space="preserve">ỦY BAN`, rule: "style", fixable: true},
	{name: "date upright", fixture: "party2026", old: `<w:i/><w:iCs/>`, new: ``, rule: "style", fixable: true},
	{name: "title lower case", fixture: "state2026", old: `>BÁO CÁO<`, new: `>Báo cáo<`, rule: "upper"},
	{name: "body left", fixture: "state2026", old: `<w:jc w:val="both"/>`, new: `<w:jc w:val="left"/>`, all: true, rule: "body", fixable: true},
	{name: "no indent lo", fixture: "lo-party-2024", old: `<w:ind w:firstLine="567"/>`, new: `<w:ind w:firstLine="0"/>`, all: true, rule: "body", fixable: true},
	{name: "double spacing", fixture: "state", old: `w:line="276"`, new: `w:line="480"`, all: true, rule: "body", fixable: true},
	{name: "no space after", fixture: "party", old: `w:after="120"`, new: `w:after="0"`, all: true, rule: "body", fixable: true},
	{name: "date zeros", fixture: "lo-state-2024", old: `ngày 08 tháng 01 năm`, new: `ngày 8 tháng 1 năm`, rule: "date", fixable: true, text: [2]string{"ngày 8 tháng 1 năm 2024", "ngày 08 tháng 01 năm 2024"}},
	{name: "month zero", fixture: "lo-state-2026", old: `tháng 9 năm`, new: `tháng 09 năm`, rule: "date", fixable: true, text: [2]string{"ngày 15 tháng 09 năm 2026", "ngày 15 tháng 9 năm 2026"}},
	{name: "number colon", fixture: "state2026", old: `Số: 318/BC`, new: `Số 318/BC`, rule: "number", fixable: true, text: [2]string{"Số 318", "Số: 318"}},
	{name: "number zero", fixture: "lo-party-2024", old: `Số 63-BC/ĐU`, new: `Số 6-BC/ĐU`, rule: "number", fixable: true, text: [2]string{"6-", "06-"}},
	{name: "party colon", fixture: "lo-party-2026", old: `Số 112-BC/ĐU`, new: `Số: 112-BC/ĐU`, rule: "number", fixable: true, text: [2]string{"Số: 112", "Số 112"}},
	{name: "symbol", fixture: "state2026", old: `Số: 318/BC`, new: `Số: 318/KH`, rule: "symbol"},
	{name: "symbol party", fixture: "lo-party-2024", old: `Số 63-BC/ĐU`, new: `Số 63-TB/ĐU`, rule: "symbol"},
	{name: "ending", fixture: "state2026", old: `tổng hợp./.`, new: `tổng hợp.`, rule: "ending", fixable: true, text: [2]string{"tổng hợp.", "tổng hợp./."}},
	{name: "ending party", fixture: "lo-party-2024", old: `doanh nghiệp.`, new: `doanh nghiệp`, rule: "ending", fixable: true, text: [2]string{"doanh nghiệp", "doanh nghiệp."}},
	{name: "recipient mark", fixture: "state2026", old: "Sở Nội vụ tỉnh Lâm\u00a0Hà;", new: "Sở Nội vụ tỉnh Lâm\u00a0Hà", rule: "recipients", fixable: true, text: [2]string{"Lâm\u00a0Hà", "Lâm\u00a0Hà;"}},
	{name: "recipient comma", fixture: "lo-party-2026", old: `Ban Thường vụ Tỉnh ủy;`, new: `Ban Thường vụ Tỉnh ủy,`, rule: "recipients", fixable: true, text: [2]string{"Tỉnh ủy,", "Tỉnh ủy;"}},
	{name: "label colon", fixture: "lo-party-2026", old: `Nơi nhận:`, new: `Nơi nhận`, rule: "recipients", fixable: true, text: [2]string{"Nơi nhận", "Nơi nhận:"}},
	{name: "archive", fixture: "state2026", old: "Lưu: VT,\u00a0VP.", new: "VT,\u00a0VP.", rule: "archive"},
	{name: "authority", fixture: "state2026", old: `KT. CHỦ TỊCH`, new: `K/T CHỦ TỊCH`, rule: "authority"},
	{name: "deputy", fixture: "lo-state-2026", old: `>PHÓ CHỦ TỊCH<`, new: `>CHỦ TỊCH<`, rule: "authority"},
	{name: "no line under issuer", fixture: "state2026", old: `<w:pBdr><w:top w:val="single" w:sz="6" w:space="0" w:color="000000"/></w:pBdr>`, new: ``, rule: "lines", sev: model.Warning},
	{name: "no lines lo", fixture: "lo-state-2026", old: `<w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/>`, new: `<w:bottom w:val="nil"/>`, all: true, rule: "lines", sev: model.Warning},
	{name: "no asterisk", fixture: "lo-party-2024", old: `>*<`, new: `><`, rule: "lines", sev: model.Warning},
	{name: "asterisk on the right", fixture: "lo-party-2026-tabs", old: `<w:tab/></w:r><w:r><w:rPr><w:rStyle w:val="TParent"/></w:rPr><w:t>*</w:t>`, new: `<w:tab/><w:tab/></w:r><w:r><w:rPr><w:rStyle w:val="TParent"/></w:rPr><w:t>*</w:t>`, rule: "lines", sev: model.Warning},
	{name: "page 1 numbered", fixture: "state2026", old: `<w:titlePg/>`, new: ``, rule: "page-number", fixable: true},
	{name: "replaced guidance", fixture: "lo-party-2026", old: `Hướng dẫn số 05-HD/VPTW`, new: `Hướng dẫn số 36-HD/VPTW`, rule: "references", sev: model.Warning},
	{name: "abolished parent", fixture: "state2026", old: `UBND TỈNH LÂM HÀ`, new: `UBND HUYỆN LÂM HÀ`, rule: "abolished", sev: model.Warning},
	{name: "no more thị trấn", fixture: "lo-state-2026", old: `XÃ TÂN LẬP`, new: `THỊ TRẤN TÂN LẬP`, rule: "unit-kind", sev: model.Warning},
	{name: "not a syllable", fixture: "lo-state-2024", old: `Trong kỳ`, new: `Trong kìt`, rule: "writing", sev: model.Warning},
	{name: "unattested syllable", fixture: "lo-state-2024", old: `Trong kỳ`, new: `Trong kỳ khuỳnh`, rule: "writing", sev: model.Warning},
	{name: "foreign word", fixture: "lo-state-2024", old: `phần mềm`, new: `phần mềm software`, rule: "writing", sev: model.Warning},
	{name: "doubled word", fixture: "lo-party-2026", old: `thường xuyên`, new: `thường thường xuyên`, rule: "writing", sev: model.Warning},
	{name: "space before comma", fixture: "lo-state-2026", old: `Trong kỳ,`, new: `Trong kỳ ,`, rule: "writing", sev: model.Warning},
	{name: "missing space", fixture: "lo-state-2026", old: `chặt chẽ, hồ sơ`, new: `chặt chẽ,hồ sơ`, rule: "writing", sev: model.Warning},
	{name: "tone placement", fixture: "lo-state-2024", old: `Trong kỳ`, new: `Trong kỳ hòa giải và hoà giải`, rule: "writing", sev: model.Warning},
}

func TestDefectsFound(t *testing.T) {
	for _, d := range defects {
		t.Run(d.name, func(t *testing.T) {
			res := check(t, d.inject(t))
			p, ok := find(res, d.rule)
			if !ok {
				t.Fatalf("no %q problem; got %s", d.rule, list(res))
			}
			if p.Severity != d.sev || p.Fixable != d.fixable || p.Source == "" || p.Remedy == "" {
				t.Errorf("%s: severity %v fixable %v source %q remedy %q; want severity %v fixable %v with a source and a remedy",
					p.What, p.Severity, p.Fixable, p.Source, p.Remedy, d.sev, d.fixable)
			}
		})
	}
}

func TestFixRemovesDefects(t *testing.T) {
	for _, d := range defects {
		if !d.fixable {
			continue
		}
		t.Run(d.name, func(t *testing.T) {
			broken := d.inject(t)
			res := check(t, broken)
			fixed, left, err := res.Fix()
			if err != nil {
				t.Fatal(err)
			}
			if _, ok := findIn(left, d.rule); ok {
				t.Errorf("Fix left the %q problem", d.rule)
			}
			again := check(t, fixed)
			if p, ok := find(again, d.rule); ok {
				t.Errorf("after Fix, still: %s: %s", p.Where(), p.What)
			}
			if again.Errors() != 0 {
				t.Errorf("after Fix, errors remain: %s", list(again))
			}
			sameRuns(t, runTexts(t, broken), runTexts(t, fixed), d.text)
		})
	}
}

// sameRuns compares every run's text; only the run holding change[0] may
// differ, by change[0] becoming change[1].
func sameRuns(t *testing.T, before, after [][]string, change [2]string) {
	t.Helper()
	if len(before) != len(after) {
		t.Fatalf("%d paragraphs before Fix, %d after", len(before), len(after))
	}
	changed := 0
	for i := range before {
		if len(before[i]) != len(after[i]) {
			t.Fatalf("paragraph %d: %d runs before Fix, %d after", i+1, len(before[i]), len(after[i]))
		}
		for j, b := range before[i] {
			a := after[i][j]
			if a == b {
				continue
			}
			if change[0] == "" || strings.Replace(b, change[0], change[1], 1) != a {
				t.Errorf("paragraph %d run %d changed from %q to %q", i+1, j+1, b, a)
			}
			changed++
		}
	}
	if change[0] != "" && changed != 1 {
		t.Errorf("%d runs changed, want the one holding %q", changed, change[0])
	}
}

func (d defect) inject(t *testing.T) []byte {
	part := d.part
	if part == "" {
		part = "word/document.xml"
	}
	n := 1
	if d.all {
		n = -1
	}
	return mutate(t, fixture(t, d.fixture), part, func(s string) string { return strings.Replace(s, d.old, d.new, n) })
}

func find(res *Result, rule string) (Problem, bool) { return findIn(res.Problems, rule) }

func findIn(ps []Problem, rule string) (Problem, bool) {
	for _, p := range ps {
		if p.Rule == rule {
			return p, true
		}
	}
	return Problem{}, false
}

func list(res *Result) string {
	var b strings.Builder
	for _, p := range res.Problems {
		fmt.Fprintf(&b, "\n  %s: %s: %s", p.Rule, p.Where(), p.What)
	}
	return b.String()
}

// TestNoPageSetup: a document without a sectPr is judged by Word's
// defaults; the page warning is not offered as fixable.
func TestNoPageSetup(t *testing.T) {
	data := mutate(t, fixture(t, "lo-state-2024"), "word/document.xml", func(s string) string {
		i, j := strings.LastIndex(s, "<w:sectPr>"), strings.LastIndex(s, "</w:sectPr>")
		return s[:i] + s[j+len("</w:sectPr>"):]
	})
	res := check(t, data)
	p, ok := find(res, "paper")
	if !ok || p.Severity != model.Warning || p.Fixable {
		t.Fatalf("paper problem %+v (found %v), want an unfixable warning", p, ok)
	}
	if _, _, err := res.Fix(); err != nil {
		t.Fatal(err)
	}
}

// TestOddStructures: content controls without content, a theme without
// fonts, empty tables and runs read without failing.
func TestOddStructures(t *testing.T) {
	tests := []struct{ name, part, old, new string }{
		{"empty sdt", "word/document.xml", "<w:body>", "<w:body><w:sdt/><w:p><w:sdt/><w:r/></w:p><w:tbl/><w:tbl><w:tr/></w:tbl>"},
		{"sectPr in pPr", "word/document.xml", "<w:body>", "<w:body><w:p><w:pPr><w:sectPr/></w:pPr></w:p>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := check(t, mutate(t, fixture(t, "lo-state-2024"), tt.part, func(s string) string { return strings.Replace(s, tt.old, tt.new, 1) }))
			if _, _, err := res.Fix(); err != nil {
				t.Fatal(err)
			}
		})
	}
}

// TestHeadingPlacedFreely: a bold heading of the body flush with the
// margin is not a body paragraph out of form.
func TestHeadingPlacedFreely(t *testing.T) {
	data := mutate(t, fixture(t, "lo-party-2024"), "word/document.xml", func(s string) string {
		return strings.Replace(s, `<w:ind w:firstLine="567"/><w:jc w:val="both"/><w:rPr></w:rPr></w:pPr><w:r><w:rPr></w:rPr><w:t>I.`,
			`<w:ind w:firstLine="0"/><w:jc w:val="left"/><w:rPr></w:rPr></w:pPr><w:r><w:rPr></w:rPr><w:t>I.`, 1)
	})
	if p, ok := find(check(t, data), "body"); ok {
		t.Errorf("a heading flush left: %s", p.What)
	}
}
