package templates

import (
	"strings"
	"testing"
)

func TestEmbeddedCheckData(t *testing.T) {
	rules, err := CheckRules()
	if err != nil {
		t.Fatal(err)
	}
	if len(rules) < 10 {
		t.Fatalf("%d check rules, want every rule of rules/checks.rules", len(rules))
	}
	refs, err := References()
	if err != nil {
		t.Fatal(err)
	}
	confirmed := 0
	for _, r := range refs {
		if r.Confirmed {
			confirmed++
		}
	}
	if confirmed == 0 || confirmed == len(refs) {
		t.Errorf("%d of %d references confirmed; the registry holds both kinds", confirmed, len(refs))
	}
}

func TestParseCheckRulesErrors(t *testing.T) {
	forms, err := Forms()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, input, want string }{
		{"no source", "== check a\nwhat: x\nseverity: error\nall: 1\n", "giá trị | nguồn"},
		{"bad severity", "== check a\nwhat: x\nseverity: grave\nall: 1 | y\n", "severity"},
		{"unknown form", "== check a\nwhat: x\nseverity: error\nxx-1999: 1 | y\n", "xx-1999"},
		{"no value", "== check a\nwhat: x\nseverity: error\n", "chưa có giá trị"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseCheckRules("t.rules", []byte(tt.input), forms)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error %v, want one containing %q", err, tt.want)
			}
		})
	}
}

func TestParseReferencesErrors(t *testing.T) {
	ok := "== reference a\ncites: 1/2000/NĐ-CP\nname: n\nreplaced-by: r\nfrom: 2020-01-01\nsource: s\n"
	tests := []struct{ name, input, want string }{
		{"confirmed word", ok + "confirmed: yes\n", "confirmed"},
		{"bad date", strings.Replace(ok, "2020-01-01", "2020-13-45", 1) + "confirmed: có\n", "2020-13-45"},
		{"missing cites", strings.Replace(ok, "cites: 1/2000/NĐ-CP\n", "", 1) + "confirmed: có\n", "cites"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseReferences("t.rules", []byte(tt.input))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error %v, want one containing %q", err, tt.want)
			}
		})
	}
}
