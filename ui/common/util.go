package common

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// WrapLines word-wraps text to width and splits it into lines; an empty
// text gives no lines.
func WrapLines(text string, width int) []string {
	text = strings.TrimRight(text, "\n ")
	if text == "" {
		return nil
	}
	return strings.Split(ansi.Wrap(text, max(width, 1), ""), "\n")
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
