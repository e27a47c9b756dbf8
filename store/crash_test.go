package store

import (
	"bufio"
	"context"
	"fmt"
	"hash/fnv"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/baocao/baocao/model"
)

const envCrashChild = "BAOCAO_STORE_CRASH_CHILD"

// crashReport is the content of a draft in the crash test: a pure function
// of the draft's token (its title) and its version, so that the parent can
// check any draft it finds without being told its content. Its length
// varies from a few hundred bytes to ~40 KB, so saves reuse and grow pages.
func crashReport(token string, version uint64) model.Report {
	h := fnv.New64a()
	fmt.Fprintf(h, "%s/%d", token, version)
	size := int(h.Sum64() % 400)
	r := sampleReport(token, int(version))
	r.Answers["II.text"] = model.Answer{Text: strings.Repeat("Khắc phục tình trạng làm việc cầm chừng. ", size)}
	return r
}

func crashSummary(token string, version uint64) Summary {
	return Summary{Title: token, Unit: "UBND xã Tân Hòa", Outline: "state", Done: int(version % 10), Required: 9}
}

// TestCrashChild is the child of TestCrash: it opens the store, takes
// automatic backups in the background one after another (as the program
// does after its first frame, here without pause) and saves drafts in a
// loop, printing "ack <id> <version> <token>" after each save returns,
// until it is killed.
func TestCrashChild(t *testing.T) {
	path := os.Getenv(envCrashChild)
	if path == "" {
		t.Skip("child process of TestCrash")
	}
	s, err := Open(path, WithBackups(2), WithBackupEvery(0))
	if err != nil {
		fmt.Println("error", err)
		os.Exit(3)
	}
	go func() {
		for {
			if _, err := s.AutoBackup(context.Background()); err != nil {
				fmt.Println("error", err)
				os.Exit(3)
			}
		}
	}()
	list, err := s.List()
	if err != nil {
		fmt.Println("error", err)
		os.Exit(3)
	}
	rng := rand.New(rand.NewPCG(uint64(os.Getpid()), uint64(time.Now().UnixNano())))
	for {
		if len(list) < 5 || rng.IntN(15) == 0 {
			token := fmt.Sprintf("t%d-%d", os.Getpid(), rng.Uint32())
			m, err := s.Create(crashReport(token, 1), crashSummary(token, 1))
			if err != nil {
				fmt.Println("error", err)
				os.Exit(3)
			}
			fmt.Printf("ack %s %d %s\n", m.ID, m.Version, token)
			list = append(list, m)
			continue
		}
		i := rng.IntN(len(list))
		m := list[i]
		m, err := s.Save(Draft{Meta: Meta{ID: m.ID, Summary: crashSummary(m.Title, m.Version+1)},
			Report: crashReport(m.Title, m.Version+1)})
		if err != nil {
			fmt.Println("error", err)
			os.Exit(3)
		}
		fmt.Printf("ack %s %d %s\n", m.ID, m.Version, m.Title)
		list[i] = m
	}
}

// TestCrash kills a saving and backing-up child process with SIGKILL at
// random moments (during open, a backup or saves), then checks that the
// store opens, passes bbolt's check, holds every acknowledged save with
// its exact content, and that every backup is sound. The moment is an
// event, not a time: after a random number of acknowledged saves (none:
// as soon as it starts), so the test means the same on a loaded machine.
func TestCrash(t *testing.T) {
	if testing.Short() {
		t.Skip("kills a child process 50 times; run without -short")
	}
	path := filepath.Join(t.TempDir(), FileName)
	acked := map[string]uint64{}
	rng := rand.New(rand.NewPCG(7, uint64(time.Now().UnixNano())))
	total := 0
	for round := range 50 {
		after := 1 + rng.IntN(12)
		if round%5 == 0 {
			after = 0 // during open
		}
		total += crashRound(t, path, after, acked)
		verifyCrash(t, path, acked, round)
	}
	t.Logf("50 rounds, %d acknowledged saves, %d drafts", total, len(acked))
}

// crashRound runs the child until it has acknowledged after saves, kills
// it, and records its acks.
func crashRound(t *testing.T, path string, after int, acked map[string]uint64) int {
	t.Helper()
	cmd, out := startChild(t, "TestCrashChild", envCrashChild+"="+path)
	lines := make(chan string)
	go func() {
		defer close(lines)
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			lines <- sc.Text()
		}
	}()
	n := 0
	if after == 0 {
		cmd.Process.Kill()
	}
	for line := range lines {
		n += recordAck(t, line, acked)
		if n == after {
			cmd.Process.Kill()
		}
	}
	cmd.Wait()
	if n < after {
		t.Fatalf("the child stopped after %d saves, before it was killed", n)
	}
	return n
}

// startChild runs this test binary's test named run in a child process
// with env added to its environment, and returns it and its stdout.
func startChild(t *testing.T, run, env string) (*exec.Cmd, io.ReadCloser) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^"+run+"$", "-test.count=1")
	cmd.Env = append(os.Environ(), env)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return cmd, out
}

func recordAck(t *testing.T, line string, acked map[string]uint64) int {
	t.Helper()
	var id, token string
	var v uint64
	if strings.HasPrefix(line, "error") {
		t.Fatalf("child: %s", line)
	}
	if _, err := fmt.Sscanf(line, "ack %s %d %s", &id, &v, &token); err != nil {
		return 0
	}
	acked[id] = max(acked[id], v)
	return 1
}

func verifyCrash(t *testing.T, path string, acked map[string]uint64, round int) {
	t.Helper()
	s, err := Open(path, WithBackups(0))
	if err != nil {
		t.Fatalf("round %d: Open after kill: %v", round, err)
	}
	defer s.Close()
	if err := s.db.View(boltCheck); err != nil {
		t.Fatalf("round %d: bbolt's consistency check: %v", round, err)
	}
	if err := s.Verify(); err != nil {
		t.Fatalf("round %d: Verify: %v", round, err)
	}
	list, err := s.List()
	if err != nil {
		t.Fatal(err)
	}
	found := map[string]bool{}
	for _, m := range list {
		found[m.ID] = true
		d, err := s.Get(m.ID)
		if err != nil {
			t.Fatalf("round %d: Get(%s): %v", round, m.ID, err)
		}
		if marshal(t, d.Report) != marshal(t, crashReport(m.Title, m.Version)) || m.Summary != crashSummary(m.Title, m.Version) {
			t.Fatalf("round %d: draft %s version %d has the wrong content", round, m.ID, m.Version)
		}
		if m.Version < acked[m.ID] {
			t.Fatalf("round %d: draft %s at version %d, but version %d was acknowledged", round, m.ID, m.Version, acked[m.ID])
		}
	}
	for id := range acked {
		if !found[id] {
			t.Fatalf("round %d: acknowledged draft %s is missing", round, id)
		}
	}
	verifyBackups(t, path, round)
}

// verifyBackups checks that every backup passes the full check and that
// Open removed the temporary file of a backup cut short.
func verifyBackups(t *testing.T, path string, round int) {
	t.Helper()
	list, err := ListBackups(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range list {
		if err := checkFile(context.Background(), b.Path, options{timeout: DefaultTimeout}); err != nil {
			t.Fatalf("round %d: backup %s: %v", round, b.Name, err)
		}
	}
	if temps, _ := filepath.Glob(filepath.Join(BackupDir(path), ".*.tmp")); len(temps) > 0 {
		t.Fatalf("round %d: temporary files left after Open: %v", round, temps)
	}
}
