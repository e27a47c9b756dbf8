package importer

import (
	"strings"
	"testing"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/templates/docread"
	"github.com/baocao/baocao/templates/docread/docxtest"
	"github.com/baocao/baocao/templates/export"
)

// TestMarkedLines: emphasis is marked, but not the bold of a wholly bold
// paragraph (a heading's look), a note is cited where it was, a
// source's own asterisks are escaped, and emphasis no markup carries is
// counted as lost, its words kept.
func TestMarkedLines(t *testing.T) {
	tests := []struct {
		name, para string
		want       []string
		lost       int
	}{
		{"bold heading", "**II. VĂN HÓA - XÃ HỘI**", []string{"II. VĂN HÓA - XÃ HỘI"}, 0},
		{"italic note paragraph", "*Số liệu tính đến ngày 30/9.*", []string{"*Số liệu tính đến ngày 30/9.*"}, 0},
		{"run-in bold", "**8.2. Khó khăn:** một số dự án còn *vướng mặt bằng*.", []string{"**8.2. Khó khăn:** một số dự án còn *vướng mặt bằng*."}, 0},
		{"underline", "cần __rà soát__ ngay", []string{"cần __rà soát__ ngay"}, 0},
		{"note", "đạt 98%^1 kế hoạch", []string{"đạt 98%[^1] kế hoạch"}, 0},
		{"own asterisks", "ghi *chú* và 5 * 3", nil, 0},
		{"spaces inside runs", "a** đậm **b", []string{"a **đậm** b"}, 0},
		{"line break", "**dòng một**\ndòng *hai*", []string{"**dòng một**", "dòng *hai*"}, 0},
		{"inside a word", "hồ**sơ**x", []string{"hồ**sơ**x"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			para := docxtest.P(tt.para)
			if tt.name == "own asterisks" {
				para = `<w:p><w:r><w:t>ghi *chú* và 5 * 3</w:t></w:r></w:p>`
				tt.want = []string{`ghi \*chú\* và 5 * 3`}
			}
			notes := docxtest.Parts{Footnotes: `<w:footnote w:id="1">` + docxtest.P("Số liệu của Kho bạc.") + `</w:footnote>`}
			doc, err := docread.Read("x.docx", docxtest.Build(para, notes))
			if err != nil {
				t.Fatal(err)
			}
			got, lost := markedLines(doc.Paras[0])
			if strings.Join(got, "|") != strings.Join(tt.want, "|") || lost != tt.lost {
				t.Errorf("markedLines = %q, %d lost; want %q, %d", got, lost, tt.want, tt.lost)
			}
		})
	}
}

// TestEndnote: an endnote is cited and kept as a footnote is.
func TestEndnote(t *testing.T) {
	body := `<w:p><w:r><w:t>Xem thêm</w:t></w:r><w:r><w:endnoteReference w:id="2"/></w:r><w:r><w:t> cuối văn bản.</w:t></w:r></w:p>`
	doc, err := docread.Read("x.docx", docxtest.Build(body, docxtest.Parts{Endnotes: `<w:endnote w:id="2">` + docxtest.P("Danh sách kèm theo.") + `</w:endnote>`}))
	if err != nil {
		t.Fatal(err)
	}
	lines := splitLines(doc)
	if len(lines) != 1 || lines[0].marked != "Xem thêm[^1] cuối văn bản." || strings.Join(lines[0].notes, "|") != "[^1]: Danh sách kèm theo." {
		t.Errorf("lines %+v", lines)
	}
}

// TestBodyText: a wholly bold line kept as body text is bold in the draft.
func TestBodyText(t *testing.T) {
	tests := []struct{ para, want string }{
		{"**Cần tập trung chỉ đạo quyết liệt.**", "**Cần tập trung chỉ đạo quyết liệt.**"},
		{"**Đạt 98%**^1 **kế hoạch**", "**Đạt 98%**[^1] **kế hoạch**"},
		{"thường và **đậm**", "thường và **đậm**"},
	}
	for _, tt := range tests {
		notes := docxtest.Parts{Footnotes: `<w:footnote w:id="1">` + docxtest.P("x") + `</w:footnote>`}
		doc, err := docread.Read("x.docx", docxtest.Build(docxtest.P(tt.para), notes))
		if err != nil {
			t.Fatal(err)
		}
		if got := splitLines(doc)[0].bodyText(); got != tt.want {
			t.Errorf("bodyText(%q) = %q, want %q", tt.para, got, tt.want)
		}
	}
}

// TestNoteLines: the reader's "[n] text" notes become the draft's note
// lines, their text escaped.
func TestNoteLines(t *testing.T) {
	got := noteLines([]string{"[1] Số liệu *tạm* tính", "không đánh số"})
	want := []string{`[^1]: Số liệu \*tạm\* tính`, "không đánh số"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("noteLines = %q, want %q", got, want)
	}
}

// TestRoundTripEmphasis: inline bold, italic, underline and a footnote
// survive import → export DOCX → import: the DOCX has the runs' formatting
// and a real footnote, and the second import gives the same markup.
func TestRoundTripEmphasis(t *testing.T) {
	f := samples[1]
	res := f.imported(t)
	draft := draftText(res.Report)
	for _, want := range []string{"*vướng mặt bằng*", "__rà soát từng dự án__", "3.214 tỷ đồng[^1],", "[^1]: Số liệu của Kho bạc Nhà nước tỉnh đến hết ngày 30/9/2024."} {
		if !strings.Contains(draft, want) {
			t.Errorf("draft lacks %q:\n%s", want, draft)
		}
	}
	data, err := export.Render("docx", res.Report, res.Outline, importOpts(t).Rules)
	if err != nil {
		t.Fatal(err)
	}
	out, err := docread.Read("export.docx", data)
	if err != nil {
		t.Fatal(err)
	}
	checks := []struct {
		text string
		has  func(docread.Span) bool
	}{
		{"vướng mặt bằng", func(s docread.Span) bool { return s.Italic && !s.Bold }},
		{"rà soát từng dự án", func(s docread.Span) bool { return s.Underline }},
	}
	for _, c := range checks {
		if !spanWith(out, c.text, c.has) {
			t.Errorf("the exported DOCX has no run %q with its emphasis", c.text)
		}
	}
	var notes []string
	for _, p := range out.Paras {
		notes = append(notes, p.Notes...)
	}
	if len(notes) != 1 || notes[0] != "[1] Số liệu của Kho bạc Nhà nước tỉnh đến hết ngày 30/9/2024." {
		t.Errorf("exported footnotes %q, want the source's one", notes)
	}
	again, err := ImportReport(out, importOpts(t))
	if err != nil {
		t.Fatal(err)
	}
	if got := draftText(again.Report); got != draft {
		t.Errorf("second import differs:\n%s\nwant\n%s", got, draft)
	}
}

// draftText is the draft's answers and opening, in outline order.
func draftText(r model.Report) string {
	parts := []string{r.Opening}
	for _, id := range sortedKeys(r.Answers) {
		a := r.Answers[id]
		parts = append(parts, a.Text)
		parts = append(parts, a.Items...)
	}
	return strings.Join(parts, "\n")
}

func sortedKeys(m map[string]model.Answer) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	for i := range out {
		for j := i + 1; j < len(out); j++ {
			if out[j] < out[i] {
				out[i], out[j] = out[j], out[i]
			}
		}
	}
	return out
}

// spanWith reports whether a paragraph of doc has a span holding text with
// the property.
func spanWith(doc docread.Document, text string, has func(docread.Span) bool) bool {
	for _, p := range doc.Paras {
		for _, s := range p.Spans {
			if strings.Contains(s.Text, text) && has(s) {
				return true
			}
		}
	}
	return false
}
