package pdf

import (
	"testing"

	"github.com/baocao/baocao/templates/layout"
)

// TestWidowAndOrphanControl (issue 20 item 13): a paragraph that does not
// fit on the page is split so that neither page holds a single line of it,
// as a word processor sets the DOCX; a paragraph of two or three lines
// that cannot be split so moves whole to the next page. The page's lines
// are 10 mm high, its body ends at 90 mm and starts at 10 mm.
func TestWidowAndOrphanControl(t *testing.T) {
	tests := []struct {
		name    string
		y       float64 // the top of the next line
		rest    int     // the paragraph's lines still to set
		setHere int
	}{
		{"all fit", 40, 3, 3},
		{"two lines go on", 60, 5, 3},
		{"one line would go on alone", 60, 4, 2},
		{"one line would stay alone", 80, 5, 0},
		{"three lines, two fit", 70, 3, 0},
		{"two lines, one fits", 80, 2, 0},
		{"a long paragraph fills the page", 10, 12, 8},
		{"a long paragraph leaves two lines", 10, 9, 7},
	}
	f := layout.Form{PageHeight: 100, MarginTop: 10, MarginBottom: 10}
	for _, tt := range tests {
		w := &writer{form: f, y: tt.y}
		if got := w.split(tt.rest, 10); got != tt.setHere {
			t.Errorf("%s: %d of %d lines set at y=%.0f, want %d", tt.name, got, tt.rest, tt.y, tt.setHere)
		}
	}
}
