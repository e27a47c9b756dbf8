package model

import (
	"encoding/json"
	"errors"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

func TestReportJSONRoundTrip(t *testing.T) {
	r := seedReport()
	r.Staffing.Declared.Now = &Totals{Cadre: 10, CivilServ: 8, All: 18}
	data, err := MarshalReport(r)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(data), "{\n  \"format\": \"baocao/report@1\"") {
		t.Fatalf("JSON form must open with the format: %s", data[:60])
	}
	back, err := UnmarshalReport(data)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, r) {
		t.Fatalf("round trip changed the report:\n%+v\n%+v", back, r)
	}
}

// goText is what encoding/json and time write in their errors.
var goText = regexp.MustCompile(`json:|invalid character|looking for|cannot unmarshal|Go (struct|value)|parsing time|Report\.`)

// TestUnmarshalReportErrors: every cause in Vietnamese, with its line,
// none of Go's own error text.
func TestUnmarshalReportErrors(t *testing.T) {
	tests := []struct {
		name, in string
		line     int
		want     string
	}{
		{"empty", "", 0, "rỗng"},
		{"syntax", "{\n\"format\": \"baocao/report@1\",\n\"unit\": {,}\n}", 3, "cú pháp"},
		{"no format", `{"outline": "state"}`, 0, "thiếu trường"},
		{"newer format", `{"format": "baocao/report@2"}`, 0, "cập nhật baocao"},
		{"foreign", `{"format": "other"}`, 0, "không phải báo cáo"},
		{"unknown field", "{\"format\": \"baocao/report@1\",\n\"colour\": 1}", 2, "colour"},
		{"wrong type", "{\"format\": \"baocao/report@1\",\n\"staffing\": {\"rows\": [{\"now\": \"two\"}]}}", 2, "phải là số nguyên"},
		{"wrong type at the top", "{\"format\": \"baocao/report@1\",\n\"outline\": 7}", 2, `"outline"`},
		{"not an object", `[1]`, 1, "phải là đối tượng"},
		{"trailing data", "{\"format\": \"baocao/report@1\"}\n{}", 2, "thừa"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := UnmarshalReport([]byte(tt.in))
			var fe *FormatError
			if !errors.As(err, &fe) {
				t.Fatalf("error %v is not a *FormatError", err)
			}
			if fe.Line != tt.line || !strings.Contains(fe.Error(), tt.want) {
				t.Errorf("got line %d %q, want line %d containing %q", fe.Line, fe.Error(), tt.line, tt.want)
			}
			if goText.MatchString(fe.Error()) {
				t.Errorf("%q shows Go's own error text", fe.Error())
			}
		})
	}
}

func TestUnmarshalCleansText(t *testing.T) {
	in := `{"format":"baocao/report@1","unit":{"name":"Ph\u1ed5 Minh\u001b[31m","issuer":"Vie\u0302\u0323t"},
	"answers":{"I.1.text\u0007":{"text":"a\r\nb\u0000"}}}`
	r, err := UnmarshalReport([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if r.Unit.Name != "Phổ Minh" || r.Unit.Issuer != "Việt" {
		t.Errorf("unit not cleaned: %+v", r.Unit)
	}
	if a, ok := r.Answers["I.1.text"]; !ok || a.Text != "a\nb" || len(r.Answers) != 1 {
		t.Errorf("answers not cleaned: %#v", r.Answers)
	}
}

// TestUnmarshalCleansAnswers: every answer is cleaned, whether or not an
// ID of the same report needs cleaning too.
func TestUnmarshalCleansAnswers(t *testing.T) {
	tests := []struct {
		name, answers string
		want          map[string]string
	}{
		{"clean IDs", `{"II.text":{"text":"x\u200by"},"I.1.text":{"text":"z"}}`, map[string]string{"II.text": "xy", "I.1.text": "z"}},
		{"an ID to clean", `{"II.text":{"text":"x\u200by"},"I.1.text\u0007":{"text":"a\tb"}}`, map[string]string{"II.text": "xy", "I.1.text": "a b"}},
		{"no answers", `{}`, map[string]string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := UnmarshalReport([]byte(`{"format":"baocao/report@1","answers":` + tt.answers + `}`))
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]string{}
			for id, a := range r.Answers {
				got[id] = a.Text
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("answers %q, want %q", got, tt.want)
			}
		})
	}
}

func FuzzUnmarshalReport(f *testing.F) {
	seed, _ := MarshalReport(seedReport())
	f.Add(seed)
	f.Add([]byte(`{"format":"baocao/report@1","staffing":{"rows":[{"roles":["x"],"now":-1}]}}`))
	f.Add([]byte(`{"format":"baocao/report@1"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := UnmarshalReport(data)
		if err != nil {
			if err.Error() == "" {
				t.Fatal("empty error message")
			}
			return
		}
		if !json.Valid(TrimBOM(data)) {
			t.Fatalf("a report was read from JSON that is not well formed: %q", data)
		}
		out, err := MarshalReport(r)
		if err != nil {
			t.Fatalf("a report read cannot be written: %v", err)
		}
		again, err := UnmarshalReport(out)
		if err != nil || !reflect.DeepEqual(normalizeNil(again), normalizeNil(r)) {
			t.Fatalf("write then read changed the report: %v", err)
		}
	})
}

// normalizeNil makes empty collections nil so that DeepEqual compares
// content, not the JSON decoder's choice between nil and empty.
func normalizeNil(r Report) Report {
	if len(r.Answers) == 0 {
		r.Answers = nil
	}
	for id, a := range r.Answers {
		if len(a.Items) == 0 {
			a.Items = nil
		}
		r.Answers[id] = a
	}
	if len(r.Recipients) == 0 {
		r.Recipients = nil
	}
	if len(r.Staffing.Rows) == 0 {
		r.Staffing.Rows = nil
	}
	for i := range r.Staffing.Rows {
		if len(r.Staffing.Rows[i].Roles) == 0 {
			r.Staffing.Rows[i].Roles = nil
		}
	}
	return r
}

func FuzzValidate(f *testing.F) {
	seed, _ := MarshalReport(seedReport())
	f.Add(seed)
	f.Add([]byte(`{"format":"baocao/report@1","document":{"date":"31/02/2024"},"signer":{"authority":"K/T"}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := UnmarshalReport(data)
		if err != nil {
			return
		}
		o := testOutline()
		ps := Validate(r, o, testRules())
		for _, p := range ps {
			if p.Message == "" || p.Path == "" {
				t.Fatalf("problem without message or path: %+v", p)
			}
		}
		done, req := Progress(r, o, ps)
		if done < 0 || done > req {
			t.Fatalf("progress %d/%d", done, req)
		}
		_ = StaffingText(r.Staffing, testRules().Regimes[0].Catalogue, r.Unit.Kind)
		_ = BasisText(r)
		_ = ClosingText(r, o)
	})
}
