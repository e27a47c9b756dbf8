package ui

import (
	"testing"

	"github.com/baocao/baocao/ui/internal/uitest"
)

func TestDraftsEmptyState(t *testing.T) {
	h := newHarness(t, 80, 24)
	h.contains("Chưa có bản nháp nào", "Nhấn n")
	checkSize(t, h.view(), 80, 24)
	uitest.Golden(t, "drafts_empty", h.view())
}

func TestNewDraftCreatesAndOpensWizard(t *testing.T) {
	h := newHarness(t, 80, 24)
	h.keys("n")
	h.contains("Báo cáo mới", "Mẫu báo cáo", "Tên đơn vị")
	uitest.Golden(t, "newdraft", h.view())
	h.keys("ctrl+s")
	h.contains("Hãy nhập tên đơn vị")
	h.chooseUnit("phuong", "II")
	h.typeText("Phổ Minh")
	h.keys("ctrl+s")
	if h.m.screen != scrWizard {
		t.Fatalf("screen = %d, want the wizard:\n%s", h.m.screen, h.view())
	}
	r, _, _ := h.m.wizard.Snapshot()
	if r.Unit.Kind != "phuong" || r.Unit.Class != "II" || r.Unit.Name != "Phổ Minh" {
		t.Fatalf("unit = %+v", r.Unit)
	}
	if r.Unit.Issuer != "Ủy ban nhân dân phường Phổ Minh" || r.Unit.Place != "Phổ Minh" {
		t.Fatalf("derived issuer/place = %q, %q", r.Unit.Issuer, r.Unit.Place)
	}
	uitest.Golden(t, "wizard_header", h.view())
}

// After the last draft is deleted the empty list does not speak of a
// first report: it says where the deleted one went and which key shows it.
func TestDraftsEmptyPointsToTrash(t *testing.T) {
	h := newHarness(t, 80, 24)
	h.newDraft()
	h.keys("esc", "esc", "x", "y")
	h.contains("Chưa có bản nháp nào", "thùng rác", "nhấn t")
	h.lacks("báo cáo đầu tiên")
	h.keys("t")
	h.contains("baocao · Thùng rác", "▸ Nháp 1")
}
