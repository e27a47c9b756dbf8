package model

import "testing"

// TestCatalogueIndex: an indexed catalogue finds what going through its
// list finds, for every ID of every regime and for unknown ones, and stops
// trusting its index once positions are appended; a regime's own positions
// are found through it as in the regime.
func TestCatalogueIndex(t *testing.T) {
	rules := testRules()
	rules.Regimes = append(rules.Regimes, Regime{ID: "extra", Basis: "thử", From: Date{2030, 1, 1},
		Catalogue: Catalogue{Positions: []Position{{ID: "van-phong", Short: "Văn phòng mới"}, {ID: "moi", Short: "Chức danh mới"}}}})
	ids := []string{"", "khong-co", "Van-phong"}
	for _, g := range rules.Regimes {
		for _, p := range g.Positions {
			ids = append(ids, p.ID)
		}
	}
	tests := []struct {
		name string
		col  Column
	}{
		{"no regime", Column{}},
		{"first regime", Column{Regime: rules.Regimes[0], Known: true}},
		{"newest regime", Column{Regime: rules.Regimes[2], Known: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cat := rules.catalogueOf(tt.col)
			list := Catalogue{Positions: cat.Positions}
			for _, id := range ids {
				got, ok := cat.Position(id)
				want, wantOK := list.Position(id)
				if ok != wantOK || got.Short != want.Short || got.ID != want.ID {
					t.Errorf("Position(%q) = %+v %v, the list gives %+v %v", id, got, ok, want, wantOK)
				}
			}
			v := validator{rules: rules}
			for _, id := range ids {
				got, ok := v.regimePosition(tt.col, id)
				want, wantOK := tt.col.Regime.Position(id)
				if ok != wantOK || got.Short != want.Short {
					t.Errorf("regimePosition(%q) = %+v %v, the regime gives %+v %v", id, got, ok, want, wantOK)
				}
			}
			cat.Positions = append(cat.Positions, Position{ID: "them", Short: "Thêm"})
			if p, ok := cat.Position("them"); !ok || p.Short != "Thêm" {
				t.Errorf("a position appended to an indexed catalogue is not found: %+v %v", p, ok)
			}
		})
	}
}
