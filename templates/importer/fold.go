package importer

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Fold returns s in lower case without diacritics (đ becomes d), for
// comparing Vietnamese text the way a reader tolerates: "ĐÙN ĐẨY",
// "dùn đẩy" and "đùn đẩy" fold alike.
func Fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r < 0x80:
			if r >= 'A' && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteByte(byte(r))
		case r < foldEnd:
			if f := foldTable[r]; f != 0 {
				b.WriteRune(f)
			}
		case unicode.Is(unicode.Mn, r):
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// foldTable maps each rune below foldEnd (Latin letters with their
// Vietnamese diacritics, combining marks) to its folded form, 0 to drop it.
const foldEnd = 0x1f00

var foldTable = func() []rune {
	t := make([]rune, foldEnd)
	for r := rune(0); r < foldEnd; r++ {
		switch {
		case r == 'đ' || r == 'Đ':
			t[r] = 'd'
		case unicode.Is(unicode.Mn, r):
			t[r] = 0
		default:
			base := []rune(norm.NFD.String(string(r)))[0]
			t[r] = unicode.ToLower(base)
		}
	}
	return t
}()

// Tokens folds s and splits it into words of letters and digits.
func Tokens(s string) []string {
	return strings.FieldsFunc(Fold(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// near reports whether two folded words are the same word with at most one
// typo (an edit, or two letters swapped) when both have at least three
// letters.
func near(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) < 3 || len(b) < 3 || abs(len(a)-len(b)) > 1 {
		return false
	}
	return within1(a, b)
}

// within1 reports an edit distance of at most one, counting a swap of two
// neighbouring letters as one.
func within1(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		if a[i+1:] == b[i+1:] {
			return true
		}
		return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
	}
	return a[i:] == b[i+1:]
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// Similarity compares two headings' wording, 0 to 1: the share of words
// that match (with one typo allowed per word), over both headings (Dice),
// or over the shorter one when it has at least four words and is nearly
// all in the longer (a shortened heading), slightly discounted.
func Similarity(a, b string) float64 {
	return similarity(Tokens(a), Tokens(b))
}

func similarity(ta, tb []string) float64 {
	if len(ta) == 0 || len(tb) == 0 {
		return 0
	}
	matched := matches(ta, tb)
	dice := 2 * float64(matched) / float64(len(ta)+len(tb))
	short := min(len(ta), len(tb))
	if short < 4 && dice < 0.8 && prefixOf(ta, tb) {
		return 0.8
	}
	if short >= 4 {
		if cover := 0.9 * float64(matched) / float64(short); cover > dice {
			return cover
		}
	}
	return dice
}

// matches counts the words of ta found in tb, each word of tb used once,
// one typo allowed per word.
func matches(ta, tb []string) int {
	used := make([]bool, len(tb))
	n := 0
	for _, x := range ta {
		if j := find(x, tb, used); j >= 0 {
			used[j] = true
			n++
		}
	}
	return n
}

// prefixOf reports whether the shorter word list begins the longer one (a
// heading shortened to its first words: "Nguyên nhân" for "Nguyên nhân
// dẫn đến tình trạng …").
func prefixOf(a, b []string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	for i, w := range a {
		if !near(w, b[i]) {
			return false
		}
	}
	return len(a) > 0
}

// find returns the index of the first unused word of list equal to x, else
// the first near it, else -1.
func find(x string, list []string, used []bool) int {
	for j, y := range list {
		if !used[j] && x == y {
			return j
		}
	}
	for j, y := range list {
		if !used[j] && near(x, y) {
			return j
		}
	}
	return -1
}

func isUpperRune(r rune) bool  { return unicode.IsUpper(r) }
func isLetterRune(r rune) bool { return unicode.IsLetter(r) }
