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
