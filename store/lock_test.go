package store

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

const envLockChild = "BAOCAO_STORE_LOCK_CHILD"

// TestLockChild is the child of TestLockAcrossProcesses: it opens the
// store, says "ready", and holds it until its stdin closes.
func TestLockChild(t *testing.T) {
	path := os.Getenv(envLockChild)
	if path == "" {
		t.Skip("child process of TestLockAcrossProcesses")
	}
	s, err := Open(path, WithBackups(0))
	if err != nil {
		fmt.Println("error", err)
		os.Exit(3)
	}
	fmt.Println("ready")
	io.Copy(io.Discard, os.Stdin)
	s.Close()
	os.Exit(0)
}

// openGuarded runs Open and fails the test if it hangs: bbolt without a
// timeout would wait forever for the lock.
func openGuarded(t *testing.T, path string) (*Store, time.Duration, error) {
	t.Helper()
	type result struct {
		s   *Store
		err error
	}
	ch := make(chan result, 1)
	start := time.Now()
	go func() {
		s, err := Open(path, WithBackups(0))
		ch <- result{s, err}
	}()
	select {
	case r := <-ch:
		return r.s, time.Since(start), r.err
	case <-time.After(2 * time.Minute):
		t.Fatal("Open hung on a locked file")
	}
	return nil, 0, nil
}

func TestLockAcrossProcesses(t *testing.T) {
	path := filepath.Join(t.TempDir(), FileName)
	s := openTest(t, path)
	mustCreate(t, s, sampleReport("A", 1), sampleSummary("A"))
	s.Close()
	openBackup(t, path)
	if _, err := os.Stat(filepath.Join(BackupDir(path))); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestLockChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), envLockChild+"="+path)
	stdin, _ := cmd.StdinPipe()
	stdout, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Wait()
	defer stdin.Close()
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil || line != "ready\n" {
		t.Fatalf("child said %q, %v", line, err)
	}
	before := fileSum(t, path)
	s2, took, err := openGuarded(t, path)
	if err == nil {
		s2.Close()
		t.Fatal("a second process opened a locked store")
	}
	if !errors.Is(err, ErrLocked) {
		t.Fatalf("Open = %v, want ErrLocked", err)
	}
	t.Logf("second Open refused after %v: %s", took, Message(err))
	if err := RestoreBackup(path, ""); !errors.Is(err, ErrLocked) {
		t.Errorf("RestoreBackup while open elsewhere = %v, want ErrLocked", err)
	}
	if fileSum(t, path) != before {
		t.Error("the refused Open or restore changed the file")
	}
	stdin.Close()
	if err := cmd.Wait(); err != nil {
		t.Fatalf("child: %v", err)
	}
	s3, _, err := openGuarded(t, path)
	if err != nil {
		t.Fatalf("Open after the child closed: %v", err)
	}
	s3.Close()
}

func TestLockInProcess(t *testing.T) {
	s, path := newStore(t)
	_, took, err := openGuarded(t, path)
	if !errors.Is(err, ErrLocked) {
		t.Fatalf("second Open in one process = %v, want ErrLocked", err)
	}
	t.Logf("refused after %v", took)
	s.Close()
	s2, _, err := openGuarded(t, path)
	if err != nil {
		t.Fatal(err)
	}
	s2.Close()
}
