package common

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// WrapLines word-wraps text to width and splits it into lines; an empty
// text gives no lines. It breaks at spaces only, so a hyphen stays with
// its words ("Tài chính - kế toán" never loses its " -", "2020-2025" is
// never split); only a word wider than the line is cut.
func WrapLines(text string, width int) []string {
	text = strings.TrimRight(text, "\n ")
	if text == "" {
		return nil
	}
	var out []string
	for _, line := range strings.Split(text, "\n") {
		out = append(out, wrapLine(line, max(width, 1))...)
	}
	return out
}

// wrapLine packs one line's words, separated by single spaces, into lines
// of width.
func wrapLine(s string, width int) []string {
	var lines []string
	line, lw := "", 0
	for i, word := range strings.Split(s, " ") {
		ww := ansi.StringWidth(word)
		if i > 0 && lw+1+ww <= width {
			line, lw = line+" "+word, lw+1+ww
			continue
		}
		if i > 0 {
			lines = append(lines, line)
		}
		line, lw = word, ww
		for lw > width {
			head := ansi.Truncate(line, width, "")
			lines, line = append(lines, head), line[len(head):]
			lw = ansi.StringWidth(line)
		}
	}
	return append(lines, line)
}

// WrapStyled wraps text to width and styles each line.
func WrapStyled(render func(...string) string, text string, width int) []string {
	var out []string
	for _, l := range WrapLines(text, width) {
		out = append(out, render(l))
	}
	return out
}

// Ratio is done/total as a fraction in [0, 1].
func Ratio(done, total int) float64 {
	if total <= 0 {
		return 0
	}
	return float64(done) / float64(total)
}

// ScrollWindow returns at most n lines of lines, keeping line cur visible.
func ScrollWindow(lines []string, cur, n int) []string {
	if len(lines) <= n {
		return lines
	}
	top := min(max(cur-n/2, 0), len(lines)-n)
	return lines[top : top+n]
}

// FitLines pads or cuts text to exactly height lines, each cut to width.
func FitLines(text string, width, height int) string {
	lines := strings.Split(text, "\n")
	if len(lines) > height {
		lines = lines[:height]
	}
	for i, l := range lines {
		if ansi.StringWidth(l) > width {
			lines[i] = ansi.Truncate(l, width, "")
		}
	}
	for len(lines) < height {
		lines = append(lines, "")
	}
	return strings.Join(lines, "\n")
}

// PadLines is FitLines with every line padded with spaces to width, for
// columns joined side by side.
func PadLines(text string, width, height int) string {
	lines := strings.Split(FitLines(text, width, height), "\n")
	for i, l := range lines {
		if w := ansi.StringWidth(l); w < width {
			lines[i] = l + strings.Repeat(" ", width-w)
		}
	}
	return strings.Join(lines, "\n")
}

// VisibleRange returns the items [top, end) of a list of n items, each
// per lines tall, that fit in rows lines with item cur shown (centred
// when the list scrolls), so that a list draws only what is on screen.
func VisibleRange(n, cur, per, rows int) (top, end int) {
	fit := max(rows/max(per, 1), 1)
	if n <= fit {
		return 0, n
	}
	top = min(max(cur-fit/2, 0), n-fit)
	return top, top + fit
}
