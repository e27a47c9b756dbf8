package docread

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/baocao/baocao/templates/docread/docxtest"
)

// tc writes a cell with properties and paragraphs.
func tc(pr string, paras ...string) string {
	return `<w:tc><w:tcPr>` + pr + `</w:tcPr>` + strings.Join(paras, "") + `</w:tc>`
}

// biểu is a fresh table: two repeated header rows with cells merged across
// (gridSpan) and down (vMerge), bold titles, then two rows of figures.
func bieu() string {
	return `<w:tbl>` +
		`<w:tr><w:trPr><w:tblHeader/></w:trPr>` + tc(`<w:vMerge w:val="restart"/>`, docxtest.P("**STT**")) + tc(`<w:gridSpan w:val="2"/>`, docxtest.P("**Số thôn**")) + `</w:tr>` +
		`<w:tr><w:trPr><w:tblHeader/></w:trPr>` + tc(`<w:vMerge/>`, docxtest.P("")) + tc("", docxtest.P("**Có**")) + tc("", docxtest.P("**Chưa**")) + `</w:tr>` +
		`<w:tr>` + tc("", docxtest.P("1")) + tc("", docxtest.PStyled(`<w:jc w:val="right"/>`, "12")) + tc("", docxtest.P("3"), docxtest.P("ghi chú")) + `</w:tr>` +
		`</w:tbl>`
}

func TestReadTables(t *testing.T) {
	body := docxtest.P("Mở đầu") + bieu() + docxtest.P("Sau bảng") + bieu()
	doc, err := Read("b.docx", docxtest.Build(body, docxtest.Parts{}))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Tables) != 2 {
		t.Fatalf("%d tables, want 2", len(doc.Tables))
	}
	tb := doc.Tables[0]
	if tb.Index != 1 || doc.Paras[tb.At].Text != "Sau bảng" || doc.Tables[1].At != len(doc.Paras) {
		t.Errorf("places: index %d at %d, second at %d of %d", tb.Index, tb.At, doc.Tables[1].At, len(doc.Paras))
	}
	tests := []struct {
		row, cell int
		want      Cell
		header    bool
	}{
		{0, 0, Cell{Text: "STT", Span: 1, Merge: MergeRestart, Bold: true, Align: "left"}, true},
		{0, 1, Cell{Text: "Số thôn", Span: 2, Bold: true, Align: "left"}, true},
		{1, 0, Cell{Span: 1, Merge: MergeContinue, Align: "left"}, true},
		{2, 1, Cell{Text: "12", Span: 1, Align: "right"}, false},
		{2, 2, Cell{Text: "3\nghi chú", Span: 1, Align: "left"}, false},
	}
	for _, tt := range tests {
		row := tb.Rows[tt.row]
		if got := row.Cells[tt.cell]; got != tt.want || row.Header != tt.header {
			t.Errorf("row %d cell %d = %+v (header %v), want %+v (header %v)", tt.row, tt.cell, got, row.Header, tt.want, tt.header)
		}
	}
	if tb.Landscape {
		t.Error("a table on portrait pages read as landscape")
	}
	if tb.Columns() != 3 {
		t.Errorf("columns %d, want 3", tb.Columns())
	}
}

// FuzzTableXML feeds arbitrary table markup: reading never panics, every
// table found has a cell span from 1 to the bound and valid text, and
// stands at a paragraph index inside the document.
func FuzzTableXML(f *testing.F) {
	f.Add(bieu())
	f.Add(`<w:tbl><w:tr>` + tc(`<w:gridSpan w:val="99999999999"/>`, docxtest.P("x")) + `</w:tr></w:tbl>`)
	f.Add(`<w:tbl><w:tr>` + tc(`<w:vMerge/>`, `<w:tbl><w:tr>`+tc("", docxtest.P("lồng"))+`</w:tr></w:tbl>`) + `</w:tr></w:tbl>`)
	f.Add(bieu() + `<w:p><w:pPr><w:sectPr/></w:pPr></w:p>` + bieu() + `<w:p><w:pPr><w:sectPr><w:pgSz w:w="9" w:h="x"/></w:sectPr></w:pPr></w:p>`)
	f.Add(`<w:tbl><w:tr><w:trPr><w:tblHeader w:val="0"/></w:trPr><w:sdt><w:sdtContent>` + tc("", docxtest.P("a")) + `</w:sdtContent></w:sdt></w:tr></w:tbl>`)
	f.Fuzz(func(t *testing.T, markup string) {
		lim := DefaultLimits
		lim.Elements = 20000
		doc, err := ReadLimited("t.docx", docxtest.Build(markup, docxtest.Parts{}), lim)
		if err != nil {
			return
		}
		for i, tb := range doc.Tables {
			if tb.Index != i+1 || tb.At < 0 || tb.At > len(doc.Paras) {
				t.Fatalf("table %d: index %d at %d of %d", i, tb.Index, tb.At, len(doc.Paras))
			}
			for _, r := range tb.Rows {
				for _, c := range r.Cells {
					if c.Span < 1 || c.Span > maxSpan || !utf8.ValidString(c.Text) {
						t.Fatalf("cell %+v", c)
					}
				}
			}
		}
	})
}

// A section's page size decides whether its tables stand on turned pages;
// a section without one (Word's default) is portrait.
func TestTableLandscape(t *testing.T) {
	turned := `<w:p><w:pPr><w:sectPr><w:pgSz w:w="16838" w:h="11906"/></w:sectPr></w:pPr></w:p>`
	bare := `<w:p><w:pPr><w:sectPr/></w:pPr></w:p>`
	body := bieu() + bare + docxtest.P("Phụ lục") + bieu() + turned + bieu() + `<w:sectPr><w:pgSz w:w="11906" w:h="16838" w:orient="landscape"/></w:sectPr>`
	doc, err := Read("l.docx", docxtest.Build(body, docxtest.Parts{}))
	if err != nil {
		t.Fatal(err)
	}
	var got []bool
	for _, tb := range doc.Tables {
		got = append(got, tb.Landscape)
	}
	if len(got) != 3 || got[0] || !got[1] || !got[2] {
		t.Errorf("landscape %v, want false, true, true", got)
	}
}
