package model

import (
	"fmt"
	"strconv"
	"strings"
)

// BlankDay is the form a date takes when its day is left for the văn thư
// to write at issue ("ngày  tháng 6 năm 2026"): "/6/2026".
func BlankDay(month, year int) string {
	return "/" + strconv.Itoa(month) + "/" + strconv.Itoa(year)
}

// ParseBlankDay reads a date whose day is left blank ("/6/2026", as
// BlankDay writes it); ok is false for any other text.
func ParseBlankDay(s string) (month, year int, ok bool) {
	s = strings.TrimSpace(s)
	if !strings.HasPrefix(s, "/") {
		return 0, 0, false
	}
	parts := strings.Split(s[1:], "/")
	if len(parts) != 2 || !allDigits(parts[0]) || len(parts[0]) > 2 || !allDigits(parts[1]) || len(parts[1]) != 4 {
		return 0, 0, false
	}
	month, _ = strconv.Atoi(parts[0])
	year, _ = strconv.Atoi(parts[1])
	return month, year, month >= 1 && month <= 12
}

// BlankDayLine is the place-and-date line of a date with a blank day: room
// for the day, then the month (01, 02 with a zero as in DateLine) and year.
func BlankDayLine(place string, month, year int) string {
	m := strconv.Itoa(month)
	if month < 3 {
		m = "0" + m
	}
	return fmt.Sprintf("%s, ngày     tháng %s năm %d", strings.TrimSpace(place), m, year)
}

// LeftForIssue reports what of an imported report's number and date the
// source left blank for the văn thư to fill in at issue ("Số:   /BC-UBND",
// "ngày  tháng 6 năm 2026"): a legitimate state that the checks do not
// count, named only at export. A report started in baocao has neither:
// its number is simply still to come, and its checks name a blank day.
func LeftForIssue(r Report) (number, day bool) {
	if !r.Imported {
		return false, false
	}
	_, _, day = ParseBlankDay(r.Doc.Date)
	return strings.TrimSpace(r.Doc.Number) == "", day
}

// IssueNote is the export-time note of LeftForIssue, in Vietnamese
// ("chưa điền số, ngày — văn thư điền khi ban hành"); "" when nothing is
// left blank.
func IssueNote(number, day bool) string {
	var parts []string
	if number {
		parts = append(parts, "số")
	}
	if day {
		parts = append(parts, "ngày")
	}
	if len(parts) == 0 {
		return ""
	}
	return "chưa điền " + strings.Join(parts, ", ") + " — văn thư điền khi ban hành"
}
