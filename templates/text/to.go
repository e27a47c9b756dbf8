package text

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/baocao/baocao/templates/layout"
)

// toLines sets the Kính gửi block width columns wide: one line centred, or
// a list from a fifth of the width in (layout.ToShare), each recipient
// under the text after "Kính gửi: ", wrapping under its own start; a blank
// line follows. Nothing when there is no block.
func toLines(to []string, width int) []string {
	if len(to) == 0 {
		return nil
	}
	if !layout.ToList(to) {
		return append(centre(to[0], width), "")
	}
	indent := int(float64(width) * layout.ToShare)
	hang := ansi.StringWidth(layout.ToLabel(to[0]))
	var out []string
	for i, l := range to {
		at := indent
		if i > 0 {
			at = min(indent+hang, width/2)
		}
		for _, part := range hanging(l, width-at, 2) {
			out = append(out, strings.Repeat(" ", at)+part)
		}
	}
	return append(out, "")
}
