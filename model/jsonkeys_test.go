package model

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
)

func TestCheckKeys(t *testing.T) {
	tests := []struct {
		name, in string
		line     int
		want     []string // pieces of the error; none: no error
	}{
		{"distinct", `{"a": 1, "b": {"a": 2}, "c": [{"a": 1}, {"a": 2}]}`, 0, nil},
		{"same key in sibling objects", `[{"x": 1}, {"x": 2}]`, 0, nil},
		{"top level duplicate", "{\"format\": 1,\n\"format\": 2}", 2, []string{`"format"`, "hai lần"}},
		{"nested duplicate", "{\"answers\": {\n\"I.1\": {},\n\"II\": 1,\n\"I.1\": {}}}", 4, []string{`"I.1"`}},
		{"duplicate inside array", `{"rows": [{"now": 1, "now": 2}]}`, 1, []string{`"now"`}},
		{"control character", `{"answers": {"I.1": {}, "I.1\u0007": {}}}`, 1, []string{`"I.1"`, `"I.1\a"`, "sau khi"}},
		{"NFD against NFC", `{"Hòa": 1, "Ho\u0300a": 2}`, 1, []string{`"Hòa"`, `"Hòa"`, "sau khi"}},
		{"escape sequence", `{"k": 1, "\u001b[31mk": 2}`, 1, []string{`"\x1b[31mk"`}},
		{"after a nested value", `{"a": {"b": [1, {"c": 2}]}, "a": 3}`, 1, []string{`"a"`}},
		{"case", `{"outline": "state", "OUTLINE": "party"}`, 1, []string{`"outline"`, `"OUTLINE"`, "chữ hoa"}},
		{"long s matches s", `{"staffing": null, "\u017ftaffing": {}}`, 1, []string{`"staffing"`, `"ſtaffing"`}},
		{"Kelvin sign matches k", `{"k": 1, "\u212a": 2}`, 1, []string{`"k"`, "\u212a"}},
		{"case after cleaning", `{"number": "1", "N\u0007umber": "2"}`, 1, []string{`"number"`}},
		{"not JSON", `{"a": 1, ]`, 0, nil},
		{"scalar", `"a"`, 0, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := CheckKeys([]byte(tt.in))
			if len(tt.want) == 0 {
				if err != nil {
					t.Fatalf("CheckKeys: %v, want nil", err)
				}
				return
			}
			var fe *FormatError
			if !errors.As(err, &fe) {
				t.Fatalf("CheckKeys = %v, want a *FormatError", err)
			}
			if fe.Line != tt.line {
				t.Errorf("line %d, want %d (%v)", fe.Line, tt.line, err)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
		})
	}
}

func TestUnmarshalReportKeysAndBOM(t *testing.T) {
	seed, err := MarshalReport(seedReport())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := UnmarshalReport(append([]byte("\xEF\xBB\xBF"), seed...)); err != nil {
		t.Errorf("a report with a UTF-8 byte-order mark is refused: %v", err)
	}
	dup := strings.Replace(string(seed), `"outline": "state",`, `"outline": "state", "outline": "party",`, 1)
	if _, err := UnmarshalReport([]byte(dup)); err == nil || !strings.Contains(err.Error(), `"outline"`) {
		t.Errorf("a duplicate key gives %v, want an error naming \"outline\"", err)
	}
	upper := strings.Replace(string(seed), `"outline": "state",`, `"outline": "state", "OUTLINE": "party",`, 1)
	if _, err := UnmarshalReport([]byte(upper)); err == nil || !strings.Contains(err.Error(), `"OUTLINE"`) {
		t.Errorf("keys differing only in case give %v, want an error naming \"OUTLINE\" (encoding/json would keep one)", err)
	}
	twin := `{"format": "baocao/report@1", "answers": {"I.1": {"text": "một"}, "I.1\u0007": {"text": "hai"}}}`
	_, err = UnmarshalReport([]byte(twin))
	if err == nil || !strings.Contains(err.Error(), `"I.1\a"`) || !strings.Contains(err.Error(), `"I.1"`) {
		t.Errorf("keys equal after cleaning give %v, want an error naming both", err)
	}
}

// FuzzCheckKeys checks CheckKeys against a decode into maps: when it
// accepts well-formed JSON, no object holds two keys equal after cleaning
// and case folding,
// and every error it gives is a *FormatError with a line.
func FuzzCheckKeys(f *testing.F) {
	for _, s := range []string{`{"a":1,"a":2}`, `{"a":{"b":1},"b":{"b":2,"c":[{"d":1,"d\u0000":2}]}}`,
		`[{"x":1},{"x":1}]`, `{"Ho\u0300a":1,"Hòa":2}`, `{"a":1,"A":2}`, `{"s":1,"\u017f":2}`, `{}`, `[]`, `1`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		err := CheckKeys(data)
		if err != nil {
			var fe *FormatError
			if !errors.As(err, &fe) || fe.Line < 1 {
				t.Fatalf("CheckKeys gave %v, want a *FormatError with a line", err)
			}
			return
		}
		var v any
		if json.Unmarshal(data, &v) != nil {
			return
		}
		if k, ok := cleanTwin(v); ok {
			t.Fatalf("CheckKeys accepted an object with keys equal after cleaning: %q", k)
		}
	})
}

// cleanTwin finds, in a decoded JSON value, an object key equal after
// CleanLine to another key of the same object.
func cleanTwin(v any) (string, bool) {
	switch v := v.(type) {
	case map[string]any:
		var seen []string
		for k, e := range v {
			c := CleanLine(k)
			for _, s := range seen {
				if strings.EqualFold(s, c) {
					return k, true
				}
			}
			seen = append(seen, c)
			if k, ok := cleanTwin(e); ok {
				return k, ok
			}
		}
	case []any:
		for _, e := range v {
			if k, ok := cleanTwin(e); ok {
				return k, ok
			}
		}
	}
	return "", false
}

// FuzzCheckKeysOnePass checks the one-pass reading of well-formed JSON
// against the decoder's token walk: the same error (key, message and line)
// or none.
func FuzzCheckKeysOnePass(f *testing.F) {
	for _, s := range []string{`{"a":1,"a":2}`, `{"a":{"b":1},"b":{"b":2,"c":[{"d":1,"d\u0000":2}]}}`,
		`[{"x":1},{"x":1}]`, "{\"a\\\"b\":1,\n\"a\\\"b\":[\"x,\\\\\",{\"y\":\"}\"}]}", `{"Ho\u0300a":1,"Hòa":2}`,
		"{\"\xff\":1,\"\xef\xbf\xbd\":2}", `{"a":1,"A":2}`, `{"s":1,"\u017f":2}`, `{}`, `[]`, `1`, `"x"`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if !json.Valid(data) {
			return
		}
		fast, walk := checkValidKeys(data), checkKeyTokens(data)
		if fmt.Sprint(fast) != fmt.Sprint(walk) {
			t.Fatalf("one pass gives %v, the token walk %v", fast, walk)
		}
		var a, b *FormatError
		if errors.As(fast, &a) && errors.As(walk, &b) && a.Line != b.Line {
			t.Fatalf("one pass says line %d, the token walk line %d", a.Line, b.Line)
		}
	})
}

// TestCheckKeysLargeObject: an object with more keys than are compared one
// by one is checked through its index, and its keys are forgotten when it
// ends.
func TestCheckKeysLargeObject(t *testing.T) {
	object := func(n int, extra string) string {
		var keys []string
		for i := range n {
			keys = append(keys, fmt.Sprintf("%q: %d", fmt.Sprintf("k%d", i), i))
		}
		if extra != "" {
			keys = append(keys, extra)
		}
		return "{" + strings.Join(keys, ",\n") + "}"
	}
	tests := []struct {
		name, in string
		line     int
		want     []string
	}{
		{"distinct", object(3*indexFrom, ""), 0, nil},
		{"repeated past the index", object(3*indexFrom, `"k2": 0`), 3*indexFrom + 1, []string{`"k2"`, "hai lần"}},
		{"case past the index", object(indexFrom, `"K1": 0`), indexFrom + 1, []string{`"k1"`, `"K1"`}},
		{"repeated at the index", object(indexFrom-1, `"k0": 0`), indexFrom, []string{`"k0"`}},
		{"inner keys forgotten", `{"a": ` + object(2*indexFrom, "") + `, "k1": 1, "b": 2}`, 0, nil},
		{"outer key after inner", `{"k5": 0, "a": ` + object(2*indexFrom, "") + `, "k5": 1}`, 2 * indexFrom, []string{`"k5"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, check := range []func([]byte) error{checkValidKeys, checkKeyTokens} {
				err := check([]byte(tt.in))
				var fe *FormatError
				switch {
				case len(tt.want) == 0 && err != nil:
					t.Fatalf("error %v, want none", err)
				case len(tt.want) == 0:
					continue
				case !errors.As(err, &fe):
					t.Fatalf("error %v, want a *FormatError", err)
				case fe.Line != tt.line:
					t.Errorf("line %d, want %d (%v)", fe.Line, tt.line, err)
				}
				for _, w := range tt.want {
					if !strings.Contains(err.Error(), w) {
						t.Errorf("error %q lacks %q", err, w)
					}
				}
			}
		})
	}
}

// FuzzFoldKey: two keys have the same folded form exactly when
// encoding/json would match them to the same field; foldedKey's shortcut
// gives the cleaned key's folded form.
func FuzzFoldKey(f *testing.F) {
	for _, p := range [][2]string{{"k", "\u212a"}, {"s", "\u017f"}, {"Format", "fORMAT"}, {"ǅ", "ǆ"}, {"Σ", "ς"}, {"a1", "A1"}, {"x", "y"}, {" a", "a "}, {"a\x7f", "a"}} {
		f.Add(p[0], p[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		if (foldKey(a) == foldKey(b)) != strings.EqualFold(a, b) {
			t.Fatalf("foldKey(%q) = %q, foldKey(%q) = %q, but EqualFold is %v", a, foldKey(a), b, foldKey(b), strings.EqualFold(a, b))
		}
		if got, want := string(foldedKey([]byte(a))), foldKey(CleanLine(a)); got != want {
			t.Fatalf("foldedKey(%q) = %q, want %q", a, got, want)
		}
	})
}
