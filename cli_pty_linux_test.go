package main

import (
	"bytes"
	"context"
	"os"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/sys/unix"
)

// openPTY opens a pseudo-terminal of the given size and returns its
// terminal side (what baocao writes to) and the reading side.
func openPTY(t *testing.T, cols, rows int) (tty, reader *os.File) {
	t.Helper()
	ptmx, err := os.OpenFile("/dev/ptmx", os.O_RDWR|unix.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("no pseudo-terminal here: %v", err)
	}
	t.Cleanup(func() { ptmx.Close() })
	if err := unix.IoctlSetPointerInt(int(ptmx.Fd()), unix.TIOCSPTLCK, 0); err != nil {
		t.Fatal(err)
	}
	n, err := unix.IoctlGetInt(int(ptmx.Fd()), unix.TIOCGPTN)
	if err != nil {
		t.Fatal(err)
	}
	tty, err = os.OpenFile("/dev/pts/"+strconv.Itoa(n), os.O_RDWR|unix.O_NOCTTY, 0)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { tty.Close() })
	ws := &unix.Winsize{Col: uint16(cols), Row: uint16(rows)}
	if err := unix.IoctlSetWinsize(int(tty.Fd()), unix.TIOCSWINSZ, ws); err != nil {
		t.Fatal(err)
	}
	return tty, ptmx
}

// runOnTTY runs baocao in-process with Stdout on a terminal of width cols
// and returns what it printed there and on Stderr.
func runOnTTY(t *testing.T, env map[string]string, cols int, args ...string) (string, string, int) {
	t.Helper()
	tty, reader := openPTY(t, cols, 40)
	var errb bytes.Buffer
	m := &Main{Stdin: strings.NewReader(""), Stdout: tty, Stderr: &errb, Getenv: func(k string) string { return env[k] }}
	code := m.Exit(m.Run(context.Background(), args))
	tty.Close()
	var out bytes.Buffer
	buf := make([]byte, 1<<16)
	for {
		n, err := reader.Read(buf)
		out.Write(buf[:n])
		if err != nil || n == 0 {
			break
		}
	}
	return strings.ReplaceAll(out.String(), "\r\n", "\n"), errb.String(), code
}

// TestExportBinaryToTerminal: DOCX or PDF to a terminal is refused with a
// message that says to redirect; text formats still print.
func TestExportBinaryToTerminal(t *testing.T) {
	env, _ := sandbox(t)
	src := "examples/state.json"
	for _, format := range []string{"docx", "pdf"} {
		out, errs, code := runOnTTY(t, env, 80, "export", src, "--format", format, "-o", "-")
		if code != 2 || !strings.Contains(errs, "-o TỆP") || strings.Contains(out, "PK") || strings.Contains(out, "%PDF") {
			t.Errorf("%s to a terminal: exit %d, stderr %q, %d bytes printed", format, code, errs, len(out))
		}
	}
	out, _, code := runOnTTY(t, env, 80, "export", src, "--format", "txt", "-o", "-")
	if code != 0 || !strings.Contains(out, "BÁO CÁO") {
		t.Errorf("txt to a terminal: exit %d, %q", code, out)
	}
}

// TestListFitsTerminal: every line of the drafts list fits the terminal,
// long titles cut with "…"; into a pipe the title is whole.
func TestListFitsTerminal(t *testing.T) {
	env, _ := sandbox(t)
	long := "Báo cáo thực trạng và nhiệm vụ, giải pháp chấn chỉnh, khắc phục tình trạng né tránh, đùn đẩy, làm việc cầm chừng"
	seed(t, env["BAOCAO_DB"], long, "Ngắn")
	for _, cols := range []int{40, 60, 80, 120} {
		out, errs, code := runOnTTY(t, env, cols, "list")
		if code != 0 {
			t.Fatalf("list at %d columns: exit %d %s", cols, code, errs)
		}
		lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
		if len(lines) != 3 {
			t.Fatalf("list at %d columns printed %d lines:\n%s", cols, len(lines), out)
		}
		for _, l := range lines {
			if w := utf8.RuneCountInString(l); w > cols {
				t.Errorf("at %d columns a line is %d wide: %q", cols, w, l)
			}
		}
		if !strings.Contains(out, "…") {
			t.Errorf("at %d columns the long title is not cut with …:\n%s", cols, out)
		}
	}
	if r := run(t, env, "list"); !strings.Contains(r.stdout, long) {
		t.Errorf("into a pipe the title should be whole:\n%s", r.stdout)
	}
}
