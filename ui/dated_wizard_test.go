package ui

import (
	"strings"
	"testing"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/ui/field"
)

// These tests drive the wizard with key presses where its fields depend on
// the report's date (issue 11, items 2 and 4; issue 10, item 11).

// setDate types a date into the header's date field and leaves it.
func (h *harness) setDate(date string) {
	h.t.Helper()
	if h.m.wizard.outline.Sections[h.m.wizard.sec].ID != "header" {
		h.jump("header")
	}
	h.focusField("doc.date")
	h.keys("end", "ctrl+u")
	h.typeText(date)
	h.keys("tab")
}

// choose moves the focused choice to the option with the value: first to
// the first option, then right (the choice does not wrap round).
func (h *harness) choose(value string) {
	h.t.Helper()
	c := h.m.wizard.inputs[h.m.wizard.focus].(*field.ChoiceInput)
	for i := 0; i < 8; i++ {
		h.keys("left")
	}
	for i := 0; i < 8 && c.Value() != value; i++ {
		h.keys("right")
	}
	if c.Value() != value {
		h.t.Fatalf("no option %q:\n%s", value, h.view())
	}
}

// flat is the screen right of the section list with its whitespace
// folded, for text that wraps.
func (h *harness) flat() string {
	var b strings.Builder
	for _, l := range strings.Split(h.view(), "\n") {
		if _, right, ok := strings.Cut(l, "│"); ok {
			l = right
		}
		b.WriteString(l + " ")
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// The unit's kind and class offer what the report's date allows, follow a
// change of the date, and keep a value no longer offered, marked, with
// check's error.
func TestWizardUnitChoicesFollowDate(t *testing.T) {
	h := newHarness(t, 80, 24)
	h.newDraft() // a phường II, no date yet: today's units (after 1/7/2025)
	h.focusField("unit.kind")
	h.contains("Xã", "Phường", "Đặc khu")
	h.lacks("Thị trấn")
	h.focusField("unit.class")
	h.contains("Loại đặc biệt", "Loại III")

	h.setDate("14/9/2024")
	h.focusField("unit.kind")
	h.contains("Thị trấn")
	h.lacks("Đặc khu")
	h.focusField("unit.class")
	h.lacks("Loại đặc biệt")

	h.focusField("unit.kind")
	h.choose("thi-tran")
	h.setDate("12/6/2026")
	h.focusField("unit.kind")
	h.contains("Thị trấn (không có vào ngày báo cáo)", "Đặc khu")
	if r, _, ps := h.m.wizard.Snapshot(); r.Unit.Kind != model.KindTownlet || !hasProblem(ps, "unit.kind") {
		t.Fatalf("kind %q, problems %v", r.Unit.Kind, ps)
	}
	h.focusField("unit.name")
	h.contains("Thị trấn (không có vào ngày báo cáo)")
	if got := h.stored().Unit.Kind; got != model.KindTownlet {
		t.Errorf("stored kind %q, want the thị trấn kept", got)
	}
	h.focusField("unit.kind")
	h.choose("xa")
	h.focusField("unit.class")
	h.lacks("Loại đặc biệt") // a xã has no loại đặc biệt
	h.contains("Loại I")
}

// The table's paragraph is the one the document prints: each column under
// its own regime, named, the term's start taken from its field.
func TestWizardStaffingParagraphIsTheDocuments(t *testing.T) {
	h := toStaffing(t, 100, 30)
	h.keys("a", "enter", "1", "right", "1")
	h.keys("a", "enter", "1", "right", "2")
	h.keys("tab")
	h.focusField("staffing.termFrom")
	h.typeText("23/5/2021")
	h.focusField("staffing")
	h.keys("p")
	r, o, _ := h.m.wizard.Snapshot()
	want := h.svc.Rules.StaffingParagraphs(r, o.Profile) // no valid date typed: today stands in
	if len(want) != 2 || !strings.Contains(want[0], "Nghị định 34/2019/NĐ-CP") || !strings.Contains(want[1], "150/2025/NĐ-CP") {
		t.Fatalf("the document's paragraphs: %q", want)
	}
	for _, p := range want {
		if !strings.Contains(h.flat(), p) {
			t.Errorf("the table does not show %q:\n%s", p, h.view())
		}
	}
}

// With an invalid date the staffing checks run by the regime of the last
// valid date typed, and say so; with none, by today's.
func TestWizardInvalidDateUsesRecentDate(t *testing.T) {
	for _, tt := range []struct {
		name   string
		dates  []string
		reopen bool
		want   string
	}{
		{"typed before", []string{"14/9/2024", "31/2/2026"}, false, "ngày báo cáo hợp lệ đã ghi gần nhất 14/9/2024"},
		{"reopened", []string{"14/9/2024", "31/2/2026"}, true, "ngày báo cáo hợp lệ đã ghi gần nhất 14/9/2024"},
		{"never valid", []string{"31/2/2026"}, false, "hôm nay"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, 100, 30)
			h.newDraft()
			for _, d := range tt.dates {
				h.setDate(d)
			}
			if tt.reopen {
				h.keys("esc", "esc")
				if h.m.screen != scrDrafts {
					t.Fatalf("not on the drafts list:\n%s", h.view())
				}
				h.keys("enter")
			}
			h.jump("I.1")
			h.keys("a", "enter", "1", "right", "3")
			h.run(h.m.wizard.commit())
			h.contains("tối đa")
			if !strings.Contains(h.flat(), tt.want) {
				t.Errorf("the table does not say %q:\n%s", tt.want, h.view())
			}
		})
	}
}
