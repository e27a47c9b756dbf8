package templates

import (
	"bytes"
	"errors"
	"testing"

	"github.com/baocao/baocao/model"
)

// addSeeds gives a fuzz target the built-in files, cut into their "=="
// blocks, and small broken inputs. Whole files are too large a seed: the
// engine spends its time minimizing them instead of fuzzing.
func addSeeds(f *testing.F, files []string, extra ...string) {
	for _, name := range files {
		raw, err := data.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		parts := bytes.Split(raw, []byte("\n== "))
		f.Add(parts[0])
		for i, part := range parts[1:] {
			f.Add(append([]byte("== "), part...))
			if i == 0 {
				f.Add(append(append(parts[0], "\n== "...), part...))
			}
		}
	}
	for _, s := range extra {
		f.Add([]byte(s))
	}
}

// checkProblems asserts what every failed load guarantees: a *LoadError
// with at least one problem, each on a line of the input (0 for the whole
// file), in line order, with a message.
func checkProblems(t *testing.T, data []byte, err error) {
	var le *LoadError
	if !errors.As(err, &le) || len(le.Problems) == 0 {
		t.Fatalf("error %v is not a *LoadError with problems", err)
	}
	lines := bytes.Count(data, []byte("\n")) + 1
	for i, p := range le.Problems {
		if p.Line < 0 || p.Line > lines || p.Msg == "" {
			t.Fatalf("problem %+v outside the %d lines of the input", p, lines)
		}
		if i > 0 && p.Line < le.Problems[i-1].Line {
			t.Fatalf("problems out of line order: %v", le.Problems)
		}
	}
}

func FuzzParseOutline(f *testing.F) {
	addSeeds(f, builtinFiles, minimal, "", "==", "--", "  x", "a:\n  b\n -c", "== section\n-- field\n",
		"outline: t\nname: n\nprofile: party\n== section a\nlevel: 2\nnumber: 1\nheading: h\n-- field f\nlabel: l\nkind: choice\n")
	f.Fuzz(func(t *testing.T, data []byte) {
		o, err := ParseOutline("fuzz.outline", data)
		if len(CheckOutline("fuzz.outline", data)) == 0 != (err == nil) {
			t.Fatalf("CheckOutline and ParseOutline disagree: %v", err)
		}
		if err != nil {
			checkProblems(t, data, err)
			return
		}
		checkLoaded(t, o)
	})
}

// checkLoaded asserts what every loaded outline guarantees.
func checkLoaded(t *testing.T, o model.Outline) {
	ids := map[string]bool{}
	for _, s := range o.Sections {
		for _, fl := range s.Fields {
			if ids[fl.ID] || !validID(fl.ID) || !knownKind(fl.Kind) {
				t.Fatalf("loaded a bad field %+v", fl)
			}
			ids[fl.ID] = true
			if kinds, ok := model.Binds[fl.Bind]; fl.Bind != "" && (!ok || !hasKind(kinds, fl.Kind)) {
				t.Fatalf("loaded a field with a bad bind %+v", fl)
			}
			if fl.Kind == model.FieldChoice && len(fl.Options) == 0 {
				t.Fatalf("loaded a choice without options %+v", fl)
			}
		}
	}
	if o.ID == "" || o.Name == "" || len(o.Sections) == 0 {
		t.Fatalf("loaded an incomplete outline %+v", o)
	}
}

func FuzzParseRules(f *testing.F) {
	addSeeds(f, []string{"rules/staffing.rules"}, minimalRules, "", "== regime a\n", "cap: xa/I = 1",
		"== regime a\nbasis: b\nfrom: 2020-01-01\ncap: xa/I = 99999999999999999999\n-- position p\ntitle: t\nshort: s\ngroup: can-bo\nmax: 1\nkinds: xa,\n")
	f.Fuzz(func(t *testing.T, data []byte) {
		rules, err := ParseRules("fuzz.rules", data)
		if err != nil {
			checkProblems(t, data, err)
			return
		}
		for i, g := range rules.Regimes {
			if g.From.IsZero() || g.Basis == "" || len(g.Positions) == 0 {
				t.Fatalf("loaded an incomplete regime %+v", g)
			}
			if got, ok := rules.For(g.From); !ok || got.ID != g.ID {
				t.Fatalf("regime %d does not apply from its own start date", i)
			}
		}
	})
}
