package docread

import (
	"bufio"
	"bytes"
	_ "embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// The encodings offices still hold Vietnamese text in, besides UTF-8: the
// Windows code page 1258 and UTF-16 (Notepad's "Unicode") for plain text;
// and, inside Word files, the font encodings of before Unicode, TCVN3 (the
// ABC fonts ".VnTime", ".VnArial" …) and VNI ("VNI-Times" …), where the
// bytes are Latin-1 characters that the font draws as Vietnamese letters.
// Bytes whose encoding is not certain are decoded each way that is
// possible and kept only when the result reads as Vietnamese: most of its
// accented words must be real syllables (syllables-vi.tsv).

// Encoding names, as the import summary shows them.
const (
	encUTF16LE = "UTF-16 LE"
	encUTF16BE = "UTF-16 BE"
	encCP1258  = "Windows-1258"
	encTCVN3   = "TCVN3 (ABC)"
	encVNI     = "VNI"
)

//go:embed syllables-vi.tsv
var syllableData string

// Attested reports whether syllable (lower case, NFC) is in the embedded
// list of syllables counted in public legal and administrative texts (a
// copy of the project's shared syllables-vi.tsv): import uses it to confirm
// a legacy encoding, the form checker to warn of unattested words.
func Attested(syllable string) bool { return syllables()[syllable] }

var syllables = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	sc := bufio.NewScanner(strings.NewReader(syllableData))
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		word, _, _ := strings.Cut(line, "\t")
		out[word] = true
	}
	return out
})

// vietnamese reports whether text reads as Vietnamese: it has accented
// words and at least 70% of them are known syllables. Text without
// accented words says nothing and is not confirmed.
func vietnamese(text string) bool {
	known, total := 0, 0
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) }) {
		if isASCII(w) {
			continue
		}
		total++
		if syllables()[norm.NFC.String(strings.ToLower(w))] {
			known++
		}
	}
	return total > 0 && known*10 >= total*7
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// decodeBytes turns the bytes of a text file or of an XML part into UTF-8
// text: by BOM; UTF-16 without BOM by its zero bytes; UTF-8 when valid;
// else Windows-1258 when that reads as Vietnamese; else, when only a few
// bytes are broken, UTF-8 with those bytes as U+FFFD. enc names the
// encoding converted from ("" for UTF-8) and bad counts the broken bytes
// replaced. ok is false when the text cannot be read with confidence.
func decodeBytes(data []byte) (text, enc string, bad int, ok bool) {
	switch {
	case bytes.HasPrefix(data, []byte{0xef, 0xbb, 0xbf}):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xff, 0xfe}):
		return utf16String(data[2:], false), encUTF16LE, 0, true
	case bytes.HasPrefix(data, []byte{0xfe, 0xff}):
		return utf16String(data[2:], true), encUTF16BE, 0, true
	}
	if be, ok := utf16Order(data); ok {
		if be {
			return utf16String(data, true), encUTF16BE, 0, true
		}
		return utf16String(data, false), encUTF16LE, 0, true
	}
	if utf8.Valid(data) {
		return string(data), "", 0, true
	}
	if s, err := charmap.Windows1258.NewDecoder().Bytes(data); err == nil && vietnamese(string(s)) {
		return norm.NFC.String(string(s)), encCP1258, 0, true
	}
	bad = brokenBytes(data)
	if bad <= 8 && bad*1000 <= len(data) || bad <= 2 {
		return string(bytes.ToValidUTF8(data, []byte("\uFFFD"))), "", bad, true
	}
	return "", "", bad, false
}

// brokenBytes counts the invalid UTF-8 sequences in data.
func brokenBytes(data []byte) int {
	n := 0
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		if r == utf8.RuneError && size == 1 {
			n++
		}
		data = data[size:]
	}
	return n
}

// utf16Order recognises UTF-16 without a byte order mark: text in the
// Latin and Vietnamese ranges has a high byte of 0x00, 0x01, 0x03 (tone
// marks), 0x1E (Vietnamese letters) or 0x20 (punctuation) in every code
// unit, and the zero high bytes of spaces and digits on one side only.
func utf16Order(data []byte) (bigEndian, ok bool) {
	if len(data) < 4 || len(data)%2 != 0 || bytes.IndexByte(data, 0) < 0 {
		return false, false
	}
	for _, be := range []bool{false, true} {
		if zeros, ok := utf16Text(data, be); ok && zeros*4 >= len(data) {
			return be, true
		}
	}
	return false, false
}

// utf16Text reports whether every code unit of data, read in the byte
// order, is a tab, a line break or a printable character of the Latin and
// Vietnamese ranges, and counts the units with a zero high byte.
func utf16Text(data []byte, bigEndian bool) (zeros int, ok bool) {
	for i := 0; i < len(data); i += 2 {
		h, l := data[i+1], data[i]
		if bigEndian {
			h, l = l, h
		}
		switch h {
		case 0:
			if l < 0x20 && l != '\t' && l != '\n' && l != '\r' {
				return 0, false
			}
			zeros++
		case 0x01, 0x03, 0x1e, 0x20:
		default:
			return 0, false
		}
	}
	return zeros, true
}

func utf16String(b []byte, bigEndian bool) string {
	u := make([]uint16, len(b)/2)
	for i := range u {
		if bigEndian {
			u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
		} else {
			u[i] = uint16(b[2*i+1])<<8 | uint16(b[2*i])
		}
	}
	s := string(utf16.Decode(u))
	if len(b)%2 == 1 {
		s += string(utf8.RuneError)
	}
	return s
}

// fontEncoding returns the legacy encoding a font's name implies ("" for
// none), and whether the font draws every letter as a capital (TCVN3's
// ".VnTimeH", ".VnArialH" …).
func fontEncoding(font string) (enc string, caps bool) {
	low := strings.ToLower(strings.TrimSpace(font))
	switch {
	case strings.HasPrefix(low, ".vn"):
		return encTCVN3, strings.HasSuffix(low, "h")
	case strings.HasPrefix(low, "vni-") || strings.HasPrefix(low, "vni "):
		return encVNI, false
	}
	return "", false
}

// legacyBytes returns the bytes a legacy font's text was typed as: Word
// stores each as the Windows-1252 character of that byte (or, for a
// symbol font, U+F000 plus the byte). ok is false when the text holds any
// other character, so it was not typed in that encoding.
func legacyBytes(s string) ([]byte, bool) {
	out := make([]byte, 0, len(s))
	for _, r := range s {
		switch {
		case r <= 0xff:
			out = append(out, byte(r))
		case r >= 0xf000 && r <= 0xf0ff:
			out = append(out, byte(r-0xf000))
		default:
			b, ok := charmap.Windows1252.EncodeRune(r)
			if !ok {
				return nil, false
			}
			out = append(out, b)
		}
	}
	return out, true
}

// convertLegacy converts a run's text from a legacy font encoding to
// Unicode NFC; ok is false when the text is not in that encoding.
func convertLegacy(s, enc string, caps bool) (string, bool) {
	raw, ok := legacyBytes(s)
	if !ok || isASCII(s) {
		return s, false
	}
	var b strings.Builder
	table := tcvn3Table()
	if enc == encVNI {
		table = vniTable()
	}
	for _, c := range raw {
		if t, ok := table[c]; ok {
			b.WriteString(t)
		} else {
			b.WriteByte(c)
		}
	}
	out := norm.NFC.String(b.String())
	if caps {
		out = strings.ToUpper(out)
	}
	return out, true
}

// tcvn3Pairs is TCVN 5712:1993 VN3, the encoding of the ABC fonts: each
// pair is the Latin-1 character a byte shows as, then the Vietnamese
// letter the font draws for it. Source: the VN3 table of TCVN 5712:1993
// (the same as the TCVN3 column of Unikey's and VietKey's converters).
// Capitals with tones are drawn by the capital fonts (".VnTimeH") from the
// small letters' bytes; the seven capitals below are in every font.
const tcvn3Pairs = "µà¸á¶ả·ã¹ạ" +
	"¨ă»ằ¾ắ¼ẳ½ẵÆặ" +
	"©âÇầÊấÈẩÉẫËậ" +
	"®đ" +
	"ÌèÐéÎẻÏẽÑẹ" +
	"ªêÒềÕếÓểÔễÖệ" +
	"×ìÝíØỉÜĩÞị" +
	"ßòãóáỏâõäọ" +
	"«ôåồèốæổçỗéộ" +
	"¬ơêờíớëởìỡîợ" +
	"ïùóúñủòũôụ" +
	"\u00adưõừøứöử÷ữùự" +
	"úỳýýûỷüỹþỵ" +
	"¡Ă¢Â£Ê¤Ô¥Ơ¦Ư§Đ"

// vniPairs is VNI for Windows (the VNI-Times family): a letter is a Latin
// base letter followed by one byte for its marks, written here as the
// Latin-1 character of that byte and the combining marks it stands for;
// six bytes are whole letters. Source: the VNI Windows table of VNI
// Software (the same as the VNI column of Unikey's and VietKey's
// converters).
var vniPairs = []struct{ from, to string }{
	{"ù", "\u0301"}, {"ø", "\u0300"}, {"û", "\u0309"}, {"õ", "\u0303"}, {"ï", "\u0323"},
	{"Ù", "\u0301"}, {"Ø", "\u0300"}, {"Û", "\u0309"}, {"Õ", "\u0303"}, {"Ï", "\u0323"},
	{"â", "\u0302"}, {"á", "\u0302\u0301"}, {"à", "\u0302\u0300"}, {"å", "\u0302\u0309"}, {"ã", "\u0302\u0303"}, {"ä", "\u0302\u0323"},
	{"Â", "\u0302"}, {"Á", "\u0302\u0301"}, {"À", "\u0302\u0300"}, {"Å", "\u0302\u0309"}, {"Ã", "\u0302\u0303"}, {"Ä", "\u0302\u0323"},
	{"ê", "\u0306"}, {"é", "\u0306\u0301"}, {"è", "\u0306\u0300"}, {"ú", "\u0306\u0309"}, {"ü", "\u0306\u0303"}, {"ë", "\u0306\u0323"},
	{"Ê", "\u0306"}, {"É", "\u0306\u0301"}, {"È", "\u0306\u0300"}, {"Ú", "\u0306\u0309"}, {"Ü", "\u0306\u0303"}, {"Ë", "\u0306\u0323"},
	{"ô", "ơ"}, {"ö", "ư"}, {"í", "í"}, {"ì", "ì"}, {"æ", "ỉ"}, {"ó", "ĩ"}, {"ò", "ị"}, {"î", "ỵ"}, {"ñ", "đ"},
	{"Ô", "Ơ"}, {"Ö", "Ư"}, {"Í", "Í"}, {"Ì", "Ì"}, {"Æ", "Ỉ"}, {"Ó", "Ĩ"}, {"Ò", "Ị"}, {"Î", "Ỵ"}, {"Ñ", "Đ"},
}

var tcvn3Table = sync.OnceValue(func() map[byte]string {
	out := map[byte]string{}
	rs := []rune(tcvn3Pairs)
	for i := 0; i+1 < len(rs); i += 2 {
		out[byte(rs[i])] = string(rs[i+1])
	}
	return out
})

var vniTable = sync.OnceValue(func() map[byte]string {
	out := map[byte]string{}
	for _, p := range vniPairs {
		r, _ := utf8.DecodeRuneInString(p.from)
		out[byte(r)] = p.to
	}
	return out
})
