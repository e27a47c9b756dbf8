package importer

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// NumKind is the kind of a heading's number.
type NumKind int

// The kinds of numbering, from the top of a Vietnamese outline down.
const (
	NumNone    NumKind = iota
	NumPart            // Phần thứ nhất, Phần I
	NumUpper           // A., B. (upper-case letters that are not roman)
	NumRoman           // I., II.
	NumArabic          // 1., 2.
	NumDecimal         // 1.1., 2.3.1
	NumLetter          // a), b., đ)
)

// Heading is a paragraph read as a numbered heading.
type Heading struct {
	Kind   NumKind
	Number string // "I", "1", "1.1", "a", "nhất"
	// Title is the wording after the number, with a trailing ":" or "."
	// removed.
	Title string
	// Rest is what follows the heading's own ":" on the same paragraph
	// ("IV. Đề xuất, kiến nghị: Không." has Rest "Không.").
	Rest string
}

// ParseHeading reads the number at the start of a paragraph. It returns
// false for a paragraph without one (or with a bullet, see Bullet).
func ParseHeading(text string) (Heading, bool) {
	text = strings.TrimSpace(text)
	if strings.HasPrefix(Fold(firstWords(text, 1)), "v/v") {
		return Heading{}, false // "V/v …", a công văn's subject, not part V
	}
	for _, try := range []func(string) (Heading, bool){part, decimal, roman, upper, arabic, letter} {
		if h, ok := try(text); ok {
			h.Title, h.Rest = splitRest(h.Title)
			if h.Title == "" && h.Rest == "" {
				return Heading{}, false
			}
			return h, true
		}
	}
	return Heading{}, false
}

// Bullet strips a leading list mark ("- ", "+ ", "• ", "– ", "* ") and
// reports whether there was one.
func Bullet(text string) (string, bool) {
	for _, m := range []string{"- ", "+ ", "• ", "– ", "* ", "-", "•"} {
		if strings.HasPrefix(text, m) {
			return strings.TrimSpace(text[len(m):]), true
		}
	}
	return text, false
}

var partWords = []string{"nhất", "hai", "ba", "bốn", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười", "một"}

func part(s string) (Heading, bool) {
	f := Fold(firstWords(s, 3))
	if !strings.HasPrefix(f, "phan ") {
		return Heading{}, false
	}
	words := strings.Fields(s)
	i := 1
	if len(words) > 2 && Fold(words[1]) == "thu" {
		i = 2
	}
	if i >= len(words) {
		return Heading{}, false
	}
	num := strings.TrimRight(words[i], ".:;-–")
	ok := isRoman(num) || isDigits(num)
	for _, w := range partWords {
		if strings.EqualFold(num, w) {
			ok = true
		}
	}
	if !ok {
		return Heading{}, false
	}
	rest := strings.Join(words[i+1:], " ")
	rest = strings.TrimLeft(rest, ".:-– ")
	if rest == "" {
		// "PHẦN THỨ NHẤT" alone, its title on the next line: the Part is
		// a heading by its own words.
		rest = strings.Join(words, " ")
	}
	return Heading{Kind: NumPart, Number: num, Title: rest}, true
}

func firstWords(s string, n int) string {
	w := strings.Fields(s)
	if len(w) > n {
		w = w[:n]
	}
	return strings.Join(w, " ")
}

// lead splits "NUMBER<mark> rest" where the number is made of runes
// accepted by ok and the mark is one of marks; it requires a letter,
// digit or opening bracket soon after.
func lead(s string, ok func(rune) bool, marks string, maxLen int) (num, rest string, found bool) {
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !ok(r) {
			break
		}
		i += n
	}
	if i == 0 || i > maxLen || i >= len(s) || !strings.ContainsRune(marks, rune(s[i])) {
		return "", "", false
	}
	num, rest = s[:i], strings.TrimSpace(s[i+1:])
	if rest == "" {
		return num, "", true
	}
	r, _ := utf8.DecodeRuneInString(rest)
	if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune("(\"“*", r) {
		return "", "", false
	}
	return num, rest, true
}

func roman(s string) (Heading, bool) {
	num, rest, ok := lead(s, func(r rune) bool { return r == 'I' || r == 'V' || r == 'X' || r == 'L' }, ".)/-:", 7)
	if !ok || !isRoman(num) {
		return Heading{}, false
	}
	return Heading{Kind: NumRoman, Number: num, Title: rest}, true
}

func upper(s string) (Heading, bool) {
	num, rest, ok := lead(s, func(r rune) bool { return r >= 'A' && r <= 'Z' }, ".)/", 1)
	if !ok || rest == "" {
		return Heading{}, false
	}
	return Heading{Kind: NumUpper, Number: num, Title: rest}, true
}

func arabic(s string) (Heading, bool) {
	num, rest, ok := lead(s, isDigit, ".)/", 2)
	if !ok {
		return Heading{}, false
	}
	return Heading{Kind: NumArabic, Number: strings.TrimLeft(num, "0"), Title: rest}, num != "0" && num != "00"
}

// decimal reads "1.1.", "1.1", "2.3.1." (two to four parts).
func decimal(s string) (Heading, bool) {
	i := 0
	parts := 0
	for {
		j := i
		for j < len(s) && j-i < 3 && isDigit(rune(s[j])) {
			j++
		}
		if j == i {
			break
		}
		parts++
		i = j
		if i < len(s) && s[i] == '.' && i+1 < len(s) && isDigit(rune(s[i+1])) {
			i++
			continue
		}
		break
	}
	if parts < 2 || parts > 4 || i >= len(s) {
		return Heading{}, false
	}
	num := s[:i]
	rest := s[i:]
	rest = strings.TrimPrefix(rest, ".")
	rest = strings.TrimPrefix(rest, ")")
	if rest == "" || rest[0] != ' ' {
		return Heading{}, false
	}
	rest = strings.TrimSpace(rest)
	r, _ := utf8.DecodeRuneInString(rest)
	if !unicode.IsLetter(r) {
		return Heading{}, false
	}
	return Heading{Kind: NumDecimal, Number: num, Title: rest}, true
}

func letter(s string) (Heading, bool) {
	num, rest, ok := lead(s, func(r rune) bool { return (r >= 'a' && r <= 'z') || r == 'đ' }, ").", 2)
	if !ok || rest == "" || utf8.RuneCountInString(num) != 1 {
		return Heading{}, false
	}
	return Heading{Kind: NumLetter, Number: num, Title: rest}, true
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func isDigits(s string) bool {
	for _, r := range s {
		if !isDigit(r) {
			return false
		}
	}
	return s != ""
}

// isRoman accepts well-formed roman numerals up to 89 (XXXIX, LXXX…).
func isRoman(s string) bool {
	if s == "" || len(s) > 7 {
		return false
	}
	return romanValue(s) > 0 && romanString(romanValue(s)) == s
}

func romanValue(s string) int {
	vals := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50}
	total := 0
	for i := 0; i < len(s); i++ {
		v := vals[s[i]]
		if v == 0 {
			return 0
		}
		if i+1 < len(s) && vals[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	return total
}

func romanString(n int) string {
	vals := []int{50, 40, 10, 9, 5, 4, 1}
	syms := []string{"L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, v := range vals {
		for n >= v {
			b.WriteString(syms[i])
			n -= v
		}
	}
	return b.String()
}

// splitRest separates a run-in answer from its heading at the first ":"
// outside brackets, and trims the heading's final punctuation.
func splitRest(title string) (string, string) {
	depth := 0
	for i, r := range title {
		switch r {
		case '(', '[':
			depth++
		case ')', ']':
			depth--
		case ':':
			if depth == 0 {
				rest := strings.TrimSpace(title[i+1:])
				if rest != "" {
					return trimHeading(title[:i]), rest
				}
			}
		}
	}
	return trimHeading(title), ""
}

func trimHeading(s string) string {
	return strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s), ":.;"))
}

// Instruction splits a heading's wording from the instruction that often
// follows it in brackets ("… thời gian qua (cần nhận diện rõ …)"): the
// wording, and the bracketed text without its brackets. A heading that is
// only brackets keeps them.
func Instruction(title string) (string, string) {
	t := strings.TrimSpace(title)
	if !strings.HasSuffix(t, ")") {
		return title, ""
	}
	depth := 0
	for i := len(t) - 1; i >= 0; i-- {
		switch t[i] {
		case ')':
			depth++
		case '(':
			depth--
			if depth == 0 {
				head := trimHeading(t[:i])
				if head == "" {
					return title, ""
				}
				return head, strings.TrimSpace(t[i+1 : len(t)-1])
			}
		}
	}
	return title, ""
}
