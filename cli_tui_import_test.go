package main

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/baocao/baocao/store"
	"github.com/baocao/baocao/templates"
)

// script types each step's keys once the screen shows its text, as a
// person would; it ends (EOF) after the last step, or when a text does not
// show within a generous bound, and the test then fails on what is missing.
type script struct {
	screen *screenBuffer
	steps  [][2]string // {text to wait for, keys}
	seen   int         // how much of the screen the last step had seen
}

func (s *script) Read(p []byte) (int, error) {
	if len(s.steps) == 0 {
		return 0, io.EOF
	}
	step := s.steps[0]
	for end := time.Now().Add(2 * time.Minute); time.Now().Before(end); time.Sleep(10 * time.Millisecond) {
		screen := s.screen.String()
		if strings.Contains(ansi.Strip(screen[s.seen:]), step[0]) {
			s.seen = len(screen)
			s.steps = s.steps[1:]
			return copy(p, step[1]), nil
		}
	}
	s.steps = nil
	return 0, io.EOF
}

// TestTUIImportOwnOutline: from the drafts list, i reads a report that
// fits no built-in outline into a draft that opens at once on an outline
// made from its own headings (nothing refused, nothing sent to the
// command line); s makes next period's draft on that same outline; m
// saves it as a template.
func TestTUIImportOwnOutline(t *testing.T) {
	env, dir := sandbox(t)
	src := filepath.Join(dir, "tuan-11.txt")
	if err := os.WriteFile(src, []byte(weeklyReport), 0o644); err != nil {
		t.Fatal(err)
	}
	screen := &screenBuffer{}
	m := &Main{Stdout: screen, Stderr: io.Discard, Getenv: func(k string) string { return env[k] },
		tuiOptions: []tea.ProgramOption{tea.WithWindowSize(100, 30)}}
	m.Stdin = &script{screen: screen, steps: [][2]string{
		{"Chưa có bản nháp nào", "i"},
		{"Đường dẫn tệp", src + "\r"},
		{"từ chính các đề mục", "\x1b"},
		{"Kết quả công tác tuần 11 năm 2026", "s"},
		{"tuần 12 năm 2026", "\x1b"},
		{"Kết quả công tác tuần 12 năm 2026", "m"},
		{"làm mẫu", "n"},
		{"Mẫu báo cáo", "\x1b"},
		{"Kết quả công tác tuần 12 năm 2026", "q"},
	}}
	code := m.Exit(m.Run(t.Context(), nil))
	out := ansi.Strip(screen.String())
	if code != 0 || strings.Contains(out, "baocao import") {
		t.Fatalf("exit %d; screen:\n%s", code, out)
	}
	s, err := store.Open(env["BAOCAO_DB"])
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	first, err := s.Get("1")
	if err != nil {
		t.Fatal(err)
	}
	next, err := s.Get("2")
	if err != nil || next.Report.OutlineFile != first.Report.OutlineFile || first.Report.OutlineFile == "" ||
		!strings.Contains(next.Report.Doc.Subject, "tuần 12") {
		t.Fatalf("next period's draft: %+v %v", next.Report.Doc, err)
	}
	saved := filepath.Join(templates.UserDir(dataDir(t)), first.Report.Outline+".outline")
	if data, err := os.ReadFile(saved); err != nil || string(data) != first.Report.OutlineFile {
		t.Errorf("m did not save the draft's outline as %s: %v", saved, err)
	}
}
