package ui

import (
	"testing"
	"time"

	"github.com/baocao/baocao/templates/export"
	"github.com/baocao/baocao/ui/common"
)

// TestInputMethodBackspaceCompose types the way Unikey and ibus-bamboo do:
// a plain letter, then backspace (or ctrl+h) and the composed letter.
func TestInputMethodBackspaceCompose(t *testing.T) {
	h := newHarness(t, 80, 24)
	h.newDraft()
	h.focusField("unit.parent")
	h.typeText("Đức Pho")
	h.keys("backspace")
	h.typeText("ổ")
	h.keys("ctrl+h")
	h.typeText("ổ")
	h.keys("tab")
	if got := h.stored().Unit.Parent; got != "Đức Phổ" {
		t.Fatalf("stored %q, want %q", got, "Đức Phổ")
	}
}

func TestPartyOutlineSigner(t *testing.T) {
	h := newHarness(t, 80, 24)
	h.keys("n", "right", "tab", "tab")
	for h.m.newDraft.Value("unit.kind") != "phuong" {
		h.keys("right")
	}
	h.keys("tab", "tab")
	h.typeText("Phổ Minh")
	h.keys("ctrl+s")
	if h.m.wizard == nil || h.m.wizard.outline.ID != "party" {
		t.Fatalf("not a party draft:\n%s", h.view())
	}
	r, _, _ := h.m.wizard.Snapshot()
	if r.Unit.Issuer != "Đảng ủy phường Phổ Minh" || r.Unit.IssuerCode == "" {
		t.Fatalf("issuer %q (%q)", r.Unit.Issuer, r.Unit.IssuerCode)
	}
	h.jump("closing")
	h.focusField("signer.authority")
	h.contains("T/M (thay mặt cấp ủy)")
}

func TestEnglish(t *testing.T) {
	dir := t.TempDir()
	h := openHarness(t, dir, export.Exporter{Exists: common.ErrFileExists}, 80, 24)
	h.m = New(Config{Services: h.svc, Strings: common.English(), Now: func() time.Time { return testNow },
		Timing: common.Timing{SaveDelay: time.Nanosecond, StatusDelay: time.Nanosecond}})
	h.run(h.m.Init())
	h.send(teaSize(80, 24))
	h.contains("No drafts yet", "new report")
	h.keys("n")
	h.contains("New report", "Unit name")
}

func TestStoreErrorInDraftsList(t *testing.T) {
	h := newHarness(t, 80, 24)
	h.st.Close()
	h.run(h.m.drafts.Reload())
	h.contains("Kho bản nháp đã đóng")
}

func TestGuideToggle(t *testing.T) {
	h := newHarness(t, 80, 24)
	h.newDraft()
	h.jump("I.2")
	h.keys("f2")
	h.contains("Ví dụ")
	h.keys("f2")
	h.lacks("Ví dụ")
	h.keys("ctrl+k")
	h.contains("Đã trả lời “Không”")
}
