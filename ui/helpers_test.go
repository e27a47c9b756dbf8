package ui

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/baocao/baocao/ui/common"
	"github.com/baocao/baocao/ui/internal/uitest"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/baocao/baocao/store"
	"github.com/baocao/baocao/templates"
	"github.com/baocao/baocao/templates/export"
)

// testNow is the fixed clock of the tests: 14:32:05 local time.
var testNow = time.Date(2026, 11, 23, 14, 32, 5, 0, time.Local)

// harness drives the root model as the Bubble Tea runtime would: it calls
// Update directly, runs the returned commands and feeds their messages back
// (as charmbracelet/huh's tests do), synchronously.
type harness struct {
	t    testing.TB
	m    *Model
	st   *store.Store
	dir  string
	quit bool
	svc  common.Services
}

// newHarness opens a real store in a temporary folder and a root model of
// the given size on it, with the built-in outlines and rules.
func newHarness(t testing.TB, w, h int) *harness {
	t.Helper()
	return openHarness(t, t.TempDir(), export.Exporter{Exists: common.ErrFileExists}, w, h)
}

// openHarness opens the store in dir (again, for a restart) with the
// exporter.
func openHarness(t testing.TB, dir string, exp common.Exporter, w, h int) *harness {
	t.Helper()
	st, err := store.Open(filepath.Join(dir, "drafts.db"),
		store.WithClock(func() time.Time { return testNow }), store.WithBackups(0))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return openHarnessOn(t, st, dir, w, h, func(svc *common.Services) { svc.Export = exp })
}

// openHarnessOn starts the root model on an open store, the services
// changed by set.
func openHarnessOn(t testing.TB, st *store.Store, dir string, w, h int, set func(*common.Services)) *harness {
	t.Helper()
	outlines, errs := templates.Load("")
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	rules, err := templates.Rules()
	if err != nil {
		t.Fatal(err)
	}
	svc := common.Services{Store: NewDraftStore(st, outlines), Outlines: outlines, Rules: rules, ExportDir: dir}
	set(&svc)
	hs := &harness{t: t, st: st, dir: dir, svc: svc}
	hs.m = New(Config{Services: svc, Now: func() time.Time { return testNow },
		Timing: common.Timing{SaveDelay: time.Nanosecond, StatusDelay: time.Nanosecond}})
	hs.run(hs.m.Init())
	hs.send(tea.WindowSizeMsg{Width: w, Height: h})
	return hs
}

// send delivers one message and runs what it returns.
func (h *harness) send(msg tea.Msg) {
	_, cmd := h.m.Update(msg)
	h.run(cmd)
}

// run runs a command and, recursively, the messages it yields. Passing
// status messages are never cleared, so tests can read them.
func (h *harness) run(cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	msg := cmd()
	switch msg := msg.(type) {
	case nil, common.ClearStatusMsg:
	case tea.QuitMsg:
		h.quit = true
	case tea.BatchMsg:
		for _, c := range msg {
			h.run(c)
		}
	default:
		if cmds, ok := sequence(msg); ok {
			for _, c := range cmds {
				h.run(c)
			}
			return
		}
		h.send(msg)
	}
}

// sequence unpacks tea.Sequence's unexported message.
func sequence(msg tea.Msg) ([]tea.Cmd, bool) {
	v := reflect.ValueOf(msg)
	if v.Kind() != reflect.Slice || v.Type().Elem() != reflect.TypeFor[tea.Cmd]() {
		return nil, false
	}
	out := make([]tea.Cmd, v.Len())
	for i := range out {
		out[i] = v.Index(i).Interface().(tea.Cmd)
	}
	return out, true
}

// keys presses each key in turn, running what each returns.
func (h *harness) keys(keys ...string) {
	for _, k := range keys {
		h.send(uitest.Key(k))
	}
}

// typeText types s one character at a time ("\n" is enter), as a fast
// typist does: the commands the keys return run after the last key.
func (h *harness) typeText(s string) {
	var cmds []tea.Cmd
	for _, r := range s {
		k := uitest.Key(string(r))
		if r == '\n' {
			k = uitest.Key("enter")
		}
		_, cmd := h.m.Update(k)
		cmds = append(cmds, cmd)
	}
	for _, cmd := range cmds {
		h.run(cmd)
	}
}

// view returns the screen without styles.
func (h *harness) view() string {
	return ansi.Strip(h.m.View().Content)
}

// contains fails unless the screen shows every text.
func (h *harness) contains(texts ...string) {
	h.t.Helper()
	v := h.view()
	for _, s := range texts {
		if !strings.Contains(v, s) {
			h.t.Fatalf("screen lacks %q:\n%s", s, v)
		}
	}
}

// lacks fails if the screen shows any of the texts.
func (h *harness) lacks(texts ...string) {
	h.t.Helper()
	v := h.view()
	for _, s := range texts {
		if strings.Contains(v, s) {
			h.t.Fatalf("screen shows %q:\n%s", s, v)
		}
	}
}

// checkSize fails when the view is not exactly h rows or a row is wider
// than w cells.
func checkSize(t testing.TB, view string, w, h int) { t.Helper(); uitest.CheckSize(t, view, w, h) }

// teaSize is a window size message.
func teaSize(w, h int) tea.WindowSizeMsg { return tea.WindowSizeMsg{Width: w, Height: h} }
