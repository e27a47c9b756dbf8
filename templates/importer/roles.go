package importer

import (
	"slices"
	"strings"

	"github.com/baocao/baocao/model"
)

// abbrev expands the abbreviations clerks use in staffing lists, word by
// folded word. Words not listed stay as they are.
var abbrev = map[string]string{
	"ubnd": "uy ban nhan dan", "hdnd": "hoi dong nhan dan", "ub": "uy ban",
	"ct": "chu tich", "pct": "pho chu tich", "bt": "bi thu", "pbt": "pho bi thu",
	"du": "dang uy", "mttq": "mat tran to quoc", "mttqvn": "mat tran to quoc",
	"ubmttq": "uy ban mat tran to quoc", "ubmttqvn": "uy ban mat tran to quoc",
	"lhpn": "lien hiep phu nu", "hlhpn": "hoi lien hiep phu nu", "pn": "phu nu",
	"nd": "nong dan", "hnd": "hoi nong dan", "ccb": "cuu chien binh", "hccb": "hoi cuu chien binh",
	"tncs": "thanh nien cong san", "tncshcm": "thanh nien cong san ho chi minh", "hcm": "ho chi minh",
	"tn": "thanh nien", "vp": "van phong", "tk": "thong ke", "tp": "tu phap", "ht": "ho tich",
	"vh": "van hoa", "xh": "xa hoi", "tc": "tai chinh", "kt": "ke toan", "dc": "dia chinh",
	"xd": "xay dung", "dt": "do thi", "mt": "moi truong", "nn": "nong nghiep",
	"cht": "chi huy truong", "bch": "ban chi huy", "bchqs": "ban chi huy quan su", "qs": "quan su",
	"ca": "cong an", "tca": "truong cong an",
}

// filler words do not tell positions apart.
var filler = map[string]bool{"viet": true, "nam": true, "va": true, "cua": true, "hoi": true}

// unitTail are words naming the unit at the end of a title ("Chủ tịch
// UBMTTQVN phường", "Trưởng Công an xã").
var unitTail = [][]string{{"thi", "tran"}, {"phuong"}, {"xa"}, {"dac", "khu"}}

// canonical turns a title into its sorted distinctive words: folded,
// abbreviations expanded, filler and a trailing unit word dropped.
func canonical(title string) []string {
	var words []string
	for _, t := range Tokens(title) {
		if ex, ok := abbrev[t]; ok {
			words = append(words, strings.Fields(ex)...)
			continue
		}
		words = append(words, t)
	}
	for _, tail := range unitTail {
		if len(words) > len(tail) && slices.Equal(words[len(words)-len(tail):], tail) {
			words = words[:len(words)-len(tail)]
			break
		}
	}
	out := words[:0]
	for _, w := range words {
		if !filler[w] {
			out = append(out, w)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// Roles recognises a title as catalogue positions: one, or several joined
// by "kiêm" for a combined post. It returns nil when any part is unknown.
func Roles(title string, cat model.Catalogue) []string {
	var roles []string
	for _, part := range splitKiem(title) {
		id := position(part, cat)
		if id == "" {
			return nil
		}
		roles = append(roles, id)
	}
	return roles
}

func splitKiem(title string) []string {
	f := Fold(title)
	var parts []string
	for {
		i := strings.Index(f, " kiem ")
		if i < 0 {
			break
		}
		parts = append(parts, foldPrefix(title, f, i))
		title, f = foldCut(title, f, i+len(" kiem ")), f[i+len(" kiem "):]
	}
	return append(parts, title)
}

func foldPrefix(s, f string, i int) string {
	return string([]rune(s)[:len([]rune(f[:i]))])
}

// position finds the catalogue position whose title or short form has the
// same distinctive words as part, allowing one typo per word.
func position(part string, cat model.Catalogue) string {
	words := canonical(part)
	if len(words) == 0 {
		return ""
	}
	for _, p := range cat.Positions {
		for _, name := range []string{p.Title, p.Short} {
			if sameWords(words, canonical(name)) {
				return p.ID
			}
		}
	}
	return ""
}

func sameWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	used := make([]bool, len(b))
	for _, x := range a {
		j := find(x, b, used)
		if j < 0 {
			return false
		}
		used[j] = true
	}
	return true
}
