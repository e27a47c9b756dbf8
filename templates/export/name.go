package export

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/baocao/baocao/model"
)

// DefaultName returns the file name proposed for a report, in ASCII: the
// number and symbol, the unit's name and the date, then the extension, e.g.
// "197-BC-UBND_Pho-Minh_2023-08-29.docx". Diacritics are dropped (đ → d);
// parts still empty are left out, and a report with none at all is named
// "bao-cao". ext may be given with or without its dot. The outline is not
// used yet; it is taken so that an outline-specific name needs no new
// signature.
func DefaultName(r model.Report, o model.Outline, ext string) string {
	var parts []string
	symbol := []string{model.PadNumber(r.Doc.Number), r.Doc.TypeCode, r.Unit.IssuerCode}
	if s := ascii(strings.Join(symbol, " ")); s != "" {
		parts = append(parts, s)
	}
	if s := ascii(r.Unit.Name); s != "" {
		parts = append(parts, s)
	}
	if d, err := model.ParseDate(r.Doc.Date); err == nil && d.Valid() {
		parts = append(parts, d.ISO())
	}
	name := strings.Join(parts, "_")
	if name == "" {
		name = "bao-cao"
	}
	if ext = normalFormat(ext); ext != "" {
		name += "." + ascii(ext)
	}
	return name
}

// ascii folds text to ASCII letters and digits joined by single hyphens.
func ascii(s string) string {
	var b strings.Builder
	hyphen := false
	for _, c := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, c):
			continue
		case c == 'đ':
			c = 'd'
		case c == 'Đ':
			c = 'D'
		}
		if c < unicode.MaxASCII && (unicode.IsLetter(c) || unicode.IsDigit(c)) {
			if hyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(c)
			hyphen = false
			continue
		}
		hyphen = true
	}
	return b.String()
}
