package docx

import (
	"testing"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/templates/internal/fixture"
	"github.com/baocao/baocao/templates/layout"
)

// exampleReport loads one of the example reports of examples/ with its
// outline and the built-in rules.
func exampleReport(t testing.TB, id string) (model.Report, model.Outline, model.Rules) {
	return fixture.Example(t, id)
}

// example lays an example report out and picks its form.
func example(t testing.TB, id string) (layout.Doc, layout.Form) {
	t.Helper()
	r, o, rules := exampleReport(t, id)
	return layout.Compose(r, o, rules), layout.FormFor(o.Profile, r.Doc.Date)
}
