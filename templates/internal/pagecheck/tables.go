package pagecheck

import (
	"fmt"
	"math"
	"strings"

	"github.com/baocao/baocao/templates/layout"
)

// Tables checks the printed tables and appendices of d: each appendix
// starts a page of its own, turned when it is landscape; a table that runs
// onto a further page repeats its first header line there; the numbers of
// a right-aligned column end at one edge (within 1.5 pt).
func Tables(pages []Page, d layout.Doc) []string {
	var probs []string
	for _, a := range d.Appendices {
		probs = append(probs, appendixStart(pages, a)...)
	}
	for _, t := range tablesOf(d) {
		probs = append(probs, repeatedHeader(pages, t)...)
		probs = append(probs, rightEdges(pages, t)...)
	}
	return probs
}

func tablesOf(d layout.Doc) []*layout.Table {
	var out []*layout.Table
	blocks := append([]layout.Block(nil), d.Body...)
	for _, a := range d.Appendices {
		blocks = append(blocks, a.Body...)
	}
	for _, b := range blocks {
		if b.Table != nil {
			out = append(out, b.Table)
		}
	}
	return out
}

// firstLines are a page's first lines of text, the page number skipped.
func firstLines(p Page, n int) []string {
	var out []string
	for _, l := range p.Lines {
		t := l.Text()
		if len(out) == 0 && isNumber(t) {
			continue
		}
		out = append(out, t)
		if len(out) == n {
			break
		}
	}
	return out
}

func isNumber(s string) bool {
	var n int
	_, err := fmt.Sscanf(strings.TrimSpace(s), "%d", &n)
	return err == nil && fmt.Sprint(n) == strings.TrimSpace(s)
}

func appendixStart(pages []Page, a layout.Appendix) []string {
	for i, p := range pages {
		first := firstLines(p, 1)
		if len(first) == 0 || Squash(first[0]) != Squash(a.Label) {
			continue
		}
		if a.Landscape != (p.Width > p.Height) {
			return []string{fmt.Sprintf("page %d (%s) landscape %v, want %v", i+1, a.Label, p.Width > p.Height, a.Landscape)}
		}
		return nil
	}
	return []string{fmt.Sprintf("no page starts with %q", a.Label)}
}

// repeatedHeader checks each page a table's rows run onto: the header's
// first cell must stand above the first row there.
func repeatedHeader(pages []Page, t *layout.Table) []string {
	head := ""
	for _, c := range t.Rows[0] {
		if f := strings.Fields(c.Text); len(f) > 0 {
			head = f[0]
			break
		}
	}
	var probs []string
	prev := -1
	for r := t.HeaderRows; r < len(t.Rows); r++ {
		key := rowKey(t.Rows[r])
		pi := pageOf(pages, key)
		if pi < 0 {
			continue
		}
		if prev >= 0 && pi > prev && !above(pages[pi], head, key) {
			probs = append(probs, fmt.Sprintf("page %d holds rows of %q but its header %q does not stand above them", pi+1, t.Caption, head))
		}
		prev = max(prev, pi)
	}
	return probs
}

// above reports a line holding word before the line that starts with key.
func above(p Page, word, key string) bool {
	for _, l := range p.Lines {
		if strings.HasPrefix(l.Text(), key) {
			return false
		}
		for _, w := range l.Words {
			if w.Text == word {
				return true
			}
		}
	}
	return false
}

// rowKey is text that finds a body row on the pages: its first two cells'
// first words.
func rowKey(row []layout.Cell) string {
	var ws []string
	for _, c := range row {
		f := strings.Fields(c.Text)
		if len(f) > 0 {
			ws = append(ws, f[0])
		}
		if len(ws) == 2 {
			break
		}
	}
	return strings.Join(ws, " ")
}

// pageOf is the first page with a line starting with key; -1 when none.
func pageOf(pages []Page, key string) int {
	for i, p := range pages {
		for _, l := range p.Lines {
			if key != "" && strings.HasPrefix(l.Text(), key) {
				return i
			}
		}
	}
	return -1
}

// rightEdges finds each body row's line by its key and compares the right
// edges of the words of its right-aligned cells, column by column; the
// cells are matched to the line's words left to right.
func rightEdges(pages []Page, t *layout.Table) []string {
	edges := map[int][]float64{}
	for _, row := range t.Rows[t.HeaderRows:] {
		line, ok := lineOf(pages, rowKey(row))
		if !ok {
			continue
		}
		col, at := 0, 0
		for _, c := range row {
			if ws := strings.Fields(c.Text); len(ws) > 0 {
				if i, ok := wordAt(line, ws[len(ws)-1], at); ok {
					if c.Align == layout.AlignRight && c.Span == 1 && len(ws) == 1 {
						edges[col] = append(edges[col], line.Words[i].XMax)
					}
					at = i + 1
				}
			}
			col += c.Span
		}
	}
	var probs []string
	for col, xs := range edges {
		lo, hi := math.Inf(1), math.Inf(-1)
		for _, x := range xs {
			lo, hi = math.Min(lo, x), math.Max(hi, x)
		}
		if hi-lo > 1.5 {
			probs = append(probs, fmt.Sprintf("%q column %d: numbers end between %.1f and %.1f pt, not at one edge", t.Caption, col+1, lo, hi))
		}
	}
	return probs
}

func lineOf(pages []Page, key string) (Line, bool) {
	for _, p := range pages {
		for _, l := range p.Lines {
			if key != "" && strings.HasPrefix(l.Text(), key) {
				return l, true
			}
		}
	}
	return Line{}, false
}

// wordAt is the index of the first word of l from index from that is s.
func wordAt(l Line, s string, from int) (int, bool) {
	for i := from; i < len(l.Words); i++ {
		if l.Words[i].Text == s {
			return i, true
		}
	}
	return 0, false
}
