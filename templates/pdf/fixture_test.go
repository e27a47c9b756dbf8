package pdf

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/templates"
	"github.com/baocao/baocao/templates/layout"
)

// exampleReport loads one of the example reports of examples/ with its
// outline and the built-in rules.
func exampleReport(t testing.TB, id string) (model.Report, model.Outline, model.Rules) {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("..", "..", "examples", id+".json"))
	if err != nil {
		t.Fatal(err)
	}
	r, err := model.UnmarshalReport(raw)
	if err != nil {
		t.Fatal(err)
	}
	rules, err := templates.Rules()
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range templates.Builtin() {
		if o.ID == r.Outline {
			return r, o, rules
		}
	}
	t.Fatalf("no outline %q", r.Outline)
	return model.Report{}, model.Outline{}, model.Rules{}
}

// example lays an example report out and picks its form.
func example(t testing.TB, id string) (layout.Doc, layout.Form) {
	t.Helper()
	r, o, rules := exampleReport(t, id)
	return layout.Compose(r, o, rules), layout.FormFor(o.Profile, r.Doc.Date)
}
