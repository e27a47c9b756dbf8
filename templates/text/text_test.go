package text

import (
	"flag"
	"github.com/baocao/baocao/templates/internal/fixture"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"golang.org/x/text/unicode/norm"

	"github.com/baocao/baocao/templates/internal/pagecheck"
	"github.com/baocao/baocao/templates/layout"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from %s; run go test -update if the change is meant", name, path)
	}
}

// goldenDoc lays out an example, or for "notes" the example with inline
// emphasis and footnotes (pagecheck.NoteCase).
func goldenDoc(t *testing.T, id string) layout.Doc {
	if id == "notes" {
		c := pagecheck.NoteCase(t)
		d, _ := layout.Lay(c.Report, c.Outline, c.Rules)
		return d
	}
	d, _ := layout.Lay(fixture.Example(t, id))
	return d
}

func TestGolden(t *testing.T) {
	for _, id := range []string{"state", "party", "cchc", "notes"} {
		d := goldenDoc(t, id)
		renders := []struct {
			name string
			out  string
		}{
			{"markdown", Markdown(d)},
			{"plain", Plain(d)},
			{"page80", Page(d, 80)},
			{"page40", Page(d, 40)},
		}
		for _, r := range renders {
			t.Run(id+"/"+r.name, func(t *testing.T) { golden(t, id+"_"+r.name, r.out) })
		}
	}
}

// checkWidth fails when a line of the page is wider than width.
func checkWidth(t *testing.T, page string, width int) {
	t.Helper()
	for i, l := range strings.Split(page, "\n") {
		if w := ansi.StringWidth(l); w > width {
			t.Fatalf("line %d is %d wide, more than %d: %q", i+1, w, width, l)
		}
		if strings.HasSuffix(l, " ") {
			t.Fatalf("line %d has trailing spaces: %q", i+1, l)
		}
	}
}

func TestPageWidths(t *testing.T) {
	d, _ := layout.Lay(fixture.Example(t, "state"))
	nfd := d
	nfd.Body = append([]layout.Block{{Kind: layout.Paragraph, Text: norm.NFD.String(d.Body[0].Text)}}, d.Body...)
	wide := d
	wide.Subject = "報告 Báo cáo ｗｉｄｅ 全角文字テスト " + d.Subject
	for _, doc := range []layout.Doc{d, nfd, wide} {
		for _, w := range []int{40, 41, 50, 63, 80, 100, 132} {
			checkWidth(t, Page(doc, w), w)
		}
	}
	checkWidth(t, Page(d, 10), MinWidth)
}

func TestPageLayout(t *testing.T) {
	d, _ := layout.Lay(fixture.Example(t, "state"))
	page := Page(d, 80)
	lines := strings.Split(page, "\n")
	tests := []struct {
		name string
		ok   bool
	}{
		{"issuer and motto share the first line", strings.Contains(lines[0], "UBND THỊ XÃ PHÚ LÂM") && strings.Contains(lines[0], layout.StateMotto)},
		{"title centred", strings.TrimSpace(findLine(lines, "BÁO CÁO")) == "BÁO CÁO" && strings.Index(findLine(lines, "BÁO CÁO"), "B") > 30},
		{"Nơi nhận beside the authority", strings.Contains(findLine(lines, "Nơi nhận:"), "KT. CHỦ TỊCH")},
		{"signer's name", findLine(lines, "Lê Thị Thu Hà") != ""},
		{"first-line indent", strings.HasPrefix(findLine(lines, "Thực  hiện"), "    Thực")},
	}
	for _, tt := range tests {
		if !tt.ok {
			t.Errorf("%s:\n%s", tt.name, page)
		}
	}
}

func findLine(lines []string, sub string) string {
	for _, l := range lines {
		if strings.Contains(l, sub) {
			return l
		}
	}
	return ""
}

func TestMarkdownEscape(t *testing.T) {
	tests := []struct{ in, want string }{
		{"1. Mục một", `1\. Mục một`},
		{"- gạch", `\- gạch`},
		{"# số", `\# số`},
		{"a*b_c", `a\*b\_c`},
		{"Số: 197/BC-UBND", "Số: 197/BC-UBND"},
		{"2023. năm", `2023\. năm`},
	}
	for _, tt := range tests {
		if got := mdEscape(tt.in); got != tt.want {
			t.Errorf("mdEscape(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzPage checks that no text makes a page line wider than its width.
func FuzzPage(f *testing.F) {
	f.Add("Thực hiện Công văn số 1364-CV/TU", 40)
	f.Add("e\u0301\u0301 全角 ｗ 🇻🇳 abc", 57)
	d0, _ := layout.Lay(fixture.Example(f, "party"))
	f.Fuzz(func(t *testing.T, s string, width int) {
		width = MinWidth + abs(width)%120
		d := d0
		d.Subject, d.Header.Issuer, d.Signature.Name = s, s, s
		d.Body = []layout.Block{{Kind: layout.Paragraph, Text: s}, {Kind: layout.Heading, Number: "I.", Text: s}}
		d.Recipients.Items = []string{"- " + s}
		if !strings.Contains(s, "\n") && !strings.ContainsFunc(s, func(r rune) bool { return r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) }) {
			checkWidth(t, Page(d, width), width)
		} else {
			_ = Page(d, width)
		}
	})
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
