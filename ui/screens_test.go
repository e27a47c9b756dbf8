package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/baocao/baocao/ui/common"
	"github.com/baocao/baocao/ui/internal/uitest"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/store"
)

func TestReviewGroupsAndJumps(t *testing.T) {
	h := newHarness(t, 80, 24)
	h.newDraft()
	h.focusField("doc.date")
	h.typeText("31/2/2023")
	h.keys("ctrl+r")
	if h.m.screen != scrReview {
		t.Fatalf("ctrl+r: screen %d", h.m.screen)
	}
	h.contains("lỗi", "Đơn vị, số và ngày báo cáo", "không có trên lịch")
	uitest.Golden(t, "review_problems", h.view())
	ps := h.m.review.problems
	for i := 1; i < len(ps); i++ {
		if ps[i].Section == ps[i-1].Section && ps[i].Severity < ps[i-1].Severity {
			t.Fatalf("problem %d: error after a warning in section %s", i, ps[i].Section)
		}
	}
	for i, p := range ps {
		if p.Field == "doc.date" {
			h.m.review.cur = i
			break
		}
	}
	h.keys("enter")
	w := h.m.wizard
	if h.m.screen != scrWizard || w.inputs[w.focus].Field().ID != "doc.date" {
		t.Fatalf("enter: screen %d, field %s", h.m.screen, w.inputs[w.focus].Field().ID)
	}
}

func TestReviewClean(t *testing.T) {
	h := newHarness(t, 80, 24)
	h.m.review = NewReview(h.m.common(), model.Report{}, h.svc.Outlines.All()[0], nil)
	h.m.screen = scrReview
	h.contains("Không còn lỗi hay cảnh báo nào")
	uitest.Golden(t, "review_clean", h.view())
}

func TestPreviewScrolls(t *testing.T) {
	h := newHarness(t, 80, 24)
	h.newDraft()
	h.keys("ctrl+o")
	if h.m.screen != scrPreview {
		t.Fatalf("ctrl+o: screen %d", h.m.screen)
	}
	h.contains("ỦY BAN NHÂN DÂN", "PHƯỜNG PHỔ MINH", "BÁO CÁO")
	uitest.Golden(t, "preview", h.view())
	h.keys("end")
	h.contains("Nơi nhận:", "KT. CHỦ TỊCH", "Lưu: VT.")
	h.keys("esc")
	if h.m.screen != scrWizard {
		t.Fatalf("esc: screen %d", h.m.screen)
	}
}

func TestExportConfirmsErrorsAndOverwrite(t *testing.T) {
	h := newHarness(t, 80, 24)
	h.newDraft()
	h.keys("ctrl+x")
	if h.m.screen != scrExport {
		t.Fatalf("ctrl+x: screen %d", h.m.screen)
	}
	h.keys("right", "right", "right", "right") // json
	want := filepath.Join(h.dir, "BC-UBND_Pho-Minh.json")
	h.contains("Xuất văn bản", "JSON", want)
	h.keys("tab", "enter")
	h.contains("Báo cáo còn", "Nhấn y để vẫn xuất")
	uitest.Golden(t, "export_confirm_errors", strings.ReplaceAll(h.view(), h.dir, "DIR"))
	h.keys("n")
	if _, err := os.Stat(want); err == nil {
		t.Fatal("written although the clerk said no")
	}
	h.keys("enter", "y")
	h.contains("Đã xuất: ")
	if _, err := os.Stat(want); err != nil {
		t.Fatal(err)
	}
	h.keys("esc", "ctrl+x", "right", "right", "right", "right", "tab", "enter", "y")
	h.contains("đã có", "ghi đè")
	h.keys("y")
	h.contains("Đã xuất")
}

func TestDraftsFilterDeleteUndoDuplicate(t *testing.T) {
	h := newHarness(t, 80, 24)
	h.newDraft()
	h.keys("esc", "esc")
	h.contains("Ủy ban nhân dân phường Phổ Minh")
	h.keys("/")
	h.typeText("pho minh")
	h.contains("Lọc: pho minh", "Ủy ban nhân dân phường Phổ Minh")
	h.typeText("x")
	h.contains("Không có bản nháp nào khớp")
	h.keys("esc", "d")
	if h.m.screen != scrWizard {
		t.Fatalf("d: screen %d", h.m.screen)
	}
	h.keys("esc", "esc")
	if n := h.m.drafts.Len(); n != 2 {
		t.Fatalf("%d drafts after duplicate, want 2", n)
	}
	h.keys("x")
	h.contains("Nhấn y để xóa")
	h.keys("y")
	h.contains("thùng rác")
	if n := h.m.drafts.Len(); n != 1 {
		t.Fatalf("%d drafts after delete, want 1", n)
	}
	h.keys("u")
	if n := h.m.drafts.Len(); n != 2 {
		t.Fatalf("%d drafts after undo, want 2", n)
	}
}

// TestSizes resizes every screen from 80×24 down to 40×12 and below: no
// panic, exactly the window's rows, no row wider than the window.
func TestSizes(t *testing.T) {
	h := newHarness(t, 80, 24)
	h.newDraft()
	screens := map[string]func(){
		"wizard":   func() { h.jump("I.1") },
		"review":   func() { h.keys("ctrl+r") },
		"preview":  func() { h.keys("esc", "ctrl+o") },
		"export":   func() { h.keys("esc", "ctrl+x") },
		"drafts":   func() { h.keys("esc", "esc", "esc") },
		"newdraft": func() { h.keys("n") },
	}
	order := []string{"wizard", "review", "preview", "export", "drafts", "newdraft"}
	for _, name := range order {
		screens[name]()
		for _, sz := range [][2]int{{80, 24}, {120, 40}, {60, 20}, {45, 15}, {40, 12}, {39, 12}, {20, 5}, {1, 1}, {80, 24}} {
			h.send(teaSize(sz[0], sz[1]))
			v := h.view()
			checkSize(t, v, sz[0], sz[1])
			if sz[0] < common.MinWidth || sz[1] < common.MinHeight {
				if sz[0] >= 20 && !strings.Contains(v, "quá nhỏ") {
					t.Fatalf("%s at %v: no too-small message:\n%s", name, sz, v)
				}
			}
		}
	}
}

func TestOpenFailureIsFatalUntilEsc(t *testing.T) {
	h := newHarness(t, 80, 24)
	if _, err := h.st.Create(model.Report{Outline: "khong-co"}, store.Summary{Title: "Bản nháp lạ", Outline: "khong-co"}); err != nil {
		t.Fatal(err)
	}
	h.run(h.m.drafts.Reload())
	h.keys("enter")
	h.contains("Không mở được bản nháp", "mẫu báo cáo không còn trong máy", "Nhấn esc")
	h.keys("n")
	if h.m.screen != scrDrafts {
		t.Fatal("keys other than esc acted behind the error")
	}
	h.keys("esc")
	h.contains("Bản nháp lạ")
}
