package formcheck

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// The five tone marks as combining characters: huyền, sắc, ngã, hỏi, nặng.
const (
	toneGrave = '\u0300'
	toneAcute = '\u0301'
	toneTilde = '\u0303'
	toneHook  = '\u0309'
	toneDot   = '\u0323'
)

func isTone(r rune) bool {
	return r == toneGrave || r == toneAcute || r == toneTilde || r == toneHook || r == toneDot
}

// onsets are the initial consonants, longest first.
var onsets = []string{"ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "th", "tr", "qu",
	"b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", ""}

// rhymes are the Vietnamese rhymes without tone (medial glide, nucleus,
// final), as spelled after an onset.
var rhymes = func() map[string]bool {
	out := map[string]bool{}
	for _, r := range strings.Fields(`
a ac ach ai am an ang anh ao ap at au ay
ăc ăm ăn ăng ăp ăt
âc âm ân âng âp ât âu ây
e ec em en eng eo ep et
ê êch êm ên êng ênh êp êt êu
i ia ich im in inh ip it iu
iêc iêm iên iêng iêp iêt iêu
y ya ych ym yn ynh yp yt yu yêm yên yêng yêt yêu
o oc oi om on ong op ot oong ooc
ô ôc ôi ôm ôn ông ôp ôt
ơ ơi ơm ơn ơp ơt
u uc ui um un ung up ut ua
uôc uôi uôm uôn uông uôt
ư ưc ưi ưm ưn ưng ưt ưu ưa
ươc ươi ươm ươn ương ươp ươt ươu
oa oac oach oai oam oan oang oanh oao oap oat oay
oăc oăm oăn oăng oăt
oe oec oem oen oeo oet
uy uya uych uyn uynh uyp uyt uyu uyên uyêt
uê uêch uênh uân uâng uât uây uơ`) {
		out[r] = true
	}
	return out
}()

// syllable is a word split into its parts.
type syllable struct {
	onset, rhyme string
	tone         rune // 0 for the level tone
}

// parseSyllable splits a lower-case word into onset, rhyme and tone, and
// reports whether the structure is Vietnamese: a known onset and rhyme,
// at most one tone, the stop finals (-c, -ch, -p, -t) only with sắc or
// nặng, and the spelling rules of c/k, g/gh, ng/ngh and q.
func parseSyllable(w string) (syllable, bool) {
	var s syllable
	var base []rune
	for _, r := range norm.NFD.String(w) {
		if isTone(r) {
			if s.tone != 0 {
				return s, false
			}
			s.tone = r
			continue
		}
		base = append(base, r)
	}
	b := norm.NFC.String(string(base))
	for _, on := range onsets {
		if !strings.HasPrefix(b, on) {
			continue
		}
		rest := b[len(on):]
		if on == "gi" && !rhymes[rest] && rhymes["i"+rest] {
			continue // "gìn": g + in
		}
		if on == "gi" && rest == "" {
			continue // "gì": g + i
		}
		if !rhymes[rest] || !spelled(on, rest) {
			continue
		}
		s.onset, s.rhyme = on, rest
		return s, toneFits(rest, s.tone)
	}
	return s, false
}

// spelled applies the spelling rules of the onsets before front vowels.
func spelled(on, rhyme string) bool {
	front := strings.HasPrefix(rhyme, "i") || strings.HasPrefix(rhyme, "e") || strings.HasPrefix(rhyme, "ê") || strings.HasPrefix(rhyme, "y")
	switch on {
	case "k", "gh", "ngh":
		return front
	case "c", "ng":
		return !front
	case "g":
		return !strings.HasPrefix(rhyme, "e") && !strings.HasPrefix(rhyme, "ê") || rhyme == "i"
	case "qu":
		return !strings.HasPrefix(rhyme, "u") && !strings.HasPrefix(rhyme, "o")
	case "gi":
		return !strings.HasPrefix(rhyme, "i")
	}
	return true
}

func toneFits(rhyme string, tone rune) bool {
	for _, stop := range []string{"c", "ch", "p", "t"} {
		if strings.HasSuffix(rhyme, stop) {
			return tone == toneAcute || tone == toneDot
		}
	}
	return true
}

// toneKey is a word's letters without tone and its tone: two spellings
// with the same key differ only in where the tone mark sits (hoà, hòa).
func toneKey(w string) string {
	var base []rune
	var tone rune
	for _, r := range norm.NFD.String(w) {
		if isTone(r) {
			tone = r
			continue
		}
		base = append(base, r)
	}
	return norm.NFC.String(string(base)) + string(tone)
}

// words splits text into words of letters.
func words(text string) []string {
	return strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) })
}

// isAcronym reports a word with a capital after its first letter (UBND,
// ThU, HĐND): abbreviations are not syllables.
func isAcronym(w string) bool {
	for i, r := range w {
		if i > 0 && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}
