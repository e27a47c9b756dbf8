package layout

import "strings"

// Balance breaks a header text (an issuing body's name, for instance) into
// the fewest lines that each fit max, as even in width as possible:
// "ỦY BAN NHÂN DÂN PHƯỜNG AN THỊNH" becomes "ỦY BAN NHÂN DÂN" over
// "PHƯỜNG AN THỊNH" rather than a full line and one word. width measures a
// line in the caller's unit. A word wider than max gets a line of its own.
// Texts of more than 40 words are broken greedily.
func Balance(text string, max float64, width func(string) float64) []string {
	words := strings.Fields(text)
	if len(words) == 0 {
		return nil
	}
	if len(words) > 40 {
		return greedy(words, max, width)
	}
	for k := 1; k < len(words); k++ {
		if lines, w := bestSplit(words, k, width); w <= max {
			return lines
		}
	}
	return words
}

// bestSplit splits words into k lines minimising the widest line; it
// returns the lines and that width.
func bestSplit(words []string, k int, width func(string) float64) ([]string, float64) {
	n := len(words)
	line := func(i, j int) float64 { return width(strings.Join(words[i:j], " ")) }
	// cost[m][j]: the best widest line of words[:j] in m lines; cut its last break.
	cost := make([][]float64, k+1)
	cut := make([][]int, k+1)
	for m := range cost {
		cost[m] = make([]float64, n+1)
		cut[m] = make([]int, n+1)
		for j := range cost[m] {
			cost[m][j] = -1
		}
	}
	cost[0][0] = 0
	for m := 1; m <= k; m++ {
		for j := m; j <= n; j++ {
			for i := m - 1; i < j; i++ {
				if cost[m-1][i] < 0 {
					continue
				}
				c := max64(cost[m-1][i], line(i, j))
				if cost[m][j] < 0 || c < cost[m][j] {
					cost[m][j], cut[m][j] = c, i
				}
			}
		}
	}
	lines := make([]string, k)
	for m, j := k, n; m > 0; m-- {
		i := cut[m][j]
		lines[m-1] = strings.Join(words[i:j], " ")
		j = i
	}
	return lines, cost[k][n]
}

func greedy(words []string, max float64, width func(string) float64) []string {
	var lines []string
	cur := ""
	for _, w := range words {
		next := strings.TrimSpace(cur + " " + w)
		if cur != "" && width(next) > max {
			lines = append(lines, cur)
			next = w
		}
		cur = next
	}
	return append(lines, cur)
}

func max64(a, b float64) float64 {
	if a > b {
		return a
	}
	return b
}

// Estimate returns a rough printed width (mm) of text in Times New Roman at
// size pt: about 0.64 em per character for upper-case bold text and 0.5 em
// for mixed text (measured on Liberation Serif, which has the same
// metrics). Writers without font metrics use it to balance header lines and
// size the short rules.
func Estimate(text string, pt float64, upper bool) float64 {
	em := pt * 25.4 / 72
	per := 0.5
	if upper {
		per = 0.64
	}
	return float64(len([]rune(text))) * em * per
}
