package pdf

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/templates"
	"github.com/baocao/baocao/templates/layout"
)

// example loads one of the example reports of examples/ with its outline
// and the built-in rules, laid out.
func example(t testing.TB, id string) (layout.Doc, layout.Form) {
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
			return layout.Compose(r, o, rules), layout.FormFor(o.Profile, r.Doc.Date)
		}
	}
	t.Fatalf("no outline %q", r.Outline)
	return layout.Doc{}, layout.Form{}
}
