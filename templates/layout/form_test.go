package layout

import (
	"strings"
	"testing"

	"github.com/baocao/baocao/model"
)

// TestFormForBoundaries picks the form on both sides of each boundary: HD 36
// from 03/4/2018, HD 05 from 27/5/2026, NĐ 30 from 05/3/2020.
func TestFormForBoundaries(t *testing.T) {
	tests := []struct {
		p    model.Profile
		date string
		want string
	}{
		{model.ProfileParty, "02/4/2018", "hd36-2018"}, // before every recorded party form: the oldest (HD 11 of 2004 is not recorded)
		{model.ProfileParty, "03/4/2018", "hd36-2018"},
		{model.ProfileParty, "26/5/2026", "hd36-2018"},
		{model.ProfileParty, "27/5/2026", "hd05-2026"},
		{model.ProfileParty, "2026-05-27", "hd05-2026"},
		{model.ProfileParty, "01/12/2026", "hd05-2026"},
		{model.ProfileParty, "", "hd05-2026"},
		{model.ProfileParty, "31/2/2026", "hd05-2026"},
		{model.ProfileState, "04/3/2020", "nd30-2020"},
		{model.ProfileState, "05/3/2020", "nd30-2020"},
		{model.ProfileState, "26/5/2026", "nd30-2020"},
		{model.ProfileState, "27/5/2026", "nd30-2020"},
		{"", "27/5/2026", "nd30-2020"},
	}
	for _, tt := range tests {
		if got := FormFor(tt.p, tt.date).ID; got != tt.want {
			t.Errorf("FormFor(%q, %q) = %s, want %s", tt.p, tt.date, got, tt.want)
		}
	}
}

// TestDatedFormValues checks each value that changes or must not change
// across the HD 05 boundary, as the writers receive it.
func TestDatedFormValues(t *testing.T) {
	before, from := FormFor(model.ProfileParty, "26/5/2026"), FormFor(model.ProfileParty, "27/5/2026")
	tests := []struct {
		what          string
		before, after any
		wantB, wantA  any
	}{
		{"form", before.ID, from.ID, "hd36-2018", "hd05-2026"},
		{"Nơi nhận separator", before.RecipientSep, from.RecipientSep, ",", ";"},
		{"Nơi nhận end", before.RecipientEnd, from.RecipientEnd, ".", "."},
		{"left margin", before.MarginLeft, from.MarginLeft, 30.0, 30.0},
		{"back left margin", before.BackLeft, from.BackLeft, 15.0, 15.0},
		{"back right margin", before.BackRight, from.BackRight, 30.0, 30.0},
		{"sign title bold", before.SignTitle.Bold, from.SignTitle.Bold, false, false},
		{"authority bold", before.Authority.Bold, from.Authority.Bold, true, true},
		{"name bold", before.SignName.Bold, from.SignName.Bold, true, true},
		{"subject mark", before.SubjectMark, from.SubjectMark, "-----", "-----"},
		{"line exact", before.LineExact, from.LineExact, 18.0, 18.0},
		{"page number top", before.PageNumberTop, from.PageNumberTop, 10.0, 10.0},
	}
	for _, tt := range tests {
		if tt.before != tt.wantB || tt.after != tt.wantA {
			t.Errorf("%s: 26/5/2026 %v, 27/5/2026 %v; want %v, %v", tt.what, tt.before, tt.after, tt.wantB, tt.wantA)
		}
	}
}

// TestRecipientsByDate checks the Nơi nhận punctuation a party report gets
// on each side of 27/5/2026, and a state report's.
func TestRecipientsByDate(t *testing.T) {
	tests := []struct {
		id, date string
		want     []string
	}{
		{"party", "26/5/2026", []string{"- A,", "- B,", "- Lưu VT."}},
		{"party", "27/5/2026", []string{"- A;", "- B;", "- Lưu VT."}},
		{"state", "26/5/2026", []string{"- A;", "- B;", "- Lưu VT."}},
	}
	for _, tt := range tests {
		r, o, rules := fixture(t, tt.id)
		r.Doc.Date = tt.date
		r.Recipients = []string{"A", "B;", "Lưu VT"}
		d := Compose(r, o, rules)
		if len(d.Recipients.Items) != len(tt.want) {
			t.Fatalf("%s %s: %q", tt.id, tt.date, d.Recipients.Items)
		}
		for i, w := range tt.want {
			if d.Recipients.Items[i] != w {
				t.Errorf("%s %s: item %d = %q, want %q", tt.id, tt.date, i, d.Recipients.Items[i], w)
			}
		}
		wantMark := ""
		if tt.id == "party" {
			wantMark = "-----"
		}
		if d.SubjectMark != wantMark {
			t.Errorf("%s %s: subject mark %q, want %q", tt.id, tt.date, d.SubjectMark, wantMark)
		}
	}
}

// TestFormExamples checks the composition rules against the examples the
// guidance itself gives (number line, date line).
func TestFormExamples(t *testing.T) {
	for _, f := range Forms {
		for _, r := range f.Rules {
			if r.Key != "example" {
				continue
			}
			kind, text, _ := cut(r.Value)
			switch kind {
			case "number":
				if f.Profile != model.ProfileParty {
					continue
				}
				// "Số 06-CT/TU": number, type code, body code.
				var n, typ, body string
				if !parseNumber(text, &n, &typ, &body) {
					t.Errorf("%s: cannot read example %q", f.ID, text)
					continue
				}
				if got := model.NumberLine(f.Profile, trimZero(n), typ, body); got != text {
					t.Errorf("%s: NumberLine = %q, want the example %q (%s)", f.ID, got, text, r.Ref)
				}
			case "date":
				place, rest, _ := cutComma(text)
				d, ok := parseDateLine(rest)
				if !ok {
					t.Errorf("%s: cannot read example %q", f.ID, text)
					continue
				}
				if got := model.DateLine(place, d); got != text {
					t.Errorf("%s: DateLine = %q, want the example %q (%s)", f.ID, got, text, r.Ref)
				}
			}
		}
	}
}

// oldAccents writes the old-style tone placement of the guidance's examples
// ("UỶ", "HOÁ") the way model.Upper does ("ỦY", "HÓA"), so that the two
// compare.
var oldAccents = strings.NewReplacer("UỶ", "ỦY", "HOÁ", "HÓA")

// TestFormHeaderExamples composes the issuing body and the signature of a
// đảng ủy phường after 27/5/2026 as the examples of HD 05 print them:
// the superior đảng bộ over the đảng ủy (I.2.1.2 c), ví dụ 1) and
// "T/M ĐẢNG ỦY" over "BÍ THƯ" (I.7.1.4 b) (iii), ví dụ 1).
func TestFormHeaderExamples(t *testing.T) {
	f := FormFor(model.ProfileParty, "27/5/2026")
	var issuer, sign string
	for _, r := range f.Rules {
		kind, text, _ := cut(r.Value)
		switch {
		case r.Key == "example" && kind == "issuer" && issuer == "":
			issuer = text
		case r.Key == "example" && kind == "sign":
			sign = text
		}
	}
	r, o, rules := fixture(t, "party")
	r.Doc.Date = "27/5/2026"
	r.Unit.Parent, r.Unit.Issuer = "Đảng bộ thành phố Hà Nội", "Đảng ủy phường Ba Đình"
	r.Signer = model.Signer{Authority: model.AuthorityPartyTM, For: "Đảng ủy", Title: "Bí thư", Name: "Họ và tên"}
	d := Compose(r, o, rules)
	if got, want := d.Header.Parent+" / "+d.Header.Issuer, oldAccents.Replace(issuer); got != want {
		t.Errorf("header %q, want the example %q", got, want)
	}
	if got, want := d.Signature.Authority+" / "+d.Signature.Title+" / "+d.Signature.Name, oldAccents.Replace(sign); got != want {
		t.Errorf("signature %q, want the example %q", got, want)
	}
}
