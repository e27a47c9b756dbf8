package importer

import (
	"strings"
	"testing"

	"github.com/baocao/baocao/examples"
	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/templates/docread"
	"github.com/baocao/baocao/templates/export"
)

// TestIntoUnchanged: the DOCX baocao exports, read back into its draft,
// changes nothing — for both forms — so that a leader's corrections are
// all the history will show.
func TestIntoUnchanged(t *testing.T) {
	opt := importOpts(t)
	for _, id := range []string{"state", "party"} {
		r, err := examples.Report(id)
		if err != nil {
			t.Fatal(err)
		}
		o := outlineByID(t, opt, r.Outline)
		data, err := export.Render("docx", r, o, opt.Rules)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := docread.Read("x.docx", data)
		if err != nil {
			t.Fatal(err)
		}
		got, changes, sum, err := ImportInto(doc, r, o, opt.Rules)
		if err != nil {
			t.Fatal(err)
		}
		if len(changes) > 0 || sum.Unplaced > 0 {
			t.Errorf("%s: an unedited export changes %+v (unplaced %q)", id, changes, got.Unplaced)
		}
		fresh, err := ImportReport(doc, opt)
		if err != nil {
			t.Fatal(err)
		}
		if fresh.Outline.ID != id || len(fresh.Report.Unplaced) > 0 {
			t.Errorf("%s: a fresh import of the export chose %s, unplaced %q", id, fresh.Outline.ID, fresh.Report.Unplaced)
		}
		for fid, a := range r.Answers {
			if !keptWords(a, fresh.Report.Answers[fid]) {
				t.Errorf("%s: %s read back as %+v, want its words %+v", id, fid, fresh.Report.Answers[fid], a)
			}
		}
	}
}

// keptWords reports whether got holds every line and item of want word
// for word: a fresh import keeps the printed marks, punctuation and the
// composed staffing paragraphs as the document has them.
func keptWords(want, got model.Answer) bool {
	if want.None {
		return got.None
	}
	all := wordKey(got.Text + " " + strings.Join(got.Items, " "))
	for _, l := range append(strings.Split(want.Text, "\n"), want.Items...) {
		if !strings.Contains(all, wordKey(strings.TrimRight(l, ";."))) {
			return false
		}
	}
	return true
}

func outlineByID(t testing.TB, opt Options, id string) model.Outline {
	for _, o := range opt.Outlines {
		if o.ID == id {
			return o
		}
	}
	t.Fatalf("no outline %s", id)
	return model.Outline{}
}
