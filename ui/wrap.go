package ui

import "github.com/baocao/baocao/ui/common"

// wrapStyled wraps text and styles each line.
func wrapStyled(render func(...string) string, text string, width int) []string {
	var out []string
	for _, l := range common.WrapLines(text, width) {
		out = append(out, render(l))
	}
	return out
}
