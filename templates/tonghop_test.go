package templates

import (
	"reflect"
	"testing"

	"github.com/baocao/baocao/model"
)

// TestTongHopOutlines checks the outlines of compiled reports: clean files,
// found by Set.Get but not listed by Set.All or Builtin, each named after its source outline
// with a narrative field for every answer field of the source (where the
// units' texts are gathered) and the same body sections.
func TestTongHopOutlines(t *testing.T) {
	set, errs := Load("")
	if len(errs) != 0 {
		t.Fatalf("Load: %v", errs)
	}
	for _, name := range tongHopFiles {
		raw, err := data.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range CheckOutline(name, raw) {
			t.Errorf("%s:%d: %s", name, p.Line, p.Msg)
		}
	}
	if n := len(set.All()); n != len(builtinFiles) {
		t.Errorf("All() = %d outlines; the compiled ones must not be offered for a new report", n)
	}
	if n := len(set.Compiled()); n != len(tongHopFiles) {
		t.Errorf("Compiled() = %d outlines, want %d", n, len(tongHopFiles))
	}
	for _, src := range Builtin() {
		th, ok := set.Get(src.ID + "-tong-hop")
		if !ok {
			t.Errorf("no outline %s-tong-hop", src.ID)
			continue
		}
		if th.Profile != src.Profile || th.Source != builtinSource {
			t.Errorf("%s: profile %s source %q", th.ID, th.Profile, th.Source)
		}
		for _, s := range src.Sections {
			got, ok := th.Section(s.ID)
			if !ok || got.Level != s.Level || got.Number != s.Number {
				t.Errorf("%s: section %s missing or numbered differently", th.ID, s.ID)
			}
			for _, f := range s.Fields {
				if f.Bind != "" {
					continue
				}
				g, sec, ok := th.Field(f.ID)
				if f.Kind == model.FieldTable {
					if !ok || g.Kind != model.FieldTable || !reflect.DeepEqual(g.Table, f.Table) || sec.ID != s.ID {
						t.Errorf("%s: table %s must keep its columns and rows in section %s", th.ID, f.ID, s.ID)
					}
					continue
				}
				if !ok || g.Kind != model.FieldNarrative || sec.ID != s.ID {
					t.Errorf("%s: field %s must be a narrative in section %s", th.ID, f.ID, s.ID)
				}
			}
		}
	}
}
