package export

import (
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/ui/common"
	"github.com/baocao/baocao/ui/internal/uitest"
)

// fakeExporter records the files written.
type fakeExporter struct {
	mu      sync.Mutex
	written []string
	warn    error // returned by Render with the document
}

func (f *fakeExporter) Formats() []string { return []string{"docx", "pdf"} }
func (f *fakeExporter) Render(format string, r model.Report, o model.Outline, rules model.Rules) ([]byte, error) {
	return []byte(format), f.warn
}

// glyphWarning is an error that only warns, as the PDF writer's is.
type glyphWarning struct{}

func (glyphWarning) Error() string { return "không vẽ được U+6F22 \"漢\"" }
func (glyphWarning) Warning() bool { return true }
func (f *fakeExporter) DefaultName(r model.Report, o model.Outline, format string) string {
	return "197-BC-UBND_Pho-Minh_2023-08-29." + format
}
func (f *fakeExporter) WriteFile(path string, data []byte, force bool) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.written = append(f.written, path)
	return nil
}
func (f *fakeExporter) Page(model.Report, model.Outline, model.Rules, int) string { return "" }

// fakePrefs remembers in memory, or fails.
type fakePrefs struct {
	dir  string
	fail bool
	sets int
}

func (p *fakePrefs) ExportDir() string { return p.dir }
func (p *fakePrefs) SetExportDir(dir string) error {
	p.sets++
	if p.fail {
		return errors.New("read-only")
	}
	p.dir = dir
	return nil
}

func newForm(t *testing.T, w, h int, ex *fakeExporter, prefs common.Prefs, ps []model.Problem) *Model {
	t.Helper()
	st, str := common.DefaultStyles(), common.Vietnamese()
	c := common.Common{Width: w, Height: h, Styles: &st, Str: &str,
		Svc: common.Services{Export: ex, ExportDir: "/home/an/Tài liệu", Prefs: prefs}}
	return New(c, model.Report{}, model.Outline{}, ps)
}

// press sends keys and runs the commands, feeding their messages back, as
// the root would; it returns the messages that are not the form's.
func press(e *Model, keys ...string) []tea.Msg {
	var out []tea.Msg
	var run func(tea.Cmd)
	run = func(cmd tea.Cmd) {
		if cmd == nil {
			return
		}
		switch msg := cmd().(type) {
		case nil:
		case tea.BatchMsg:
			for _, c := range msg {
				run(c)
			}
		case common.ExportedMsg:
			run(e.Update(msg))
		default:
			out = append(out, msg)
		}
	}
	for _, k := range keys {
		run(e.Update(uitest.Key(k)))
	}
	return out
}

// TestEnterExportsFromAnyField (issue 10 item 12): enter writes the file at
// once, from the format field as from the path; the result is shown once
// (in the form, with no status message besides).
func TestEnterExportsFromAnyField(t *testing.T) {
	for _, keys := range [][]string{{"enter"}, {"right", "enter"}, {"tab", "enter"}, {"tab", "tab", "enter"}} {
		ex := &fakeExporter{}
		e := newForm(t, 80, 20, ex, nil, nil)
		msgs := press(e, keys...)
		if len(ex.written) != 1 {
			t.Errorf("%v: %d files written", keys, len(ex.written))
			continue
		}
		if e.stage != stageDone || len(msgs) != 0 {
			t.Errorf("%v: stage %d, messages %v (the result must show once)", keys, e.stage, msgs)
		}
		if n := strings.Count(ansi.Strip(e.View()), "Đã xuất"); n != 1 {
			t.Errorf("%v: result shown %d times", keys, n)
		}
	}
}

// TestFolderRemembered (issue 10 item 12): the first proposal is the
// documents folder; after an export the folder is remembered through Prefs
// (from a command) and proposed next time.
func TestFolderRemembered(t *testing.T) {
	prefs := &fakePrefs{}
	ex := &fakeExporter{}
	e := newForm(t, 100, 20, ex, prefs, nil)
	if got := e.path.Value(); got != filepath.Join("/home/an/Tài liệu", "197-BC-UBND_Pho-Minh_2023-08-29.docx") {
		t.Fatalf("first proposal %q", got)
	}
	press(e, "tab", "ctrl+u")
	e.path.SetValue(filepath.Join("/srv/baocao/2023", "bc.docx"))
	press(e, "enter")
	if prefs.sets != 1 || prefs.dir != "/srv/baocao/2023" {
		t.Fatalf("remembered %q (%d calls)", prefs.dir, prefs.sets)
	}
	again := newForm(t, 100, 20, ex, prefs, nil)
	if got := again.path.Value(); got != filepath.Join("/srv/baocao/2023", "197-BC-UBND_Pho-Minh_2023-08-29.docx") {
		t.Errorf("next proposal %q", got)
	}
	failing := &fakePrefs{fail: true}
	e = newForm(t, 100, 20, ex, failing, nil)
	msgs := press(e, "enter")
	if len(msgs) != 1 || !strings.Contains(msgs[0].(common.StatusMsg).Text, "không ghi nhớ được") {
		t.Errorf("a failed remember gave %v", msgs)
	}
}

// TestPathShowsTail (issue 10 item 17): on a narrow screen the path shows
// its end, the file's name, cut at the start with "…".
func TestPathShowsTail(t *testing.T) {
	e := newForm(t, 40, 12, &fakeExporter{}, &fakePrefs{dir: "/home/an/Tài liệu/Báo cáo năm 2023/Chấn chỉnh lề lối"}, nil)
	v := ansi.Strip(e.View())
	var line string
	for _, l := range strings.Split(v, "\n") {
		if strings.Contains(l, ".docx") {
			line = l
		}
	}
	if !strings.HasPrefix(strings.TrimSpace(line), "…") || !strings.HasSuffix(strings.TrimSpace(line), "2023-08-29.docx") || ansi.StringWidth(line) > 40 {
		t.Errorf("path line %q, want …tail", line)
	}
	for _, tt := range []struct {
		s    string
		w    int
		want string
	}{{"abc", 5, "abc"}, {"abcdef", 4, "…def"}, {"Tài liệu", 4, "…liệu"[:len("…liệu")-len("u")] + "u"}, {"ab", 1, "…"}} {
		if got := TailCut(tt.s, tt.w); ansi.StringWidth(got) > tt.w || !strings.HasSuffix(tt.s, strings.TrimPrefix(got, "…")) {
			t.Errorf("TailCut(%q, %d) = %q", tt.s, tt.w, got)
		}
	}
}

// TestConfirmNamesUnfilled (issue 10 item 15): a report with fields still to
// fill in asks before exporting and calls them "chưa điền", not errors.
func TestConfirmNamesUnfilled(t *testing.T) {
	o := model.Outline{Sections: []model.Section{{ID: "I", Fields: []model.Field{{ID: "I.text", Label: "Tình hình", Kind: model.FieldNarrative, Required: true}}}}}
	ps := model.Validate(model.Report{}, o, model.Rules{})
	st, str := common.DefaultStyles(), common.Vietnamese()
	ex := &fakeExporter{}
	c := common.Common{Width: 80, Height: 20, Styles: &st, Str: &str, Svc: common.Services{Export: ex, ExportDir: "/tmp"}}
	e := New(c, model.Report{}, o, ps)
	press(e, "enter")
	v := ansi.Strip(e.View())
	if !e.Confirming() || !strings.Contains(v, "còn 1 mục chưa điền") || strings.Contains(v, "lỗi") || len(ex.written) != 0 {
		t.Errorf("confirmation:\n%s", v)
	}
	press(e, "y")
	if len(ex.written) != 1 {
		t.Error("y did not export")
	}
}

// TestEnglish: the form's own texts follow the language.
func TestEnglish(t *testing.T) {
	st, str := common.DefaultStyles(), common.English()
	c := common.Common{Width: 80, Height: 20, Styles: &st, Str: &str, Svc: common.Services{Export: &fakeExporter{}, ExportDir: "/tmp"}}
	e := New(c, model.Report{}, model.Outline{}, nil)
	if v := ansi.Strip(e.View()); !strings.Contains(v, "enter exports at once") {
		t.Errorf("English form:\n%s", v)
	}
}

// TestExportWithWarning: a document made whole but lacking characters its
// font cannot draw is written, and the form says what it lacks.
func TestExportWithWarning(t *testing.T) {
	ex := &fakeExporter{warn: glyphWarning{}}
	e := newForm(t, 80, 20, ex, nil, nil)
	press(e, "enter")
	if len(ex.written) != 1 || e.stage != stageDone {
		t.Fatalf("%d files written, stage %d", len(ex.written), e.stage)
	}
	v := ansi.Strip(e.View())
	if !strings.Contains(v, "Đã xuất") || !strings.Contains(v, "U+6F22") {
		t.Errorf("the result and the warning should both show:\n%s", v)
	}
	ex = &fakeExporter{warn: errors.New("hỏng")}
	e = newForm(t, 80, 20, ex, nil, nil)
	press(e, "enter")
	if len(ex.written) != 0 || e.stage == stageDone {
		t.Errorf("a real render error wrote %d files (stage %d)", len(ex.written), e.stage)
	}
}

// TestDoneShowsWholePath: at 40×12 (a body 9 lines high) the result names
// the whole path, on lines of its own under "Đã xuất:", so the clerk sees
// where the file went (issue 20).
func TestDoneShowsWholePath(t *testing.T) {
	for _, h := range []int{9, 12, 20} {
		e := newForm(t, 40, h, &fakeExporter{}, nil, nil)
		path := e.path.Value()
		press(e, "enter")
		lines := strings.Split(ansi.Strip(e.View()), "\n")
		at := slices.IndexFunc(lines, func(l string) bool { return strings.TrimSpace(l) == "Đã xuất:" })
		if at < 0 {
			t.Errorf("height %d: no line \"Đã xuất:\" alone:\n%s", h, strings.Join(lines, "\n"))
			continue
		}
		var got strings.Builder
		for _, l := range lines[at+1:] {
			if got.Len() >= len(path) {
				break
			}
			got.WriteString(strings.TrimRight(l, " "))
		}
		if got.String() != path {
			t.Errorf("height %d: the path reads %q, want %q:\n%s", h, got.String(), path, strings.Join(lines, "\n"))
		}
	}
}
