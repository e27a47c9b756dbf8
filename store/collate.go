package store

import (
	"slices"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

// SortByName sorts entries by title, then unit, in Vietnamese collation
// order (a, ă, â, b, c, d, đ, e, ê, …; tones after letters), then most
// recently modified first. Byte order would put "Đ" after "Z".
func SortByName(ms []Meta) {
	c := collate.New(language.Vietnamese)
	slices.SortStableFunc(ms, func(a, b Meta) int {
		if r := c.CompareString(a.Title, b.Title); r != 0 {
			return r
		}
		if r := c.CompareString(a.Unit, b.Unit); r != 0 {
			return r
		}
		return b.Modified.Compare(a.Modified)
	})
}
