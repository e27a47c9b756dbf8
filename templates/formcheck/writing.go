package formcheck

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"unicode"
)

var (
	spaceBefore  = regexp.MustCompile(`\p{L}\s+[,.;:!?)]`)
	noSpaceAfter = regexp.MustCompile(`\p{Ll}[,;:]\p{L}|\p{Ll}[.!?]\p{Lu}`)
)

// writing checks spelling: syllables that are not Vietnamese, syllables
// not attested, doubled words, spaces around punctuation and the same word
// with both tone placements.
func (k *run) writing() {
	w := &writer{k: k, seen: map[string]bool{}, spellings: map[string]map[string]int{}, rare: -1}
	for i, p := range k.doc.Paras {
		if p.Text == "" || k.l.roles[i] == Number {
			continue
		}
		w.para(i, p.Text)
	}
	w.placements()
	if len(w.rareWords) > 0 {
		k.addRule("writing", w.rare, "Hãy kiểm tra các chữ này có gõ nhầm không.",
			"%d âm tiết ít gặp trong văn bản hành chính (không có trong danh sách đối chiếu): %s",
			len(w.rareWords), strings.Join(w.rareWords, ", "))
	}
}

type writer struct {
	k    *run
	seen map[string]bool // words already reported
	// spellings maps a tone key to each spelling and where it first was.
	spellings map[string]map[string]int
	// rareWords are the syllables not attested, rare where the first was.
	rareWords []string
	rare      int
}

func (w *writer) para(i int, text string) {
	prev := ""
	for _, f := range strings.Fields(text) {
		word := strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) })
		lower := strings.ToLower(word)
		if lower != "" && lower == prev && len([]rune(lower)) > 1 && !w.seen["double:"+lower] {
			w.seen["double:"+lower] = true
			w.k.addRule("writing", i, "Hãy xem lại: nếu gõ thừa thì xóa một chữ.", "Chữ %q viết hai lần liền nhau", lower+" "+lower)
		}
		prev = lower
		if word != f { // punctuation between: not a doubled word
			prev = ""
		}
	}
	for _, word := range words(text) {
		w.syllable(i, word, strings.ToLower(word))
	}
	if m := spaceBefore.FindString(text); m != "" && !w.seen["before:"+m] {
		w.seen["before:"+m] = true
		w.k.addRule("writing", i, "Hãy xóa dấu cách trước dấu câu.", "Có dấu cách trước dấu câu: %q", m)
	}
	if m := noSpaceAfter.FindString(text); m != "" && !w.seen["after:"+m] {
		w.seen["after:"+m] = true
		w.k.addRule("writing", i, "Hãy thêm một dấu cách sau dấu câu.", "Thiếu dấu cách sau dấu câu: %q", m)
	}
}

func (w *writer) syllable(i int, word, lower string) {
	if isAcronym(word) || !hasVietnamese(lower) && len(lower) < 3 {
		return
	}
	s, ok := parseSyllable(lower)
	switch {
	case !ok && !w.seen[lower]:
		w.seen[lower] = true
		w.k.addRule("writing", i, "Hãy kiểm tra chính tả; nếu là từ nước ngoài hay tên riêng thì giữ nguyên.",
			"%q không phải một âm tiết tiếng Việt (sai phụ âm đầu, vần hoặc dấu thanh)", word)
	case ok && !attested[lower] && !unicode.IsUpper([]rune(word)[0]) && !w.seen[lower]:
		w.seen[lower] = true
		if w.rare < 0 {
			w.rare = i
		}
		w.rareWords = append(w.rareWords, lower)
	}
	if ok && s.tone != 0 {
		key := toneKey(lower)
		if w.spellings[key] == nil {
			w.spellings[key] = map[string]int{}
		}
		if _, seen := w.spellings[key][lower]; !seen {
			w.spellings[key][lower] = i
		}
	}
}

// placements reports each word written with two tone placements.
func (w *writer) placements() {
	var keys []string
	for key, sp := range w.spellings {
		if len(sp) > 1 {
			keys = append(keys, key)
		}
	}
	sort.Strings(keys)
	for _, key := range keys {
		var forms []string
		at := -1
		for s, i := range w.spellings[key] {
			forms = append(forms, s)
			if at < 0 || i > at {
				at = i
			}
		}
		sort.Strings(forms)
		w.k.addRule("writing", at, "Hãy dùng một cách đặt dấu thanh trong cả văn bản (Word: Tìm và thay thế).",
			"Cùng một chữ viết hai cách đặt dấu: %s", quoteAll(forms))
	}
}

func quoteAll(xs []string) string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = fmt.Sprintf("%q", x)
	}
	return strings.Join(out, " và ")
}

// hasVietnamese reports a letter outside ASCII (a Vietnamese vowel or đ).
func hasVietnamese(s string) bool {
	for _, r := range s {
		if r > unicode.MaxASCII {
			return true
		}
	}
	return false
}
