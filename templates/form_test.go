package templates

import (
	"strings"
	"testing"

	"github.com/baocao/baocao/model"
)

func embeddedForms(t *testing.T) map[string]Form {
	t.Helper()
	fs, err := Forms()
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]Form{}
	for _, f := range fs {
		out[f.ID] = f
	}
	return out
}

// TestFormValues pins every value of the embedded forms to its source.
func TestFormValues(t *testing.T) {
	fs := embeddedForms(t)
	st := func(size float64, bold, italic, underline bool) Style {
		return Style{Size: size, Bold: bold, Italic: italic, Underline: underline}
	}
	body := func(size float64) Style { s := st(size, false, false, false); s.Align = "justify"; return s }
	tests := []struct {
		id, what  string
		got, want any
	}{
		// NĐ 30/2020, Phụ lục I.
		{"nd30-2020", "margins", [4]float64{fs["nd30-2020"].MarginTop, fs["nd30-2020"].MarginBottom, fs["nd30-2020"].MarginLeft, fs["nd30-2020"].MarginRight}, [4]float64{20, 20, 30, 15}},
		{"nd30-2020", "no back margins", fs["nd30-2020"].BackLeft, 0.0},
		{"nd30-2020", "sign title bold", fs["nd30-2020"].SignTitle, st(14, true, false, false)},
		{"nd30-2020", "recipients label bold italic", fs["nd30-2020"].RecipientsLabel, st(12, true, true, false)},
		{"nd30-2020", "recipients", fs["nd30-2020"].Recipients, st(11, false, false, false)},
		{"nd30-2020", "recipient end", fs["nd30-2020"].RecipientSep + fs["nd30-2020"].RecipientEnd, ";."},
		{"nd30-2020", "line spacing", fs["nd30-2020"].LineSpacing, 1.15},
		{"nd30-2020", "rule under subject", fs["nd30-2020"].SubjectMark, ""},
		// HD 36, its table of sizes and styles (Phụ lục 3 of the text at hand).
		{"hd36-2018", "motto", fs["hd36-2018"].Motto, st(15, true, false, false)},
		{"hd36-2018", "parent upright", fs["hd36-2018"].Parent, st(14, false, false, false)},
		{"hd36-2018", "issuer bold", fs["hd36-2018"].Issuer, st(14, true, false, false)},
		{"hd36-2018", "number", fs["hd36-2018"].Number, st(14, false, false, false)},
		{"hd36-2018", "date italic", fs["hd36-2018"].Date, st(14, false, true, false)},
		{"hd36-2018", "title", fs["hd36-2018"].Title, st(16, true, false, false)},
		{"hd36-2018", "subject", fs["hd36-2018"].Subject, st(14, true, false, false)},
		{"hd36-2018", "body", fs["hd36-2018"].Body, body(14)},
		{"hd36-2018", "authority bold", fs["hd36-2018"].Authority, st(14, true, false, false)},
		{"hd36-2018", "sign title upright, not bold", fs["hd36-2018"].SignTitle, st(14, false, false, false)},
		{"hd36-2018", "name bold", fs["hd36-2018"].SignName, st(14, true, false, false)},
		{"hd36-2018", "Nơi nhận underlined", fs["hd36-2018"].RecipientsLabel, st(14, false, false, true)},
		{"hd36-2018", "recipients 12", fs["hd36-2018"].Recipients, st(12, false, false, false)},
		{"hd36-2018", "recipients end with a comma", fs["hd36-2018"].RecipientSep + fs["hd36-2018"].RecipientEnd, ",."},
		{"hd36-2018", "indent 10 mm", fs["hd36-2018"].FirstLineIndent, 10.0},
		{"hd36-2018", "exact 18 pt", fs["hd36-2018"].LineExact, 18.0},
		{"hd36-2018", "five hyphens", fs["hd36-2018"].SubjectMark, "-----"},
		{"hd36-2018", "asterisk", fs["hd36-2018"].IssuerMark, "*"},
		{"hd36-2018", "back margins", [2]float64{fs["hd36-2018"].BackLeft, fs["hd36-2018"].BackRight}, [2]float64{15, 30}},
		{"hd36-2018", "page number 10 mm", fs["hd36-2018"].PageNumberTop, 10.0},
		{"hd36-2018", "page number", fs["hd36-2018"].PageNumber, st(14, false, false, false)},
		// HD 05.
		{"hd05-2026", "margins", [4]float64{fs["hd05-2026"].MarginTop, fs["hd05-2026"].MarginBottom, fs["hd05-2026"].MarginLeft, fs["hd05-2026"].MarginRight}, [4]float64{20, 20, 30, 15}},
		{"hd05-2026", "back margins", [2]float64{fs["hd05-2026"].BackLeft, fs["hd05-2026"].BackRight}, [2]float64{15, 30}},
		{"hd05-2026", "page number 10 mm", fs["hd05-2026"].PageNumberTop, 10.0},
		{"hd05-2026", "no number on page 1", fs["hd05-2026"].PageNumberFirst, false},
		{"hd05-2026", "recipients end with a semicolon", fs["hd05-2026"].RecipientSep + fs["hd05-2026"].RecipientEnd, ";."},
		{"hd05-2026", "Nơi nhận rule", fs["hd05-2026"].RecipientsLabel, st(14, false, false, true)},
		{"hd05-2026", "five hyphens", fs["hd05-2026"].SubjectMark, "-----"},
		{"hd05-2026", "asterisk", fs["hd05-2026"].IssuerMark, "*"},
		{"hd05-2026", "indent 10 mm", fs["hd05-2026"].FirstLineIndent, 10.0},
		{"hd05-2026", "paragraph 6 pt", fs["hd05-2026"].ParagraphAfter, 6.0},
		{"hd05-2026", "exact 18 pt (18–22)", fs["hd05-2026"].LineExact, 18.0},
		{"hd05-2026", "sign title upright", fs["hd05-2026"].SignTitle, st(14, false, false, false)},
		{"hd05-2026", "A4", [2]float64{fs["hd05-2026"].PageWidth, fs["hd05-2026"].PageHeight}, [2]float64{210, 297}},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: %s = %v, want %v", tt.id, tt.what, tt.got, tt.want)
		}
	}
}

// TestFormDates checks each form's span, on both sides of each boundary.
func TestFormDates(t *testing.T) {
	fs := embeddedForms(t)
	d := func(y, m, day int) model.Date { return model.Date{Year: y, Month: m, Day: day} }
	tests := []struct {
		id   string
		date model.Date
		want bool
	}{
		{"hd36-2018", d(2018, 4, 2), false},
		{"hd36-2018", d(2018, 4, 3), true},
		{"hd36-2018", d(2026, 5, 26), true},
		{"hd36-2018", d(2026, 5, 27), false},
		{"hd05-2026", d(2026, 5, 26), false},
		{"hd05-2026", d(2026, 5, 27), true},
		{"hd05-2026", d(2026, 12, 1), true},
		{"nd30-2020", d(2020, 3, 4), false},
		{"nd30-2020", d(2020, 3, 5), true},
		{"nd30-2020", d(2026, 12, 1), true},
	}
	for _, tt := range tests {
		if got := fs[tt.id].Covers(tt.date); got != tt.want {
			t.Errorf("%s covers %s = %v, want %v", tt.id, tt.date.ISO(), got, tt.want)
		}
	}
}

// TestFormRefs checks that every value names its paragraph, and which HD 05
// values are kept from HD 36 because HD 05's Phụ lục 2 is not at hand.
func TestFormRefs(t *testing.T) {
	fs := embeddedForms(t)
	for _, f := range fs {
		for _, r := range f.Rules {
			if r.Ref == "" {
				t.Errorf("%s: %s has no paragraph", f.ID, r.Key)
			}
		}
	}
	kept := map[string]bool{}
	for _, r := range fs["hd05-2026"].Rules {
		if r.Kept {
			kept[r.Key] = true
		}
	}
	for _, k := range []string{"motto", "parent", "issuer", "number", "date", "title", "subject", "body",
		"authority", "sign-title", "sign-name", "recipients-label", "recipients", "page-number"} {
		if !kept[k] {
			t.Errorf("hd05-2026: %s should be marked as kept from HD 36", k)
		}
	}
	for _, k := range []string{"margins", "back-margins", "page-number-top", "recipients-end", "subject-mark", "indent", "line-exact"} {
		if kept[k] {
			t.Errorf("hd05-2026: %s is HD 05's own rule, not kept", k)
		}
		if r, ok := fs["hd05-2026"].Rule(k); !ok || !strings.Contains(r.Ref, "HD 05") {
			t.Errorf("hd05-2026: %s should cite HD 05, got %q", k, r.Ref)
		}
	}
}

const goodForm = `== form x
profile: party
basis: B
from: 2020-01-01
paper: 210 x 297 | p
margins: 20 20 30 15 | p
header-widths: 80 85 | p
parent: 14 | p
issuer: 14 đậm | p
number: 14 | p
motto: 15 đậm | p
date: 14 nghiêng | p
title: 16 đậm | p
subject: 14 đậm | p
body: 14 dàn đều | p
indent: 10 | p
paragraph-after: 6 | p
line-exact: 18 | p
recipients-label: 14 gạch chân | p
recipients: 12 | p
recipients-end: ; . | p
ending: ./. | p
authority: 14 đậm | p
sign-title: 14 | p
sign-name: 14 đậm | p
signature-room: 25 | p
motto-rule: 72.9 | p
page-number: 14 | p
page-number-top: 10 | p
page-number-first: không | p
`

func TestParseFormsProblems(t *testing.T) {
	if _, err := ParseForms("t", []byte(goodForm)); err != nil {
		t.Fatalf("good form: %v", err)
	}
	tests := []struct {
		name, edit, with string
		line             int
		want             string
	}{
		{"missing reference", "indent: 10 | p", "indent: 10", 16, "thiếu nguồn"},
		{"bad style word", "issuer: 14 đậm | p", "issuer: 14 rất đậm | p", 9, "không hiểu"},
		{"size out of range", "title: 16 đậm | p", "title: 160 đậm | p", 13, "cỡ chữ"},
		{"align outside body", "date: 14 nghiêng | p", "date: 14 nghiêng dàn đều | p", 12, "chỉ nội dung"},
		{"margins count", "margins: 20 20 30 15 | p", "margins: 20 20 30 | p", 6, "trên dưới trái phải"},
		{"back margins not mirrored", "margins: 20 20 30 15 | p", "margins: 20 20 30 15 | p\nback-margins: 20 20 20 30 | p", 7, "đối xứng"},
		{"recipients end", "recipients-end: ; . | p", "recipients-end: ; | p", 21, "recipients-end"},
		{"ending", "ending: ./. | p", "ending: ; | p", 22, "ending"},
		{"flag", "page-number-first: không | p", "page-number-first: đúng | p", 30, "\"có\" hoặc \"không\""},
		{"both spacings", "line-exact: 18 | p", "line-exact: 18 | p\nline-spacing: 1 | p", 1, "đúng một"},
		{"unknown key", "indent: 10 | p", "indent: 10 | p\ncolour: đen | p", 17, "không dùng được"},
		{"bad profile", "profile: party", "profile: church", 2, "profile"},
		{"missing key", "title: 16 đậm | p\n", "", 1, "thiếu khóa \"title\""},
		{"until before from", "from: 2020-01-01", "from: 2020-01-01\nuntil: 2019-01-01", 5, "sớm hơn"},
		{"header too wide", "header-widths: 80 85 | p", "header-widths: 90 85 | p", 7, "quá khổ"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := strings.Replace(goodForm, tt.edit, tt.with, 1)
			_, err := ParseForms("t", []byte(data))
			le, ok := err.(*LoadError)
			if !ok {
				t.Fatalf("err = %v, want a *LoadError", err)
			}
			for _, p := range le.Problems {
				if p.Line == tt.line && strings.Contains(p.Msg, tt.want) {
					return
				}
			}
			t.Errorf("no problem on line %d with %q in:\n%v", tt.line, tt.want, err)
		})
	}
}

func TestParseFormsOverlap(t *testing.T) {
	second := strings.Replace(goodForm, "== form x", "== form y", 1)
	_, err := ParseForms("t", []byte(goodForm+"\n"+second))
	if err == nil || !strings.Contains(err.Error(), "trùng thời gian") {
		t.Errorf("overlapping forms: err = %v", err)
	}
	third := strings.Replace(second, "profile: party", "profile: state\nslogan: 13 đậm | p", 1)
	if _, err := ParseForms("t", []byte(goodForm+"\n"+third)); err != nil {
		t.Errorf("forms of two profiles may share dates: %v", err)
	}
}

func FuzzParseForms(f *testing.F) {
	f.Add([]byte(goodForm))
	data, _ := formData.ReadFile(FormsFile)
	f.Add(data)
	f.Add([]byte("== form a\nbody: 14 gạch\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fs, err := ParseForms("f", data)
		if err != nil {
			if le, ok := err.(*LoadError); !ok || len(le.Problems) == 0 {
				t.Fatalf("error without problems: %v", err)
			}
			return
		}
		for _, f := range fs {
			if f.Basis == "" || f.From.IsZero() || f.Body.Size == 0 || f.PageWidth == 0 {
				t.Fatalf("form %q accepted without basis, date, body size or paper", f.ID)
			}
			for _, r := range f.Rules {
				if r.Ref == "" {
					t.Fatalf("rule %s without a reference", r.Key)
				}
			}
		}
	})
}
