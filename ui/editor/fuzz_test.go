package editor

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// fuzzKeys are the keys a fuzz byte can press.
var fuzzKeys = []string{
	"enter", "backspace", "ctrl+h", "delete", "left", "right", "up", "down",
	"home", "end", "pgup", "pgdown", "ctrl+home", "ctrl+end", "ctrl+left",
	"ctrl+right", "ctrl+w", "alt+d", "ctrl+u", "ctrl+k", "space",
}

// fuzzTexts are the texts a fuzz byte can type: ASCII, Vietnamese, wide,
// combining, emoji sequences and control characters.
var fuzzTexts = []string{
	"a", "e", "ế", "ệ", "字", "👍🏽", "\u0302", "\u0301", "\u0323", "\u200d",
	"🇻", "👨", "\x1b", "\x07", "\t", "ab cd", "Việt Nam ", "\u1100", "\u1161",
}

var fuzzWidths = []int{1, 2, 3, 5, 10, 40, 80}

// FuzzEditor feeds random keys, pastes and resizes to an editor and checks
// its invariants after each: valid UTF-8 in NFC, no control characters, the
// totals right, rows no wider than the editor, the cursor inside the text on
// a rune boundary and inside the view, and the wrap caches equal to a fresh
// wrap.
func FuzzEditor(f *testing.F) {
	f.Add([]byte{30, 31, 21, 1, 40, 22, 100}, "\x1b[31mred\x1b[0m\nxin chào", false)
	f.Add([]byte{25, 26, 27, 28, 1, 1, 4, 0, 36, 37}, "tie\u0302\u0301", true)
	f.Add([]byte{200, 201, 202, 203, 204, 25, 0, 0, 0, 11, 10}, strings.Repeat("字 ", 40), false)
	f.Fuzz(func(t *testing.T, ops []byte, text string, oneLine bool) {
		var opts []Option
		if oneLine {
			opts = append(opts, WithOneLine())
		}
		m := focused(10, 4, append(opts, WithMaxLen(500))...)
		for _, op := range ops {
			m = fuzzStep(m, op, text)
			checkInvariants(t, m)
		}
	})
}

// fuzzStep applies the action op selects.
func fuzzStep(m Model, op byte, text string) Model {
	n := int(op)
	switch {
	case n < len(fuzzKeys):
		return press(m, fuzzKeys[n])
	case n < len(fuzzKeys)+len(fuzzTexts):
		return press(m, fuzzTexts[n-len(fuzzKeys)])
	case n < 200:
		return paste(m, text)
	}
	m.SetSize(fuzzWidths[n%len(fuzzWidths)], 1+n%5)
	return m
}

func checkInvariants(t *testing.T, m Model) {
	t.Helper()
	v := m.Value()
	switch {
	case !utf8.ValidString(v):
		t.Fatalf("invalid UTF-8: %q", v)
	case !norm.NFC.IsNormalString(v):
		t.Fatalf("not NFC: %q", v)
	case m.Len() != utf8.RuneCountInString(v):
		t.Fatalf("Len = %d, text has %d runes: %q", m.Len(), utf8.RuneCountInString(v), v)
	case m.bytes+len(m.lines)-1 != len(v):
		t.Fatalf("byte total %d, text has %d", m.bytes+len(m.lines)-1, len(v))
	case m.single && len(m.lines) != 1:
		t.Fatalf("one-line editor has %d lines", len(m.lines))
	}
	for _, r := range v {
		if r != '\n' && (unicode.IsControl(r) || (r >= 0x202a && r <= 0x202e)) {
			t.Fatalf("control character %U in %q", r, v)
		}
	}
	if m.cl < 0 || m.cl >= len(m.lines) || m.co < 0 || m.co > len(m.lines[m.cl].s) {
		t.Fatalf("cursor (%d, %d) outside the text", m.cl, m.co)
	}
	if s := m.lines[m.cl].s; m.co < len(s) && !utf8.RuneStart(s[m.co]) {
		t.Fatalf("cursor inside a rune: %q at %d", s, m.co)
	}
	checkRows(t, m.View(), m.width, m.height)
	if c := m.Cursor(); c.X < 0 || c.X >= m.width || c.Y < 0 || c.Y >= m.height {
		t.Fatalf("cursor cell (%d, %d) outside %d×%d", c.X, c.Y, m.width, m.height)
	}
	for i, l := range m.lines {
		if l.rows != nil && !slices.Equal(l.rows, wrapAll(l.s, l.wrapW, nil)) {
			t.Fatalf("line %d: cached rows %v, fresh wrap %v of %q", i, l.rows, wrapAll(l.s, l.wrapW, nil), l.s)
		}
	}
}
