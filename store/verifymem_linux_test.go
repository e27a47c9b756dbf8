package store

import (
	"encoding/base64"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestCheckMemoryFlat: the full check of a store — Open after an unclean
// shutdown, and Verify — keeps its peak memory flat in the file's size.
// Each runs in a child process (this test binary, TestCheckChild, with
// GOGC=10 so that garbage not yet collected counts little) on a store of
// 100 drafts and on one ten times larger (about 6 and 60 MB); the larger
// may take at most a third of the difference of the files' sizes more
// (bbolt's Tx.Check and a walk of the map held every page read: all of
// it).
func TestCheckMemoryFlat(t *testing.T) {
	if testing.Short() {
		t.Skip("builds stores of 10 and 100 MB")
	}
	dir := t.TempDir()
	small, large := filepath.Join(dir, "small.db"), filepath.Join(dir, "large.db")
	buildNoisy(t, small, 100)
	buildNoisy(t, large, 1000)
	grown := fileSize(t, large) - fileSize(t, small)
	for _, mode := range []string{"unclean-open", "verify"} {
		t.Run(mode, func(t *testing.T) {
			a, b := checkChild(t, small, mode), checkChild(t, large, mode)
			t.Logf("peak RSS %d KB at %d MB, %d KB at %d MB", a, fileSize(t, small)>>20, b, fileSize(t, large)>>20)
			if (b-a)*1024 > grown/3 {
				t.Errorf("peak RSS grew by %d KB for a file %d KB larger", b-a, grown>>10)
			}
		})
	}
}

// TestCheckChild is not a test of its own: TestCheckMemoryFlat runs it in
// a child process on the store in BAOCAO_CHECK_CHILD, in the mode of
// BAOCAO_CHECK_MODE.
func TestCheckChild(t *testing.T) {
	path := os.Getenv("BAOCAO_CHECK_CHILD")
	if path == "" {
		t.Skip("only run as a child process by TestCheckMemoryFlat")
	}
	s, err := Open(path, WithBackups(0))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	switch os.Getenv("BAOCAO_CHECK_MODE") {
	case "unclean-open":
		if !s.walked {
			t.Fatal("Open after an unclean shutdown did not check the file")
		}
	case "verify":
		if err := s.Verify(); err != nil {
			t.Fatal(err)
		}
	}
	fmt.Println("peak-rss-kb:", selfPeakRSS())
}

// checkChild runs TestCheckChild on path in mode (after leaving the
// session mark set, for "unclean-open") and returns its peak RSS in KiB.
func checkChild(t *testing.T, path, mode string) int64 {
	if mode == "unclean-open" {
		setSessionMark(t, path)
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestCheckChild$", "-test.count=1", "-test.v")
	cmd.Env = append(os.Environ(), "BAOCAO_CHECK_CHILD="+path, "BAOCAO_CHECK_MODE="+mode, "GOGC=10")
	out, err := cmd.CombinedOutput()
	i := strings.Index(string(out), "peak-rss-kb: ")
	if err != nil || i < 0 {
		t.Fatalf("child: %v\n%s", err, out)
	}
	var kb int64
	fmt.Sscan(string(out[i+len("peak-rss-kb: "):]), &kb)
	return kb
}

func fileSize(t *testing.T, path string) int64 {
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return info.Size()
}

// buildNoisy writes a store of n drafts of about 40 KB of text that does
// not compress (random letters), 100 to a transaction: large files from
// few drafts.
func buildNoisy(t *testing.T, path string, n int) {
	rng := rand.New(rand.NewPCG(1, uint64(n)))
	raw := make([]byte, 1500)
	buildDrafts(t, path, n, 100, func() string {
		for k := range raw {
			raw[k] = byte(rng.Uint32())
		}
		return base64.StdEncoding.EncodeToString(raw)
	})
}
