package compile

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/baocao/baocao/examples"
	"github.com/baocao/baocao/templates"
	"github.com/baocao/baocao/ui/common"
	"github.com/baocao/baocao/ui/internal/uitest"
)

// memStore is a drafts store in memory.
type memStore struct {
	mu     sync.Mutex
	drafts map[string]common.Draft
	next   int
}

func (s *memStore) List(common.ListQuery) (common.DraftPage, error) { return common.DraftPage{}, nil }
func (s *memStore) Get(id string) (common.Draft, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	d, ok := s.drafts[id]
	if !ok {
		return d, errors.New("không có bản nháp " + id)
	}
	return d, nil
}
func (s *memStore) Create(d common.Draft) (common.Draft, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.next++
	d.Info.ID = fmt.Sprint(s.next)
	s.drafts[d.Info.ID] = d
	return d, nil
}
func (s *memStore) Save(common.Draft) (time.Time, error)   { return time.Time{}, nil }
func (s *memStore) Duplicate(string) (common.Draft, error) { return common.Draft{}, nil }
func (s *memStore) Delete(string) error                    { return nil }
func (s *memStore) Undelete(string) error                  { return nil }

// fileExporter writes files; it refuses an existing one without force.
type fileExporter struct{ common.Exporter }

func (fileExporter) WriteFile(path string, data []byte, force bool) error {
	if _, err := os.Stat(path); err == nil && !force {
		return common.ErrFileExists
	}
	return os.WriteFile(path, data, 0o600)
}

// setup makes three units' drafts from the example (one a newer copy of
// another) and the screen on drafts 1 to 4, 4 not existing.
func setup(t *testing.T, lang common.Strings, w, h int) (*Model, *memStore, string) {
	t.Helper()
	set, _ := templates.Load("")
	rules, err := templates.Rules()
	if err != nil {
		t.Fatal(err)
	}
	base, err := examples.Report("state")
	if err != nil {
		t.Fatal(err)
	}
	st := &memStore{drafts: map[string]common.Draft{}}
	for _, name := range []string{"Hòa Khánh", "Tân Phú", "Tân Phú"} {
		r := base.Clone()
		r.Unit.Name = name
		if _, err := st.Create(common.Draft{Info: common.DraftInfo{Title: "Báo cáo " + name}, Report: r}); err != nil {
			t.Fatal(err)
		}
	}
	dir := t.TempDir()
	styles := common.DefaultStyles()
	c := common.Common{Width: w, Height: h, Styles: &styles, Str: &lang,
		Svc: common.Services{Store: st, Outlines: set, Rules: rules, Export: fileExporter{}, ExportDir: dir},
		Now: func() time.Time { return time.Date(2023, 9, 20, 9, 0, 0, 0, time.UTC) }, Timing: common.DefaultTiming()}
	m := New(c, Deps{ReadFile: os.ReadFile}, []string{"1", "2", "3", "4"})
	return m, st, dir
}

// drive sends a key and runs the commands it returns until the screen
// settles, returning the messages meant for the root.
func drive(t *testing.T, m *Model, keys ...string) []tea.Msg {
	t.Helper()
	var out []tea.Msg
	for _, k := range keys {
		cmds := []tea.Cmd{m.Update(uitest.Key(k))}
		for len(cmds) > 0 {
			cmd := cmds[0]
			cmds = cmds[1:]
			if cmd == nil {
				continue
			}
			switch msg := cmd().(type) {
			case progressMsg, doneMsg:
				cmds = append(cmds, m.Update(msg))
			case tea.BatchMsg:
				cmds = append(cmds, msg...)
			case nil:
			default:
				out = append(out, msg)
			}
		}
	}
	return out
}

func typeText(t *testing.T, m *Model, text string) {
	for _, r := range text {
		drive(t, m, string(r))
	}
}

func view(m *Model) string { return ansi.Strip(m.View()) }

func TestCompileScreen(t *testing.T) {
	m, st, dir := setup(t, common.Vietnamese(), 80, 24)
	list := filepath.Join(dir, "ds.txt")
	if err := os.WriteFile(list, []byte("Phường Hòa Khánh\nPhường Tân Phú\nPhường Cát Lái\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	v := view(m)
	for _, w := range []string{"Tổng hợp 4 bản nháp", "Hạn báo cáo", filepath.Join(dir, "tong-hop_2023-09-20.xlsx")} {
		if !strings.Contains(v, w) {
			t.Errorf("form lacks %q:\n%s", w, v)
		}
	}
	typeText(t, m, "31/2/2023")
	drive(t, m, "ctrl+s")
	if !strings.Contains(view(m), "không phải ngày") {
		t.Errorf("a bad deadline is not refused:\n%s", view(m))
	}
	for range 9 {
		drive(t, m, "backspace")
	}
	typeText(t, m, "10/9/2023")
	drive(t, m, "tab")
	typeText(t, m, list)
	out := drive(t, m, "ctrl+s")
	v = view(m)
	for _, w := range []string{"Đã tổng hợp 2 đơn vị (2/3 đơn vị phải báo cáo)", "Bản nháp tổng hợp số 4",
		"Báo cáo nhiều lần: Phường Tân Phú", "Chưa báo cáo: Phường Cát Lái", "Sau thời hạn", "Bỏ qua: bản nháp 4"} {
		if !strings.Contains(strings.Join(strings.Fields(v), " "), w) {
			t.Errorf("result lacks %q:\n%s", w, v)
		}
	}
	if len(out) != 1 {
		t.Errorf("messages to the root = %v, want the status", out)
	}
	d, err := st.Get("4")
	if err != nil || d.Report.Outline != "state-tong-hop" || d.Info.Unit != "Tổng hợp 2 đơn vị" {
		t.Fatalf("compiled draft = %+v, %v", d.Info, err)
	}
	if _, err := os.Stat(filepath.Join(dir, "tong-hop_2023-09-20.xlsx")); err != nil {
		t.Errorf("workbook not written: %v", err)
	}
	out = drive(t, m, "enter")
	if len(out) != 1 {
		t.Fatalf("enter sent %v", out)
	}
	if opened, ok := out[0].(common.DraftOpenedMsg); !ok || opened.Draft.Info.ID != "4" || opened.Outline.ID != "state-tong-hop" {
		t.Errorf("enter sent %#v, want the compiled draft opened", out[0])
	}
	if out := drive(t, m, "esc"); len(out) != 1 || out[0] != (common.ShowDraftsMsg{}) {
		t.Errorf("esc sent %v", out)
	}
}

func TestCompileScreenOverwrite(t *testing.T) {
	m, st, dir := setup(t, common.English(), 40, 12)
	path := filepath.Join(dir, "tong-hop_2023-09-20.xlsx")
	if err := os.WriteFile(path, []byte("cũ"), 0o600); err != nil {
		t.Fatal(err)
	}
	drive(t, m, "ctrl+s")
	if v := view(m); !strings.Contains(strings.Join(strings.Fields(v), " "), "Press y to overwrite") || m.stage != stageOverwrite {
		t.Fatalf("no overwrite question at 40x12:\n%s", v)
	}
	drive(t, m, "n")
	if m.stage != stageEdit || len(st.drafts) != 3 {
		t.Fatalf("after n: stage %d, %d drafts", m.stage, len(st.drafts))
	}
	drive(t, m, "ctrl+s", "y")
	if m.stage != stageDone || len(st.drafts) != 4 {
		t.Fatalf("after y: stage %d, %d drafts\n%s", m.stage, len(st.drafts), view(m))
	}
	if data, _ := os.ReadFile(path); string(data) == "cũ" {
		t.Error("the workbook was not overwritten")
	}
	v := view(m)
	if lines := strings.Split(v, "\n"); len(lines) != 12 || !strings.Contains(v, "Compiled 2 units") {
		t.Errorf("result at 40x12 (%d lines):\n%s", len(lines), v)
	}
	for range 20 {
		drive(t, m, "down")
	}
	if !strings.Contains(view(m), "Skipped") {
		t.Errorf("scrolling down does not reach the skipped draft:\n%s", view(m))
	}
}

func TestCompileScreenNothingMarked(t *testing.T) {
	m, _, _ := setup(t, common.Vietnamese(), 80, 24)
	m.ids = nil
	drive(t, m, "ctrl+s")
	if !strings.Contains(view(m), "Chưa đánh dấu bản nháp nào") {
		t.Errorf("no message when nothing is marked:\n%s", view(m))
	}
}
