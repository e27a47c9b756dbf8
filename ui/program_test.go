package ui

import (
	"bytes"
	"path/filepath"
	"testing"
	"time"

	"github.com/baocao/baocao/ui/common"
	"github.com/baocao/baocao/ui/internal/uitest"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"github.com/baocao/baocao/store"
	"github.com/baocao/baocao/templates"
	"github.com/baocao/baocao/templates/export"
)

// TestProgramQuitSavesTyping runs the real Bubble Tea program (commands in
// goroutines, the real 400 ms autosave delay): text typed just before
// ctrl+c is on disk when the program has ended.
func TestProgramQuitSavesTyping(t *testing.T) {
	path := filepath.Join(t.TempDir(), "drafts.db")
	st, err := store.Open(path, store.WithBackups(0))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	set, _ := templates.Load("")
	rules, err := templates.Rules()
	if err != nil {
		t.Fatal(err)
	}
	svc := common.Services{Store: NewDraftStore(st, set), Outlines: set, Rules: rules, Export: export.Exporter{Exists: common.ErrFileExists}}
	tm := teatest.NewTestModel(t, New(Config{Services: svc}), teatest.WithInitialTermSize(80, 24))
	wait := func(text string) {
		t.Helper()
		teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
			return bytes.Contains([]byte(ansi.Strip(string(b))), []byte(text))
		}, teatest.WithDuration(time.Minute))
	}
	press := func(keys ...string) {
		for _, k := range keys {
			tm.Send(uitest.Key(k))
		}
	}
	wait("Chưa có bản nháp")
	press("n")
	wait("Mẫu báo cáo")
	press("tab", "tab", "tab", "tab")
	tm.Type("Tân Lập")
	press("ctrl+s")
	wait("Đơn vị, số và ngày")
	press("pgdown", "pgdown", "pgdown", "pgdown")
	wait("Đánh giá tính chất")
	tm.Type("Gõ ngay trước khi thoát")
	press("ctrl+c")
	tm.WaitFinished(t, teatest.WithFinalTimeout(time.Minute))
	list, err := st.List()
	if err != nil || len(list) != 1 {
		t.Fatalf("list = %v, %v", list, err)
	}
	d, err := st.Get(list[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if got := d.Report.Answers["I.2.text"].Text; got != "Gõ ngay trước khi thoát" {
		t.Fatalf("saved %q", got)
	}
	if d.Section != "I.2" {
		t.Fatalf("section %q", d.Section)
	}
}
