package editor

import "sort"

// wrapFrom appends to dst the starts of the rows of s from byte start on, for
// rows at most w cells wide: a row breaks after its last space that fits, or
// inside a word longer than the row. A last row exactly w wide is followed by
// an empty row, so the cursor at the end of the line stays inside the width.
// When stop is not nil, it is called with each new row start after the first
// and wrapping ends, reporting true, as soon as it returns true.
func wrapFrom(s string, start, w int, dst []int, stop func(int) bool) ([]int, bool) {
	dst = append(dst, start)
	rowW, space, spaceW := 0, -1, 0
	for i := start; i < len(s); {
		e, gw := grapheme(s, i)
		if rowW+gw > w && rowW > 0 {
			if space > dst[len(dst)-1] {
				dst = append(dst, space)
				rowW -= spaceW
			} else {
				dst = append(dst, i)
				rowW = 0
			}
			space = -1
			if stop != nil && stop(dst[len(dst)-1]) {
				return dst, true
			}
			continue
		}
		rowW += gw
		if s[i] == ' ' {
			space, spaceW = e, rowW
		}
		i = e
	}
	if rowW >= w && len(s) > start {
		dst = append(dst, len(s))
	}
	return dst, false
}

// wrapAll returns the row starts of the whole of s for width w, reusing dst.
func wrapAll(s string, w int, dst []int) []int {
	rows, _ := wrapFrom(s, 0, w, dst[:0], nil)
	return rows
}

// rewrap returns the row starts of s after old[from:oldEnd] became
// s[from:newEnd], given the rows old of the text before the change. It wraps
// again from the row before the change and stops as soon as a row starts
// where an old one did (past the change), copying the rest shifted; so the
// cost follows the rows the change moves, not the length of the line.
func rewrap(s string, old []int, w, from, oldEnd, newEnd int) []int {
	delta := newEnd - oldEnd
	r := sort.SearchInts(old, from+1) - 1
	r0 := max(0, r-2)
	out := make([]int, r0, len(old)+4)
	copy(out, old[:r0])
	k := 0
	stop := func(p int) bool {
		if p < newEnd {
			return false
		}
		q := p - delta
		k = sort.SearchInts(old, q)
		return k < len(old) && old[k] == q
	}
	out, synced := wrapFrom(s, old[r0], w, out, stop)
	if !synced {
		return out
	}
	for _, q := range old[k+1:] {
		out = append(out, q+delta)
	}
	return out
}
