package model

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Clean is the one gate for user text: typing, paste and import all pass
// through it. It replaces invalid UTF-8 with U+FFFD, removes terminal escape
// sequences (CSI, OSC, DCS and two-byte ESC forms), control characters and
// invisible format characters (bidi marks, zero-width spaces, tags), turns
// CR LF, lone CR and the other line breaks (VT, FF, NEL, U+2028, U+2029)
// into LF and tabs into a space, and returns the
// result in Unicode NFC. Line feeds are kept; use CleanLine for one-line
// fields.
func Clean(s string) string {
	if isClean(s) {
		return s
	}
	return rebuild(s)
}

// rebuild is Clean's work on a text that needs it.
func rebuild(s string) string {
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
		case r == '\n' || isLineBreak(r):
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

// isClean reports whether Clean would return s unchanged: valid UTF-8 with
// no escape, control, format or line-break character but LF, no tab, and
// already NFC. Most stored text is, and checking is far cheaper than
// rebuilding it: printable ASCII and the letters and punctuation of
// Vietnamese text (quiet runes) are judged in one pass, byte by byte or by
// a table; a text with any other rune takes the full check.
func isClean(s string) bool {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if (c < ' ' && c != '\n') || c == 0x7f {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isQuiet(r) {
			return isCleanSlow(s)
		}
		i += size
	}
	return true
}

// isCleanSlow is isClean rune by rune, with the NFC check of the whole text.
func isCleanSlow(s string) bool {
	for _, r := range s {
		switch {
		case r == '\n':
		case r == utf8.RuneError || r == 0x1b || r == 0x9b || r == 0x9d || r == 0x90 || r == '\r' || r == '\t':
			return false
		case isLineBreak(r) || isControl(r):
			return false
		}
	}
	return norm.NFC.IsNormalString(s)
}

// quietEnd bounds the runes isQuiet knows from its table: Latin with
// every Vietnamese letter, the combining marks, general punctuation, the
// đồng sign and letter-like symbols.
const quietEnd = 0x3000

// quietRunes is the table of isQuiet: bit r is set when the rune r below
// quietEnd is one Clean keeps (see isCleanSlow) and one that NFC neither
// changes nor combines with the rune before it (canonical combining class
// 0, NFC quick check Yes: it starts a new character). A text of such runes
// and printable ASCII is NFC by the quick-check rule of UAX #15, so its
// NFC check can be skipped. Built from the norm tables on first use.
var quietRunes = sync.OnceValue(func() *[quietEnd / 64]uint64 {
	var table [quietEnd / 64]uint64
	var buf [utf8.UTFMax]byte
	for r := rune(utf8.RuneSelf); r < quietEnd; r++ {
		one := utf8.AppendRune(buf[:0], r)
		p := norm.NFC.Properties(one)
		if isCleanSlow(string(one)) && p.CCC() == 0 && p.BoundaryBefore() && norm.NFC.IsNormal(one) {
			table[r/64] |= 1 << (r % 64)
		}
	}
	return &table
})

// isQuiet reports a rune above ASCII that isClean may pass without the
// full check (see quietRunes).
func isQuiet(r rune) bool {
	return r < quietEnd && quietRunes()[r/64]&(1<<(r%64)) != 0
}

// isControl reports control and format characters that have no place in a
// document: C0, DEL, C1, and every invisible format character (category
// Cf: bidirectional overrides, isolates and marks, zero-width spaces, the
// BOM, soft hyphens, tags), which can reorder or hide text on a terminal
// and make two different texts look the same. The zero-width joiner and
// non-joiner stay: emoji and some scripts need them to render.
func isControl(r rune) bool {
	if unicode.IsControl(r) {
		return true
	}
	return unicode.Is(unicode.Cf, r) && r != 0x200c && r != 0x200d
}

// isLineBreak reports the line breaks other than LF and CR, which Clean
// turns into LF so that the words on either side stay apart.
func isLineBreak(r rune) bool {
	return r == '\v' || r == '\f' || r == 0x85 || r == 0x2028 || r == 0x2029
}

// Bounds of what one escape sequence may consume. Real control sequences
// are short; a longer run (or a string command cut off by the end of the
// text or a line break) is not a sequence but the clerk's text behind a
// stray introducer, so only the introducer is dropped.
const (
	maxCSI       = 64   // parameter and intermediate bytes of a CSI
	maxStringCmd = 4096 // payload of an OSC, DCS, SOS, PM or APC
)

// escapeLen returns how many bytes of the escape sequence at the start of s
// to drop. A CSI runs to its final byte (0x40–0x7e); OSC, DCS, SOS, PM and
// APC run to BEL or ST; ESC with intermediates runs to its final byte; a
// two-byte ESC form takes its ASCII second byte. A sequence that does not
// end within its bound loses only its introducer, so no text after it is
// lost.
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
	switch c := s[1]; {
	case c == '[':
		return 2 + csiLen(s[2:])
	case c == ']' || c == 'P' || c == 'X' || c == '^' || c == '_':
		return 2 + stringCmdLen(s[2:])
	case c >= 0x20 && c <= 0x2f:
		return 1 + nfLen(s[1:])
	case c >= 0x30 && c <= 0x7e:
		return 2
	}
	return 1
}

// csiLen is the length of a CSI's parameters, intermediates and final
// byte; 0 when there is no final byte within maxCSI bytes.
func csiLen(s string) int {
	for i := 0; i < len(s) && i <= maxCSI; i++ {
		c := s[i]
		if c >= 0x40 && c <= 0x7e {
			return i + 1
		}
		if c < 0x20 || c > 0x3f {
			return 0
		}
	}
	return 0
}

// nfLen is the length of an ESC sequence's intermediates (0x20–0x2f) and
// final byte (0x30–0x7e); 0 when it has no final byte.
func nfLen(s string) int {
	for i := 0; i < len(s) && i <= maxCSI; i++ {
		switch c := s[i]; {
		case c >= 0x30 && c <= 0x7e:
			return i + 1
		case c < 0x20 || c > 0x2f:
			return 0
		}
	}
	return 0
}

// stringCmdLen is the length of a string command's payload and its
// terminator (BEL, ESC \ or the C1 ST); 0 when no terminator comes within
// maxStringCmd bytes and before a line break or another escape.
func stringCmdLen(s string) int {
	for i := 0; i < len(s) && i <= maxStringCmd; i++ {
		switch {
		case s[i] == 0x07:
			return i + 1
		case s[i] == 0x1b && i+1 < len(s) && s[i+1] == '\\':
			return i + 2
		case strings.HasPrefix(s[i:], "\u009c"):
			return i + len("\u009c")
		case s[i] == 0x1b, s[i] == '\n', s[i] == '\r':
			return 0
		}
	}
	return 0
}
