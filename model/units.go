package model

import (
	"strconv"
	"strings"
	"unicode"
)

// UnitPeriod is what commune-level administrative units existed between
// From and Until (a zero From means since before any report; a zero Until,
// still so): their kinds, each with its classes, and examples of the bodies
// above them, for hints. It is data (templates/rules/units.rules).
type UnitPeriod struct {
	ID    string
	Basis string
	From  Date
	Until Date
	// Kinds lists the commune-level kinds of the period in chooser order.
	Kinds []KindRule
	// ParentState and ParentParty are examples of the body right above a
	// commune-level unit, for a state and a party report ("UBND huyện Đông
	// Sơn" before the 2025 reform, "UBND tỉnh Lâm Hà" after).
	ParentState, ParentParty string
	// IssuerState and IssuerParty are examples of a directive's issuer.
	IssuerState, IssuerParty string
}

// KindRule is one unit kind of a period and the classes it is divided into.
type KindRule struct {
	Kind    UnitKind
	Label   string
	Classes []ClassRule
}

// ClassRule is one class (phân loại): its value as stored ("I", "DB") and
// its label ("Loại I", "Loại đặc biệt").
type ClassRule struct {
	Value, Label string
}

// Abolition is a set of bodies that ceased to exist on From: the words that
// name them in a body's name ("huyện", "Huyện ủy"), and, for words shared
// with bodies that remain ("thành phố", "Thành ủy"), the names that remain.
type Abolition struct {
	ID    string
	Basis string
	From  Date
	// Level names what ended, in running text, e.g. "cấp huyện".
	Level string
	// Words name an abolished body wherever they appear as whole words.
	Words []string
	// NamedWords name an abolished body only when followed by a name that is
	// not in Remain (a city under a province, not a centrally-run city).
	NamedWords []string
	Remain     []string
	// Instead says what to write instead, e.g. "UBND tỉnh, Tỉnh ủy".
	Instead string
}

// Term is one term of office of a body (party congress or HĐND): the years
// it spans and the day it began, for choosing the staffing regime of the
// start-of-term column when the clerk does not give the day.
type Term struct {
	ID    string
	Body  Profile // ProfileParty: đại hội đảng bộ; ProfileState: HĐND
	Start int     // first year, e.g. 2021
	End   int     // last year, e.g. 2026
	Began Date
	Basis string
}

// Span writes the term's years as "2021-2026".
func (t Term) Span() string { return strconv.Itoa(t.Start) + "-" + strconv.Itoa(t.End) }

// TermYears is the length of a term of office: five years.
const TermYears = 5

// ParseTerm reads a term as typed, "2020-2025", "2020 – 2025" or
// "2020 - 2025", into its first and last year. ok is false for any other
// form; a span other than five years is for the caller to judge.
func ParseTerm(s string) (start, end int, ok bool) {
	a, b, found := strings.Cut(fold(s), "-")
	if !found {
		return 0, 0, false
	}
	a, b = strings.TrimSpace(a), strings.TrimSpace(b)
	if len(a) != 4 || len(b) != 4 || !allDigits(a) || !allDigits(b) {
		return 0, 0, false
	}
	start, _ = strconv.Atoi(a)
	end, _ = strconv.Atoi(b)
	return start, end, true
}

// UnitsOn returns the period of administrative units in force on d.
func (r Rules) UnitsOn(d Date) (UnitPeriod, bool) {
	for _, p := range r.Units {
		if (p.From.IsZero() || !d.Before(p.From)) && (p.Until.IsZero() || !p.Until.Before(d)) {
			return p, true
		}
	}
	return UnitPeriod{}, false
}

// Kind returns the period's rule for a kind, or false when the kind did
// not exist then.
func (p UnitPeriod) Kind(k UnitKind) (KindRule, bool) {
	for _, kr := range p.Kinds {
		if kr.Kind == k {
			return kr, true
		}
	}
	return KindRule{}, false
}

// KindOptions lists the kinds a chooser offers in the period, as choice
// options ("xa=Xã"): the given options (an outline's), with the
// commune-level ones replaced by the period's (in the place of the first).
func (p UnitPeriod) KindOptions(own []string) []string {
	var out []string
	placed := false
	for _, opt := range own {
		v, _ := SplitOption(opt)
		if !UnitKind(v).IsCommuneLevel() {
			out = append(out, opt)
			continue
		}
		if placed {
			continue
		}
		placed = true
		for _, k := range p.Kinds {
			out = append(out, string(k.Kind)+"="+k.Label)
		}
	}
	return out
}

// ClassOptions lists the classes of a kind in the period as choice options
// ("DB=Loại đặc biệt"); none for a unit that is not commune-level (a cấp
// ủy or an agency has no class).
func (p UnitPeriod) ClassOptions(kind UnitKind) []string {
	var out []string
	for _, k := range p.Kinds {
		if k.Kind != kind {
			continue
		}
		for _, c := range k.Classes {
			out = append(out, c.Value+"="+c.Label)
		}
	}
	return out
}

// Class returns the kind's class with the given value.
func (k KindRule) Class(value string) (ClassRule, bool) {
	value = strings.TrimSpace(value)
	for _, c := range k.Classes {
		if c.Value == value {
			return c, true
		}
	}
	return ClassRule{}, false
}

// ClassLabel returns how a class value is written after "loại": the label of
// any period that knows it ("đặc biệt" for "DB"), else the value itself.
func (r Rules) ClassLabel(value string) string {
	for _, p := range r.Units {
		for _, k := range p.Kinds {
			if c, ok := k.Class(value); ok {
				return strings.TrimPrefix(c.Label, "Loại ")
			}
		}
	}
	return value
}

// AbolishedOn returns the first abolition in force on d that names the body
// text, with the words that matched; false when text names no body that had
// ceased to exist by d.
func (r Rules) AbolishedOn(d Date, text string) (Abolition, string, bool) {
	for _, a := range r.Abolished {
		if d.Before(a.From) {
			continue
		}
		if w, ok := a.Names(text); ok {
			return a, w, true
		}
	}
	return Abolition{}, "", false
}

// Names reports whether text names one of the abolished bodies and returns
// the words that did (as written in text, with the name after them).
func (a Abolition) Names(text string) (string, bool) {
	words := splitWords(text)
	low := make([]string, len(words))
	for i, w := range words {
		low[i] = fold(w)
	}
	for i := range low {
		for _, w := range a.Words {
			if n := matchAt(low, i, w); n > 0 {
				return phrase(words, i, n, 3), true
			}
		}
		for _, w := range a.NamedWords {
			n := matchAt(low, i, w)
			if n == 0 || i+n >= len(low) || a.remains(low[i+n:]) {
				continue
			}
			return phrase(words, i, n, 3), true
		}
	}
	return "", false
}

// remains reports whether the words after a NamedWord start the name of
// a body that remains (a centrally-run city after "thành phố").
func (a Abolition) remains(rest []string) bool {
	for _, name := range a.Remain {
		parts := strings.Fields(fold(name))
		if len(parts) <= len(rest) && equalWords(rest[:len(parts)], parts) {
			return true
		}
	}
	return false
}

func matchAt(low []string, i int, phraseText string) int {
	parts := strings.Fields(fold(phraseText))
	if len(parts) == 0 || i+len(parts) > len(low) || !equalWords(low[i:i+len(parts)], parts) {
		return 0
	}
	return len(parts)
}

func equalWords(a, b []string) bool {
	for i := range b {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// phrase returns the n matched words and up to more words after them.
func phrase(words []string, i, n, more int) string {
	end := min(i+n+more, len(words))
	return strings.Join(words[i:end], " ")
}

// splitWords splits a body's name into words, dropping punctuation.
func splitWords(s string) []string {
	return strings.FieldsFunc(CleanLine(s), func(r rune) bool {
		return unicode.IsSpace(r) || (unicode.IsPunct(r) && r != '-')
	})
}

// TermOn returns the body's term in force on d: the last one begun by d.
func (r Rules) TermOn(body Profile, d Date) (Term, bool) {
	var out Term
	found := false
	for _, t := range r.Terms {
		if t.Body == body && !d.Before(t.Began) && (!found || out.Began.Before(t.Began)) {
			out, found = t, true
		}
	}
	return out, found
}

// TermSpan returns the body's term with the given years, or, failing that,
// any body's.
func (r Rules) TermSpan(body Profile, start, end int) (Term, bool) {
	var other Term
	found := false
	for _, t := range r.Terms {
		if t.Start != start || t.End != end {
			continue
		}
		if t.Body == body {
			return t, true
		}
		if !found {
			other, found = t, true
		}
	}
	return other, found
}
