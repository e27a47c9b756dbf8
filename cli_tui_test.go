package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/baocao/baocao/store"
	"github.com/baocao/baocao/templates"
)

// screenBuffer collects what the UI draws; it is safe for the program's
// goroutines and the test's.
type screenBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *screenBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *screenBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// typist types keys once the screen shows a text, as a person would: it
// waits for what it expects to see rather than for a time. It gives up
// (EOF) after a generous bound, and the test then fails on the missing text.
type typist struct {
	screen *screenBuffer
	wait   string
	keys   string
	done   bool
}

func (k *typist) Read(p []byte) (int, error) {
	if k.done {
		return 0, io.EOF
	}
	for end := time.Now().Add(2 * time.Minute); time.Now().Before(end); time.Sleep(10 * time.Millisecond) {
		if strings.Contains(ansi.Strip(k.screen.String()), k.wait) {
			break
		}
	}
	k.done = true
	return copy(p, k.keys), nil
}

func TestTUIStartsAndQuits(t *testing.T) {
	env, _ := sandbox(t)
	seed(t, env["BAOCAO_DB"], "Báo cáo quý III")
	for _, args := range [][]string{nil, {"--lang", "en"}} {
		code, screen, stderr := runTUI(t, env, "Báo cáo quý III", "q", args...)
		if code != 0 || !strings.Contains(screen, "Báo cáo quý III") {
			t.Errorf("baocao %q: exit %d, stderr %q, and the draft never showed:\n%s", args, code, stderr, screen)
		}
	}
}

// runTUI runs baocao with args and no command, typing keys once the
// screen shows wait; it returns the exit code, the screen without escape
// codes, and stderr.
func runTUI(t *testing.T, env map[string]string, wait, keys string, args ...string) (int, string, string) {
	t.Helper()
	screen := &screenBuffer{}
	var errb bytes.Buffer
	m := &Main{Stdout: screen, Stderr: &errb, Getenv: func(k string) string { return env[k] },
		tuiOptions: []tea.ProgramOption{tea.WithWindowSize(100, 30)}}
	m.Stdin = &typist{screen: screen, wait: wait, keys: keys}
	code := m.Exit(m.Run(context.Background(), args))
	if strings.ContainsRune(errb.String(), '\r') {
		t.Errorf("stderr holds a carriage return: %q", errb.String())
	}
	return code, ansi.Strip(screen.String()), errb.String()
}

func TestTUIFileErrors(t *testing.T) {
	env, dir := sandbox(t)
	s, err := store.Open(env["BAOCAO_DB"])
	if err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runTUI(t, env, "", "q")
	s.Close()
	if code != 1 || !strings.Contains(stderr, "đang được mở trong một cửa sổ baocao khác") {
		t.Errorf("the UI on a locked file: exit %d, stderr %q", code, stderr)
	}
	bad := writeFile(t, dir, "hỏng.db", []byte("không phải tệp bản nháp"))
	code, _, stderr = runTUI(t, env, "", "q", "--db", bad, "--lang", "en")
	if code != 1 || !strings.Contains(stderr, "damaged") {
		t.Errorf("the UI on a corrupt file: exit %d, stderr %q", code, stderr)
	}
}

func TestTUIReportsBadOutlines(t *testing.T) {
	env, _ := sandbox(t)
	bad := writeFile(t, templates.UserDir(dataDir(t)), "hỏng.outline", []byte("outline: hong\n"))
	code, screen, stderr := runTUI(t, env, "Chưa có bản nháp nào", "q")
	if !strings.Contains(screen, "Chưa có bản nháp nào") {
		t.Errorf("the empty drafts list never showed:\n%s", screen)
	}
	if code != 0 || !strings.Contains(stderr, bad+":") || !strings.Contains(stderr, "baocao templates") {
		t.Errorf("exit %d; stderr does not name the bad outline file %s:\n%s", code, bad, stderr)
	}
}

func TestTUINeedsTerminal(t *testing.T) {
	env, dir := sandbox(t)
	f, err := os.Create(filepath.Join(dir, "không phải terminal.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out, errb bytes.Buffer
	m := &Main{Stdin: f, Stdout: &out, Stderr: &errb, Getenv: func(k string) string { return env[k] }}
	if code := m.Exit(m.Run(context.Background(), nil)); code != 2 {
		t.Errorf("baocao with a file for stdin exited %d, want 2", code)
	}
	if !strings.Contains(errb.String(), "cửa sổ dòng lệnh") || out.Len() != 0 {
		t.Errorf("stdout %q, stderr %q", out.String(), errb.String())
	}
}
