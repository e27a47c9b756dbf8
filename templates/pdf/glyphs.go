package pdf

import (
	"fmt"
	"strings"
	"sync"
	"unicode"
)

// fontCoverage is the code points each style's font file can draw, read
// once from the embedded fonts.
var fontCoverage = sync.OnceValues(func() (map[string]coverage, error) {
	out := map[string]coverage{}
	for style, name := range fontFiles {
		data, err := fonts.ReadFile(name)
		if err != nil {
			return nil, err
		}
		c, err := parseCmap(data)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		out[style] = c
	}
	return out, nil
})

// CanDraw reports whether the PDF's fonts draw r in every style; spaces
// and control characters, which print no glyph, count as drawn.
func CanDraw(r rune) bool {
	if unicode.IsSpace(r) || unicode.IsControl(r) {
		return true
	}
	cov, err := fontCoverage()
	if err != nil {
		return false
	}
	for _, c := range cov {
		if !c.has(r) {
			return false
		}
	}
	return true
}

// Missing returns the characters of s that the PDF's fonts cannot draw,
// each once, in the order they first occur.
func Missing(s string) []rune {
	var out []rune
	for _, r := range s {
		if !CanDraw(r) && !strings.ContainsRune(string(out), r) {
			out = append(out, r)
		}
	}
	return out
}

// Glyph is a character the fonts cannot draw and the text it was in.
type Glyph struct {
	Rune rune
	// Text is the line or paragraph it occurs in first.
	Text string
}

// MissingGlyphsError is returned with the PDF (which is complete
// otherwise) when some characters have no glyph in its fonts and are drawn
// as Substitute: it names each, so that no text is lost unnoticed.
type MissingGlyphsError struct {
	Glyphs []Glyph
}

// Error names the characters in Vietnamese and says what to do.
func (e *MissingGlyphsError) Error() string {
	var parts []string
	for _, g := range e.Glyphs {
		parts = append(parts, fmt.Sprintf("%s trong “%s”", RuneName(g.Rune), excerpt(g.Text, g.Rune)))
	}
	return fmt.Sprintf("phông chữ của bản PDF không vẽ được %d ký tự nên chúng được in thành ô trống %c: %s; hãy xóa hoặc thay các ký tự đó rồi xuất lại",
		len(e.Glyphs), Substitute, strings.Join(parts, "; "))
}

// RuneName writes a character as U+XXXX with the character itself:
// U+6F22 "漢".
func RuneName(r rune) string {
	return fmt.Sprintf("U+%04X %q", r, string(r))
}

// excerpt returns up to about 30 characters of text around r.
func excerpt(text string, r rune) string {
	rs := []rune(text)
	at := 0
	for i, c := range rs {
		if c == r {
			at = i
			break
		}
	}
	lo, hi := max(at-15, 0), min(at+15, len(rs))
	s := string(rs[lo:hi])
	if lo > 0 {
		s = "…" + s
	}
	if hi < len(rs) {
		s += "…"
	}
	return s
}

// glyphLog collects the characters drawn without a glyph.
type glyphLog struct {
	seen   map[rune]bool
	glyphs []Glyph
}

// note records the characters of s that the fonts cannot draw.
func (g *glyphLog) note(s string) {
	for _, r := range Missing(s) {
		if g.seen == nil {
			g.seen = map[rune]bool{}
		}
		if !g.seen[r] {
			g.seen[r] = true
			g.glyphs = append(g.glyphs, Glyph{Rune: r, Text: s})
		}
	}
}

// err returns the log as a *MissingGlyphsError, or nil.
func (g *glyphLog) err() error {
	if len(g.glyphs) == 0 {
		return nil
	}
	return &MissingGlyphsError{Glyphs: g.glyphs}
}
