package importer

import (
	"reflect"
	"testing"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/templates"
	"github.com/baocao/baocao/templates/docread"
	"github.com/baocao/baocao/templates/docx"
	"github.com/baocao/baocao/templates/internal/fixture"
	"github.com/baocao/baocao/templates/layout"
)

// exportDOCX writes a report as baocao exports it.
func exportDOCX(t testing.TB, r model.Report, o model.Outline, rules model.Rules) []byte {
	t.Helper()
	d, f := layout.Lay(r, o, rules)
	data, err := docx.Render(d, f)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// A draft with tables (a biểu with a merged two-row header and a total row
// in the body, a landscape biểu and a list running over pages in two
// appendices) exported to DOCX and imported again gives the same tables,
// cell for cell, in the same fields; the tables' rows are never unplaced
// nor read as the signer.
func TestTableRoundTrip(t *testing.T) {
	r, o, rules := fixture.Example(t, "cchc")
	doc, err := docread.Read("cchc.docx", exportDOCX(t, r, o, rules))
	if err != nil {
		t.Fatal(err)
	}
	res, err := ImportReport(doc, Options{Outlines: templates.Builtin(), Rules: rules, Name: "cchc.docx"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Outline.ID != "cchc-quy" {
		t.Fatalf("outline %q, want cchc-quy", res.Outline.ID)
	}
	for _, id := range []string{"bieu.tthc", "bieu.chitieu", "bieu.trehan"} {
		want, got := r.Answers[id].Table, res.Report.Answers[id].Table
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s:\n got %+v\nwant %+v", id, got, want)
		}
	}
	if res.Summary.Tables != 3 {
		t.Errorf("%d tables read, want 3", res.Summary.Tables)
	}
	if res.Report.Signer != r.Signer {
		t.Errorf("signer %+v, want %+v", res.Report.Signer, r.Signer)
	}
	if len(res.Report.Unplaced) > 0 {
		t.Errorf("unplaced: %q", res.Report.Unplaced)
	}
	for _, id := range []string{"II.1.text", "II.2.text"} {
		if got, want := res.Report.Answers[id].Text, r.Answers[id].Text; got != want {
			t.Errorf("%s = %q, want %q", id, got, want)
		}
	}
}

// With no outline that fits, the import derives one from the report: its
// tables become table fields (merged header, fixed rows or free rows, the
// computed total), the tables after the signature appendix sections; the
// outline file written for it loads, and the tables keep their cells.
func TestTableDerivedOutline(t *testing.T) {
	r, o, rules := fixture.Example(t, "cchc")
	doc, err := docread.Read("cchc.docx", exportDOCX(t, r, o, rules))
	if err != nil {
		t.Fatal(err)
	}
	res, err := ImportReport(doc, Options{Outlines: templates.Builtin()[:2], Rules: rules, Name: "cchc.docx"})
	if err != nil {
		t.Fatal(err)
	}
	if !res.Derived {
		t.Fatalf("outline %s chosen, want a derived one", res.Outline.ID)
	}
	back, err := templates.ParseOutline("derived.outline", WriteOutline(res.Outline, "cchc.docx"))
	if err != nil {
		t.Fatal(err)
	}
	var specs []*model.TableSpec
	var tables []*model.Table
	appendices := 0
	for _, s := range back.Sections {
		if s.Appendix {
			appendices++
		}
		for _, f := range s.Fields {
			if f.Kind == model.FieldTable {
				specs = append(specs, f.Table)
				tables = append(tables, res.Report.Answers[f.ID].Table)
			}
		}
	}
	if len(specs) != 3 || appendices != 2 {
		t.Fatalf("%d tables, %d appendices; want 3 and 2", len(specs), appendices)
	}
	tthc := specs[0]
	src, _, _ := o.Field("bieu.tthc")
	if !tthc.Numbered || !tthc.TotalRow || !reflect.DeepEqual(tthc.Rows, src.Table.Rows) || len(tthc.Columns) != 6 || len(tthc.Header) != 2 {
		t.Errorf("biểu: %+v", tthc)
	}
	if tthc.Columns[5].Kind != model.ColumnPercent || tthc.Columns[0].Kind != model.ColumnInteger {
		t.Errorf("kinds %+v", tthc.Columns)
	}
	if !specs[1].Landscape || specs[0].Landscape || specs[2].Landscape {
		t.Errorf("landscape %v %v %v, want only the first appendix's", specs[0].Landscape, specs[1].Landscape, specs[2].Landscape)
	}
	if specs[2].Fixed() || len(tables[2].Rows) != len(r.Answers["bieu.trehan"].Table.Rows) {
		t.Errorf("list: fixed %v, %d rows", specs[2].Fixed(), len(tables[2].Rows))
	}
	if !reflect.DeepEqual(tables[0], r.Answers["bieu.tthc"].Table) {
		t.Errorf("biểu cells\n got %+v\nwant %+v", tables[0], r.Answers["bieu.tthc"].Table)
	}
	for _, p := range model.Validate(res.Report, back, rules) {
		if len(p.Path) > 8 && p.Path[:8] == "answers." && p.Severity == model.Error && p.Field != "" && isTableField(back, p.Field) {
			t.Errorf("table problem after import: %+v", p)
		}
	}
}

func isTableField(o model.Outline, id string) bool {
	f, _, ok := o.Field(id)
	return ok && f.Kind == model.FieldTable
}

// Importing the exported report into a draft whose tables differ brings
// the document's tables in as changes; importing it into itself changes
// nothing.
func TestTableImportInto(t *testing.T) {
	r, o, rules := fixture.Example(t, "cchc")
	doc, err := docread.Read("cchc.docx", exportDOCX(t, r, o, rules))
	if err != nil {
		t.Fatal(err)
	}
	_, changes, _, err := ImportInto(doc, r, o, rules)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range changes {
		if c.Where == "II.1" || c.Where == "PL1" || c.Where == "PL2" {
			t.Errorf("unchanged table reported changed: %+v", c)
		}
	}
	base := r.Clone()
	base.Answers["bieu.chitieu"] = model.Answer{}
	out, changes, _, err := ImportInto(doc, base, o, rules)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(out.Answers["bieu.chitieu"].Table, r.Answers["bieu.chitieu"].Table) {
		t.Errorf("table not brought in: %+v", out.Answers["bieu.chitieu"].Table)
	}
	found := false
	for _, c := range changes {
		found = found || c.Where == "PL1"
	}
	if !found {
		t.Errorf("changes %+v lack PL1", changes)
	}
}
