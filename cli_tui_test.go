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
	for end := time.Now().Add(30 * time.Second); time.Now().Before(end); time.Sleep(10 * time.Millisecond) {
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
		screen := &screenBuffer{}
		var errb bytes.Buffer
		m := &Main{Stdout: screen, Stderr: &errb, Getenv: func(k string) string { return env[k] },
			tuiOptions: []tea.ProgramOption{tea.WithWindowSize(100, 30)}}
		m.Stdin = &typist{screen: screen, wait: "Báo cáo quý III", keys: "q"}
		code := m.Exit(m.Run(context.Background(), args))
		if code != 0 {
			t.Errorf("baocao %q exited %d: %s", args, code, errb.String())
		}
		if !strings.Contains(ansi.Strip(screen.String()), "Báo cáo quý III") {
			t.Errorf("baocao %q never showed the draft:\n%q", args, screen.String())
		}
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
