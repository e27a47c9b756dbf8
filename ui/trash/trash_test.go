package trash_test

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/store"
	"github.com/baocao/baocao/templates"
	"github.com/baocao/baocao/ui"
	"github.com/baocao/baocao/ui/common"
	"github.com/baocao/baocao/ui/internal/uitest"
	"github.com/baocao/baocao/ui/trash"
)

var testNow = time.Date(2026, 11, 23, 14, 32, 5, 0, time.Local)

type screen struct {
	*uitest.Driver
	m  *trash.Model
	st *store.Store
}

// seedTrash stores four drafts of one title in different units and
// deletes three of them: 2 days, 1 hour and 1 minute before testNow.
func seedTrash(t testing.TB) string {
	path := filepath.Join(t.TempDir(), "drafts.db")
	clock := testNow.Add(-3 * 24 * time.Hour)
	st, err := store.Open(path, store.WithClock(func() time.Time { return clock }), store.WithBackups(0))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var ids []string
	for _, unit := range []string{"UBND xã Tân Hòa", "UBND xã An Thịnh", "UBND phường Phổ Minh", "UBND xã Tân Lập"} {
		m, err := st.Create(model.Report{Outline: "state"}, store.Summary{Title: "Báo cáo quý III", Unit: unit, Outline: "state"})
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, m.ID)
	}
	for i, ago := range []time.Duration{48 * time.Hour, time.Hour, time.Minute} {
		clock = testNow.Add(-ago)
		if err := st.Delete(ids[i]); err != nil {
			t.Fatal(err)
		}
	}
	return path
}

// open opens the trash screen on the store at path (a restart: a new
// process would do the same).
func open(t testing.TB, path string, w, h int, lang common.Strings) *screen {
	st, err := store.Open(path, store.WithClock(func() time.Time { return testNow }), store.WithBackups(0))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	set, _ := templates.Load("")
	styles := common.DefaultStyles()
	c := common.Common{Width: w, Height: h, Styles: &styles, Str: &lang, Now: func() time.Time { return testNow },
		Svc: common.Services{Store: ui.NewDraftStore(st, set), Outlines: set}}
	tm := trash.New(c)
	s := &screen{Driver: &uitest.Driver{T: t, Screen: tm, Own: func(msg tea.Msg) bool { _, ok := msg.(trash.Msg); return ok }},
		m: tm, st: st}
	s.Run(tm.Init())
	return s
}

func TestListAtSizes(t *testing.T) {
	path := seedTrash(t)
	for _, tt := range []struct {
		w, h int
		lang common.Strings
		want []string
	}{
		{80, 21, common.Vietnamese(), []string{"Thùng rác · 3 bản nháp · tự xóa hẳn sau 30 ngày",
			"▸ Nháp 3 · Báo cáo quý III — UBND phường Phổ Minh", "xóa 1 phút trước · còn 30 ngày",
			"Nháp 2 · Báo cáo quý III — UBND xã An Thịnh", "Nháp 1 · Báo cáo quý III — UBND xã Tân Hòa", "còn 28 ngày"}},
		{40, 9, common.Vietnamese(), []string{"▸ Nháp 3 · Báo cáo quý III", "còn 30 ngày"}},
		{80, 21, common.English(), []string{"Trash · 3 drafts", "Draft 3 · Báo cáo quý III", "30 days left", "28 days left"}},
	} {
		s := open(t, path, tt.w, tt.h, tt.lang)
		uitest.CheckSize(t, s.View(), tt.w, tt.h)
		s.Contains(tt.want...)
		s.st.Close() // the next size opens the file again, as a restart would
	}
}

func TestRestoreFromTrash(t *testing.T) {
	s := open(t, seedTrash(t), 80, 21, common.Vietnamese())
	s.Keys("down", "enter")
	if !strings.Contains(s.Status, "Đã lấy lại Nháp 2 · ") {
		t.Fatalf("status %q", s.Status)
	}
	if _, err := s.st.Get("2"); err != nil {
		t.Fatalf("draft 2 after restore: %v", err)
	}
	s.Contains("2 bản nháp")
	s.Keys("esc")
	if len(s.Sent) != 1 || s.Sent[0] != (common.ShowDraftsMsg{}) {
		t.Fatalf("esc sent %#v", s.Sent)
	}
}

func TestEmptyTrashSaysWhatIsLost(t *testing.T) {
	for _, size := range []struct{ w, h int }{{80, 21}, {40, 9}} {
		s := open(t, seedTrash(t), size.w, size.h, common.Vietnamese())
		s.Keys("e")
		uitest.CheckSize(t, s.View(), size.w, size.h)
		flat := strings.Join(strings.Fields(s.View()), " ")
		prompt := flat[max(strings.Index(flat, "Xóa hẳn"), 0):]
		for _, want := range []string{"Xóa hẳn 3 bản nháp: Nháp 3 · Báo cáo quý III — UBND phường Phổ Minh;",
			"Nháp 2 · Báo cáo quý III — UBND xã An Thịnh;", "Nháp 1 · Báo cáo quý III — UBND xã Tân Hòa,",
			"cùng mọi bản lưu của chúng", "Không lấy lại được", "Nhấn y để xóa hẳn"} {
			if (size.w == 80 || strings.HasPrefix(want, "Nhấn")) && !strings.Contains(prompt, want) {
				t.Errorf("the prompt lacks %q:\n%s", want, s.View())
			}
		}
		s.Keys("n")
		if trash, _ := s.st.Trash(); len(trash) != 3 {
			t.Fatalf("n emptied the trash")
		}
		s.Keys("e", "y")
		if trash, _ := s.st.Trash(); len(trash) != 0 || !strings.Contains(s.Status, "Đã xóa hẳn 3 bản nháp") {
			t.Fatalf("after y: %d in the trash, status %q", len(trash), s.Status)
		}
		s.Contains("Thùng rác trống")
		if list, _ := s.st.List(); len(list) != 1 {
			t.Fatalf("a live draft went with the trash: %d left", len(list))
		}
	}
}

// u, the drafts list's key that takes a deleted draft back, does the same
// here: a clerk who opened the trash after deleting is not ignored.
func TestUndoKeyRestoresInTrash(t *testing.T) {
	for _, k := range []string{"enter", "r", "u"} {
		s := open(t, seedTrash(t), 80, 21, common.Vietnamese())
		s.Keys("down", k)
		if _, err := s.st.Get("2"); err != nil || !strings.Contains(s.Status, "Đã lấy lại Nháp 2") {
			t.Errorf("%s: draft 2 not taken back (%v), status %q", k, err, s.Status)
		}
	}
}
