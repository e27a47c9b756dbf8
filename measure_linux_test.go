package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/baocao/baocao/store"
)

// TestMeasureStart is not a test of its own: .ci/measure-start runs it to
// measure how baocao starts on large stores. For each drafts file in
// BAOCAO_MEASURE_STORES (separated by ":") it runs the binary
// BAOCAO_MEASURE_BIN in a pseudo-terminal of 80×24, with no backup due
// (a recent one kept) and with one due (the backups folder set aside
// for the run), and prints the time from start to the first frame that
// shows the drafts list and the process's peak resident memory (VmHWM)
// at that moment; then "baocao list" into a pipe, its wall and CPU time
// and peak memory.
func TestMeasureStart(t *testing.T) {
	bin, stores := os.Getenv("BAOCAO_MEASURE_BIN"), os.Getenv("BAOCAO_MEASURE_STORES")
	if bin == "" || stores == "" {
		t.Skip("only run by .ci/measure-start (BAOCAO_MEASURE_BIN, BAOCAO_MEASURE_STORES)")
	}
	for _, db := range strings.Split(stores, ":") {
		for _, due := range []bool{false, true} {
			took, rss := firstFrame(t, bin, db, due)
			fmt.Printf("%s\tfirst frame\tbackup due: %-5v\t%4d ms\t%4d MB\n", db, due, took.Milliseconds(), rss>>10)
		}
		wall, cpu, rss := listRun(t, bin, db)
		fmt.Printf("%s\tbaocao list\t\t\t%4d ms (CPU %d ms)\t%4d MB\n", db, wall.Milliseconds(), cpu.Milliseconds(), rss>>10)
	}
}

// firstFrame starts baocao on db in a pseudo-terminal and returns the
// time to the first frame with the drafts list ("▸" marks the selected
// draft) and the peak memory then, in KiB; then it quits with q. With
// due, the backups folder is set aside so that a backup falls due.
func firstFrame(t *testing.T, bin, db string, due bool) (time.Duration, int64) {
	t.Helper()
	if due {
		dir, aside := store.BackupDir(db), store.BackupDir(db)+".aside"
		if err := os.Rename(dir, aside); err != nil && !os.IsNotExist(err) {
			t.Fatal(err)
		}
		defer func() {
			os.RemoveAll(dir)
			os.Rename(aside, dir)
		}()
	}
	tty, reader := openPTY(t, 80, 24)
	cmd := exec.Command(bin, "--db", db)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = tty, tty, tty
	cmd.Env = append(os.Environ(), "TERM=xterm-256color")
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true}
	start := time.Now()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var screen bytes.Buffer
	buf := make([]byte, 1<<16)
	for !strings.Contains(ansi.Strip(screen.String()), "▸") {
		n, err := reader.Read(buf)
		if err != nil {
			t.Fatalf("baocao on %s stopped before the drafts list showed: %v\n%s", db, err, ansi.Strip(screen.String()))
		}
		screen.Write(buf[:n])
	}
	took, rss := time.Since(start), peakRSS(cmd.Process.Pid)
	go func() { // keep the terminal drained until baocao has quit
		for {
			if _, err := reader.Read(buf); err != nil {
				return
			}
		}
	}()
	reader.Write([]byte("q")) // the terminal side types it
	if err := cmd.Wait(); err != nil {
		t.Fatalf("baocao on %s: %v", db, err)
	}
	return took, rss
}

// listRun runs "baocao list" into a pipe and returns its wall time, CPU
// time and peak memory in KiB.
func listRun(t *testing.T, bin, db string) (time.Duration, time.Duration, int64) {
	t.Helper()
	cmd := exec.Command(bin, "--db", db, "list")
	start := time.Now()
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("baocao list: %v\n%s", err, out)
	}
	wall := time.Since(start)
	u := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	return wall, cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime(), u.Maxrss
}

// peakRSS is a process's peak resident memory in KiB (VmHWM).
func peakRSS(pid int) int64 {
	data, err := os.ReadFile(filepath.Join("/proc", strconv.Itoa(pid), "status"))
	if err != nil {
		return 0
	}
	for line := range strings.SplitSeq(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			return kb
		}
	}
	return 0
}
