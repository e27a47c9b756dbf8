package text

import (
	"testing"

	"github.com/baocao/baocao/templates/internal/fixture"
	"github.com/baocao/baocao/templates/layout"
)

// example lays one of the example reports of examples/ out and picks its form.
func example(t testing.TB, id string) (layout.Doc, layout.Form) {
	r, o, rules := fixture.Example(t, id)
	return layout.Compose(r, o, rules), layout.FormFor(o.Profile, r.Doc.Date)
}
