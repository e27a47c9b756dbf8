//go:build unix

package main

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestChildProcess is not a test of its own: the tests below start the test
// binary again as a real process that runs baocao with the arguments in
// BAOCAO_TEST_ARGS, under the umask in BAOCAO_TEST_UMASK.
func TestChildProcess(t *testing.T) {
	raw := os.Getenv("BAOCAO_TEST_ARGS")
	if raw == "" {
		t.Skip("only run as a child process by other tests")
	}
	var args []string
	if err := json.Unmarshal([]byte(raw), &args); err != nil {
		t.Fatal(err)
	}
	if u := os.Getenv("BAOCAO_TEST_UMASK"); u != "" {
		mask, err := strconv.ParseInt(u, 8, 32)
		if err != nil {
			t.Fatal(err)
		}
		syscall.Umask(int(mask))
	}
	m := NewMain()
	os.Exit(m.Exit(m.Run(context.Background(), args)))
}

// child runs baocao as a real process (see TestChildProcess) with the
// sandbox environment env, a umask ("" keeps the parent's) and a time limit.
func child(t *testing.T, env map[string]string, umask string, limit time.Duration, args ...string) (string, int) {
	t.Helper()
	raw, _ := json.Marshal(args)
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	cmd := exec.CommandContext(ctx, os.Args[0], "-test.run=^TestChildProcess$")
	cmd.Env = append(os.Environ(), "BAOCAO_TEST_ARGS="+string(raw), "BAOCAO_TEST_UMASK="+umask)
	for k, v := range env {
		cmd.Env = append(cmd.Env, k+"="+v)
	}
	out, err := cmd.CombinedOutput()
	if ctx.Err() != nil {
		t.Fatalf("baocao %q did not finish within %s (it hung):\n%s", args, limit, out)
	}
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return string(out), code
}

// TestExportHonoursUmask: a new export gets the mode the umask allows, and
// overwriting keeps the old file's mode.
func TestExportHonoursUmask(t *testing.T) {
	env, dir := sandbox(t)
	src, _ := filepath.Abs(filepath.Join("examples", "state.json"))
	for _, tc := range []struct {
		umask string
		want  os.FileMode
	}{{"077", 0o600}, {"022", 0o644}, {"027", 0o640}} {
		path := filepath.Join(dir, "umask-"+tc.umask+".txt")
		out, code := child(t, env, tc.umask, time.Minute, "export", src, "--format", "txt", "-o", path)
		info, err := os.Stat(path)
		if code != 0 || err != nil {
			t.Fatalf("export under umask %s: exit %d, %v\n%s", tc.umask, code, err, out)
		}
		if got := info.Mode().Perm(); got != tc.want {
			t.Errorf("umask %s: new file mode %o, want %o", tc.umask, got, tc.want)
		}
	}
	kept := filepath.Join(dir, "kept.txt")
	if err := os.WriteFile(kept, []byte("cũ"), 0o640); err != nil {
		t.Fatal(err)
	}
	os.Chmod(kept, 0o604)
	if out, code := child(t, env, "077", time.Minute, "export", src, "--format", "txt", "-o", kept, "--force"); code != 0 {
		t.Fatalf("overwrite: exit %d\n%s", code, out)
	}
	if info, _ := os.Stat(kept); info.Mode().Perm() != 0o604 {
		t.Errorf("overwritten file's mode %o, want the old 604", info.Mode().Perm())
	}
}

// TestOutlinesNotRegular: a FIFO, a link to /dev/zero, a folder and an
// oversized file among the user's outlines are skipped with a warning; no
// command hangs or fills memory.
func TestOutlinesNotRegular(t *testing.T) {
	env, _ := sandbox(t)
	dir := filepath.Join(os.Getenv("XDG_DATA_HOME"), "baocao", "outlines")
	if err := os.MkdirAll(filepath.Join(dir, "thu-muc.outline"), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "ong.outline"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("/dev/zero", filepath.Join(dir, "zero.outline")); err != nil {
		t.Fatal(err)
	}
	big := make([]byte, 2<<20)
	if err := os.WriteFile(filepath.Join(dir, "lon.outline"), big, 0o600); err != nil {
		t.Fatal(err)
	}
	out, code := child(t, env, "", 2*time.Minute, "templates")
	if code != 1 {
		t.Errorf("templates exit %d, want 1 (own outline files with errors)\n%s", code, out)
	}
	for _, want := range []string{"ong.outline", "không phải tệp thường", "zero.outline", "lon.outline", "lớn hơn 1 MB", "state"} {
		if !strings.Contains(out, want) {
			t.Errorf("templates output lacks %q:\n%s", want, out)
		}
	}
	if out, code := child(t, env, "", 2*time.Minute, "check", filepath.Join(dir, "ong.outline")); code == 0 || !strings.Contains(out, "không phải tệp thường") {
		t.Errorf("check of a FIFO: exit %d\n%s", code, out)
	}
}

// TestPrintedPathsAreCleaned: a file name carrying escape sequences reaches
// the terminal without them.
func TestPrintedPathsAreCleaned(t *testing.T) {
	env, _ := sandbox(t)
	dir := filepath.Join(os.Getenv("XDG_DATA_HOME"), "baocao", "outlines")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	name := "x\x1b]0;pwned\x07\x1b[2J.outline"
	if err := os.WriteFile(filepath.Join(dir, name), []byte("không phải dàn ý\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	r := run(t, env, "templates")
	if strings.ContainsRune(r.stdout+r.stderr, 0x1b) || strings.ContainsRune(r.stdout+r.stderr, 0x07) {
		t.Fatalf("templates printed an escape sequence from a file name: %q", r.stdout+r.stderr)
	}
	if !strings.Contains(r.stdout, "outlines/x.outline:") {
		t.Errorf("the cleaned name is not shown: %q", r.stdout)
	}
}

// TestExportLinks: a link at -o, even one pointing nowhere, is an existing
// path that needs --force; with it, a link to a file is written through.
func TestExportLinks(t *testing.T) {
	env, dir := sandbox(t)
	src := filepath.Join("examples", "state.json")
	dangling := filepath.Join(dir, "treo.txt")
	if err := os.Symlink(filepath.Join(dir, "không-có"), dangling); err != nil {
		t.Fatal(err)
	}
	run(t, env, "export", src, "--format", "txt", "-o", dangling).want(t, 1, nil, []string{"đã có", "--force"})
	if _, err := os.Lstat(filepath.Join(dir, "không-có")); err == nil {
		t.Fatal("the refused export created the link's target")
	}
	target := filepath.Join(dir, "that.txt")
	os.WriteFile(target, []byte("cũ"), 0o600)
	link := filepath.Join(dir, "lienket.txt")
	os.Symlink(target, link)
	run(t, env, "export", src, "--format", "txt", "-o", link, "--force").want(t, 0, nil, nil)
	if info, err := os.Lstat(link); err != nil || info.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("the link was replaced: %v %v", info, err)
	}
	if data, _ := os.ReadFile(target); !strings.Contains(string(data), "BÁO CÁO") {
		t.Errorf("the link's target was not written: %q", data)
	}
}

// TestReadMessages: each reason a file cannot be read is named.
func TestReadMessages(t *testing.T) {
	env, dir := sandbox(t)
	file := writeFile(t, dir, "tep.json", []byte("{}"))
	for _, tc := range []struct{ name, path, want string }{
		{"missing folder", filepath.Join(dir, "không-có", "x.json"), "không có tệp"},
		{"name too long", filepath.Join(dir, strings.Repeat("dài", 120)+".json"), "quá dài"},
		{"folder", dir, "thư mục"},
		{"file as folder", filepath.Join(file, "x.json"), "là tệp chứ không phải thư mục"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := run(t, env, "check", tc.path)
			r.want(t, 1, nil, []string{tc.want})
			if strings.Contains(r.stderr, "chỗ trống") {
				t.Errorf("blames free disk space: %s", r.stderr)
			}
		})
	}
}

// TestWriteMessages: each reason an export cannot be written is named, and
// none blames the free disk space.
func TestWriteMessages(t *testing.T) {
	env, dir := sandbox(t)
	src := filepath.Join("examples", "state.json")
	file := writeFile(t, dir, "tep.txt", []byte("x"))
	for _, tc := range []struct{ name, path, want string }{
		{"missing folder", filepath.Join(dir, "không-có", "x.txt"), "không có thư mục"},
		{"name too long", filepath.Join(dir, strings.Repeat("dài", 120)+".txt"), "quá dài"},
		{"file as folder", filepath.Join(file, "x.txt"), "không phải thư mục"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := run(t, env, "export", src, "--format", "txt", "-o", tc.path)
			r.want(t, 1, nil, []string{tc.want})
			if strings.Contains(r.stderr, "chỗ trống") {
				t.Errorf("blames free disk space: %s", r.stderr)
			}
		})
	}
}

// TestDBNotRegular: --db naming a FIFO (directly or through a link) or a
// device is refused at once, saying why; a FIFO used to hang every
// command.
func TestDBNotRegular(t *testing.T) {
	env, dir := sandbox(t)
	fifo := filepath.Join(dir, "ong.db")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.db")
	if err := os.Symlink(fifo, link); err != nil {
		t.Fatal(err)
	}
	for _, db := range []string{fifo, link, "/dev/null"} {
		for _, args := range [][]string{{"list"}, {"restore"}, {"bundle", "export", "-"}} {
			out, code := child(t, env, "", 2*time.Minute, append([]string{"--db", db}, args...)...)
			if code != 2 || !strings.Contains(out, "không phải tệp thường") {
				t.Errorf("baocao --db %s %v: exit %d, want 2 and \"không phải tệp thường\":\n%s", db, args, code, out)
			}
		}
	}
}
