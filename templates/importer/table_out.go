package importer

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/baocao/baocao/model"
)

// writeTable writes a table field's keys in the outline format (see
// templates/outline_table.go): columns, header rows with "*N" and "^N"
// merges, fixed rows, the label title and the flags.
func writeTable(b *strings.Builder, t *model.TableSpec) {
	if t == nil {
		return
	}
	for _, c := range t.Columns {
		parts := []string{c.ID, cellText(c.Title), string(c.Kind)}
		if c.Unit != "" {
			parts = append(parts, cellText(c.Unit))
		}
		key(b, "column", strings.Join(parts, " | "))
	}
	for _, row := range t.Header {
		var cells []string
		for _, c := range row {
			s := cellText(c.Text)
			if c.Span > 1 {
				s += " *" + strconv.Itoa(c.Span)
			}
			if c.RowSpan > 1 {
				s += " ^" + strconv.Itoa(c.RowSpan)
			}
			cells = append(cells, s)
		}
		key(b, "header", strings.Join(cells, " | "))
	}
	if t.Fixed() {
		key(b, "label-title", t.LabelTitle)
	}
	for _, r := range t.Rows {
		key(b, "row", r)
	}
	for _, f := range []struct {
		name string
		on   bool
	}{{"numbered", t.Numbered}, {"total-row", t.TotalRow}, {"total-column", t.TotalColumn}, {"landscape", t.Landscape}} {
		if f.on {
			key(b, f.name, "yes")
		}
	}
}

// mergeMark is what the format reads as a merge at a cell's end.
var mergeMark = regexp.MustCompile(`[*^](\d+)\s*$`)

// cellText makes a title fit one "|"-separated cell of the format: one
// line, no "|", and no "*N" or "^N" at its end that would read as a merge
// (the mark is dropped, the number kept, until none is left: "0^^12"
// gives "012").
func cellText(s string) string {
	s = strings.ReplaceAll(model.CleanLine(strings.ReplaceAll(s, "\n", " ")), "|", "/")
	for mergeMark.MatchString(s) {
		s = mergeMark.ReplaceAllString(s, "$1")
	}
	return s
}
