package pdf

import (
	"encoding/binary"
	"errors"
	"sort"
)

// span is a range of code points [lo, hi] that a font maps to glyphs.
type span struct{ lo, hi rune }

// coverage is the set of code points a font can draw, as sorted spans.
type coverage []span

// has reports whether the font maps r to a glyph.
func (c coverage) has(r rune) bool {
	i := sort.Search(len(c), func(i int) bool { return c[i].hi >= r })
	return i < len(c) && c[i].lo <= r
}

var errCmap = errors.New("pdf: the font has no Unicode cmap that can be read")

// parseCmap reads the code points a TrueType font maps from its 'cmap'
// table: the Unicode subtable in format 12 (all planes) when there is one,
// else format 4 (the Basic Multilingual Plane). Mappings to glyph 0
// (.notdef) do not count.
func parseCmap(font []byte) (coverage, error) {
	table, ok := findTable(font, "cmap")
	if !ok || len(table) < 4 {
		return nil, errCmap
	}
	n := int(u16(table, 2))
	var best []byte
	bestFormat := 0
	for i := range n {
		rec := 4 + 8*i
		if rec+8 > len(table) {
			return nil, errCmap
		}
		platform, encoding := u16(table, rec), u16(table, rec+2)
		off := int(u32(table, rec+4))
		if !unicodeEncoding(platform, encoding) || off+2 > len(table) || off < 0 {
			continue
		}
		sub := table[off:]
		if f := int(u16(sub, 0)); (f == 12 || f == 4) && f > bestFormat {
			best, bestFormat = sub, f
		}
	}
	switch bestFormat {
	case 12:
		return format12(best)
	case 4:
		return format4(best)
	}
	return nil, errCmap
}

func unicodeEncoding(platform, encoding uint16) bool {
	return platform == 0 || platform == 3 && (encoding == 1 || encoding == 10)
}

// findTable returns a table of an sfnt font by its tag.
func findTable(font []byte, tag string) ([]byte, bool) {
	if len(font) < 12 {
		return nil, false
	}
	n := int(u16(font, 4))
	for i := range n {
		rec := 12 + 16*i
		if rec+16 > len(font) {
			return nil, false
		}
		if string(font[rec:rec+4]) != tag {
			continue
		}
		off, length := int64(u32(font, rec+8)), int64(u32(font, rec+12))
		if off+length > int64(len(font)) {
			return nil, false
		}
		return font[off : off+length], true
	}
	return nil, false
}

func format12(sub []byte) (coverage, error) {
	if len(sub) < 16 {
		return nil, errCmap
	}
	n := int64(u32(sub, 12))
	if 16+12*n > int64(len(sub)) {
		return nil, errCmap
	}
	var c coverage
	for i := range int(n) {
		g := 16 + 12*i
		lo, hi, glyph := rune(u32(sub, g)), rune(u32(sub, g+4)), u32(sub, g+8)
		if lo > hi || hi > 0x10FFFF || lo < 0 {
			return nil, errCmap
		}
		if glyph == 0 {
			lo++ // the first code point maps to .notdef
		}
		if lo <= hi {
			c = append(c, span{lo, hi})
		}
	}
	return normalise(c), nil
}

func format4(sub []byte) (coverage, error) {
	if len(sub) < 14 {
		return nil, errCmap
	}
	segs := int(u16(sub, 6)) / 2
	ends, starts := 14, 14+2*segs+2
	deltas, offsets := starts+2*segs, starts+4*segs
	if offsets+2*segs > len(sub) {
		return nil, errCmap
	}
	var c coverage
	total := 0
	for i := range segs {
		end, start := rune(u16(sub, ends+2*i)), rune(u16(sub, starts+2*i))
		delta, rangeOff := u16(sub, deltas+2*i), int(u16(sub, offsets+2*i))
		if total += int(end-start) + 1; total > 0x10000 {
			return nil, errCmap // overlapping segments: not a font's cmap
		}
		for r := start; r <= end && r != 0xFFFF; r++ {
			var glyph uint16
			if rangeOff == 0 {
				glyph = uint16(r) + delta
			} else {
				at := offsets + 2*i + rangeOff + 2*int(r-start)
				if at+2 > len(sub) {
					return nil, errCmap
				}
				if glyph = u16(sub, at); glyph != 0 {
					glyph += delta
				}
			}
			if glyph != 0 {
				c = append(c, span{r, r})
			}
		}
	}
	return normalise(c), nil
}

// normalise sorts spans and merges those that touch.
func normalise(c coverage) coverage {
	sort.Slice(c, func(i, j int) bool { return c[i].lo < c[j].lo })
	var out coverage
	for _, s := range c {
		if n := len(out); n > 0 && s.lo <= out[n-1].hi+1 {
			out[n-1].hi = max(out[n-1].hi, s.hi)
			continue
		}
		out = append(out, s)
	}
	return out
}

func u16(b []byte, at int) uint16 {
	if at < 0 || at+2 > len(b) {
		return 0
	}
	return binary.BigEndian.Uint16(b[at:])
}

func u32(b []byte, at int) uint32 {
	if at < 0 || at+4 > len(b) {
		return 0
	}
	return binary.BigEndian.Uint32(b[at:])
}
