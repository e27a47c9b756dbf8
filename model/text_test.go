package model

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestIsCleanQuietRunes: the table of quiet runes gives the full check's
// answer for every rune it covers (and a few past it), alone and between
// the neighbours that could compose with it or be reordered around it.
func TestIsCleanQuietRunes(t *testing.T) {
	around := []string{"", "a", "ơ", "\u0301", "\u1161", "\t", "\xff"}
	for r := rune(0); r < quietEnd+0x100; r++ {
		one := string(r)
		for _, before := range around {
			for _, after := range around {
				s := before + one + after
				if got, want := isClean(s), isCleanSlow(s); got != want {
					t.Fatalf("isClean(%q) = %v, the full check says %v", s, got, want)
				}
			}
		}
	}
}

// TestCleanKeepsCleanText: text that is already clean comes back as it is,
// without a copy.
func TestCleanKeepsCleanText(t *testing.T) {
	tests := []string{
		"",
		"Ủy ban nhân dân phường Đông Hòa",
		"Năm qua, đội ngũ công chức giải quyết kịp thời hồ sơ — đúng hạn “100%”.\nSố tiền: 5.000.000 ₫ № 12",
		"UBND",
	}
	for _, s := range tests {
		if got := Clean(s); got != s {
			t.Errorf("Clean(%q) = %q", s, got)
		}
		if n := testing.AllocsPerRun(10, func() { Clean(s) }); n != 0 {
			t.Errorf("Clean(%q) makes %v allocations, want none", s, n)
		}
		if !isClean(s) || !utf8.ValidString(s) {
			t.Errorf("isClean(%q) is false", s)
		}
	}
}

// FuzzSingleSpaced: singleSpaced says exactly when joining the words of a
// text by single spaces gives the text back, so fold may skip that work.
func FuzzSingleSpaced(f *testing.F) {
	for _, s := range []string{"", " ", "a", "a b", "a  b", " a", "a ", "a\tb", "a\u00a0b", "Chủ tịch UBND"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		joined := strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " ")
		if singleSpaced(s) != (joined == s) {
			t.Fatalf("singleSpaced(%q) = %v, but the words joined are %q", s, singleSpaced(s), joined)
		}
	})
}

// FuzzDateParts: dateParts splits a date as strings.FieldsFunc at its
// separators does, and says when that gives three parts.
func FuzzDateParts(f *testing.F) {
	for _, s := range []string{"29/8/2023", "2023-08-29", "1//2/2023", "/1/2/3/", "1.2.3.4", "", "///", "ngày 1/2/3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := strings.FieldsFunc(s, func(r rune) bool { return r == '/' || r == '-' || r == '.' })
		parts, ok := dateParts(s)
		if ok != (len(want) == 3) || (ok && parts != [3]string(want)) {
			t.Fatalf("dateParts(%q) = %q, %v; FieldsFunc gives %q", s, parts, ok, want)
		}
	})
}
