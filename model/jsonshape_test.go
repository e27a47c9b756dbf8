package model

import (
	"fmt"
	"reflect"
	"testing"
)

// TestReportShape: the keys of every field of a report, at every depth,
// are known as written and only so; maps take any key.
func TestReportShape(t *testing.T) {
	seed, err := MarshalReport(unitReport())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, in string
		known    bool
	}{
		{"a full report", string(seed), true},
		{"every kind of value", `{"format":"x","unit":{"kind":"xa"},"answers":{"any id":{"items":["a"],"table":{"rows":[{"label":"l","cells":["1"]}]}}},
			"staffing":{"rows":[{"roles":["a"],"now":1}],"declared":{"now":{"canBo":1}}},"headings":{"I":{"text":"t"}},"unplaced":["p"]}`, true},
		{"unknown at the top", `{"format":"x","colour":1}`, false},
		{"unknown in a struct", `{"unit":{"colour":1}}`, false},
		{"unknown in a list's element", `{"staffing":{"rows":[{"now":1},{"colour":1}]}}`, false},
		{"unknown in a map's value", `{"answers":{"I":{"colour":1}}}`, false},
		{"another case", `{"Format":"x"}`, false},
		{"a key to clean", "{\"format\\u0007\":\"x\"}", false},
		{"an object for a text", `{"outline":{"a":1}}`, false},
		{"a list for a struct", `{"unit":[]}`, false},
		{"a list at the top", `[]`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			known, err := walkKeys([]byte(tt.in), reportShape())
			if err != nil || known != tt.known {
				t.Errorf("walkKeys = %v, %v; want %v", known, err, tt.known)
			}
		})
	}
}

// FuzzUnmarshalReportPaths: reading a report through json.Unmarshal when
// its keys allow gives what the strict decoder gives: the same report, or
// the same error with the same line.
func FuzzUnmarshalReportPaths(f *testing.F) {
	seed, _ := MarshalReport(unitReport())
	f.Add(seed)
	for _, s := range []string{`{"format":"baocao/report@1"}`, `{"format":"baocao/report@1","colour":1}`,
		`{"format":"baocao/report@1","unit":{"name":"a","name":"b"}}`, `{"format":"baocao/report@1"} {}`,
		`{"format":"baocao/report@1","staffing":{"rows":[{"now":"x"}]}}`, `{"format":"baocao/report@1","Unit":{"Name":"a"}}`,
		`{"format":"baocao/report@1","answers":{"I.1\u0007":{"text":"a"}}}`, "\xEF\xBB\xBF{\"format\":\"baocao/report@1\"}"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		got, gotErr := UnmarshalReport(data)
		want, wantErr := unmarshalStrictly(TrimBOM(data))
		if fmt.Sprint(gotErr) != fmt.Sprint(wantErr) {
			t.Fatalf("UnmarshalReport gives %v, the strict decoder %v", gotErr, wantErr)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("UnmarshalReport reads\n%+v\nthe strict decoder\n%+v", got, want)
		}
	})
}
