package pdf

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/baocao/baocao/templates/internal/fixture"
	"github.com/baocao/baocao/templates/internal/pagecheck"
	"github.com/baocao/baocao/templates/layout"
)

// TestToAndBlankNumber measures the first page with pdftotext -bbox: one
// Kính gửi line is centred in the text width; a list starts a fifth of the
// width in, its recipients under the text after "Kính gửi: "; a number
// left blank for the văn thư keeps its room ("Số:      /BC-UBND").
func TestToAndBlankNumber(t *testing.T) {
	tool := needPdftotext(t)
	tests := []struct {
		name string
		to   []string
	}{
		{"one line", []string{"Kính gửi: Ủy ban nhân dân thành phố Cần Thơ."}},
		{"list", []string{"Kính gửi:", "- Phòng Nông nghiệp và Môi trường huyện;", "- Trung tâm Nước sạch tỉnh."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, f := layout.Lay(fixture.Example(t, "state"))
			d.To, d.Header.Number = tt.to, "Số:        /BC-UBND"
			data, err := Render(d, f, testTime)
			if err != nil {
				t.Fatal(err)
			}
			file := filepath.Join(t.TempDir(), "r.pdf")
			if err := os.WriteFile(file, data, 0o644); err != nil {
				t.Fatal(err)
			}
			page := pagecheck.Read(t, tool, file)[0]
			left, width := pagecheck.MM(f.LeftOn(1)), pagecheck.MM(f.TextWidth())
			find := func(prefix string) pagecheck.Line {
				for _, l := range page.Lines {
					if strings.HasPrefix(l.Text(), prefix) {
						return l
					}
				}
				t.Fatalf("no line %q on:\n%s", prefix, page.Text())
				return pagecheck.Line{}
			}
			first := find(strings.Fields(tt.to[0])[0] + " " + strings.Fields(tt.to[0])[1])
			if len(tt.to) == 1 {
				if centre := (first.XMin() + first.XMax()) / 2; math.Abs(centre-(left+width/2)) > 3 {
					t.Errorf("one line centred at %.1f pt, want %.1f", centre, left+width/2)
				}
			} else {
				if math.Abs(first.XMin()-(left+layout.ToShare*width)) > 2 {
					t.Errorf("Kính gửi at %.1f pt, want %.1f", first.XMin(), left+layout.ToShare*width)
				}
				for _, item := range tt.to[1:] {
					l := find(item[:10])
					if l.XMin() < first.XMax()+2 || l.XMin() > first.XMax()+pagecheck.MM(4) {
						t.Errorf("%q starts at %.1f pt, want just after %.1f", item, l.XMin(), first.XMax())
					}
				}
			}
			number := find("Số:")
			if gap := number.Words[1].XMin - number.Words[0].XMax; gap < pagecheck.MM(5) {
				t.Errorf("the blank number's room is %.1f pt", gap)
			}
		})
	}
}
