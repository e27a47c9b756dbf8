package pdf

import (
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

var bboxWord = regexp.MustCompile(`<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="([0-9.]+)">([^<]*)</word>`)

const mmPt = 72 / 25.4

// TestFormGeometry draws a party report in the HD 05 form, one-sided and
// two-sided, and measures with pdftotext -bbox: the left margin of each
// page (mirrored on the back of a sheet, HD 05 IV.4.2), and the page
// number's top 10 mm from the top edge, centred over the text (IV.5.1).
func TestFormGeometry(t *testing.T) {
	tool := needPdftotext(t)
	r, o, rules := fixture.Example(t, "party")
	r.Doc.Date = "27/5/2026"
	d, f := layout.Lay(r, o, rules)
	for _, two := range []bool{false, true} {
		f := f.WithTwoSided(two)
		data, err := Render(d, f, testTime)
		if err != nil {
			t.Fatal(err)
		}
		file := filepath.Join(t.TempDir(), "f.pdf")
		if keep := os.Getenv("BAOCAO_KEEP_PDF"); keep != "" && two {
			_ = os.WriteFile(keep, data, 0o644)
		}
		if err := os.WriteFile(file, data, 0o644); err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command(tool, "-bbox", file, "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		pages := strings.Split(string(out), "<page ")[1:]
		if len(pages) < 3 {
			t.Fatalf("%d pages", len(pages))
		}
		for i, pg := range pages[:3] {
			n := i + 1
			left, right := f.MarginLeft, f.MarginRight
			if two && n%2 == 0 {
				left, right = f.BackLeft, f.BackRight
			}
			minX := 1e9
			var num []string
			for _, m := range bboxWord.FindAllStringSubmatch(pg, -1) {
				x0, _ := strconv.ParseFloat(m[1], 64)
				y0, _ := strconv.ParseFloat(m[2], 64)
				x1, _ := strconv.ParseFloat(m[3], 64)
				if y0 < f.MarginTop*mmPt-2 {
					num = m
					if n > 1 {
						if y0 < f.PageNumberTop*mmPt-1.5 || y0 > f.PageNumberTop*mmPt+1.5 {
							t.Errorf("two-sided %v, page %d: number top at %.1f mm, want %g", two, n, y0/mmPt, f.PageNumberTop)
						}
						centre := (left + (f.PageWidth-left-right)/2) * mmPt
						if c := (x0 + x1) / 2; c < centre-1.5 || c > centre+1.5 {
							t.Errorf("two-sided %v, page %d: number centred at %.1f mm, want %.1f", two, n, c/mmPt, centre/mmPt)
						}
					}
					continue
				}
				minX = min(minX, x0)
			}
			if (n == 1) != (num == nil) {
				t.Errorf("two-sided %v, page %d: page number %v", two, n, num)
			}
			if minX < left*mmPt-1.5 || minX > left*mmPt+1.5 {
				t.Errorf("two-sided %v, page %d: text starts %.1f mm from the left edge, want %g", two, n, minX/mmPt, left)
			}
		}
	}
}
