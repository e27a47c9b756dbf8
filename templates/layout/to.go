package layout

import (
	"strings"

	"github.com/baocao/baocao/model"
)

// ToShare is where a list of addressees starts, as a share of the text
// width: the "Kính gửi:" line and its "- …" recipients form a block a
// fifth of the width in, under the centred title, as NĐ 30's form places
// it.
const ToShare = 0.2

// to is the report's Kính gửi block (model.Report.To) as written: its
// lines cleaned, empty ones dropped.
func to(r model.Report) []string {
	var out []string
	for _, l := range r.To {
		if t := clean(l); t != "" {
			out = append(out, t)
		}
	}
	return out
}

// ToList reports whether a Kính gửi block is a list ("Kính gửi:" over its
// recipients, each line set from the block's indent) rather than one line
// to centre.
func ToList(lines []string) bool { return len(lines) > 1 }

// ToLabel is the part of the first Kính gửi line up to its colon and the
// space after it ("Kính gửi: "): a list's recipients line up under the
// text that follows it.
func ToLabel(first string) string {
	label, _, ok := strings.Cut(first, ":")
	if !ok {
		return ""
	}
	return label + ": "
}
