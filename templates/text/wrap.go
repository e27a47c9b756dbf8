package text

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/baocao/baocao/templates/layout"
)

// words splits text into the units a line may break between
// (layout.Words: a document's symbol whole, a spaced dash bound to the
// word before it), breaking any unit wider than width into pieces that
// fit. Invalid UTF-8 becomes U+FFFD, whose width is known.
func words(text string, width int) []string {
	var out []string
	for _, w := range layout.Words(strings.ToValidUTF8(text, "\uFFFD")) {
		if ansi.StringWidth(w) <= width {
			out = append(out, w)
			continue
		}
		out = append(out, strings.Split(ansi.Hardwrap(w, width, false), "\n")...)
	}
	return out
}

// fill breaks words into lines: the first at most first columns wide, the
// others at most rest.
func fill(ws []string, first, rest int) [][]string {
	var lines [][]string
	var cur []string
	used, limit := 0, first
	for _, w := range ws {
		ww := ansi.StringWidth(w)
		if len(cur) > 0 && used+1+ww > limit {
			lines = append(lines, cur)
			cur, used, limit = nil, 0, rest
		}
		if len(cur) > 0 {
			used++
		}
		cur = append(cur, w)
		used += ww
	}
	if len(cur) > 0 {
		lines = append(lines, cur)
	}
	return lines
}

// wrap breaks text into lines no wider than width.
func wrap(text string, width int) []string {
	var out []string
	for _, l := range fill(words(text, width), width, width) {
		out = append(out, strings.Join(l, " "))
	}
	return out
}

// justify wraps a paragraph with a first-line indent and spreads the words
// of every line but the last to the full width.
func justify(text string, width, indent int) []string {
	lines := fill(words(text, width-indent), width-indent, width)
	out := make([]string, len(lines))
	for i, l := range lines {
		lead, room := "", width
		if i == 0 {
			lead, room = strings.Repeat(" ", indent), width-indent
		}
		if i == len(lines)-1 {
			out[i] = lead + strings.Join(l, " ")
			continue
		}
		out[i] = lead + spread(l, room)
	}
	return out
}

// spread joins words with spaces so that the line is width wide, the extra
// spaces going to the leftmost gaps.
func spread(ws []string, width int) string {
	if len(ws) == 1 {
		return ws[0]
	}
	total := 0
	for _, w := range ws {
		total += ansi.StringWidth(w)
	}
	gaps := len(ws) - 1
	space := max(width-total, gaps)
	var b strings.Builder
	for i, w := range ws {
		b.WriteString(w)
		if i < gaps {
			n := space / gaps
			if i < space%gaps {
				n++
			}
			b.WriteString(strings.Repeat(" ", n))
		}
	}
	return b.String()
}

// hanging breaks text into lines width wide, all but the first indented by
// indent, the last two words kept on one line when they fit in it
// (layout.TieLast), as a Nơi nhận line is set.
func hanging(text string, width, indent int) []string {
	ws := words(text, width-indent)
	if tied := layout.TieLast(ws); ansi.StringWidth(tied[len(tied)-1]) <= width-indent {
		ws = tied
	}
	return hangingWords(ws, width, indent)
}

// hangingWords fills words into lines width wide, all but the first
// indented.
func hangingWords(ws []string, width, indent int) []string {
	lines := fill(ws, width, width-indent)
	out := make([]string, len(lines))
	for i, l := range lines {
		lead := ""
		if i > 0 {
			lead = strings.Repeat(" ", indent)
		}
		out[i] = lead + strings.Join(l, " ")
	}
	return out
}

// cols measures text in terminal columns.
func cols(s string) float64 { return float64(ansi.StringWidth(s)) }

// balance breaks a name into the fewest, most even lines no wider than
// width, never inside a fixed name where it can (see layout.NameLines).
func balance(text string, width int) []string {
	return layout.NameLines(strings.Join(words(text, width), " "), float64(width), cols)
}

// balanceTo breaks text into balanced lines no wider than width (see
// layout.Balance).
func balanceTo(text string, width int) []string {
	return layout.Balance(strings.Join(words(text, width), " "), float64(width), cols)
}

// fit returns the layout's lines of a name, each broken again by the same
// rule only when it is wider than width.
func fit(lines []string, width int) []string {
	var out []string
	for _, l := range lines {
		if ansi.StringWidth(l) <= width {
			out = append(out, l)
			continue
		}
		out = append(out, balance(l, width)...)
	}
	return out
}
