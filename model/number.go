package model

import (
	"errors"
	"strings"
)

// Number is an exact decimal value of a table cell, in ten-thousandths
// (NumberScale): "12,5" is 125000. Its magnitude is at most MaxCellValue
// units, so sums of up to 90,000 cells cannot overflow; AddNumbers reports
// when one would.
type Number int64

// NumberScale is how many Number units make 1; NumberDecimals is its number
// of decimal places.
const (
	NumberScale    = 10000
	NumberDecimals = 4
)

// MaxCellValue bounds a cell's magnitude: 10^14 (one hundred trillion), in
// whole units.
const MaxCellValue = 100_000_000_000_000

// Errors of ParseNumber, each said in Vietnamese.
var (
	ErrNotNumber      = errors.New("không phải là số (viết số như 1.234.567 hoặc 12,5)")
	ErrTooManyDecimal = errors.New("có quá 4 chữ số sau dấu phẩy")
	ErrNumberTooLarge = errors.New("lớn quá 100.000 tỷ")
)

// ParseNumber reads a number as a clerk types it in Vietnamese form: "."
// between thousands, "," before decimals ("1.234.567", "12,5"), an optional
// leading minus and an optional trailing "%". Spaces between thousands are
// accepted. A number copied from an English-locale spreadsheet ("1,234.5",
// "12.75") is read too: when both marks appear the last one is the decimal
// mark, and a lone "." is a thousands mark only when exactly three digits
// follow it (as in "1.234"). The second result reports a trailing "%".
func ParseNumber(s string) (Number, bool, error) {
	s = strings.TrimSpace(s)
	percent := strings.HasSuffix(s, "%")
	s = strings.TrimSpace(strings.TrimSuffix(s, "%"))
	neg := false
	for _, minus := range []string{"-", "−", "–"} {
		if strings.HasPrefix(s, minus) {
			neg, s = true, strings.TrimSpace(strings.TrimPrefix(s, minus))
			break
		}
	}
	whole, frac, err := splitNumber(s)
	if err != nil {
		return 0, percent, err
	}
	n, err := numberValue(whole, frac)
	if neg {
		n = -n
	}
	return n, percent, err
}

// numberSpaces removes the spaces a number may hold between thousands.
var numberSpaces = strings.NewReplacer(" ", "", "\u00a0", "", "\u202f", "")

// splitNumber returns the digits before and after the decimal mark.
func splitNumber(s string) (string, string, error) {
	s = numberSpaces.Replace(s)
	if s == "" {
		return "", "", ErrNotNumber
	}
	dec := decimalMark(s)
	whole, frac := s, ""
	if dec >= 0 {
		whole, frac = s[:dec], s[dec+1:]
	}
	group := byte('.')
	if dec >= 0 && s[dec] == '.' {
		group = ','
	}
	whole, ok := ungroup(whole, group)
	if !ok || (frac != "" && !allDigits(frac)) {
		return "", "", ErrNotNumber
	}
	return whole, frac, nil
}

// decimalMark returns the index of the decimal mark in s, or -1.
func decimalMark(s string) int {
	comma, dot := strings.LastIndexByte(s, ','), strings.LastIndexByte(s, '.')
	switch {
	case comma >= 0 && dot >= 0:
		return max(comma, dot)
	case comma >= 0:
		return comma
	case dot >= 0 && strings.Count(s, ".") == 1 && len(s)-dot-1 != 3:
		return dot
	}
	return -1
}

// ungroup removes thousands marks from whole, checking that every group
// after the first has three digits.
func ungroup(whole string, mark byte) (string, bool) {
	groups := strings.Split(whole, string(mark))
	for i, g := range groups {
		if !allDigits(g) || (i > 0 && len(g) != 3) {
			return "", false
		}
	}
	return strings.Join(groups, ""), true
}

// numberValue turns digit strings into a Number, within the bounds.
func numberValue(whole, frac string) (Number, error) {
	whole = strings.TrimLeft(whole, "0")
	if len(whole) > 15 {
		return 0, ErrNumberTooLarge
	}
	frac = strings.TrimRight(frac, "0")
	if len(frac) > NumberDecimals {
		return 0, ErrTooManyDecimal
	}
	var n int64
	for _, c := range whole {
		n = n*10 + int64(c-'0')
	}
	if n > MaxCellValue {
		return 0, ErrNumberTooLarge
	}
	n *= NumberScale
	scale := int64(NumberScale / 10)
	for _, c := range frac {
		n += int64(c-'0') * scale
		scale /= 10
	}
	return Number(n), nil
}

// ErrSumTooLarge says a total left the range a Number can hold.
var ErrSumTooLarge = errors.New("tổng quá lớn để tính")

// AddNumbers returns a+b, or ErrSumTooLarge when the sum would overflow.
func AddNumbers(a, b Number) (Number, error) {
	s := a + b
	if (a > 0 && b > 0 && s < 0) || (a < 0 && b < 0 && s >= 0) {
		return 0, ErrSumTooLarge
	}
	return s, nil
}

// Format writes n in Vietnamese form with at most decimals places after
// the comma (trailing zeros dropped): 12345678 units with 2 decimals is
// "1.234,57", rounded half away from zero.
func (n Number) Format(decimals int) string {
	decimals = min(max(decimals, 0), NumberDecimals)
	neg := n < 0
	v := int64(n)
	if neg {
		v = -v
	}
	unit := int64(1)
	for range NumberDecimals - decimals {
		unit *= 10
	}
	v = (v + unit/2) / unit
	div := int64(1)
	for range decimals {
		div *= 10
	}
	whole, frac := v/div, v%div
	out := groupThousands(whole) + fracText(frac, decimals)
	if neg && out != "0" {
		out = "-" + out
	}
	return out
}

// groupThousands writes v with "." between groups of three digits.
func groupThousands(v int64) string {
	digits := []byte(itoa(v))
	var b strings.Builder
	for i, d := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteByte(d)
	}
	return b.String()
}

// fracText writes the decimals of a value with a leading comma, trailing
// zeros dropped; empty when they are all zero.
func fracText(frac int64, decimals int) string {
	if decimals == 0 || frac == 0 {
		return ""
	}
	digits := []byte(itoa(frac))
	for len(digits) < decimals {
		digits = append([]byte{'0'}, digits...)
	}
	return "," + strings.TrimRight(string(digits), "0")
}

func itoa(v int64) string {
	if v == 0 {
		return "0"
	}
	var buf [20]byte
	i := len(buf)
	for v > 0 {
		i--
		buf[i] = byte('0' + v%10)
		v /= 10
	}
	return string(buf[i:])
}
