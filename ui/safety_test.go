package ui

import (
	"strings"
	"testing"

	"github.com/baocao/baocao/templates/export"
	"github.com/baocao/baocao/ui/common"
)

// TestHistoryFromWizard types in a section, opens the history with ctrl+y,
// restores the revision before the last words and goes back: the wizard
// holds the restored text, and saving again does not bring the words back.
func TestHistoryFromWizard(t *testing.T) {
	for _, size := range []struct{ w, h int }{{80, 24}, {40, 12}} {
		h := newHarness(t, size.w, size.h)
		h.newDraft()
		h.jump("I.2")
		h.typeText("Chưa có biểu hiện nào.")
		h.keys("tab")
		h.jump("I.2")
		h.typeText(" Thêm câu sau.")
		h.keys("ctrl+y")
		if h.m.screen != scrHistory {
			t.Fatalf("%dx%d: ctrl+y: screen %d:\n%s", size.w, size.h, h.m.screen, h.view())
		}
		checkSize(t, h.view(), size.w, size.h)
		h.contains("Lịch sử sửa", "▸ Bản lưu")
		h.keys("down", "r", "y")
		h.keys("esc")
		if h.m.screen != scrWizard {
			t.Fatalf("%dx%d: esc after restore: screen %d:\n%s", size.w, size.h, h.m.screen, h.view())
		}
		got := h.m.wizard.report.Answers["I.2.text"].Text
		if got != "Chưa có biểu hiện nào." || h.stored().Answers["I.2.text"].Text != got {
			t.Fatalf("%dx%d: after restore the wizard holds %q, the store %q", size.w, size.h, got, h.stored().Answers["I.2.text"].Text)
		}
		// esc without a restore goes back to the same wizard.
		w := h.m.wizard
		h.keys("ctrl+y", "esc")
		if h.m.screen != scrWizard || h.m.wizard != w {
			t.Fatalf("%dx%d: esc: screen %d", size.w, size.h, h.m.screen)
		}
	}
}

// TestHistoryAndTrashFromDrafts opens the history and the trash from the
// drafts list, and u after a restart takes back the draft deleted last.
func TestHistoryAndTrashFromDrafts(t *testing.T) {
	h := newHarness(t, 80, 24)
	h.newDraft()
	h.keys("esc", "esc", "h")
	if h.m.screen != scrHistory {
		t.Fatalf("h: screen %d:\n%s", h.m.screen, h.view())
	}
	h.contains("baocao · Lịch sử sửa", "bản nháp số 1")
	h.keys("esc", "x")
	h.contains("Xóa bản nháp số 1", "Ủy ban nhân dân phường Phổ Minh")
	h.keys("y", "t")
	if h.m.screen != scrTrash {
		t.Fatalf("t: screen %d", h.m.screen)
	}
	h.contains("baocao · Thùng rác", "▸ Nháp 1", "còn 30 ngày")
	h.keys("esc")

	// A restart: the same folder opened again, nothing remembered in memory.
	h.st.Close()
	h = openHarness(t, h.dir, export.Exporter{Exists: common.ErrFileExists}, 40, 12)
	h.contains("Chưa có bản nháp nào")
	h.keys("u")
	if h.m.drafts.Len() != 1 || !strings.Contains(h.m.status, "Đã lấy lại bản nháp số 1") {
		t.Fatalf("u after a restart: %d drafts, status %q", h.m.drafts.Len(), h.m.status)
	}
	checkSize(t, h.view(), 40, 12)
}
