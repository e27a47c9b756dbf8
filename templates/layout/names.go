package layout

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// ForcedBreak is what a clerk types in a body's name (the issuing body, the
// parent body) to force a line break there: "ỦY BAN NHÂN DÂN | XÃ TÂN LẬP".
// It is never printed.
const ForcedBreak = "|"

// FixedNames are the names of bodies that a header line never breaks
// inside: the heads of issuing and parent bodies' names in the state and
// party forms (NĐ 30/2020 Phụ lục I; HD 36-HD/VPTW), and the two national
// names. They are matched word by word, ignoring case and diacritics ("UỶ
// BAN" matches "ỦY BAN"); the longest match wins.
var FixedNames = []string{
	"ỦY BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN", "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM",
	"MẶT TRẬN TỔ QUỐC VIỆT NAM", "MẶT TRẬN TỔ QUỐC", "ĐẢNG ỦY", "ĐẢNG BỘ", "CHI BỘ", "CHI ỦY",
	"BAN THƯỜNG VỤ", "BAN CHẤP HÀNH", "ỦY BAN KIỂM TRA", "BAN TỔ CHỨC", "BAN TUYÊN GIÁO",
	"BAN TUYÊN GIÁO VÀ DÂN VẬN", "BAN DÂN VẬN", "BAN NỘI CHÍNH", "VĂN PHÒNG", "TỈNH ỦY",
	"THÀNH ỦY", "THỊ ỦY", "HUYỆN ỦY", "QUẬN ỦY", "ĐẶC KHU ỦY", "BỘ CHÍNH TRỊ", "BAN BÍ THƯ",
	"BAN CHẤP HÀNH TRUNG ƯƠNG", "HỘI LIÊN HIỆP PHỤ NỮ", "HỘI CỰU CHIẾN BINH", "HỘI NÔNG DÂN",
	"ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH", "CÔNG AN", "BAN CHỈ HUY QUÂN SỰ",
	"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ĐẢNG CỘNG SẢN VIỆT NAM",
	// Words of central bodies' names ("ĐẢNG ỦY KHỐI CÁC CƠ QUAN TRUNG ƯƠNG").
	"TRUNG ƯƠNG", "CƠ QUAN", "DOANH NGHIỆP",
	// The parts of the Tiêu ngữ "Độc lập - Tự do - Hạnh phúc".
	"ĐỘC LẬP", "TỰ DO", "HẠNH PHÚC",
}

// UnitWords name the kind of an administrative unit; a body's name breaks
// best before one ("ỦY BAN NHÂN DÂN" over "XÃ TÂN LẬP"). They are matched
// with their diacritics (upper case), so that a place named "Xa" is not
// taken for "XÃ"; the longest match wins, so "THỊ XÃ" stays whole.
var UnitWords = []string{
	"XÃ", "PHƯỜNG", "THỊ TRẤN", "ĐẶC KHU", "TỈNH", "THÀNH PHỐ", "HUYỆN", "QUẬN", "THỊ XÃ",
}

// atom is a run of words a line never breaks inside.
type atom struct {
	text string
	unit bool // a unit word
	name bool // a fixed name
}

// fold is the matching key of a word: upper case without diacritics, Đ as D.
func fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == 'đ' || r == 'Đ':
			b.WriteRune('D')
		default:
			b.WriteRune(unicode.ToUpper(r))
		}
	}
	return b.String()
}

type phrase struct {
	words []string // folded; upper case for a unit word
	unit  bool
}

// phrases are FixedNames and UnitWords folded, longest first.
var phrases = func() []phrase {
	var out []phrase
	for _, n := range FixedNames {
		out = append(out, phrase{words: strings.Fields(fold(n))})
	}
	for _, u := range UnitWords {
		out = append(out, phrase{words: strings.Fields(upper(u)), unit: true})
	}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && len(out[j].words) > len(out[j-1].words); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}()

// atoms groups words into fixed names, unit words and single words.
func atoms(words []string) []atom {
	folded, uppers := make([]string, len(words)), make([]string, len(words))
	for i, w := range words {
		// A unit of Words may end in a bound dash ("LẬP -"): match the word.
		if j := strings.LastIndexByte(w, ' '); j > 0 && isDash(w[j+1:]) {
			w = w[:j]
		}
		folded[i], uppers[i] = fold(w), upper(w)
	}
	var out []atom
	for i := 0; i < len(words); {
		n, unit := match(folded[i:], uppers[i:])
		if n == 0 {
			out = append(out, atom{text: words[i]})
			i++
			continue
		}
		out = append(out, atom{text: strings.Join(words[i:i+n], " "), unit: unit, name: !unit})
		i += n
	}
	return out
}

// upper is a word's matching key for UnitWords: NFC, upper case.
func upper(s string) string { return strings.ToUpper(norm.NFC.String(s)) }

// match returns the length of the longest phrase at the start of the
// words, given as folded and upper-case keys.
func match(folded, uppers []string) (int, bool) {
	for _, p := range phrases {
		keys := folded
		if p.unit {
			keys = uppers
		}
		if len(p.words) > len(keys) {
			continue
		}
		ok := true
		for j, w := range p.words {
			if keys[j] != w {
				ok = false
				break
			}
		}
		if ok {
			return len(p.words), p.unit
		}
	}
	return 0, false
}

// NameLines breaks a body's name (upper case) into lines no wider than max:
// first at the clerk's forced breaks (ForcedBreak), then each part into the
// fewest lines, never inside a fixed name (FixedNames), breaking before a
// unit word (UnitWords) where that suffices, else before a fixed name, else
// between other words; among the splits allowed, the most even one. Only a
// fixed name wider than max on its own is broken inside. width measures a
// line in the caller's unit.
func NameLines(name string, max float64, width func(string) float64) []string {
	var lines []string
	for _, part := range strings.Split(name, ForcedBreak) {
		lines = append(lines, nameLines(Words(part), max, width)...)
	}
	return lines
}

// StripBreaks returns a name as one line, its forced breaks removed.
func StripBreaks(name string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(name, ForcedBreak, " ")), " ")
}

func nameLines(words []string, max float64, width func(string) float64) []string {
	if len(words) == 0 {
		return nil
	}
	if width(strings.Join(words, " ")) <= max || len(words) > 40 {
		return Balance(strings.Join(words, " "), max, width)
	}
	as := atoms(words)
	texts := make([]string, len(as))
	for i, a := range as {
		texts[i] = a.text
	}
	tiers := []func(i int) bool{
		func(i int) bool { return as[i].unit },
		func(i int) bool { return as[i].unit || as[i].name },
		func(int) bool { return true },
	}
	for k := 2; k <= len(as); k++ {
		for _, allowed := range tiers {
			if lines, ok := bestSplit(texts, k, max, allowed, width); ok {
				return lines
			}
		}
	}
	return Balance(strings.Join(words, " "), max, width)
}
