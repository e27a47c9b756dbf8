package importer

import (
	"sort"
	"strings"

	"github.com/baocao/baocao/model"
)

// minScore is the least pair score for a source heading to be taken as an
// outline heading.
const minScore = 0.55

// kindLevels maps the numbering kinds present to heading levels, shallowest
// first: a report numbered I., 1., a) gets 1, 2, 3.
func kindLevels(lines []line, idx []int) map[NumKind]int {
	seen := map[NumKind]bool{}
	for _, i := range idx {
		if lines[i].isNum {
			seen[lines[i].head.Kind] = true
		}
	}
	var kinds []NumKind
	for k := range seen {
		kinds = append(kinds, k)
	}
	sort.Slice(kinds, func(a, b int) bool { return kinds[a] < kinds[b] })
	out := map[NumKind]int{}
	for i, k := range kinds {
		out[k] = i + 1
	}
	return out
}

// pairScore scores a source heading against an outline section: the
// wording's similarity, plus a little when number and level agree, minus
// a little when the level does not.
func pairScore(l line, level int, s model.Section, stoks []string) float64 {
	sim := similarity(l.tokens(), stoks)
	if sim < 0.3 {
		return 0
	}
	if l.isNum && strings.EqualFold(l.head.Number, s.Number) {
		sim += 0.15
	}
	if level > 0 && level != s.Level {
		sim -= 0.2
	}
	return sim
}

// alignment is the best order-keeping assignment of source headings to
// outline sections.
type alignment struct {
	section map[int]int // line index → section index (into the outline)
	score   float64     // sum of matched similarities
}

// align matches candidate lines (indexes into lines, in order) to the
// outline's body sections, keeping both orders, maximising the summed
// score (a weighted longest common subsequence), so that a renumbered or
// retitled heading still finds its place and a list item that resembles a
// heading does not pull the rest out of order.
func align(lines []line, idx []int, o model.Outline) alignment {
	var secs []int
	for i, s := range o.Sections {
		if s.InBody() {
			secs = append(secs, i)
		}
	}
	levels := kindLevels(lines, idx)
	stoks := make([][]string, len(secs))
	for j, si := range secs {
		h, _ := Instruction(o.Sections[si].Heading)
		stoks[j] = Tokens(h)
	}
	n, m := len(idx), len(secs)
	best := make([][]float64, n+1)
	for i := range best {
		best[i] = make([]float64, m+1)
	}
	score := make([][]float64, n)
	for i := 0; i < n; i++ {
		l := lines[idx[i]]
		l.toks = l.tokens()
		lines[idx[i]].toks = l.toks
		score[i] = make([]float64, m)
		lvl := levels[l.head.Kind]
		if !l.isNum {
			lvl = l.para.Outline
		}
		for j := 0; j < m; j++ {
			score[i][j] = pairScore(l, lvl, o.Sections[secs[j]], stoks[j])
		}
	}
	for i := 1; i <= n; i++ {
		for j := 1; j <= m; j++ {
			v := max(best[i-1][j], best[i][j-1])
			if s := score[i-1][j-1]; s >= minScore {
				v = max(v, best[i-1][j-1]+s)
			}
			best[i][j] = v
		}
	}
	a := alignment{section: map[int]int{}, score: best[n][m]}
	for i, j := n, m; i > 0 && j > 0; {
		switch {
		case best[i][j] == best[i-1][j]:
			i--
		case best[i][j] == best[i][j-1]:
			j--
		default:
			a.section[idx[i-1]] = secs[j-1]
			i--
			j--
		}
	}
	return a
}
