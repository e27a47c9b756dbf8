package templates

import (
	"errors"
	"strings"
	"testing"

	"github.com/baocao/baocao/model"
)

const (
	minimalUnits = "== period a\nbasis: B\nuntil: 2025-06-30\n-- kind xa\nlabel: Xã\nclass: I = Loại I\n"
	laterUnits   = "== period b\nbasis: C\nfrom: 2025-07-01\n-- kind dac-khu\nlabel: Đặc khu\nclass: DB = Loại đặc biệt\n"
	minimalAbol  = "== abolition a\nbasis: B\nfrom: 2025-07-01\nlevel: cấp huyện\nword: huyện\ninstead: cấp tỉnh\n"
	minimalTerms = "== term t\nbody: party\nyears: 2025-2030\nbegan: 2025-07-01\nbasis: B\n"
)

// parseAny runs one of the dated-rules parsers by the name of its file.
func parseAny(name string, data []byte) error {
	var err error
	switch name {
	case "units":
		_, err = ParseUnits("t.rules", data)
	case "abolished":
		_, err = ParseAbolished("t.rules", data)
	default:
		_, err = ParseTerms("t.rules", data)
	}
	return err
}

func TestParseDatedRulesProblems(t *testing.T) {
	tests := []struct {
		file, name, input string
		want              []want
	}{
		{"units", "empty", "", []want{{0, "chưa có thời kỳ nào"}}},
		{"units", "unknown kind", strings.Replace(minimalUnits, "kind xa", "kind huyen", 1), []want{{4, `loại đơn vị "huyen" không có`}}},
		{"units", "class without label", strings.Replace(minimalUnits, "I = Loại I", "I", 1), []want{{6, `"class" phải có dạng`}}},
		{"units", "repeated class", minimalUnits + "class: I = Loại một\n", []want{{7, `hạng "I" đã ghi`}}},
		{"units", "no kinds", "== period a\nbasis: B\n", []want{{1, "chưa có loại đơn vị nào"}}},
		{"units", "overlap", minimalUnits + strings.Replace(laterUnits, "2025-07-01", "2025-06-30", 1), []want{{7, `thời kỳ "b" trùng thời gian với thời kỳ "a"`}}},
		{"units", "missing label", strings.Replace(minimalUnits, "label: Xã\n", "", 1), []want{{4, `thiếu khóa "label"`}}},
		{"abolished", "no words", strings.Replace(minimalAbol, "word: huyện\n", "", 1), []want{{1, "chưa có từ nào"}}},
		{"abolished", "bad date", strings.Replace(minimalAbol, "2025-07-01", "2025-07-32", 1), []want{{3, "không phải ngày hợp lệ"}}},
		{"abolished", "missing instead", strings.Replace(minimalAbol, "instead: cấp tỉnh\n", "", 1), []want{{1, `thiếu khóa "instead"`}}},
		{"terms", "four years", strings.Replace(minimalTerms, "2025-2030", "2025-2029", 1), []want{{3, "không phải năm năm"}}},
		{"terms", "bad body", strings.Replace(minimalTerms, "party", "mttq", 1), []want{{2, `cơ quan "mttq" không có`}}},
		{"terms", "began outside", strings.Replace(minimalTerms, "began: 2025", "began: 2024", 1), []want{{4, "không thuộc năm đầu 2025"}}},
		{"terms", "duplicate", minimalTerms + minimalTerms, []want{{6, `mã nhiệm kỳ "t" đã dùng ở dòng 1`}}},
	}
	for _, tt := range tests {
		t.Run(tt.file+" "+tt.name, func(t *testing.T) {
			err := parseAny(tt.file, []byte(tt.input))
			var le *LoadError
			if !errors.As(err, &le) {
				t.Fatalf("error = %v, want a *LoadError", err)
			}
			for _, w := range tt.want {
				if !hasProblem(le.Problems, w) {
					t.Errorf("missing problem %+v in %v", w, le.Problems)
				}
			}
		})
	}
}

func TestParseDatedRulesValid(t *testing.T) {
	units, err := ParseUnits("t.rules", []byte(minimalUnits+laterUnits))
	if err != nil {
		t.Fatal(err)
	}
	rules := model.Rules{Units: units}
	p, ok := rules.UnitsOn(model.Date{Year: 2025, Month: 7, Day: 1})
	if !ok || p.ID != "b" || p.Kinds[0].Classes[0] != (model.ClassRule{Value: "DB", Label: "Loại đặc biệt"}) {
		t.Fatalf("period on 1/7/2025 = %+v", p)
	}
	if p, _ := rules.UnitsOn(model.Date{Year: 2025, Month: 6, Day: 30}); p.ID != "a" {
		t.Fatalf("period on 30/6/2025 = %q, want a", p.ID)
	}
}

// The shipped files load, and cover every day from the first period on.
func TestBuiltinDatedRules(t *testing.T) {
	rules, err := Rules()
	if err != nil {
		t.Fatal(err)
	}
	if len(rules.Units) < 3 || len(rules.Abolished) == 0 || len(rules.Terms) < 4 || !rules.Today.Valid() {
		t.Fatalf("incomplete rules: %d periods, %d abolitions, %d terms, today %v", len(rules.Units), len(rules.Abolished), len(rules.Terms), rules.Today)
	}
	for d := (model.Date{Year: 2019, Month: 1, Day: 1}); d.Year < 2031; d = nextMonth(d) {
		if _, ok := rules.UnitsOn(d); !ok {
			t.Fatalf("no units period on %s", d.Short())
		}
	}
}

func nextMonth(d model.Date) model.Date {
	if d.Month == 12 {
		return model.Date{Year: d.Year + 1, Month: 1, Day: 1}
	}
	return model.Date{Year: d.Year, Month: d.Month + 1, Day: 1}
}

func FuzzParseUnits(f *testing.F) {
	addSeeds(f, []string{ruleFiles.units}, minimalUnits, laterUnits, minimalUnits+laterUnits, "-- kind xa\n")
	f.Fuzz(func(t *testing.T, data []byte) {
		units, err := ParseUnits("fuzz.rules", data)
		if err != nil {
			checkProblems(t, data, err)
			return
		}
		rules := model.Rules{Units: units}
		for _, p := range units {
			if p.Basis == "" || len(p.Kinds) == 0 {
				t.Fatalf("loaded an incomplete period %+v", p)
			}
			if got, ok := rules.UnitsOn(p.From); !ok || got.ID != p.ID {
				t.Fatalf("period %q does not apply on its own start", p.ID)
			}
		}
	})
}

func FuzzParseAbolished(f *testing.F) {
	addSeeds(f, []string{ruleFiles.abolished}, minimalAbol, "== abolition a\nnamed-word: thành phố\nremain: Huế\n")
	f.Fuzz(func(t *testing.T, data []byte) {
		list, err := ParseAbolished("fuzz.rules", data)
		if err != nil {
			checkProblems(t, data, err)
			return
		}
		for _, a := range list {
			if a.From.IsZero() || a.Basis == "" || len(a.Words)+len(a.NamedWords) == 0 {
				t.Fatalf("loaded an incomplete abolition %+v", a)
			}
		}
	})
}

func FuzzParseTerms(f *testing.F) {
	addSeeds(f, []string{ruleFiles.terms}, minimalTerms, "== term t\nyears: 2020 - 2025\n")
	f.Fuzz(func(t *testing.T, data []byte) {
		terms, err := ParseTerms("fuzz.rules", data)
		if err != nil {
			checkProblems(t, data, err)
			return
		}
		for _, tm := range terms {
			if tm.End-tm.Start != model.TermYears || tm.Began.Year != tm.Start {
				t.Fatalf("loaded a term that is not five years from its start: %+v", tm)
			}
		}
	})
}
