package model

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/cases"
	"golang.org/x/text/language"
)

// Date is a calendar date without time zone.
type Date struct {
	Year, Month, Day int
}

// IsZero reports whether the date is unset.
func (d Date) IsZero() bool { return d == Date{} }

// Before reports whether d is strictly earlier than e.
func (d Date) Before(e Date) bool {
	if d.Year != e.Year {
		return d.Year < e.Year
	}
	if d.Month != e.Month {
		return d.Month < e.Month
	}
	return d.Day < e.Day
}

// ISO returns the date as YYYY-MM-DD.
func (d Date) ISO() string {
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// Short returns the date as written in running text, "23/8/2023".
func (d Date) Short() string {
	return fmt.Sprintf("%d/%d/%d", d.Day, d.Month, d.Year)
}

// Valid reports whether the date exists on the Gregorian calendar (years
// 1900 to 2999).
func (d Date) Valid() bool {
	if d.Year < 1900 || d.Year > 2999 || d.Month < 1 || d.Month > 12 || d.Day < 1 {
		return false
	}
	return d.Day <= daysIn(d.Year, d.Month)
}

func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// ErrDateForm is returned by ParseDate for text that is not a date form.
var ErrDateForm = fmt.Errorf("ngày phải viết dạng ngày/tháng/năm, ví dụ 29/8/2023")

// ParseDate reads a date typed as day/month/year ("29/8/2023", "29/08/2023",
// "29-8-2023", "29.8.2023") or as ISO "2023-08-29". It checks the form only;
// Valid checks the calendar.
func ParseDate(s string) (Date, error) {
	s = strings.TrimSpace(s)
	parts, ok := dateParts(s)
	if !ok || len(s) > 10 {
		return Date{}, ErrDateForm
	}
	var n [3]int
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil || !allDigits(p) || len(p) > 4 {
			return Date{}, ErrDateForm
		}
		n[i] = v
	}
	if len(parts[0]) == 4 {
		return Date{Year: n[0], Month: n[1], Day: n[2]}, nil
	}
	if len(parts[2]) != 4 {
		return Date{}, ErrDateForm
	}
	return Date{Year: n[2], Month: n[1], Day: n[0]}, nil
}

// dateParts splits a date at its separators ('/', '-', '.'), runs of them
// and those at either end counting as one split; ok is false unless there
// are three parts.
func dateParts(s string) (parts [3]string, ok bool) {
	n, start := 0, -1
	for i := 0; i <= len(s); i++ {
		if i < len(s) && s[i] != '/' && s[i] != '-' && s[i] != '.' {
			if start < 0 {
				start = i
			}
			continue
		}
		if start < 0 {
			continue
		}
		if n == len(parts) {
			return parts, false
		}
		parts[n], n, start = s[start:i], n+1, -1
	}
	return parts, n == len(parts)
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// DateLine returns the place-and-date line of NĐ 30/2020 and HD 36:
// "Phổ Minh, ngày 05 tháng 02 năm 2026". Days below 10 and months below 3
// take a leading zero; others do not.
func DateLine(place string, d Date) string {
	day := strconv.Itoa(d.Day)
	if d.Day < 10 {
		day = "0" + day
	}
	month := strconv.Itoa(d.Month)
	if d.Month < 3 {
		month = "0" + month
	}
	return fmt.Sprintf("%s, ngày %s tháng %s năm %d", strings.TrimSpace(place), day, month, d.Year)
}

// PadNumber writes a document number with a leading zero below 10 ("05").
// Text that is not a plain number is returned trimmed, unchanged.
func PadNumber(number string) string {
	number = strings.TrimSpace(number)
	n, err := strconv.Atoi(number)
	if err != nil || n < 0 {
		return number
	}
	return fmt.Sprintf("%02d", n)
}

// NumberLine returns the number-and-symbol line: "Số: 05/BC-UBND" for a
// state document (NĐ 30/2020), "Số 05-BC/ĐU" for a party one (HD 36). An
// empty number leaves room to write it by hand ("Số:      /BC-UBND").
func NumberLine(p Profile, number, typeCode, issuerCode string) string {
	num := PadNumber(number)
	if p == ProfileParty {
		if num == "" {
			num = "     "
		}
		return fmt.Sprintf("Số %s-%s/%s", num, typeCode, issuerCode)
	}
	if num == "" {
		return fmt.Sprintf("Số:      /%s-%s", typeCode, issuerCode)
	}
	return fmt.Sprintf("Số: %s/%s-%s", num, typeCode, issuerCode)
}

// CountText writes a staffing count the way reports do: 01, 02, … 09, 10.
func CountText(n int) string {
	return fmt.Sprintf("%02d", n)
}

var viUpper = cases.Upper(language.Vietnamese)

// upper upper-cases Vietnamese text.
func upper(s string) string { return viUpper.String(s) }

// Upper upper-cases Vietnamese text for headers and titles.
func Upper(s string) string { return upper(s) }

// fold returns a comparison key: NFC, lower case, single spaces, and the
// dash variants (-, –, —) made one.
func fold(s string) string {
	s = strings.ToLower(CleanLine(s))
	s = strings.Map(func(r rune) rune {
		if r == '–' || r == '—' {
			return '-'
		}
		return r
	}, s)
	if singleSpaced(s) {
		return s
	}
	return strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " ")
}

// singleSpaced reports whether s is its words joined by single spaces: no
// white space at either end, none but ' ' between words and no two in a
// row.
func singleSpaced(s string) bool {
	space := true // before the first word
	for _, r := range s {
		blank := unicode.IsSpace(r)
		if blank && (space || r != ' ') {
			return false
		}
		space = blank
	}
	return !space || s == ""
}

// trimmed trims white space.
func trimmed(s string) string { return strings.TrimSpace(s) }
