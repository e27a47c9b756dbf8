package docx

import (
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/baocao/baocao/templates/internal/fixture"
	"github.com/baocao/baocao/templates/layout"
)

// word is one word of a PDF page as pdftotext -bbox reports it, in points
// from the top left corner.
type word struct {
	text                   string
	xMin, yMin, xMax, yMax float64
}

var (
	bboxPage = regexp.MustCompile(`<page width="([0-9.]+)" height="([0-9.]+)">`)
	bboxWord = regexp.MustCompile(`<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="([0-9.]+)">([^<]*)</word>`)
)

// pdfWords returns the words of each page of a PDF.
func pdfWords(t *testing.T, pdftotext, file string) [][]word {
	t.Helper()
	out, err := exec.Command(pdftotext, "-bbox", "-enc", "UTF-8", file, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext -bbox %s: %v", file, err)
	}
	var pages [][]word
	for _, line := range strings.Split(string(out), "\n") {
		if bboxPage.MatchString(line) {
			pages = append(pages, nil)
			continue
		}
		m := bboxWord.FindStringSubmatch(line)
		if m == nil || len(pages) == 0 {
			continue
		}
		f := func(i int) float64 { x, _ := strconv.ParseFloat(m[i], 64); return x }
		pages[len(pages)-1] = append(pages[len(pages)-1], word{html.UnescapeString(m[5]), f(1), f(2), f(3), f(4)})
	}
	return pages
}

const mmPt = 72 / 25.4

// TestLibreOfficeHD05 prints a party report dated after 27/5/2026 (the
// form of HD 05-HD/VPTW), set for two-sided printing, through LibreOffice
// and measures the PDF: the margins of the front and the mirrored back of
// a sheet (HD 05 IV.4.1, IV.4.2), the page numbers 10 mm from the top
// edge, centred over the text and absent on page 1 (IV.5.1), and the
// header lines (I.1.2, I.2.2.1, I.3.2.1, I.4.2.1, I.5.2.1, I.9.2.5).
func TestLibreOfficeHD05(t *testing.T) {
	if testing.Short() && os.Getenv("CI") != "true" {
		t.Skip("skipped in -short mode: converting with LibreOffice takes seconds")
	}
	tools := needTools(t, "soffice", "pdftotext")
	r, o, rules := fixture.Example(t, "party")
	r.Doc.Date = "01/12/2026"
	d, f := layout.Lay(r, o, rules)
	if f.ID != "hd05-2026" {
		t.Fatalf("form %s, want hd05-2026", f.ID)
	}
	f = f.WithTwoSided(true)
	data, err := Render(d, f)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	file := filepath.Join(dir, "hd05.docx")
	if err := os.WriteFile(file, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(tools[0], "--headless", "--norestore", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
		"--convert-to", "pdf", "--outdir", dir, file).CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	pdfFile := filepath.Join(dir, "hd05.pdf")
	if keep := os.Getenv("BAOCAO_KEEP_PDF"); keep != "" {
		b, _ := os.ReadFile(pdfFile)
		_ = os.WriteFile(keep, b, 0o644)
	}
	pages := pdfWords(t, tools[1], pdfFile)
	if len(pages) < 3 {
		t.Fatalf("%d pages; the check needs a front, a back and a front page", len(pages))
	}
	const tol = 1.5 // points
	near := func(what string, got, want float64) {
		t.Helper()
		if got < want-tol || got > want+tol {
			t.Errorf("%s: %.1f pt (%.1f mm), want %.1f mm", what, got, got/mmPt, want/mmPt)
		}
	}
	pageW := f.PageWidth * mmPt
	for i, ws := range pages[:3] {
		n := i + 1
		left, right := f.MarginLeft, f.MarginRight
		if n%2 == 0 {
			left, right = f.BackLeft, f.BackRight
		}
		// The body's lines start at the left margin (all but the first of
		// a paragraph) and, justified, reach the right one.
		minX, maxX := pageW, 0.0
		for _, w := range ws {
			if w.yMin < f.MarginTop*mmPt-2 { // the page number
				continue
			}
			minX, maxX = min(minX, w.xMin), max(maxX, w.xMax)
		}
		near("page "+strconv.Itoa(n)+" left margin", minX, left*mmPt)
		near("page "+strconv.Itoa(n)+" right margin", pageW-maxX, right*mmPt)
		// The page number.
		var num *word
		for j, w := range ws {
			if w.yMin < f.MarginTop*mmPt-2 {
				num = &ws[j]
			}
		}
		switch {
		case n == 1 && num != nil:
			t.Errorf("page 1 carries %q in its top margin", num.text)
		case n > 1 && num == nil:
			t.Errorf("page %d has no page number", n)
		case n > 1:
			if num.text != strconv.Itoa(n) {
				t.Errorf("page %d numbered %q", n, num.text)
			}
			// pdftotext's box starts at the line's ascent: the number's
			// line starts 10 mm from the top edge.
			near("page "+strconv.Itoa(n)+" number from the top edge", num.yMin, f.PageNumberTop*mmPt)
			near("page "+strconv.Itoa(n)+" number centred over the text", (num.xMin+num.xMax)/2, (left+(f.PageWidth-right-left)/2)*mmPt)
		}
	}
	// Header lines of page 1, in the order printed, each in its column.
	text := pageLines(pages[0])
	split := (f.MarginLeft + f.HeaderLeftWidth) * mmPt
	for _, c := range []struct {
		line  string
		right bool
	}{
		{d.Header.Motto, true}, {d.Header.Parent, false}, {d.Header.Issuer, false},
		{"*", false}, {d.Header.Number, false}, {d.Header.DateLine, true},
	} {
		l, ok := text[flat(c.line)]
		if !ok {
			t.Errorf("page 1 lacks the header line %q", c.line)
			continue
		}
		if got := l.xMin >= split-tol; got != c.right {
			t.Errorf("%q: in the right column = %v, want %v", c.line, got, c.right)
		}
	}
	if _, ok := text["-----"]; !ok {
		t.Error("no five hyphens under the subject (HD 05 I.5.2.1)")
	}
	last := pages[len(pages)-1]
	lastText := pageLines(last)
	if _, ok := lastText[flat("Nơi nhận:")]; !ok {
		t.Error("no Nơi nhận label on the last page")
	}
	for _, it := range d.Recipients.Items[:len(d.Recipients.Items)-1] {
		if !strings.HasSuffix(it, ";") {
			t.Errorf("Nơi nhận line %q does not end with \";\" (HD 05 I.9.2.5)", it)
		}
	}
}

// line is one line of words, keyed by its flattened text.
type line struct{ xMin, y float64 }

// pageLines groups the words of a page into lines by their top.
func pageLines(ws []word) map[string]line {
	type acc struct {
		words []string
		xMin  float64
	}
	var order []float64
	rows := map[float64]*acc{}
	for _, w := range ws {
		key := float64(int(w.yMin*2+0.5)) / 2
		a, ok := rows[key]
		if !ok {
			a = &acc{xMin: w.xMin}
			rows[key] = a
			order = append(order, key)
		}
		// Two columns share a row: start a new "line" at a wide gap.
		a.words = append(a.words, w.text)
		a.xMin = min(a.xMin, w.xMin)
	}
	out := map[string]line{}
	for _, y := range order {
		a := rows[y]
		out[flat(strings.Join(a.words, " "))] = line{a.xMin, y}
	}
	// Also index each column's half of a shared row.
	for _, y := range order {
		var cur []string
		var x0, prevMax float64
		for _, w := range ws {
			if float64(int(w.yMin*2+0.5))/2 != y {
				continue
			}
			if len(cur) > 0 && w.xMin-prevMax > 20 {
				out[flat(strings.Join(cur, " "))] = line{x0, y}
				cur = nil
			}
			if len(cur) == 0 {
				x0 = w.xMin
			}
			cur = append(cur, w.text)
			prevMax = w.xMax
		}
		if len(cur) > 0 {
			out[flat(strings.Join(cur, " "))] = line{x0, y}
		}
	}
	return out
}
