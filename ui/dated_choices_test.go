package ui

import (
	"slices"
	"strings"
	"testing"

	"github.com/baocao/baocao/model"
)

// choiceValues returns the values the wizard's input of a field offers.
func (h *harness) choiceValues(id string) []string {
	h.t.Helper()
	for _, in := range h.m.wizard.inputs {
		if in.Field().ID == id {
			var out []string
			for _, opt := range in.Field().Options {
				v, _ := model.SplitOption(opt)
				out = append(out, v)
			}
			return out
		}
	}
	h.t.Fatalf("no input %q in the section", id)
	return nil
}

// The wizard offers the unit kinds and classes of the report's date, as
// the new-draft form does, and follows a change of the date or the kind.
func TestWizardKindsAndClassesFollowTheDate(t *testing.T) {
	h := newHarness(t, 80, 24)
	h.newDraft() // a phường, the date left empty: today, 23/11/2026
	steps := []struct {
		date        string
		kind        string // the kind to choose before looking, "" to keep
		wantKind    []string
		lackKind    []string
		wantClasses []string
	}{
		{"", "", []string{"xa", "phuong", "dac-khu"}, []string{"thi-tran"}, []string{"DB", "I", "II", "III"}},
		{"14/9/2023", "", []string{"xa", "phuong", "thi-tran"}, []string{"dac-khu"}, []string{"I", "II", "III"}},
		{"20/10/2026", "", []string{"dac-khu"}, []string{"thi-tran"}, []string{"DB", "I", "II", "III"}},
		{"20/10/2026", "xa", []string{"xa"}, []string{"thi-tran"}, []string{"I", "II", "III"}},
	}
	for _, s := range steps {
		if s.date != "" {
			h.focusField("doc.date")
			for range 12 {
				h.keys("backspace")
			}
			h.typeText(s.date)
			h.keys("tab")
		}
		if s.kind != "" {
			h.focusField("unit.kind")
			for i := 0; i < 6 && h.m.wizard.inputs[h.m.wizard.focus].(interface{ Value() string }).Value() != s.kind; i++ {
				h.keys("right")
			}
			h.keys("tab")
		}
		kinds := h.choiceValues("unit.kind")
		for _, k := range s.wantKind {
			if !slices.Contains(kinds, k) {
				t.Errorf("date %q: kinds %v lack %s", s.date, kinds, k)
			}
		}
		for _, k := range s.lackKind {
			if slices.Contains(kinds, k) {
				t.Errorf("date %q: kinds %v offer %s", s.date, kinds, k)
			}
		}
		if got := h.choiceValues("unit.class"); !slices.Equal(got, s.wantClasses) {
			t.Errorf("date %q kind %q: classes %v, want %v", s.date, s.kind, got, s.wantClasses)
		}
	}
}

// The staffing table lists its own problems under its rows; the wizard
// does not list them a second time under the field (which squeezed the
// table to one row), whether the section was just entered or edited.
func TestStaffingProblemsListedOnce(t *testing.T) {
	h := newHarness(t, 100, 30)
	h.newDraft()
	h.jump("I.1")
	h.keys("a", "enter", "2", "right", "2", "a", "down", "enter", "1", "right", "1")
	h.run(h.m.wizard.commit())
	check := func(when string) {
		t.Helper()
		v := h.view()
		if n := strings.Count(v, "có 02 Bí thư"); n < 1 || n > 2 { // at most once for each column
			t.Errorf("%s: the two-Bí-thư problems are shown %d times, want once or twice (a column each):\n%s", when, n, v)
		}
		if !strings.Contains(v, "Bí thư Đảng ủy") || !strings.Contains(v, "Chủ tịch HĐND") {
			t.Errorf("%s: the table's two rows are not both in view:\n%s", when, v)
		}
	}
	check("after typing")
	h.keys("tab")
	h.jumpBack("I.1")
	check("after coming back")
}
