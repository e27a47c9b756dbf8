package ui

import (
	"path/filepath"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/baocao/baocao/store"
	"github.com/baocao/baocao/templates"
	"github.com/baocao/baocao/templates/export"
	"github.com/baocao/baocao/ui/common"
)

// TestReadOnlyBanner: a store opened read-only shows the banner the whole
// session; the drafts open and show; typing is refused with the store's
// "chỉ xem" message.
func TestReadOnlyBanner(t *testing.T) {
	h := newHarness(t, 80, 24)
	h.newDraft()
	if err := h.st.Close(); err != nil {
		t.Fatal(err)
	}
	for _, size := range [][2]int{{80, 24}, {40, 12}} {
		ro := readOnlyHarness(t, h.dir, size[0], size[1])
		ro.contains("[CHỈ XEM")
		ro.keys("enter")
		if ro.m.screen != scrWizard {
			t.Fatalf("%dx%d: the draft did not open:\n%s", size[0], size[1], ro.view())
		}
		ro.contains("[CHỈ XEM")
		ro.jump("I.2")
		ro.typeText("Không lưu được")
		if size[0] == 80 {
			ro.contains("chỉ xem")
		}
	}
}

func readOnlyHarness(t *testing.T, dir string, w, h int) *harness {
	t.Helper()
	st, err := store.Open(filepath.Join(dir, "drafts.db"), store.WithReadOnly(),
		store.WithClock(func() time.Time { return testNow }))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	set, _ := templates.Load("")
	rules, err := templates.Rules()
	if err != nil {
		t.Fatal(err)
	}
	svc := common.Services{Store: NewDraftStore(st, set), Outlines: set, Rules: rules,
		Export: export.Exporter{Exists: common.ErrFileExists}, ExportDir: dir}
	hs := &harness{t: t, st: st, dir: dir, svc: svc}
	hs.m = New(Config{Services: svc, Now: func() time.Time { return testNow },
		Timing: common.Timing{SaveDelay: time.Nanosecond, StatusDelay: time.Nanosecond},
		Banner: "CHỈ XEM: tệp bản nháp không ghi được"})
	hs.run(hs.m.Init())
	hs.send(tea.WindowSizeMsg{Width: w, Height: h})
	return hs
}
