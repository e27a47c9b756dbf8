package importer

import (
	"strings"
	"testing"

	"github.com/baocao/baocao/examples"
	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/templates/docread"
	"github.com/baocao/baocao/templates/export"
)

// TestMismatch: a draft's own export read back names no difference, even
// with its issuer written in capitals; another unit's, or a report of the
// other form, is named for what differs.
func TestMismatch(t *testing.T) {
	opt := importOpts(t)
	read := func(id string) (docread.Document, model.Report) {
		r, err := examples.Report(id)
		if err != nil {
			t.Fatal(err)
		}
		data, err := export.Render("docx", r, outlineByID(t, opt, r.Outline), opt.Rules)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := docread.Read(id+".docx", data)
		if err != nil {
			t.Fatal(err)
		}
		return doc, r
	}
	stateDoc, state := read("state")
	partyDoc, party := read("party")
	capitals, other := state.Clone(), state.Clone()
	capitals.Unit.Issuer = strings.ToUpper(state.Unit.Issuer)
	other.Unit.Issuer = "Ủy ban nhân dân xã Hòa Bình"
	tests := []struct {
		name  string
		doc   docread.Document
		draft model.Report
		want  []string // pieces of the differences, in order; none for none
	}{
		{"own export", stateDoc, state, nil},
		{"issuer in capitals", stateDoc, capitals, nil},
		{"another unit", stateDoc, other, []string{"Hòa Bình"}},
		{"the other form", partyDoc, state, []string{"thể thức văn bản của Đảng"}},
		{"the other outline, named for the draft's date", stateDoc, party, []string{"khớp với dàn ý “UBND xã, phường"}},
	}
	for _, tt := range tests {
		got := Mismatch(tt.doc, tt.draft, outlineByID(t, opt, tt.draft.Outline), opt.Outlines, opt.Rules)
		all := strings.Join(got, " | ")
		if (len(tt.want) == 0) != (len(got) == 0) {
			t.Errorf("%s: differences %q, want %q", tt.name, got, tt.want)
		}
		if strings.Contains(all, "{") {
			t.Errorf("%s: an outline name keeps its placeholder: %q", tt.name, all)
		}
		for _, w := range tt.want {
			if !strings.Contains(all, w) {
				t.Errorf("%s: differences %q lack %q", tt.name, all, w)
			}
		}
	}
}
