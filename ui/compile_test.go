package ui

import (
	"testing"

	"github.com/baocao/baocao/examples"
	"github.com/baocao/baocao/store"
	"github.com/baocao/baocao/ui/common"
)

// TestCompileFromDraftsList marks two units' drafts, compiles them and opens
// the compiled draft in the wizard, at 80x24 and 40x12.
func TestCompileFromDraftsList(t *testing.T) {
	for _, size := range []struct{ w, h int }{{80, 24}, {40, 12}} {
		h := newHarness(t, size.w, size.h)
		base, err := examples.Report("state")
		if err != nil {
			t.Fatal(err)
		}
		for _, name := range []string{"Hòa Khánh", "Tân Phú"} {
			r := base.Clone()
			r.Unit.Name = name
			if _, err := h.st.Create(r, store.Summary{Title: "Báo cáo " + name, Outline: "state"}); err != nil {
				t.Fatal(err)
			}
		}
		h.send(common.ShowDraftsMsg{})
		h.keys("space", "down", "space", "c")
		if h.m.screen != scrCompile {
			t.Fatalf("%dx%d: c did not open the compile screen:\n%s", size.w, size.h, h.view())
		}
		checkSize(t, h.view(), size.w, size.h)
		h.contains("Tổng hợp báo cáo")
		h.keys("ctrl+s")
		checkSize(t, h.view(), size.w, size.h)
		h.contains("Đã tổng hợp 2 đơn vị")
		h.keys("enter")
		if h.m.screen != scrWizard || h.m.wizard.outline.ID != "state-tong-hop" {
			t.Fatalf("%dx%d: enter did not open the compiled draft:\n%s", size.w, size.h, h.view())
		}
		if got := h.m.wizard.report.Answers["I.received"].Text; got != "Đã nhận báo cáo của 02 đơn vị." {
			t.Errorf("compiled draft's receipt = %q", got)
		}
	}
}
