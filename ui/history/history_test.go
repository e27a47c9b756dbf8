package history_test

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/baocao/baocao/examples"
	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/store"
	"github.com/baocao/baocao/templates"
	"github.com/baocao/baocao/templates/export"
	"github.com/baocao/baocao/ui"
	"github.com/baocao/baocao/ui/common"
	"github.com/baocao/baocao/ui/history"
	"github.com/baocao/baocao/ui/internal/uitest"
)

var testNow = time.Date(2026, 11, 23, 14, 32, 5, 0, time.Local)

// screen is a history screen on a real store.
type screen struct {
	*uitest.Driver
	m  *history.Model
	st *store.Store
	id string
}

// newScreen stores the state example and three edits of its I.1 (a
// minute apart), then opens the history at w×h.
func newScreen(t testing.TB, w, h int, lang common.Strings, fromWizard bool) *screen {
	t.Helper()
	clock := testNow.Add(-time.Hour)
	st, err := store.Open(filepath.Join(t.TempDir(), "drafts.db"), store.WithClock(func() time.Time { return clock }), store.WithBackups(0))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	r, err := examples.Report("state")
	if err != nil {
		t.Fatal(err)
	}
	m, err := st.Create(r, store.Summary{Title: "Báo cáo quý III", Unit: "UBND xã An Thịnh", Outline: "state", Done: 3, Required: 9})
	if err != nil {
		t.Fatal(err)
	}
	base := r.Answers["I.1.text"].Text
	for _, n := range []string{"2", "5", "7"} {
		clock = clock.Add(time.Minute)
		r = r.Clone()
		r.Answers["I.1.text"] = model.Answer{Text: base + "\nTrong quý có " + n + " hồ sơ trễ hạn."}
		if _, err := st.Save(store.Draft{Meta: m, Report: r}); err != nil {
			t.Fatal(err)
		}
	}
	set, _ := templates.Load("")
	rules, _ := templates.Rules()
	styles := common.DefaultStyles()
	c := common.Common{Width: w, Height: h, Styles: &styles, Str: &lang, Now: func() time.Time { return testNow },
		Svc: common.Services{Store: ui.NewDraftStore(st, set), Outlines: set, Rules: rules, Export: export.Exporter{}}}
	hm := history.New(c, history.ShowMsg{ID: m.ID, FromWizard: fromWizard})
	s := &screen{Driver: &uitest.Driver{T: t, Screen: hm, Own: func(msg tea.Msg) bool { _, ok := msg.(history.Msg); return ok }},
		m: hm, st: st, id: m.ID}
	s.Run(hm.Init())
	return s
}

func (s *screen) i1() string {
	d, err := s.st.Get(s.id)
	if err != nil {
		s.T.Fatal(err)
	}
	return d.Report.Answers["I.1.text"].Text
}

func TestListAtSizes(t *testing.T) {
	for _, tt := range []struct {
		w, h int
		lang common.Strings
		want []string
	}{
		{80, 21, common.Vietnamese(), []string{"Lịch sử sửa · bản nháp số 1", "4 bản lưu", "▸ Bản lưu 4 · 13:35 23/11/2026 · 3/9 mục xong",
			"sửa 1 mục (I.1) · thêm 1, bớt 1 ký tự", "bản lưu cũ nhất còn giữ"}},
		{40, 9, common.Vietnamese(), []string{"▸ Bản lưu 4", "sửa 1 mục (I.1)"}},
		{80, 21, common.English(), []string{"History · draft 1", "Revision 4 · 2026-11-23 13:35", "1 section(s) changed (I.1)"}},
	} {
		s := newScreen(t, tt.w, tt.h, tt.lang, false)
		uitest.CheckSize(t, s.View(), tt.w, tt.h)
		s.Contains(tt.want...)
	}
}

func TestPagePreviewIsReadOnly(t *testing.T) {
	s := newScreen(t, 80, 21, common.Vietnamese(), false)
	s.Keys("down", "enter")
	s.Contains("Bản lưu 3 · lưu lúc 13:34 23/11/2026 · chỉ xem", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
	uitest.CheckSize(t, s.View(), 80, 21)
	before := s.i1()
	s.Keys("x", "a", "pgdown", "end")
	if s.i1() != before {
		t.Fatal("keys in the page preview changed the draft")
	}
	if strings.Contains(s.View(), "▸ Bản lưu") {
		t.Fatalf("keys in the page left it:\n%s", s.View())
	}
	s.Keys("esc")
	s.Contains("▸ Bản lưu 3")
}

func TestCompareMarksWords(t *testing.T) {
	for _, size := range []struct{ w, h int }{{80, 21}, {40, 9}} {
		s := newScreen(t, size.w, size.h, common.Vietnamese(), false)
		s.Keys("down", "down", "c")
		uitest.CheckSize(t, s.View(), size.w, size.h)
		s.Contains("Bản lưu 2 → bản hiện tại", "[-2-]{+7+}")
		if size.w == 80 {
			s.Contains("sửa 1 mục (I.1) · thêm 1, bớt 1 ký tự", "I.1 · Thực trạng né tránh", "Thực trạng:", "Trong quý có [-2-]{+7+} hồ sơ trễ hạn.")
		}
	}
	// The oldest against the current draft: a paragraph added whole.
	s := newScreen(t, 80, 21, common.Vietnamese(), false)
	s.Keys("end", "c")
	s.Contains("Bản lưu 1 → bản hiện tại", "{+Trong quý có 7 hồ sơ trễ hạn.+}")
}

// TestCompareNamesPositions: a staffing change reads with the positions'
// names, as the document prints them, not their codes.
func TestCompareNamesPositions(t *testing.T) {
	s := newScreen(t, 100, 21, common.Vietnamese(), false)
	d, err := s.st.Get(s.id)
	if err != nil {
		t.Fatal(err)
	}
	r := d.Report.Clone()
	r.Staffing.Rows[0].Now = 0
	r.Staffing.Rows[1].Start = 2
	if _, err := s.st.Save(store.Draft{Meta: d.Meta, Report: r}); err != nil {
		t.Fatal(err)
	}
	s.Run(s.m.Init())
	s.Keys("down", "c")
	s.Contains("Bí thư Đảng ủy: đầu nhiệm kỳ 1, hiện nay [-1-]{+0+}", "Phó Bí thư Đảng ủy kiêm Chủ tịch HĐND: đầu nhiệm kỳ [-1-]{+2+}")
	if v := s.View(); strings.Contains(v, "bi-thu") || strings.Contains(v, "ct-hdnd") {
		t.Errorf("the comparison shows position codes:\n%s", v)
	}
}

func TestRestoreAndUndo(t *testing.T) {
	s := newScreen(t, 80, 21, common.Vietnamese(), false)
	s.Keys("down", "down", "r")
	s.Contains("Khôi phục bản lưu 2 (lưu lúc 13:33 23/11/2026)?", "giữ thành một bản lưu mới", "Nhấn y để khôi phục")
	s.Keys("n", "enter", "r")
	s.Contains("Bản lưu 2 · lưu lúc", "chỉ xem", "Khôi phục bản lưu 2 (lưu lúc 13:33 23/11/2026)?")
	s.Keys("n", "esc")
	if !strings.HasSuffix(s.i1(), "7 hồ sơ trễ hạn.") {
		t.Fatal("n restored")
	}
	s.Keys("r", "y")
	if !strings.HasSuffix(s.i1(), "2 hồ sơ trễ hạn.") {
		t.Fatalf("after y: %q", s.i1())
	}
	if !strings.Contains(s.Status, "Đã khôi phục bản lưu 2") || !strings.Contains(s.Status, "u để quay lại") {
		t.Fatalf("status %q", s.Status)
	}
	s.Contains("5 bản lưu", "▸ Bản lưu 5")
	s.Keys("u")
	if !strings.HasSuffix(s.i1(), "7 hồ sơ trễ hạn.") || !strings.Contains(s.Status, "Đã quay lại") {
		t.Fatalf("after u: %q, status %q", s.i1(), s.Status)
	}
	s.Keys("esc")
	if len(s.Sent) != 1 || s.Sent[0] != (common.ShowDraftsMsg{}) {
		t.Fatalf("esc from the drafts list's history sent %#v", s.Sent)
	}
}

// TestFromWizard: esc goes back to the wizard as it was, or, after a
// restore, reopens the draft so the wizard holds the restored text.
func TestFromWizard(t *testing.T) {
	s := newScreen(t, 80, 21, common.Vietnamese(), true)
	s.Keys("esc")
	if len(s.Sent) != 1 || s.Sent[0] != (common.BackMsg{}) {
		t.Fatalf("esc sent %#v", s.Sent)
	}
	s = newScreen(t, 80, 21, common.Vietnamese(), true)
	s.Keys("end", "r", "y", "esc")
	opened, ok := s.Sent[len(s.Sent)-1].(common.DraftOpenedMsg)
	if !ok || opened.Err != nil || strings.Contains(opened.Draft.Report.Answers["I.1.text"].Text, "hồ sơ trễ hạn") {
		t.Fatalf("esc after a restore sent %#v", s.Sent)
	}
}

// TestConfirmFitsSmallWindow: at 40x12 (a 9-line body) the restore
// question is whole on the list and over a page.
func TestConfirmFitsSmallWindow(t *testing.T) {
	s := newScreen(t, 40, 9, common.Vietnamese(), false)
	s.Keys("down", "r")
	uitest.CheckSize(t, s.View(), 40, 9)
	s.Contains("Khôi phục bản lưu 3", "Nhấn y để khôi phục, n để thôi.")
	s.Keys("n", "enter", "r")
	s.Contains("Khôi phục bản lưu 3", "Nhấn y để khôi phục, n để thôi.")
}

// TestPageWithoutOutline: a revision whose outline file is gone still
// shows its words, field by field, saying why there is no page.
func TestPageWithoutOutline(t *testing.T) {
	s := newScreen(t, 80, 21, common.Vietnamese(), false)
	d, err := s.st.Get(s.id)
	if err != nil {
		t.Fatal(err)
	}
	d.Report.Outline = "rieng-da-xoa"
	d.Report.Answers = map[string]model.Answer{"cu.1": {Text: "Chữ của dàn ý đã xóa."}, "cu.2": {Items: []string{"một ý"}}}
	if _, err := s.st.Save(d); err != nil {
		t.Fatal(err)
	}
	s = reopen(t, s)
	s.Keys("enter")
	s.Contains(`Không có dàn ý "rieng-da-xoa"`, "cu.1", "Chữ của dàn ý đã xóa.", "cu.2", "- một ý")
	uitest.CheckSize(t, s.View(), 80, 21)
}

// reopen opens the history screen again on the same store, as the app
// does each time.
func reopen(t *testing.T, s *screen) *screen {
	t.Helper()
	set, _ := templates.Load("")
	rules, _ := templates.Rules()
	styles := common.DefaultStyles()
	lang := common.Vietnamese()
	c := common.Common{Width: 80, Height: 21, Styles: &styles, Str: &lang, Now: func() time.Time { return testNow },
		Svc: common.Services{Store: ui.NewDraftStore(s.st, set), Outlines: set, Rules: rules, Export: export.Exporter{}}}
	hm := history.New(c, history.ShowMsg{ID: s.id})
	n := &screen{Driver: &uitest.Driver{T: t, Screen: hm, Own: func(msg tea.Msg) bool { _, ok := msg.(history.Msg); return ok }},
		m: hm, st: s.st, id: s.id}
	n.Run(hm.Init())
	return n
}
