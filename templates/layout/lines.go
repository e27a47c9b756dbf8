package layout

import (
	"strings"
	"unicode"
)

// Balance breaks a text (a subject, a name) into the fewest lines that each
// fit max, as even in width as possible: "ỦY BAN NHÂN DÂN PHƯỜNG AN THỊNH"
// becomes "ỦY BAN NHÂN DÂN" over "PHƯỜNG AN THỊNH" rather than a full line
// and one word. It breaks only where Words allows. width measures a line in
// the caller's unit. A word wider than max gets a line of its own. Texts of
// more than 100 words are broken greedily.
func Balance(text string, max float64, width func(string) float64) []string {
	words := Words(text)
	if len(words) == 0 {
		return nil
	}
	if len(words) > 100 {
		return greedy(words, max, width)
	}
	any := func(int) bool { return true }
	// Fewer lines than about the whole width over max cannot hold it.
	for k := int(width(strings.Join(words, " "))/max) - 1; k < len(words); k++ {
		k = maxInt(k, 1)
		if lines, ok := bestSplit(words, k, max, any, width); ok {
			return lines
		}
	}
	return words
}

// bestSplit splits words into k lines no wider than max, breaking only
// before a word i for which allowed(i) holds, as evenly as it can: it
// minimises the sum of the squared line widths, which for a fixed total
// favours lines of equal width. It reports false when no such split exists.
// A line's width is taken as its words' widths plus its spaces': every
// writer's measure adds up so (no kerning across a space).
func bestSplit(words []string, k int, max float64, allowed func(i int) bool, width func(string) float64) ([]string, bool) {
	n := len(words)
	if k > n {
		return nil, false
	}
	sum := make([]float64, n+1)
	for i, w := range words {
		sum[i+1] = sum[i] + width(w)
	}
	space := width(" ")
	// cost[m][j]: the best cost of words[:j] in m lines; cut its last break.
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
			if j < n && !allowed(j) {
				continue
			}
			// Shorter lines first: stop at the first one too wide.
			for i := j - 1; i >= m-1; i-- {
				w := sum[j] - sum[i] + float64(j-i-1)*space
				if w > max {
					break
				}
				if cost[m-1][i] < 0 {
					continue
				}
				if c := cost[m-1][i] + w*w; cost[m][j] < 0 || c <= cost[m][j] {
					cost[m][j], cut[m][j] = c, i
				}
			}
		}
	}
	if cost[k][n] < 0 {
		return nil, false
	}
	lines := make([]string, k)
	for m, j := k, n; m > 0; m-- {
		i := cut[m][j]
		lines[m-1] = strings.Join(words[i:j], " ")
		j = i
	}
	return lines, true
}

func maxInt(a, b int) int {
	if a > b {
		return a
	}
	return b
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

// dashes are the marks that, standing alone between spaces, read as a
// spaced dash ("kinh tế - xã hội") or, at a line's start, as a bullet.
func isDash(w string) bool { return w == "-" || w == "–" || w == "—" || w == "+" }

// Words splits text at its spaces into the units a line may break between.
// A spaced dash is bound to the word before it ("kinh tế - xã hội" gives
// "kinh", "tế -", "xã", "hội"), so that no line starts with "- ", which would
// read as a bullet; a dash that opens the text (a bullet) is bound to the
// word after it. A unit's inner space is an ordinary space. Words never
// splits a word, so a document's number and symbol (1364-CV/TU) stays
// whole; see Protect for the writers that break at hyphens themselves.
func Words(text string) []string {
	fields := strings.Fields(text)
	var out []string
	for i := 0; i < len(fields); i++ {
		w := fields[i]
		switch {
		case isDash(w) && len(out) > 0:
			out[len(out)-1] += " " + w
		case isDash(w) && i+1 < len(fields):
			out = append(out, w+" "+fields[i+1])
			i++
		default:
			out = append(out, w)
		}
	}
	return out
}

// TieLast joins the last two of words into one unit, so that a wrapped
// line never leaves a single word alone on its last line (a Nơi nhận line
// ending "phường;" by itself); fewer than three words are left as they are.
func TieLast(words []string) []string {
	n := len(words)
	if n < 3 {
		return words
	}
	return append(words[:n-2:n-2], words[n-2]+" "+words[n-1])
}

// TieLastSpace is TieLast for a word processor: the last space of text
// becomes a NoBreakSpace when text has three words or more.
func TieLastSpace(text string) string {
	if len(strings.Fields(text)) < 3 {
		return text
	}
	i := strings.LastIndex(text, " ")
	return text[:i] + string(NoBreakSpace) + text[i+1:]
}

// Non-breaking characters that Protect puts in.
const (
	NoBreakHyphen = '\u2011'
	NoBreakSpace  = '\u00A0'
)

// Protect marks where a word processor must not break a line: the hyphens
// of documents' numbers and symbols become NoBreakHyphen (1364‑CV/TU,
// 05/BC‑UBND, 73/2023/NĐ‑CP), and the space that binds a spaced dash to the
// word before it, or a leading bullet dash to the word after it (see
// Words), becomes NoBreakSpace. Other spacing is kept as it is. Writers
// that wrap lines themselves use Words instead and never see these
// characters.
func Protect(text string) string {
	parts := strings.Split(text, " ")
	var b strings.Builder
	for i, p := range parts {
		if i > 0 {
			bind := p != "" && parts[i-1] != "" && (isDash(p) || isDash(parts[i-1]) && i == 1)
			if bind {
				b.WriteRune(NoBreakSpace)
			} else {
				b.WriteByte(' ')
			}
		}
		if IsSymbol(p) {
			p = strings.ReplaceAll(p, "-", string(NoBreakHyphen))
		}
		b.WriteString(p)
	}
	return b.String()
}

// IsSymbol reports whether a word is (or holds) a document's number and
// symbol, whose hyphens must not break: a hyphenated word with a digit or a
// slash in it ("21-KL/TW", "05/BC-UBND", "2020-2025"), or one whose parts
// on both sides of a hyphen are upper-case abbreviations ("BC-UBND").
func IsSymbol(w string) bool {
	w = strings.Trim(w, "()[]\"“”'‘’,.;:!?")
	if !strings.Contains(w, "-") || strings.HasPrefix(w, "-") || strings.HasSuffix(w, "-") {
		return false
	}
	if strings.ContainsFunc(w, func(r rune) bool { return unicode.IsDigit(r) || r == '/' }) {
		return true
	}
	for _, p := range strings.Split(w, "-") {
		if len([]rune(p)) < 2 || strings.ToUpper(p) != p {
			return false
		}
	}
	return true
}
