package model

import (
	"errors"
	"testing"
)

func TestParseNumber(t *testing.T) {
	tests := []struct {
		in      string
		want    Number
		percent bool
		err     error
	}{
		{"1.234.567", 1234567 * NumberScale, false, nil},
		{"12,5", 125000, false, nil},
		{"0", 0, false, nil},
		{" 45 ", 45 * NumberScale, false, nil},
		{"1 234", 1234 * NumberScale, false, nil},
		{"-3", -3 * NumberScale, false, nil},
		{"12,5%", 125000, true, nil},
		{"1,234.5", 12345000, false, nil},
		{"12.75", 127500, false, nil},
		{"1.234", 1234 * NumberScale, false, nil},
		{"1.234,25", 12342500, false, nil},
		{"0,0001", 1, false, nil},
		{"0,00001", 0, false, ErrTooManyDecimal},
		{"abc", 0, false, ErrNotNumber},
		{"", 0, false, ErrNotNumber},
		{"1.23.4", 0, false, ErrNotNumber},
		{"1..234", 0, false, ErrNotNumber},
		{",", 0, false, ErrNotNumber},
		{"1e5", 0, false, ErrNotNumber},
		{"100.000.000.000.001", 0, false, ErrNumberTooLarge},
		{"99999999999999999999999", 0, false, ErrNumberTooLarge},
	}
	for _, tt := range tests {
		got, pct, err := ParseNumber(tt.in)
		if !errors.Is(err, tt.err) || (err == nil && (got != tt.want || pct != tt.percent)) {
			t.Errorf("ParseNumber(%q) = %d, %v, %v; want %d, %v, %v", tt.in, got, pct, err, tt.want, tt.percent, tt.err)
		}
	}
}

func TestNumberFormat(t *testing.T) {
	tests := []struct {
		n        Number
		decimals int
		want     string
	}{
		{1234567 * NumberScale, 0, "1.234.567"},
		{125000, 2, "12,5"},
		{125000, 0, "13"},
		{-125000, 1, "-12,5"},
		{0, 2, "0"},
		{12345678, 2, "1.234,57"},
		{-4, 2, "0"},
	}
	for _, tt := range tests {
		if got := tt.n.Format(tt.decimals); got != tt.want {
			t.Errorf("Number(%d).Format(%d) = %q, want %q", tt.n, tt.decimals, got, tt.want)
		}
	}
}

func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{"1.234.567", "12,5", "-3%", "1,234.5", "0,0001", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, _, err := ParseNumber(s)
		if err != nil {
			return
		}
		if n > MaxCellValue*NumberScale || n < -MaxCellValue*NumberScale {
			t.Fatalf("ParseNumber(%q) = %d, out of bounds", s, n)
		}
		back, _, err := ParseNumber(n.Format(NumberDecimals))
		if err != nil || back != n {
			t.Fatalf("ParseNumber(%q) = %d; its form %q reads back as %d, %v", s, n, n.Format(NumberDecimals), back, err)
		}
	})
}
