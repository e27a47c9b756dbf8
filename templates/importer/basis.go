package importer

import (
	"regexp"
	"strings"

	"github.com/baocao/baocao/model"
)

var (
	openingRe = regexp.MustCompile(`^(?:Thực hiện|Căn cứ|Triển khai|Thi hành|Theo|Phúc đáp)\s+(.+)`)
	refRe     = regexp.MustCompile(`^\s*(?:số\s*:?\s*)?([\pL\pN][\pL\pN./-]*)`)
	// reportsRe finds ", UBND phường X báo cáo" near the end of the
	// opening sentence.
	reportsRe = regexp.MustCompile(`[,.;]\s*([^,.;]{3,120}?)\s+(?:kính\s+)?báo cáo(?:\s+(?:kết quả|như sau|cụ thể|về|tình hình)[^,.;]*)?:?\s*$`)
)

// isOpening reports whether a line is the sentence that opens the body:
// one naming the directive ("Thực hiện Công văn số … của …, UBND … báo
// cáo như sau:") or another basis ("Căn cứ Quy chế làm việc …, … như
// sau:").
func isOpening(t string) bool {
	if !openingRe.MatchString(t) {
		return false
	}
	f := Fold(t)
	return strings.Contains(f, " so ") || strings.Contains(f, "bao cao") || strings.HasSuffix(strings.TrimSpace(t), ":")
}

// basis reads the opening sentence into the directive fields and, when the
// header did not say, the issuing body.
func basis(t string, r *model.Report) {
	m := openingRe.FindStringSubmatch(t)
	if m == nil {
		return
	}
	rest := m[1]
	f := Fold(rest)
	d := &r.Directive
	if i := strings.Index(f, " so "); i >= 0 && i < 40 {
		d.Type = capitalize(strings.TrimSpace(foldPrefix(rest, f, i)))
		rest, f = foldCut(rest, f, i+len(" so ")), f[i+len(" so "):]
		if rm := refRe.FindStringSubmatchIndex(rest); rm != nil {
			d.Ref = strings.TrimRight(rest[rm[2]:rm[3]], ".,/-")
			rest = rest[rm[1]:]
			f = Fold(rest)
		}
	}
	if dm := dateRe.FindStringSubmatchIndex(rest); dm != nil && dm[0] < 12 {
		d.Date = dateText(rest[dm[2]:dm[3]], rest[dm[4]:dm[5]], rest[dm[6]:dm[7]])
		rest = rest[dm[1]:]
		f = Fold(rest)
	}
	unit := ""
	if um := reportsRe.FindStringSubmatchIndex(rest); um != nil {
		unit = strings.TrimSpace(rest[um[2]:um[3]])
		rest = rest[:um[0]]
		f = Fold(rest)
	}
	if i := strings.Index(f, "cua "); i >= 0 && i < 12 {
		issuer := foldCut(rest, f, i+len("cua "))
		fi := Fold(issuer)
		end := len(fi)
		for _, stop := range []string{" ve viec ", " ve ", ","} {
			if j := strings.Index(fi, stop); j >= 0 && j < end {
				end = j
			}
		}
		d.Issuer = strings.TrimSpace(foldPrefix(issuer, fi, end))
		rest, f = foldCut(issuer, fi, end), fi[end:]
	}
	for _, lead := range []string{" ve viec ", " ve "} {
		if i := strings.Index(" "+f, lead); i >= 0 && i < 4 {
			d.Subject = strings.Trim(strings.TrimSpace(foldCut(rest, f, max(i+len(lead)-1, 0))), ",.;: ")
			break
		}
	}
	if unit != "" && r.Unit.Issuer == "" {
		setIssuer(r, unit)
		if r.Imported {
			// The opening names the unit in running text; the header
			// prints no name the source's header did not have.
			r.Unit.Issuer = ""
		}
	}
}
