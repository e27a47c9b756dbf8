package diff

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Op says what happened to a run of text.
type Op int8

// The operations of a Part or a Para.
const (
	Equal  Op = iota // kept as it was
	Insert           // added in the newer text
	Delete           // removed from the older text
)

// Part is a run of text with what happened to it.
type Part struct {
	Op   Op
	Text string
}

// tokens splits text into words (letters, digits and their combining
// marks), runs of spaces, and single other characters, so that a change
// is marked by whole words and punctuation.
func tokens(s string) []string {
	var out []string
	for s != "" {
		r, n := utf8.DecodeRuneInString(s)
		class := classOf(r)
		if class == 2 {
			out, s = append(out, s[:n]), s[n:]
			continue
		}
		end := n
		for end < len(s) {
			r2, n2 := utf8.DecodeRuneInString(s[end:])
			if classOf(r2) != class {
				break
			}
			end += n2
		}
		out, s = append(out, s[:end]), s[end:]
	}
	return out
}

// classOf is 0 for word characters, 1 for spaces, 2 for anything else.
func classOf(r rune) int {
	switch {
	case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.M, r):
		return 0
	case unicode.IsSpace(r):
		return 1
	}
	return 2
}

// segment is kept text, or a change: text deleted and text inserted.
type segment struct {
	equal, del, ins strings.Builder
	change          bool
}

// Words compares two paragraphs word by word. The parts, joined, give a
// when the Insert parts are left out and b when the Delete parts are; in
// a changed stretch the deletion comes before the insertion.
func Words(a, b string) []Part {
	ta, tb := tokens(a), tokens(b)
	var segs []*segment
	last := func(change bool) *segment {
		if n := len(segs); n > 0 && segs[n-1].change == change {
			return segs[n-1]
		}
		segs = append(segs, &segment{change: change})
		return segs[len(segs)-1]
	}
	for _, e := range script(ta, tb) {
		switch e.op {
		case Equal:
			last(false).equal.WriteString(ta[e.a])
		case Delete:
			last(true).del.WriteString(ta[e.a])
		case Insert:
			last(true).ins.WriteString(tb[e.b])
		}
	}
	return partsOf(joinSpaces(segs))
}

// joinSpaces folds a run of spaces kept between two changes into both, so
// that "một hai" → "ba bốn" reads as one replacement, not two.
func joinSpaces(segs []*segment) []*segment {
	var out []*segment
	for i := 0; i < len(segs); i++ {
		s := segs[i]
		n := len(out)
		if !s.change && i+1 < len(segs) && n > 0 && out[n-1].change &&
			strings.TrimSpace(s.equal.String()) == "" {
			prev, next := out[n-1], segs[i+1]
			sp := s.equal.String()
			prev.del.WriteString(sp + next.del.String())
			prev.ins.WriteString(sp + next.ins.String())
			i++
			continue
		}
		out = append(out, s)
	}
	return out
}

func partsOf(segs []*segment) []Part {
	var out []Part
	add := func(op Op, text string) {
		if text != "" {
			out = append(out, Part{op, text})
		}
	}
	for _, s := range segs {
		if !s.change {
			add(Equal, s.equal.String())
			continue
		}
		add(Delete, s.del.String())
		add(Insert, s.ins.String())
	}
	return out
}

// counts returns the characters inserted and deleted in parts.
func counts(parts []Part) (added, removed int) {
	for _, p := range parts {
		switch p.Op {
		case Insert:
			added += utf8.RuneCountInString(p.Text)
		case Delete:
			removed += utf8.RuneCountInString(p.Text)
		}
	}
	return added, removed
}

// Old returns the older text of parts (Equal and Delete).
func Old(parts []Part) string { return join(parts, Insert) }

// New returns the newer text of parts (Equal and Insert).
func New(parts []Part) string { return join(parts, Delete) }

func join(parts []Part, skip Op) string {
	var b strings.Builder
	for _, p := range parts {
		if p.Op != skip {
			b.WriteString(p.Text)
		}
	}
	return b.String()
}
