package drafts

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/ui/common"
	"github.com/baocao/baocao/ui/history"
	"github.com/baocao/baocao/ui/internal/uitest"
	"github.com/baocao/baocao/ui/trash"
)

var testNow = time.Date(2026, 11, 23, 14, 32, 5, 0, time.Local)

// fakeStore lists drafts and keeps a trash, counting the calls that
// would touch the disk.
type fakeStore struct {
	common.DraftStore
	items []common.DraftInfo
	trash []common.DraftInfo
	lists int
}

func (f *fakeStore) List(q common.ListQuery) (common.DraftPage, error) {
	f.lists++
	var match []common.DraftInfo
	for _, it := range f.items {
		if q.Match == nil || q.Match(it) {
			match = append(match, it)
		}
	}
	page := match[min(q.Offset, len(match)):min(q.Offset+q.Count, len(match))]
	return common.DraftPage{Items: slices.Clone(page), Offset: q.Offset, Total: len(match)}, nil
}

func (f *fakeStore) Delete(id string) error {
	for i, it := range f.items {
		if it.ID == id {
			f.trash = append(f.trash, it)
			f.items = append(f.items[:i:i], f.items[i+1:]...)
			return nil
		}
	}
	return errors.New("no such draft")
}

func (f *fakeStore) Undelete(id string) error {
	for i, it := range f.trash {
		if it.ID == id {
			f.items = append([]common.DraftInfo{it}, f.items...)
			f.trash = append(f.trash[:i:i], f.trash[i+1:]...)
			return nil
		}
	}
	return errors.New("not in the trash")
}

func (f *fakeStore) Trash(time.Time) ([]trash.Entry, error) { return nil, nil }
func (f *fakeStore) EmptyTrash() (int, error)               { return 0, nil }

func (f *fakeStore) UndeleteLast() (trash.Entry, error) {
	if len(f.trash) == 0 {
		return trash.Entry{}, nil
	}
	it := f.trash[len(f.trash)-1]
	return trash.Entry{ID: it.ID, Title: it.Title, Unit: it.Unit}, f.Undelete(it.ID)
}

func drafts(n int) []common.DraftInfo {
	out := make([]common.DraftInfo, n)
	for i := range out {
		out[i] = common.DraftInfo{ID: fmt.Sprint(n - i), Title: fmt.Sprintf("Báo cáo quý %d", i%4+1),
			Unit: fmt.Sprintf("UBND xã số %d", i), Outline: "state", Done: i % 9, Required: 9,
			Modified: testNow.Add(-time.Duration(i) * time.Hour)}
	}
	return out
}

// screen is a drafts screen on a fake store.
type screen struct {
	*uitest.Driver
	m  *Model
	st *fakeStore
}

// own tells the screen's results from what it sends to the root.
func own(msg tea.Msg) bool {
	switch msg.(type) {
	case common.DraftsLoadedMsg, common.OutlinesLoadedMsg, common.DeletedMsg, Msg:
		return true
	}
	return false
}

func newScreen(t testing.TB, n, w, h int, lang common.Strings) *screen {
	st := &fakeStore{items: drafts(n)}
	styles := common.DefaultStyles()
	c := common.Common{Width: w, Height: h, Styles: &styles, Str: &lang, Now: func() time.Time { return testNow },
		Svc: common.Services{Store: st}}
	m := New(c)
	s := &screen{Driver: &uitest.Driver{T: t, Screen: m, Own: own}, m: m, st: st}
	s.Run(m.Reload())
	s.Run(common.CmdOf(common.OutlinesLoadedMsg{Outlines: []model.Outline{{ID: "state", Name: "UBND cấp xã"}}}))
	return s
}

func TestVisibleRowsOnly(t *testing.T) {
	for _, size := range []struct{ w, h int }{{80, 21}, {40, 9}} {
		s := newScreen(t, 10_000, size.w, size.h, common.Vietnamese())
		for range 5_000 {
			s.Keys("down")
		}
		v := s.View()
		rows := strings.Split(v, "\n")
		if len(rows) != size.h {
			t.Fatalf("%dx%d: %d rows", size.w, size.h, len(rows))
		}
		for i, r := range rows {
			if ansi.StringWidth(r) > size.w {
				t.Fatalf("%dx%d: row %d too wide: %q", size.w, size.h, i, r)
			}
		}
		sel, _ := s.m.selected()
		if !strings.Contains(v, "▸ "+ansi.Truncate(sel.Title, size.w-2, "…")) || s.m.cur != 5_000 {
			t.Fatalf("%dx%d: cursor %d not on screen:\n%s", size.w, size.h, s.m.cur, v)
		}
		if got := len(s.m.listLines(size.h)); got > size.h {
			t.Errorf("%dx%d: listLines drew %d lines for %d rows", size.w, size.h, got, size.h)
		}
	}
}

func TestCtrlUClearsFilter(t *testing.T) {
	tests := []struct {
		name string
		keys []string
	}{
		{"while typing", []string{"/", "q", "u", "y", " ", "2", "ctrl+u"}},
		{"after leaving it", []string{"/", "q", "u", "y", " ", "2", "down", "ctrl+u"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newScreen(t, 8, 80, 21, common.Vietnamese())
			s.Keys(tt.keys[:len(tt.keys)-1]...)
			if s.m.total != 2 {
				t.Fatalf("filter %q shows %d drafts, want 2", s.m.filter, s.m.total)
			}
			s.Keys("ctrl+u")
			if s.m.filter != "" || s.m.total != 8 {
				t.Fatalf("after ctrl+u: filter %q, %d shown", s.m.filter, s.m.total)
			}
			if strings.Contains(s.View(), "Lọc:") && !s.m.filtering {
				t.Errorf("the filter line stays after ctrl+u:\n%s", s.View())
			}
		})
	}
}

// TestDeletePromptNamesTheDraft: two drafts share a title; the prompt
// tells them apart by number, unit and date.
func TestDeletePromptNamesTheDraft(t *testing.T) {
	for _, tt := range []struct {
		lang common.Strings
		w    int
		want []string
	}{
		{common.Vietnamese(), 80, []string{"Xóa bản nháp số 4", "“Báo cáo quý 1”", "UBND xã số 4", "10:32 23/11/2026"}},
		{common.English(), 80, []string{"Delete draft 4", "UBND xã số 4", "2026-11-23 10:32"}},
		{common.Vietnamese(), 40, []string{"số 4", "UBND xã số 4", "Nhấn y để xóa, n để thôi."}},
	} {
		h := 21 // the body of an 80x24 window
		if tt.w == 40 {
			h = 9 // of a 40x12 one
		}
		s := newScreen(t, 8, tt.w, h, tt.lang)
		s.Keys("down", "down", "down", "down", "x")
		v := strings.Join(strings.Fields(s.View()), " ")
		for _, want := range tt.want {
			if !strings.Contains(v, want) {
				t.Errorf("%d cols: prompt lacks %q:\n%s", tt.w, want, s.View())
			}
		}
		s.Keys("y")
		if len(s.st.trash) != 1 || s.st.trash[0].ID != "4" {
			t.Fatalf("trash after y = %+v", s.st.trash)
		}
	}
}

// TestUndoAfterRestart: a new screen (a new session) knows of no deletion,
// and u still takes back the draft deleted last.
func TestUndoAfterRestart(t *testing.T) {
	s := newScreen(t, 3, 80, 21, common.Vietnamese())
	s.Keys("u")
	if s.Status != Vietnamese().TrashEmpty {
		t.Fatalf("u on an empty trash: status %q", s.Status)
	}
	s.Keys("x", "y")
	later := newScreen(t, 0, 80, 21, common.Vietnamese())
	later.st.items, later.st.trash = s.st.items, s.st.trash
	later.Run(later.m.Reload())
	later.Keys("u")
	if len(later.st.trash) != 0 || len(later.m.items) != 3 || !strings.Contains(later.Status, "Đã lấy lại bản nháp số 3") {
		t.Fatalf("u after a restart: trash %d, items %d, status %q", len(later.st.trash), len(later.m.items), later.Status)
	}
}

func TestHistoryAndTrashKeys(t *testing.T) {
	s := newScreen(t, 3, 80, 21, common.Vietnamese())
	s.Keys("down", "h", "t")
	if len(s.Sent) != 2 || s.Sent[0] != (history.ShowMsg{ID: "2"}) || s.Sent[1] != (trash.ShowMsg{}) {
		t.Fatalf("sent %#v", s.Sent)
	}
	s.Keys("/", "h", "t")
	if s.m.filter != "ht" || len(s.Sent) != 2 {
		t.Errorf("while filtering h and t are typed: filter %q, sent %d", s.m.filter, len(s.Sent))
	}
}

// BenchmarkCursorMove is one cursor move (Update) and the frame it draws
// (View) on a list of 10,000 drafts at 80x24. Goal: at most 2 ms.
func BenchmarkCursorMove(b *testing.B) {
	for _, n := range []int{100, 10_000} {
		b.Run(fmt.Sprintf("drafts=%d", n), func(b *testing.B) {
			s := newScreen(b, n, 80, 21, common.Vietnamese())
			down, up := uitest.Key("down"), uitest.Key("up")
			s.Keys("down")
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				k := down
				if i%2 == 1 {
					k = up
				}
				i++
				s.m.Update(k)
				_ = s.m.View()
			}
		})
	}
}

// TestCursorFollowsDraft: when the list comes back re-sorted (a draft
// edited moves to the top), the cursor stays on the draft it was on, and
// the delete prompt names that draft.
func TestCursorFollowsDraft(t *testing.T) {
	tests := []struct {
		name   string
		keys   []string
		opened string
		want   string
	}{
		{"another draft moved up", []string{"down", "down"}, "", "Xóa bản nháp số 2"},
		{"the selected one moved up", []string{"down"}, "", "Xóa bản nháp số 3"},
		{"the opened one", []string{"down"}, "1", "Xóa bản nháp số 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newScreen(t, 4, 80, 21, common.Vietnamese())
			s.Keys(tt.keys...)
			if tt.opened != "" {
				s.m.Select(tt.opened)
			}
			// Draft 1, last in the list, was edited: it comes first now.
			s.st.items = append([]common.DraftInfo{s.st.items[3]}, s.st.items[:3]...)
			s.Run(s.m.Reload())
			s.Keys("x")
			s.Contains(tt.want)
		})
	}
}

// TestReadsOnlyItsPage: the screen holds one page of a long list: the
// store is asked for pages, never the whole list, as the cursor moves;
// the filter still searches every draft, the last one too.
func TestReadsOnlyItsPage(t *testing.T) {
	s := newScreen(t, 10_000, 80, 21, common.Vietnamese())
	if len(s.m.items) > pageSize || s.m.total != 10_000 {
		t.Fatalf("holds %d drafts of %d, want one page", len(s.m.items), s.m.total)
	}
	lists := s.st.lists
	for range pageSize {
		s.Keys("down")
	}
	if s.st.lists == lists || s.m.offset == 0 {
		t.Fatalf("moving past the page read no other page (offset %d)", s.m.offset)
	}
	if sel, ok := s.m.selected(); !ok || sel.ID != fmt.Sprint(10_000-pageSize) {
		t.Fatalf("selected %+v, %v after %d downs", sel, ok, pageSize)
	}
	s.Keys("/")
	s.Keys(strings.Split("xa so 9999", "")...)
	s.Keys("down") // leaves the filter (enter would open the draft)
	if v := s.View(); s.m.total != 1 || !strings.Contains(v, "UBND xã số 9999") {
		t.Fatalf("filter for the last draft: %d found\n%s", s.m.total, v)
	}
}
