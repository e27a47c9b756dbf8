package templates

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/baocao/baocao/model"
)

var update = flag.Bool("update", false, "rewrite examples/*.json in the canonical form of model.MarshalReport")

// examples maps each example report to the outline it answers.
var examples = map[string]string{"state.json": "state", "party.json": "party", "state2026.json": "state", "party2026.json": "party", "cchc.json": "cchc-quy"}

// TestExamples checks that each example report reads, answers its outline,
// fills every required field, and passes the full validation without a
// single problem; its file must be in the canonical JSON form.
func TestExamples(t *testing.T) {
	rules, err := Rules()
	if err != nil {
		t.Fatal(err)
	}
	set, _ := Load("")
	for file, id := range examples {
		t.Run(file, func(t *testing.T) {
			path := filepath.Join("..", "examples", file)
			raw, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			r, err := model.UnmarshalReport(raw)
			if err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			o, ok := set.Get(r.Outline)
			if !ok || r.Outline != id {
				t.Fatalf("%s answers outline %q, want %q", path, r.Outline, id)
			}
			checkFilled(t, r, o)
			for _, p := range model.Validate(r, o, rules) {
				t.Errorf("%s: %s %s: %s", path, p.Severity.Label(), p.Path, p.Message)
			}
			canonical(t, path, raw, r)
		})
	}
}

func checkFilled(t *testing.T, r model.Report, o model.Outline) {
	t.Helper()
	for _, s := range o.Sections {
		for _, f := range s.Fields {
			if f.Required && !model.Filled(r, f) {
				t.Errorf("required field %s (%s) is empty", f.ID, f.Label)
			}
		}
	}
}

func canonical(t *testing.T, path string, raw []byte, r model.Report) {
	t.Helper()
	want, err := model.MarshalReport(r)
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile(path, want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal(raw, want) {
		t.Errorf("%s is not in the canonical form of model.MarshalReport; run go test ./templates -run TestExamples -update", path)
	}
}
