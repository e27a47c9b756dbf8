package model

import (
	"errors"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// PeriodKind is how often a report comes: monthly, quarterly, half-yearly
// (6 tháng), yearly or weekly.
type PeriodKind int

// The period kinds; PeriodNone is a text that names no period.
const (
	PeriodNone PeriodKind = iota
	PeriodMonth
	PeriodQuarter
	PeriodHalf
	PeriodYear
	PeriodWeek
)

// ErrNoPeriod is returned by NextPeriod for a report whose subject, opening
// and closing name no reporting period.
var ErrNoPeriod = errors.New("trích yếu của báo cáo không ghi kỳ báo cáo (tuần, tháng, quý, 6 tháng hay năm), nên không biết kỳ sau là kỳ nào; hãy ghi kỳ vào trích yếu, ví dụ “tháng 6 năm 2026”, rồi làm lại")

// periodWords finds the period expressions of a text, leftmost first. A
// full date ("ngày 05 tháng 6 năm 2026", the day possibly left blank) comes
// first so that its month is never taken for a period.
var periodWords = regexp.MustCompile(`(?i)` +
	`(?P<date>\bngày\s+(?:\d{1,2}\s+)?tháng\s+\d{1,2}\s+năm\s+\d{4})` +
	`|(?P<half>\b(?:6|sáu|9|chín)\s+tháng\s+(?:đầu|cuối)\s+năm(?:\s+\d{4}\b)?)` +
	`|(?P<quarter>\bquý\s+(?:IV|III|II|I|[1-4])\b(?:(?:\s+năm\s+|\s*/\s*)\d{4}\b)?)` +
	`|(?P<month>\btháng\s+\d{1,2}\b(?:(?:\s+năm\s+|\s*/\s*)\d{4}\b)?)` +
	`|(?P<year>\bnăm\s+\d{4}\b)` +
	`|(?P<week>\btuần\s+\d{1,2}\b(?:\s+năm\s+\d{4}\b)?)`)

var (
	numberRun = regexp.MustCompile(`\d+`)
	quarterNo = regexp.MustCompile(`(?i)(quý\s+)(IV|III|II|I|[1-4])\b`)
	halfParts = regexp.MustCompile(`(?is)^\S+\s+tháng\s+(đầu|cuối)\s+(năm.*)$`)
	romans    = []string{"I", "II", "III", "IV"}
)

// PeriodOf returns the kind of the first period the text names.
func PeriodOf(text string) PeriodKind {
	for _, m := range periodWords.FindAllStringSubmatchIndex(text, -1) {
		if k := kindOf(m); k != PeriodNone {
			return k
		}
	}
	return PeriodNone
}

// kindOf names which alternative of periodWords a match is.
func kindOf(m []int) PeriodKind {
	for i, k := range []PeriodKind{PeriodHalf, PeriodQuarter, PeriodMonth, PeriodYear, PeriodWeek} {
		if m[2*(i+2)] >= 0 {
			return k
		}
	}
	return PeriodNone
}

// AdvancePeriod moves every expression of kind k in the text one period
// on and leaves the rest as written: "tháng 6" becomes "tháng 7", "tháng 12
// năm 2026" "tháng 01 năm 2027", "quý IV/2026" "quý I/2027", "6 tháng đầu
// năm 2026" "năm 2026", "6 tháng cuối năm 2026" "năm 2027", "năm 2026"
// "năm 2027". Full dates are never touched.
func AdvancePeriod(text string, k PeriodKind) string {
	if k == PeriodNone {
		return text
	}
	var b strings.Builder
	last := 0
	for _, m := range periodWords.FindAllStringSubmatchIndex(text, -1) {
		if kindOf(m) != k {
			continue
		}
		b.WriteString(text[last:m[0]])
		b.WriteString(advanceOne(text[m[0]:m[1]], k))
		last = m[1]
	}
	b.WriteString(text[last:])
	return b.String()
}

func advanceOne(s string, k PeriodKind) string {
	switch k {
	case PeriodMonth:
		return advanceMonth(s)
	case PeriodQuarter:
		return advanceQuarter(s)
	case PeriodHalf:
		return advanceHalf(s)
	case PeriodWeek:
		return advanceWeek(s)
	}
	return advanceYear(s)
}

// advanceWeek moves "tuần N[ năm YYYY]" on a week: after the year's last
// ISO week (52 or 53) to week 1 of the next year; without a year, after
// week 53.
func advanceWeek(s string) string {
	loc := numberRun.FindAllStringIndex(s, 2)
	week, _ := strconv.Atoi(s[loc[0][0]:loc[0][1]])
	last := 53
	if len(loc) == 2 {
		year, _ := strconv.Atoi(s[loc[1][0]:loc[1][1]])
		_, last = time.Date(year, 12, 28, 0, 0, 0, 0, time.UTC).ISOWeek()
	}
	if week < last {
		return s[:loc[0][0]] + strconv.Itoa(week+1) + s[loc[0][1]:]
	}
	return advanceYear(s[:loc[0][0]] + "1" + s[loc[0][1]:])
}

// advanceMonth moves "tháng M[ năm YYYY]" on a month, into the next year
// after December. The month keeps the source's way with zeros: "06"
// becomes "07" and "1" becomes "2"; where the source does not show it
// (months 3 to 12), months below 3 take a zero as NĐ 30/2020 writes them.
func advanceMonth(s string) string {
	loc := numberRun.FindAllStringIndex(s, 2)
	digits := s[loc[0][0]:loc[0][1]]
	month, _ := strconv.Atoi(digits)
	if month < 1 || month > 12 {
		return s
	}
	next, wrapped := month%12+1, month == 12
	out := s[:loc[0][0]] + monthDigits(next, digits) + s[loc[0][1]:]
	if wrapped && len(loc) == 2 {
		return advanceYear(out)
	}
	return out
}

func monthDigits(month int, source string) string {
	n, _ := strconv.Atoi(source)
	text := strconv.Itoa(month)
	padAll := strings.HasPrefix(source, "0") && n >= 3
	padNone := !strings.HasPrefix(source, "0") && n < 3
	if month < 10 && (padAll || month < 3 && !padNone) {
		return "0" + text
	}
	return text
}

// advanceQuarter moves "quý I" to "quý II", "quý 4 năm 2026" to "quý 1
// năm 2027", keeping Roman or Arabic numerals as written.
func advanceQuarter(s string) string {
	m := quarterNo.FindStringSubmatchIndex(s)
	mark := s[m[4]:m[5]]
	n, err := strconv.Atoi(mark)
	roman := err != nil
	if roman {
		n = romanValue(mark)
	}
	next := strconv.Itoa(n%4 + 1)
	if roman {
		next = romans[n%4]
		if isLower(mark) {
			next = strings.ToLower(next)
		}
	}
	out := s[:m[4]] + next + s[m[5]:]
	if n == 4 {
		return advanceYear(out)
	}
	return out
}

func romanValue(mark string) int {
	for i, r := range romans {
		if strings.EqualFold(r, mark) {
			return i + 1
		}
	}
	return 0
}

func isLower(s string) bool { return strings.ToLower(s) == s }

// advanceHalf turns the first months of a year into the whole year ("6
// tháng đầu năm 2026" → "năm 2026") and the last six, which a half-year
// report names as its outlook, into the next whole year ("6 tháng cuối
// năm 2026" → "năm 2027"), keeping the capital of a sentence start.
func advanceHalf(s string) string {
	m := halfParts.FindStringSubmatch(s)
	out := matchCapital(s, m[2])
	if strings.EqualFold(m[1], "cuối") {
		return advanceYear(out)
	}
	return out
}

// matchCapital gives out the case of s's first letter.
func matchCapital(s, out string) string {
	r, _ := utf8.DecodeRuneInString(s)
	o, size := utf8.DecodeRuneInString(out)
	if unicode.IsUpper(r) {
		return string(unicode.ToUpper(o)) + out[size:]
	}
	return string(unicode.ToLower(o)) + out[size:]
}

// advanceYear adds one to the last four-digit year in s.
func advanceYear(s string) string {
	loc := numberRun.FindAllStringIndex(s, -1)
	for i := len(loc) - 1; i >= 0; i-- {
		if loc[i][1]-loc[i][0] == 4 {
			y, _ := strconv.Atoi(s[loc[i][0]:loc[i][1]])
			return s[:loc[i][0]] + strconv.Itoa(y+1) + s[loc[i][1]:]
		}
	}
	return s
}

// NextPeriod starts the report of the period after r's (báo cáo kỳ sau):
// the period named first in the subject (else the opening as written, the
// directive's subject the composed opening cites, the closing) sets the
// kind, and every expression of that kind in those texts moves one period
// on. The
// number and the date are left blank for the văn thư; unit, directive,
// answers, staffing, signer, recipients and unplaced paragraphs are kept
// as written, for the clerk to edit. It returns ErrNoPeriod, and r
// unchanged, when none of the texts names a period.
func NextPeriod(r Report) (Report, error) {
	next := r.Clone()
	kind := PeriodNone
	for _, t := range []string{r.Doc.Subject, r.Opening, r.Directive.Subject, r.Closing} {
		if kind = PeriodOf(t); kind != PeriodNone {
			break
		}
	}
	if kind == PeriodNone {
		return r, ErrNoPeriod
	}
	for _, p := range []*string{&next.Doc.Subject, &next.Opening, &next.Directive.Subject, &next.Closing} {
		*p = AdvancePeriod(*p, kind)
	}
	next.Doc.Number, next.Doc.Date = "", ""
	return next, nil
}
