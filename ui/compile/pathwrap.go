package compile

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/baocao/baocao/ui/common"
)

// wrapPath wraps text to width as common.WrapLines does, except that path,
// where text holds it, starts a line of its own and breaks only after a
// separator ("/" or "\"), so that no folder or file name is cut ("tong-hop"
// is not broken at its hyphen); the punctuation right after the path stays
// on its last line when it fits.
func wrapPath(text, path string, width int) []string {
	before, after, ok := strings.Cut(text, path)
	if !ok || path == "" {
		return common.WrapLines(text, width)
	}
	lines := append(common.WrapLines(strings.TrimRight(before, " "), width), pathLines(path, width)...)
	punct, rest, _ := strings.Cut(after, " ")
	last := len(lines) - 1
	if ansi.StringWidth(lines[last]+punct) <= width {
		lines[last] += punct
	} else {
		rest = after
	}
	return append(lines, common.WrapLines(strings.TrimLeft(rest, " "), width)...)
}

// pathLines packs a path's parts, each ending at a separator, into lines
// of width; only a part wider than a line is cut.
func pathLines(path string, width int) []string {
	var lines []string
	line := ""
	for _, part := range pathParts(path) {
		if line != "" && ansi.StringWidth(line+part) > width {
			lines, line = append(lines, line), ""
		}
		line += part
		for ansi.StringWidth(line) > width {
			head := ansi.Truncate(line, width, "")
			lines, line = append(lines, head), line[len(head):]
		}
	}
	return append(lines, line)
}

// pathParts splits a path after each separator.
func pathParts(path string) []string {
	var parts []string
	for path != "" {
		i := strings.IndexAny(path, `/\`)
		if i < 0 {
			return append(parts, path)
		}
		parts, path = append(parts, path[:i+1]), path[i+1:]
	}
	return parts
}
