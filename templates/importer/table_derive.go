package importer

import (
	"github.com/baocao/baocao/model"
)

// addTables gives the sections derived from a đề cương or biểu mẫu a table
// field for each table the document asks for, in the section whose heading
// stands last before it: its columns, its header rows and, for a biểu, its
// row labels as fixed rows, ready to fill. heads are the heading lines the
// sections were made from (a heading too deep for the outline went into
// the section before it).
func addTables(secs []model.Section, lines []line, heads []int, found []srcTable) {
	if len(secs) == 0 {
		return
	}
	owner := headOwners(secs, lines, heads)
	taken := map[string]bool{}
	for _, s := range secs {
		for _, f := range s.Fields {
			taken[f.ID] = true
		}
	}
	for _, t := range found {
		k := 0
		for n, hi := range heads {
			if lines[hi].pi < t.at {
				k = owner[n]
			}
		}
		spec, _ := specOf(t)
		if len(spec.Columns) == 0 {
			continue
		}
		s := &secs[k]
		s.Fields = append(s.Fields, model.Field{ID: uniqueID(s.ID+".bang", taken), Label: firstNonEmpty(t.caption, "Biểu số liệu"),
			Kind: model.FieldTable, Table: &spec, Hint: "Điền số liệu vào từng ô; ô không có số liệu để trống."})
	}
}

// headOwners maps each heading line to the section it made, or to the one
// before when it made none.
func headOwners(secs []model.Section, lines []line, heads []int) []int {
	out := make([]int, len(heads))
	next := 0
	for n, hi := range heads {
		l := lines[hi]
		heading, _ := Instruction(l.head.Title)
		if next < len(secs) && secs[next].Number == l.head.Number && secs[next].Heading == heading {
			next++
		}
		out[n] = max(next-1, 0)
	}
	return out
}
