package ui

import (
	"testing"

	"github.com/baocao/baocao/examples"
	"github.com/baocao/baocao/store"
)

// seedSubject stores the state example under another subject, with
// number and date, and lists it.
func (h *harness) seedSubject(subject string) {
	h.t.Helper()
	r, err := examples.Report("state")
	if err != nil {
		h.t.Fatal(err)
	}
	r.Doc.Subject, r.Doc.Number, r.Doc.Date = subject, "125", "29/6/2026"
	if _, err := h.st.Create(r, store.Summary{Title: subject, Outline: "state"}); err != nil {
		h.t.Fatal(err)
	}
	h.run(h.m.drafts.Reload())
}

// TestNextPeriodKey: s in the drafts list makes and opens next period's
// draft, the period advanced, number and date blank, the old draft kept.
func TestNextPeriodKey(t *testing.T) {
	for _, size := range []struct{ w, h int }{{80, 24}, {40, 12}} {
		h := newHarness(t, size.w, size.h)
		h.seedSubject("Kết quả công tác tháng 6 năm 2026")
		h.keys("s")
		if h.m.screen != scrWizard {
			t.Fatalf("%dx%d: s opened screen %d:\n%s", size.w, size.h, h.m.screen, h.view())
		}
		r, _, _ := h.m.wizard.Snapshot()
		if r.Doc.Subject != "Kết quả công tác tháng 7 năm 2026" || r.Doc.Number != "" || r.Doc.Date != "" {
			t.Fatalf("%dx%d: next draft doc = %+v", size.w, size.h, r.Doc)
		}
		h.keys("esc", "esc")
		if size.w == 80 {
			h.contains("▸ Kết quả công tác tháng 7 năm 2026", "  Kết quả công tác tháng 6 năm 2026")
		}
		if n := h.m.drafts.Len(); n != 2 {
			t.Errorf("%dx%d: %d drafts after s, want 2", size.w, size.h, n)
		}
	}
}

// TestNextPeriodKeyRefuses: a subject without a period makes no draft
// and the status line says what to write.
func TestNextPeriodKeyRefuses(t *testing.T) {
	h := newHarness(t, 80, 24)
	h.seedSubject("Thực trạng né tránh, đùn đẩy")
	h.keys("s")
	h.contains("Bản nháp 1: trích yếu của báo cáo không ghi kỳ báo cáo", "năm 2026”, rồi làm lại.")
	if n := h.m.drafts.Len(); n != 1 {
		t.Errorf("%d drafts after a refused s, want 1", n)
	}
	h.keys("down")
	h.lacks("không ghi kỳ báo cáo")
}
