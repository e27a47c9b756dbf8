package model

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Clean is the one gate for user text: typing, paste and import all pass
// through it. It replaces invalid UTF-8 with U+FFFD, removes terminal escape
// sequences (CSI, OSC, DCS and two-byte ESC forms) and control characters,
// turns CR LF and lone CR into LF and tabs into a space, and returns the
// result in Unicode NFC. Line feeds are kept; use CleanLine for one-line
// fields.
func Clean(s string) string {
	if isPlain(s) {
		return s
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == 0x1b || r == 0x9b || r == 0x9d || r == 0x90:
			i += escapeLen(s[i:])
			continue
		case r == '\r':
			b.WriteByte('\n')
			if strings.HasPrefix(s[i+size:], "\n") {
				size++
			}
		case r == '\t':
			b.WriteByte(' ')
		case r == '\n':
			b.WriteByte('\n')
		case isControl(r):
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return norm.NFC.String(b.String())
}

// CleanLine is Clean for one-line fields: line breaks become spaces and the
// ends are trimmed.
func CleanLine(s string) string {
	s = strings.ReplaceAll(Clean(s), "\n", " ")
	return strings.TrimSpace(s)
}

// isPlain reports whether s is printable ASCII, newlines included, so that
// Clean has nothing to do.
func isPlain(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x7f || (c < 0x20 && c != '\n') {
			return false
		}
	}
	return true
}

// isControl reports control and format characters that have no place in a
// document: C0, DEL, C1, and bidirectional overrides.
func isControl(r rune) bool {
	if unicode.IsControl(r) {
		return true
	}
	switch {
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

// escapeLen returns how many bytes of the escape sequence at the start of s
// to drop. A CSI runs to its final byte (0x40–0x7e); OSC, DCS, SOS, PM and
// APC run to BEL or ST; any other ESC takes the next character with it.
func escapeLen(s string) int {
	r, n := utf8.DecodeRuneInString(s)
	switch {
	case r == 0x9b:
		return n + csiLen(s[n:])
	case r == 0x9d || r == 0x90:
		return n + stringCmdLen(s[n:])
	}
	if len(s) < 2 {
		return 1
	}
	switch s[1] {
	case '[':
		return 2 + csiLen(s[2:])
	case ']', 'P', 'X', '^', '_':
		return 2 + stringCmdLen(s[2:])
	}
	_, m := utf8.DecodeRuneInString(s[1:])
	return 1 + m
}

func csiLen(s string) int {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x40 && c <= 0x7e {
			return i + 1
		}
		if c < 0x20 || c > 0x7e {
			return i
		}
	}
	return len(s)
}

func stringCmdLen(s string) int {
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == 0x07:
			return i + 1
		case s[i] == 0x1b && i+1 < len(s) && s[i+1] == '\\':
			return i + 2
		case s[i] == 0x1b:
			return i
		}
	}
	return len(s)
}
