package layout

import (
	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/templates"
)

// Form is a document form (thể thức) as data: the paper, margins, header
// columns and the style of every element the writers use, with the legal
// basis it comes from and the dates it applies between (see
// templates/forms/forms.form). Package docx and package pdf draw from the
// same Form so that the two files match.
type Form = templates.Form

// Style is the size and style of one element of a form.
type Style = templates.Style

// A4 paper, portrait (NĐ 30/2020 Phụ lục I, khổ giấy; HD 36 II.4.2; HD 05 IV.3).
const (
	A4Width  = 210.0
	A4Height = 297.0
)

// Forms lists the known forms in file order: the embedded forms file,
// checked by the templates tests. A broken file is a build defect.
var Forms = mustForms()

func mustForms() []Form {
	fs, err := templates.Forms()
	if err != nil {
		panic(err)
	}
	return fs
}

func formByID(id string) Form {
	for _, f := range Forms {
		if f.ID == id {
			return f
		}
	}
	panic("layout: no form " + id)
}

// The recorded forms.
var (
	// StateForm is the state document form of NĐ 30/2020/NĐ-CP.
	StateForm = formByID("nd30-2020")
	// PartyForm is the party document form of HD 36-HD/VPTW (03/4/2018),
	// for documents dated before 27/5/2026.
	PartyForm = formByID("hd36-2018")
	// PartyForm05 is the party document form of HD 05-HD/VPTW
	// (27/5/2026), in force from its signing.
	PartyForm05 = formByID("hd05-2026")
)

// Lay composes a report and picks the form it is printed in: the one of its
// outline's profile in force on the report's date.
func Lay(r model.Report, o model.Outline, rules model.Rules) (Doc, Form) {
	d := Compose(r, o, rules)
	return d, FormFor(d.Profile, r.Doc.Date)
}

// FormFor returns the form of a profile in force on a report's date (as
// typed). A missing or invalid date gets the newest form of the profile;
// a date before every recorded form gets the oldest (the form before it is
// not recorded).
func FormFor(p model.Profile, date string) Form {
	if p != model.ProfileParty {
		p = model.ProfileState
	}
	d, err := model.ParseDate(date)
	known := err == nil && d.Valid()
	var oldest, newest Form
	for _, f := range Forms {
		if f.Profile != p {
			continue
		}
		if known && f.Covers(d) {
			return f
		}
		if oldest.ID == "" || f.From.Before(oldest.From) {
			oldest = f
		}
		if newest.ID == "" || newest.From.Before(f.From) {
			newest = f
		}
	}
	if known && d.Before(oldest.From) {
		return oldest
	}
	return newest
}
