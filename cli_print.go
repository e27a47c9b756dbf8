package main

import (
	"fmt"
	"io"
	"os"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/term"

	"github.com/baocao/baocao/model"
)

// printf writes a message to Stdout through model.Clean, the one text gate:
// a file name or a draft's title can carry escape sequences, and nothing
// read from a file or the store reaches the terminal raw. Document data
// (export -o -, bundles) is written to Stdout directly, never through here.
func (m *Main) printf(format string, args ...any) (int, error) {
	return fprintf(m.Stdout, format, args...)
}

// eprintf is printf for Stderr.
func (m *Main) eprintf(format string, args ...any) (int, error) {
	return fprintf(m.Stderr, format, args...)
}

func fprintf(w io.Writer, format string, args ...any) (int, error) {
	return fmt.Fprint(w, model.Clean(fmt.Sprintf(format, args...)))
}

// oneLine cleans a message for the terminal (model.Clean: no escape
// sequences, no carriage returns, so output stays CRLF-free everywhere).
func oneLine(s string) string {
	return model.Clean(s)
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(f.Fd())
}

// terminalWidth is the width of the terminal w is, or 0 when w is not one
// (a pipe or a file gets whole lines).
func terminalWidth(w io.Writer) int {
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(f.Fd()) {
		return 0
	}
	width, _, err := term.GetSize(f.Fd())
	if err != nil {
		return 0
	}
	return width
}

// fitCell fits the cell that starts at dst[at:] to exactly width terminal
// cells (Vietnamese letters with marks are one cell, wide characters two):
// padded with spaces, or cut with "…".
func fitCell(dst []byte, at, width int) []byte {
	w := cellWidth(dst[at:])
	if w > width {
		return append(dst[:at], ansi.Truncate(string(dst[at:]), width, "…")...)
	}
	for range width - w {
		dst = append(dst, ' ')
	}
	return dst
}

// cellWidth is ansi.StringWidth with a shortcut for printable ASCII (IDs,
// times, counts), one cell a byte.
func cellWidth(s []byte) int {
	for _, c := range s {
		if c < ' ' || c > '~' {
			return ansi.StringWidth(string(s))
		}
	}
	return len(s)
}
