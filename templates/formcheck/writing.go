package formcheck

import (
	"fmt"
	"sort"
	"strings"
	"unicode"

	"github.com/baocao/baocao/templates/docread"
)

// writing checks spelling: syllables that are not Vietnamese, syllables
// not attested, doubled words, spaces around punctuation and the same word
// with both tone placements.
func (k *run) writing() {
	w := &writer{k: k, seen: map[string]bool{}, spellings: map[string]map[string]int{}, rare: -1, parsed: map[string]parsed{}}
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
	// parsed caches each word's analysis: documents repeat their words.
	parsed map[string]parsed
}

type parsed struct {
	s   syllable
	ok  bool
	key string
}

func (w *writer) parse(lower string) parsed {
	if p, ok := w.parsed[lower]; ok {
		return p
	}
	s, ok := parseSyllable(lower)
	p := parsed{s: s, ok: ok}
	if ok && s.tone != 0 {
		p.key = toneKey(lower)
	}
	w.parsed[lower] = p
	return p
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
	before, after := spacing(text)
	if before != "" && !w.seen["before:"+before] {
		w.seen["before:"+before] = true
		w.k.addRule("writing", i, "Hãy xóa dấu cách trước dấu câu.", "Có dấu cách trước dấu câu: %q", before)
	}
	if after != "" && !w.seen["after:"+after] {
		w.seen["after:"+after] = true
		w.k.addRule("writing", i, "Hãy thêm một dấu cách sau dấu câu.", "Thiếu dấu cách sau dấu câu: %q", after)
	}
}

// spacing finds the first punctuation mark after a space that follows a
// word ("kỳ ,"), and the first mark glued to the next word: a comma,
// semicolon or colon between letters ("chẽ,hồ"), a full stop before a
// capital ("xong.Tiếp"). Numbers (6,8; 4.120) and abbreviations (b/c) are
// left alone.
func spacing(text string) (before, after string) {
	rs := []rune(text)
	for i := 1; i < len(rs); i++ {
		r := rs[i]
		if !strings.ContainsRune(",.;:!?)", r) {
			continue
		}
		if before == "" && rs[i-1] == ' ' && i >= 2 && unicode.IsLetter(rs[i-2]) {
			before = string(rs[i-2 : i+1])
		}
		if after == "" && i+1 < len(rs) && unicode.IsLower(rs[i-1]) {
			next := rs[i+1]
			if strings.ContainsRune(",;:", r) && unicode.IsLetter(next) || strings.ContainsRune(".!?", r) && unicode.IsUpper(next) {
				after = string(rs[i-1 : i+2])
			}
		}
	}
	return before, after
}

func (w *writer) syllable(i int, word, lower string) {
	if isAcronym(word) || !hasVietnamese(lower) && len(lower) < 3 {
		return
	}
	an := w.parse(lower)
	s, ok := an.s, an.ok
	switch {
	case !ok && !w.seen[lower]:
		w.seen[lower] = true
		w.k.addRule("writing", i, "Hãy kiểm tra chính tả; nếu là từ nước ngoài hay tên riêng thì giữ nguyên.",
			"%q không phải một âm tiết tiếng Việt (sai phụ âm đầu, vần hoặc dấu thanh)", word)
	case ok && !docread.Attested(lower) && !unicode.IsUpper([]rune(word)[0]) && !w.seen[lower]:
		w.seen[lower] = true
		if w.rare < 0 {
			w.rare = i
		}
		w.rareWords = append(w.rareWords, lower)
	}
	if ok && s.tone != 0 {
		key := an.key
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
