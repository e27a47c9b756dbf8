package docread

import (
	"strconv"
	"strings"
)

// level is one level of an abstract numbering definition.
type level struct {
	start   int
	format  string // numFmt: decimal, upperRoman, lowerLetter, bullet, …
	text    string // lvlText, e.g. "%1.", "%1.%2.", "Phần thứ %1"
	restart int    // lvlRestart: restart after this level (1-based); -1 default
	legal   bool   // isLgl: show every level as decimal
}

// numbering holds numbering.xml and the counters of the paragraphs read so
// far. Counters belong to the abstract definition, so lists with different
// numIds on the same definition continue one another, as in Word, unless a
// w:num overrides the start.
type numbering struct {
	abstract  map[string]map[int]level // abstractNumId → ilvl → level
	nums      map[string]string        // numId → abstractNumId
	overrides map[string]map[int]int   // numId → ilvl → start
	counters  map[string][]int         // abstractNumId → counter per level
	used      map[string]bool          // numIds seen (overrides apply once)
}

func readNumbering(root *node) *numbering {
	nb := &numbering{abstract: map[string]map[int]level{}, nums: map[string]string{},
		overrides: map[string]map[int]int{}, counters: map[string][]int{}, used: map[string]bool{}}
	if root == nil {
		return nb
	}
	for _, n := range root.path("numbering").kids {
		switch n.name {
		case "abstractNum":
			nb.abstract[n.attr1("abstractNumId")] = readLevels(n)
		case "num":
			id := n.attr1("numId")
			abs, _ := n.val("abstractNumId")
			nb.nums[id] = abs
			for _, o := range n.kids {
				if o.name != "lvlOverride" {
					continue
				}
				ilvl, _ := strconv.Atoi(o.attr1("ilvl"))
				if v, ok := o.val("startOverride"); ok {
					if nb.overrides[id] == nil {
						nb.overrides[id] = map[int]int{}
					}
					nb.overrides[id][ilvl], _ = strconv.Atoi(v)
				}
			}
		}
	}
	return nb
}

func readLevels(n *node) map[int]level {
	out := map[int]level{}
	for _, l := range n.kids {
		if l.name != "lvl" {
			continue
		}
		ilvl, err := strconv.Atoi(l.attr1("ilvl"))
		if err != nil || ilvl < 0 || ilvl > 8 {
			continue
		}
		lv := level{start: 1, restart: -1}
		if v, ok := l.val("start"); ok {
			lv.start, _ = strconv.Atoi(v)
		}
		lv.format, _ = l.val("numFmt")
		lv.text, _ = l.val("lvlText")
		if v, ok := l.val("lvlRestart"); ok {
			lv.restart, _ = strconv.Atoi(v)
		}
		lv.legal, _ = l.flag("isLgl")
		out[ilvl] = lv
	}
	return out
}

// next advances the counter of (numID, ilvl) and returns the level's
// visible text, or "" when the paragraph is not numbered.
func (nb *numbering) next(numID string, ilvl int) string {
	abs, ok := nb.nums[numID]
	if !ok || numID == "0" || ilvl < 0 || ilvl > 8 {
		return ""
	}
	levels := nb.abstract[abs]
	lv, ok := levels[ilvl]
	if !ok {
		return ""
	}
	c := nb.counters[abs]
	if c == nil {
		c = make([]int, 9)
		for i := range c {
			c[i] = levels[i].start - 1
		}
	}
	if !nb.used[numID] {
		nb.used[numID] = true
		for l, start := range nb.overrides[numID] {
			if l >= 0 && l < 9 {
				c[l] = start - 1
			}
		}
	}
	c[ilvl]++
	for deeper := ilvl + 1; deeper < 9; deeper++ {
		// lvlRestart 0 never restarts; N restarts after a level up to N.
		if r := levels[deeper].restart; r == -1 || (r > 0 && ilvl < r) {
			c[deeper] = levels[deeper].start - 1
		}
	}
	nb.counters[abs] = c
	return levelText(lv, levels, c)
}

// levelText fills "%1", "%2", … of the level's text with the counters in
// each level's format.
func levelText(lv level, levels map[int]level, c []int) string {
	if lv.format == "bullet" {
		return bulletText(lv.text)
	}
	if lv.format == "none" {
		return strings.TrimSpace(stripPlaceholders(lv.text))
	}
	var b strings.Builder
	t := lv.text
	for i := 0; i < len(t); i++ {
		if t[i] == '%' && i+1 < len(t) && t[i+1] >= '1' && t[i+1] <= '9' {
			l := int(t[i+1] - '1')
			f := levels[l].format
			if lv.legal {
				f = "decimal"
			}
			b.WriteString(formatNumber(max(c[l], 0), f))
			i++
			continue
		}
		b.WriteByte(t[i])
	}
	return strings.TrimSpace(b.String())
}

func stripPlaceholders(t string) string {
	var b strings.Builder
	for i := 0; i < len(t); i++ {
		if t[i] == '%' && i+1 < len(t) && t[i+1] >= '1' && t[i+1] <= '9' {
			i++
			continue
		}
		b.WriteByte(t[i])
	}
	return b.String()
}

// bulletText returns a bullet's visible mark: the level's text, with a
// symbol-font character (private use area) shown as "•".
func bulletText(t string) string {
	t = strings.TrimSpace(t)
	for _, r := range t {
		if r >= 0xe000 && r <= 0xf8ff {
			return "•"
		}
	}
	if t == "" {
		return "•"
	}
	return t
}

// formatNumber writes n in a numFmt.
func formatNumber(n int, format string) string {
	switch format {
	case "upperRoman":
		return roman(n)
	case "lowerRoman":
		return strings.ToLower(roman(n))
	case "upperLetter":
		return letters(n, 'A')
	case "lowerLetter":
		return letters(n, 'a')
	case "decimalZero":
		if n < 10 {
			return "0" + strconv.Itoa(n)
		}
	case "vietnameseCounting":
		if n >= 1 && n <= len(vietWords) {
			return vietWords[n-1]
		}
	}
	return strconv.Itoa(n)
}

var vietWords = []string{"một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"}

func roman(n int) string {
	if n <= 0 || n >= 4000 {
		return strconv.Itoa(n)
	}
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, v := range vals {
		for n >= v {
			b.WriteString(syms[i])
			n -= v
		}
	}
	return b.String()
}

// letters writes 1 → a, 26 → z, 27 → aa (Word repeats the letter).
func letters(n int, base byte) string {
	if n <= 0 {
		return strconv.Itoa(n)
	}
	reps := (n-1)/26 + 1
	if reps > 10 {
		return strconv.Itoa(n)
	}
	return strings.Repeat(string(rune(base)+rune((n-1)%26)), reps)
}
