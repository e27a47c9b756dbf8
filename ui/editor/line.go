package editor

import (
	"sort"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
	"golang.org/x/text/unicode/norm"

	"github.com/baocao/baocao/model"
)

// window is how many bytes around an edit are searched for a normalization
// boundary; a run of combining marks longer than this is cut, which NFC's
// stream-safe limit (30 marks) makes harmless in practice.
const window = 128

// line is one source line (a paragraph) of the text, always NFC, with a
// cache of where its wrapped rows start.
type line struct {
	s     string
	runes int
	// rows are the byte offsets where the wrapped rows start; rows[0] is 0.
	// They are valid only when wrapW equals the width asked for.
	rows  []int
	wrapW int
	// inline caches the inline markup ranges of marksOf (see marks).
	inline    []model.InlineRange
	marksOf   string
	marksDone bool
}

func newLine(s string) *line {
	return &line{s: s, runes: utf8.RuneCountInString(s)}
}

// grapheme returns the end offset and display width of the grapheme cluster
// that starts at byte i of s.
func grapheme(s string, i int) (end, width int) {
	if c := s[i]; c >= 0x20 && c < 0x7f && (i+1 == len(s) || s[i+1] < 0x7f) {
		// Printable ASCII followed by ASCII (or nothing) is a cluster of its
		// own, one cell wide: the common case, without segmentation.
		return i + 1, 1
	}
	c, w := ansi.FirstGraphemeCluster(s[i:], ansi.GraphemeWidth)
	if len(c) == 0 {
		return i + 1, 0
	}
	return i + len(c), w
}

// ensure wraps the line for width w unless its cache already holds it.
func (l *line) ensure(w int) {
	if l.wrapW == w && l.rows != nil {
		return
	}
	l.rows = wrapAll(l.s, w, l.rows)
	l.wrapW = w
}

// rowOf returns the index of the row holding byte offset p: the last row
// starting at or before p.
func (l *line) rowOf(p int) int {
	i := sort.SearchInts(l.rows, p+1)
	if i == 0 {
		return 0
	}
	return i - 1
}

// rowEnd returns the end offset of row r.
func (l *line) rowEnd(r int) int {
	if r+1 < len(l.rows) {
		return l.rows[r+1]
	}
	return len(l.s)
}

// prev returns the start of the grapheme cluster that ends at or contains
// byte p-1, scanning from the start of the row before p; p must be > 0.
func (l *line) prev(p int) int {
	r := l.rowOf(p - 1)
	i := l.rows[r]
	last := i
	for i < p {
		last = i
		i, _ = grapheme(l.s, i)
	}
	return last
}

// next returns the end of the grapheme cluster starting at p.
func (l *line) next(p int) int {
	e, _ := grapheme(l.s, p)
	return e
}

// snap moves p onto a grapheme boundary: the nearest one at or after p when
// up is true, else at or before p.
func (l *line) snap(p int, up bool) int {
	if p <= 0 {
		return 0
	}
	if p >= len(l.s) {
		return len(l.s)
	}
	i := l.rows[l.rowOf(p)]
	for i < p {
		e, _ := grapheme(l.s, i)
		if e > p {
			if up {
				return e
			}
			return i
		}
		i = e
	}
	return i
}

// splice replaces l.s[from:to] with ins (NFC text without line feeds),
// normalizes the text around the seam, rewraps only the rows the change can
// touch, and returns where the inserted text starts and ends in the new
// line (not yet snapped to grapheme boundaries).
func (l *line) splice(from, to int, ins string) (before, after int) {
	i := boundaryBefore(l.s, from)
	j := boundaryAfter(l.s, to)
	left := l.s[i:from]
	n := norm.NFC.String(left + ins + l.s[to:j])
	old := l.s[i:j]
	l.s = l.s[:i] + n + l.s[j:]
	l.runes += utf8.RuneCountInString(n) - utf8.RuneCountInString(old)
	before = i + min(len(norm.NFC.String(left)), len(n))
	after = i + min(len(norm.NFC.String(left+ins)), len(n))
	if l.rows != nil {
		l.rows = rewrap(l.s, l.rows, l.wrapW, i, j, i+len(n))
	}
	return before, after
}

// boundaryBefore returns the last normalization boundary at or before p,
// looking back at most window bytes.
func boundaryBefore(s string, p int) int {
	k := max(0, p-window)
	for k < p && !utf8.RuneStart(s[k]) {
		k++
	}
	b := norm.NFC.LastBoundary([]byte(s[k:p]))
	if b < 0 {
		return k
	}
	return k + b
}

// boundaryAfter returns the first normalization boundary at or after p,
// looking ahead at most window bytes.
func boundaryAfter(s string, p int) int {
	k := min(len(s), p+window)
	for k > p && k < len(s) && !utf8.RuneStart(s[k]) {
		k--
	}
	b := norm.NFC.FirstBoundaryInString(s[p:k])
	if b < 0 {
		return k
	}
	return p + b
}
