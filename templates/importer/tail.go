package importer

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/baocao/baocao/model"
)

var authorityRe = regexp.MustCompile(`^(?:(TM|KT|TL|TUQ|Q)\.|(T/M|K/T)\s)\s*(.+)$`)

// isClosing reports the closing sentence ("Trên đây là báo cáo …").
func isClosing(t string) bool {
	f := Fold(t)
	return strings.HasPrefix(f, "tren day la") || strings.HasPrefix(f, "tren day ")
}

// isRecipientsMark reports the "Nơi nhận:" line.
func isRecipientsMark(t string) bool {
	return strings.HasPrefix(Fold(t), "noi nhan")
}

// tail reads the lines after the body — Nơi nhận and the signature, which
// ends with the signer's name — and returns the indexes it did not
// understand. An imported draft keeps each recipient line as written.
func tail(lines []line, r *model.Report) []int {
	var unknown []int
	var recipients []string
	inList := false
	var upper []string
	name := ""
	keep := recipient
	if r.Imported {
		keep = strings.TrimSpace
	}
	for i, l := range lines {
		t := strings.Trim(l.text, "*_ ")
		item, bullet := Bullet(t)
		switch {
		case isRecipientsMark(t):
			inList = true
			if rest := strings.TrimSpace(t[strings.Index(t, ":")+1:]); strings.Contains(t, ":") && rest != "" {
				recipients = append(recipients, keep(rest))
			}
		case inList && (bullet || strings.HasPrefix(Fold(t), "luu")):
			recipients = append(recipients, keep(item))
		case name != "":
			// The signature ends with the signer's name: what follows
			// (an appendix, a table) is not read into it (a Nơi nhận
			// printed after the signature still is).
			unknown = append(unknown, i)
		case authorityRe.MatchString(t) && signerLine(t, lines, i) && r.Signer.Above != "":
			unknown = append(unknown, i)
		case authorityRe.MatchString(t) && signerLine(t, lines, i):
			inList = false
			if r.Signer.Authority != model.AuthorityNone {
				// A second authority line ("TM. ỦY BAN NHÂN DÂN" over
				// "KT. CHỦ TỊCH"): the first is kept above it as written.
				r.Signer.Above = string(r.Signer.Authority) + " " + r.Signer.For
			}
			m := authorityRe.FindStringSubmatch(t)
			r.Signer.Authority = authority(m[1] + m[2])
			r.Signer.For = strings.TrimSpace(m[3])
		case signerLine(t, lines, i):
			inList = false
			upper = append(upper, t)
		case looksLikeName(t):
			inList = false
			name = t
		default:
			unknown = append(unknown, i)
		}
	}
	if len(recipients) > 0 {
		r.Recipients = recipients
	}
	if len(upper) > 0 {
		r.Signer.Title = upper[len(upper)-1]
		if r.Signer.Authority == model.AuthorityNone && len(upper) > 1 {
			r.Signer.For = upper[len(upper)-2]
		}
	}
	if name != "" {
		r.Signer.Name = name
	}
	return unknown
}

// signerLine reports a line of the signature block above the name: an
// authority or a title, in capitals ("PHÓ CHỦ TỊCH"), or as the source
// writes it ("Phó Chủ tịch") when the signer's name or another such line
// follows.
func signerLine(t string, lines []line, i int) bool {
	if len([]rune(t)) >= 60 {
		return false
	}
	if isUpper(t) {
		return true
	}
	if strings.ContainsAny(t, ".;:,") && !authorityRe.MatchString(t) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(t)
	if !isUpperRune(first) || i+1 >= len(lines) {
		return false
	}
	next := strings.Trim(lines[i+1].text, "*_ ")
	return looksLikeName(next) || isUpper(next) && len([]rune(next)) < 60
}

func recipient(s string) string {
	return strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s), ";,."))
}

func authority(code string) model.Authority {
	switch code {
	case "TM":
		return model.AuthorityTM
	case "KT":
		return model.AuthorityKT
	case "TL":
		return model.AuthorityTL
	case "TUQ":
		return model.AuthorityTUQ
	case "Q":
		return model.AuthorityQ
	case "T/M":
		return model.AuthorityPartyTM
	case "K/T":
		return model.AuthorityPartyKT
	}
	return model.AuthorityNone
}

// looksLikeName reports a person's name: two to six capitalised words
// without digits or punctuation.
func looksLikeName(t string) bool {
	words := strings.Fields(t)
	if len(words) < 2 || len(words) > 6 {
		return false
	}
	for _, w := range words {
		r := []rune(w)
		if !isUpperRune(r[0]) {
			return false
		}
		for _, c := range r {
			if !isLetterRune(c) {
				return false
			}
		}
	}
	return true
}
