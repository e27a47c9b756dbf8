package ui

import "testing"

// TestStaffingEscClosesPickerFirst: esc on an open picker closes the picker
// and keeps the table focused; a second esc leaves for the sidebar.
func TestStaffingEscClosesPickerFirst(t *testing.T) {
	h := newHarness(t, 80, 24)
	h.newDraft()
	h.jump("I.1")
	h.focusField("staffing")
	h.keys("a")
	if !h.m.wizard.inputBusy() {
		t.Fatalf("'a' did not open the position picker:\n%s", h.view())
	}
	h.keys("esc")
	if h.m.wizard.inputBusy() || h.m.wizard.sidebar {
		t.Fatalf("esc should close the picker and stay in the table (busy %v, sidebar %v)",
			h.m.wizard.inputBusy(), h.m.wizard.sidebar)
	}
	h.keys("esc")
	if !h.m.wizard.sidebar {
		t.Fatal("a second esc should move to the sidebar")
	}
}

// TestStaffingKeepsTerm: editing the table after typing the term does not
// bring back the table's old copy of the term.
func TestStaffingKeepsTerm(t *testing.T) {
	h := newHarness(t, 80, 24)
	h.newDraft()
	h.jump("I.1")
	h.focusField("staffing.term")
	h.typeText("2021-2026")
	h.focusField("staffing")
	h.keys("a", "enter", "1")
	h.run(h.m.wizard.commit())
	r := h.stored()
	if r.Staffing.Term != "2021-2026" || len(r.Staffing.Rows) != 1 {
		t.Fatalf("stored staffing = %+v, want term 2021-2026 and one row", r.Staffing)
	}
}
