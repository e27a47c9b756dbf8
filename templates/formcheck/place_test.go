package formcheck

import (
	"regexp"
	"strings"
	"testing"

	"github.com/baocao/baocao/templates/docread/docxtest"
)

// TestSides: a paragraph's side is where its text is, however it got
// there: alignment, indent, frame, tab stops (set or Word's default) or a
// text box (DrawingML or VML).
func TestSides(t *testing.T) {
	const text = `<w:r><w:t>TÊN CƠ QUAN</w:t></w:r>`
	box := func(shape string) string {
		return `<w:p><w:r>` + shape + `</w:r></w:p>`
	}
	tests := []struct {
		name, body, side string
	}{
		{"centred", `<w:p><w:pPr><w:jc w:val="center"/></w:pPr>` + text + `</w:p>`, SideMiddle},
		{"flush left", `<w:p>` + text + `</w:p>`, SideLeft},
		{"flush right", `<w:p><w:pPr><w:jc w:val="right"/></w:pPr>` + text + `</w:p>`, SideRight},
		{"indented, centred", `<w:p><w:pPr><w:ind w:left="5670"/><w:jc w:val="center"/></w:pPr>` + text + `</w:p>`, SideRight},
		{"right indent, centred", `<w:p><w:pPr><w:ind w:right="5670"/><w:jc w:val="center"/></w:pPr>` + text + `</w:p>`, SideLeft},
		{"frame on the right", `<w:p><w:pPr><w:framePr w:w="3402" w:xAlign="right"/><w:jc w:val="center"/></w:pPr>` + text + `</w:p>`, SideRight},
		{"frame at x", `<w:p><w:pPr><w:framePr w:w="3402" w:x="0" w:hAnchor="margin"/><w:jc w:val="center"/></w:pPr>` + text + `</w:p>`, SideLeft},
		{"right tab stop", `<w:p><w:pPr><w:tabs><w:tab w:val="right" w:pos="9300"/></w:tabs></w:pPr><w:r><w:tab/><w:t>TÊN CƠ QUAN</w:t></w:r></w:p>`, SideRight},
		{"pushed right with spaces", `<w:p><w:r><w:t xml:space="preserve">` + strings.Repeat(" ", 100) + `TÊN CƠ QUAN</w:t></w:r></w:p>`, SideRight},
		{"default tab stops", `<w:p><w:r><w:tab/><w:tab/><w:tab/><w:tab/><w:tab/><w:tab/><w:tab/><w:t>TÊN CƠ QUAN</w:t></w:r></w:p>`, SideRight},
		{"table without grid, cell widths", `<w:tbl><w:tr><w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr><w:p/></w:tc>` +
			`<w:tc><w:tcPr><w:tcW w:w="5350" w:type="dxa"/></w:tcPr><w:p><w:pPr><w:jc w:val="center"/></w:pPr>` + text + `</w:p></w:tc></w:tr></w:tbl>`, SideRight},
		{"table in percent", `<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/></w:tblPr><w:tr><w:tc><w:tcPr><w:tcW w:w="40%" w:type="pct"/></w:tcPr><w:p><w:pPr><w:jc w:val="center"/></w:pPr>` + text +
			`</w:p></w:tc><w:tc><w:tcPr><w:tcW w:w="3000" w:type="pct"/></w:tcPr><w:p/></w:tc></w:tr></w:tbl>`, SideLeft},
		{"table without widths", `<w:tbl><w:tr><w:tc><w:p/></w:tc><w:tc><w:p><w:pPr><w:jc w:val="center"/></w:pPr>` + text + `</w:p></w:tc></w:tr></w:tbl>`, SideRight},
		{"text box on the right", box(`<w:drawing><wp:anchor><wp:positionH relativeFrom="margin"><wp:posOffset>3600000</wp:posOffset></wp:positionH>` +
			`<wp:extent cx="2520000" cy="720000"/><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent><w:p><w:pPr><w:jc w:val="center"/></w:pPr>` + text +
			`</w:p></w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>`), SideRight},
		{"text box aligned left", box(`<w:drawing><wp:anchor><wp:positionH relativeFrom="margin"><wp:align>left</wp:align></wp:positionH>` +
			`<wp:extent cx="2520000" cy="720000"/><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent><w:p><w:pPr><w:jc w:val="center"/></w:pPr>` + text +
			`</w:p></w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>`), SideLeft},
		{"VML text box", box(`<w:pict><v:shape style="position:absolute;margin-left:300pt;width:150pt;height:50pt"><v:textbox><w:txbxContent><w:p><w:pPr><w:jc w:val="center"/></w:pPr>` + text +
			`</w:p></w:txbxContent></v:textbox></v:shape></w:pict>`), SideRight},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Read("t.docx", docxtest.Build(tt.body, docxtest.Parts{}))
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range d.Paras {
				if p.Text == "TÊN CƠ QUAN" {
					if p.Side != tt.side {
						t.Errorf("side %s (centre %.1f mm), want %s", p.Side, p.Center, tt.side)
					}
					return
				}
			}
			t.Fatal("the text was not read")
		})
	}
}

// TestTypedWithSpaces: a heading typed with runs of spaces between its
// columns is split into its elements like one typed with tabs.
func TestTypedWithSpaces(t *testing.T) {
	line := func(left string, n int, right string) string {
		return `<w:p><w:r><w:t xml:space="preserve">` + left + strings.Repeat(" ", n) + right + `</w:t></w:r></w:p>`
	}
	body := line("UBND HUYỆN AN LẠC", 40, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") +
		line("ỦY BAN NHÂN DÂN XÃ AN BÌNH", 45, "Độc lập - Tự do - Hạnh phúc") +
		line("Số: 05/BC-UBND", 50, "An Bình, ngày 05 tháng 3 năm 2026") +
		`<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t>BÁO CÁO</w:t></w:r></w:p>`
	wellPlaced(t, body, map[string]placed{
		"UBND HUYỆN AN LẠC": {Parent, SideLeft}, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM": {Motto, SideRight},
		"ỦY BAN NHÂN DÂN XÃ AN BÌNH": {Issuer, SideLeft}, "Độc lập - Tự do - Hạnh phúc": {Slogan, SideRight},
		"Số: 05/BC-UBND": {Number, SideLeft}, "An Bình, ngày 05 tháng 3 năm 2026": {Date, SideRight},
	})
}

// wellPlaced checks a document body whose elements are each in place: read
// as wanted, and no position problem.
func wellPlaced(t *testing.T, body string, want map[string]placed) {
	t.Helper()
	res := check(t, docxtest.Build(body, docxtest.Parts{}))
	wantPlaced(t, res, want)
	if p, ok := find(res, "position"); ok {
		t.Errorf("position problem: %s: %s", p.Where(), p.What)
	}
}

// TestVMLTextBoxes: a heading in VML text boxes only (Word's older
// shapes, no DrawingML choice) reads and passes like the same heading in
// DrawingML ones.
func TestVMLTextBoxes(t *testing.T) {
	choice := regexp.MustCompile(`(?s)<mc:Choice Requires="wps">.*?</mc:Choice>`)
	for _, name := range []string{"lo-party-2024-boxes", "lo-state-2024-boxes"} {
		data := mutate(t, fixture(t, name), "word/document.xml", func(s string) string { return choice.ReplaceAllString(s, "") })
		res := check(t, data)
		for _, p := range res.Problems {
			t.Errorf("%s: %s: %s: %s", name, p.Rule, p.Where(), p.What)
		}
	}
}

// TestSignatureTypedAroundRecipients: a signature typed with tabs, its
// authority above the Nơi nhận and its title beside it, is read as the
// signature, not as body text.
func TestSignatureTypedAroundRecipients(t *testing.T) {
	tabbed := func(left string, tabs int, right string) string {
		return `<w:p><w:r><w:t>` + left + `</w:t>` + strings.Repeat(`<w:tab/>`, tabs) + `<w:t>` + right + `</w:t></w:r></w:p>`
	}
	body := `<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t>BÁO CÁO</w:t></w:r></w:p>` +
		`<w:p><w:pPr><w:spacing w:after="120" w:line="288" w:lineRule="auto"/><w:ind w:firstLine="624"/><w:jc w:val="both"/></w:pPr><w:r><w:t>Ủy ban nhân dân xã báo cáo kết quả thực hiện nhiệm vụ trong quý như sau./.</w:t></w:r></w:p>` +
		tabbed("", 8, "TM. ỦY BAN NHÂN DÂN") +
		tabbed("Nơi nhận:", 7, "CHỦ TỊCH") +
		tabbed("- UBND tỉnh;", 0, "") + tabbed("- Lưu: VT.", 0, "") +
		tabbed("", 9, "Nguyễn Văn An")
	res := check(t, docxtest.Build(body, docxtest.Parts{}))
	want := map[string]Element{"TM. ỦY BAN NHÂN DÂN": Authority, "Nơi nhận:": RecipientsLabel, "CHỦ TỊCH": SignTitle,
		"- UBND tỉnh;": Recipients, "- Lưu: VT.": Recipients, "Nguyễn Văn An": SignName}
	for i, p := range res.doc.Paras {
		if e, ok := want[p.Text]; ok && res.layout.roles[i] != e {
			t.Errorf("%q read as %q, want %q", p.Text, res.layout.roles[i], e)
		}
	}
	for _, rule := range []string{"ending", "body", "position"} {
		if p, ok := find(res, rule); ok {
			t.Errorf("%s: %s: %s", rule, p.Where(), p.What)
		}
	}
}

// TestFixReachesVMLCopy: a text box is saved twice (DrawingML and its VML
// copy for older readers); Fix corrects both, so a reader of either sees
// the fixed heading.
func TestFixReachesVMLCopy(t *testing.T) {
	broken := mutate(t, fixture(t, "lo-state-2024-boxes"), "word/document.xml", func(s string) string {
		return strings.ReplaceAll(s, `<w:sz w:val="26"/><w:b/><w:i w:val="false"/>`, `<w:sz w:val="30"/><w:b/><w:i w:val="false"/>`)
	})
	fixed, _, err := check(t, broken).Fix()
	if err != nil {
		t.Fatal(err)
	}
	choice := regexp.MustCompile(`(?s)<mc:Choice Requires="wps">.*?</mc:Choice>`)
	vmlOnly := mutate(t, fixed, "word/document.xml", func(s string) string { return choice.ReplaceAllString(s, "") })
	if p, ok := find(check(t, vmlOnly), "sizes"); ok {
		t.Errorf("the VML copy was not fixed: %s: %s", p.Where(), p.What)
	}
	sameRuns(t, runTexts(t, broken), runTexts(t, fixed), [2]string{})
}

// TestBoxesAboveTheirAnchor: heading boxes placed at the top of the page
// but anchored in the type name's paragraph are read before it, so the
// type name is still found under the heading.
func TestBoxesAboveTheirAnchor(t *testing.T) {
	centred := func(texts ...string) string {
		var b strings.Builder
		for _, s := range texts {
			b.WriteString(`<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t>` + s + `</w:t></w:r></w:p>`)
		}
		return b.String()
	}
	box := func(x, width string, paras string) string {
		return `<w:drawing><wp:anchor><wp:positionH relativeFrom="margin"><wp:posOffset>` + x + `</wp:posOffset></wp:positionH>` +
			`<wp:positionV relativeFrom="page"><wp:posOffset>720000</wp:posOffset></wp:positionV><wp:extent cx="` + width + `" cy="900000"/>` +
			`<a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>` + paras + `</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>`
	}
	body := `<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r>` +
		box("0", "2520000", centred("UBND HUYỆN AN LẠC", "ỦY BAN NHÂN DÂN XÃ AN BÌNH", "Số: 05/BC-UBND")) +
		box("2520000", "3420000", centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "An Bình, ngày 05 tháng 3 năm 2026")) +
		`</w:r><w:r><w:t>BÁO CÁO</w:t></w:r></w:p>` + centred("Kết quả công tác quý I năm 2026")
	wellPlaced(t, body, map[string]placed{
		"UBND HUYỆN AN LẠC": {Parent, SideLeft}, "Số: 05/BC-UBND": {Number, SideLeft},
		"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM": {Motto, SideRight}, "An Bình, ngày 05 tháng 3 năm 2026": {Date, SideRight},
		"BÁO CÁO": {Title, SideMiddle}, "Kết quả công tác quý I năm 2026": {Subject, SideMiddle},
	})
}
