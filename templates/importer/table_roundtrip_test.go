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
