package formcheck

import (
	"testing"

	"github.com/baocao/baocao/model"
)

// TestUnitClass: a unit named with a class its kind did not have on the
// document's date is warned about, by the periods of rules/units.rules;
// a class that existed then is not.
func TestUnitClass(t *testing.T) {
	tests := []struct {
		name, fixture, old, new string
		warn                    bool
	}{
		{"phường loại đặc biệt before ND 307", "lo-state-2024", "Trong kỳ,", "Trong kỳ, là phường loại đặc biệt,", true},
		{"thị trấn after 1/7/2025", "lo-party-2026", "thường xuyên", "thường xuyên ở thị trấn loại II", true},
		{"xã loại đặc biệt", "state2026", "tổng hợp./.", "tổng hợp của xã loại đặc biệt./.", true},
		{"phường loại đặc biệt in 2023 hd36", "party", "chung chung", "chung chung ở phường loại đặc biệt", true},
		{"phường loại đặc biệt after ND 307", "lo-state-2026", "Trong kỳ,", "Trong kỳ, là phường loại đặc biệt,", false},
		{"xã loại I", "lo-party-2024", "thường xuyên", "thường xuyên, là xã loại I", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			broken := mutate(t, fixture(t, tt.fixture), "word/document.xml", replaceOnce(tt.old, tt.new))
			res := check(t, broken)
			p, found := find(res, "unit-kind")
			if found != tt.warn {
				t.Fatalf("unit-kind problem %v (%s), want %v", found, p.What, tt.warn)
			}
			if found && (p.Severity != model.Warning || p.Source == "" || p.Remedy == "" || p.Para == 0) {
				t.Errorf("%+v: want a warning with a source, a remedy and its paragraph", p)
			}
			fixed, _, err := res.Fix()
			if err != nil {
				t.Fatal(err)
			}
			sameRuns(t, runTexts(t, broken), runTexts(t, fixed), [2]string{})
		})
	}
}
