package store

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"github.com/baocao/baocao/model"
)

// BenchmarkOpenLarge measures what starting baocao costs on a store of
// BAOCAO_BENCH_DRAFTS drafts (10,000 by default, ≈ 270 MB with their
// first revisions): each iteration starts a fresh process (this test
// binary, TestOpenChild) that opens the store, lists it and closes it, and
// reports the process's wall time (ns/op) and peak resident memory
// (maxrss-MB: the child's VmHWM, Linux only). "clean" is an Open after a clean Close;
// "unclean" one after a crash (the session mark left set), which reads
// every page first; "-cold" first drops the file's cached pages (Linux:
// posix_fadvise), as for the first start of the day. The store is built once, in BAOCAO_BENCH_STORE when
// set (kept for later runs), else in a temporary folder. Run:
//
//	go test ./store -run '^$' -bench OpenLarge -benchtime 5x
func BenchmarkOpenLarge(b *testing.B) {
	n := 10000
	if v, err := strconv.Atoi(os.Getenv("BAOCAO_BENCH_DRAFTS")); err == nil && v > 0 {
		n = v
	}
	path := os.Getenv("BAOCAO_BENCH_STORE")
	if path == "" {
		path = filepath.Join(b.TempDir(), FileName)
	}
	if _, err := os.Stat(path); err != nil {
		buildLarge(b, path, n)
	}
	if info, err := os.Stat(path); err == nil {
		b.Logf("store: %d drafts, %d MB", n, info.Size()>>20)
	}
	for _, tc := range []struct {
		name        string
		crash, cold bool
	}{{"clean", false, false}, {"clean-cold", false, true}, {"unclean", true, false}, {"unclean-cold", true, true}} {
		b.Run(tc.name, func(b *testing.B) {
			var rss int64
			for b.Loop() {
				b.StopTimer()
				if tc.crash {
					setSessionMark(b, path)
				}
				if tc.cold {
					dropCache(b, path)
				}
				b.StartTimer()
				rss = max(rss, openChild(b, path, n))
			}
			b.ReportMetric(float64(rss)/1024, "maxrss-MB")
		})
	}
}

// TestOpenChild is not a test of its own: BenchmarkOpenLarge runs it in a
// child process to open the store in BAOCAO_OPEN_CHILD.
func TestOpenChild(t *testing.T) {
	path := os.Getenv("BAOCAO_OPEN_CHILD")
	if path == "" {
		t.Skip("only run as a child process by BenchmarkOpenLarge")
	}
	s, err := Open(path, WithBackups(0))
	if err != nil {
		t.Fatal(err)
	}
	list, err := s.List()
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	fmt.Println("drafts:", len(list))
	fmt.Println("peak-rss-kb:", selfPeakRSS())
}

// openChild runs TestOpenChild on path and returns its peak RSS in KiB,
// as the child read it of itself (the rusage of a child started by a Go
// process counts the parent's memory at the fork).
func openChild(b *testing.B, path string, n int) int64 {
	cmd := exec.Command(os.Args[0], "-test.run=^TestOpenChild$", "-test.count=1", "-test.v")
	cmd.Env = append(os.Environ(), "BAOCAO_OPEN_CHILD="+path)
	out, err := cmd.CombinedOutput()
	if err != nil || !strings.Contains(string(out), fmt.Sprintf("drafts: %d", n)) {
		b.Fatalf("open child: %v\n%s", err, out)
	}
	var kb int64
	if i := strings.Index(string(out), "peak-rss-kb: "); i >= 0 {
		fmt.Sscan(string(out[i+len("peak-rss-kb: "):]), &kb)
	}
	return kb
}

// setSessionMark leaves the store as a crashed baocao would: the session
// mark set.
func setSessionMark(b testing.TB, path string) {
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		b.Fatal(err)
	}
	err = db.Update(func(tx *bolt.Tx) error { return tx.Bucket(bucketMeta).Put([]byte("session"), []byte{1}) })
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		b.Fatal(err)
	}
}

// buildLarge writes a store of n drafts of about 13 KB each (each also
// kept as its first revision), 500 to a transaction.
func buildLarge(b testing.TB, path string, n int) {
	para := strings.Repeat("Cán bộ, công chức xã đã rà soát hồ sơ tồn đọng và công khai thời hạn giải quyết. ", 8)
	buildDrafts(b, path, n, 500, func() string { return para })
}

// buildDrafts writes a store of n drafts, perTx to a transaction, each
// with 20 answers of text from answer.
func buildDrafts(b testing.TB, path string, n, perTx int, answer func() string) {
	s, err := Open(path, WithBackups(0))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	for start := 0; start < n; start += perTx {
		err := s.update(func(tx *bolt.Tx) error {
			for i := start; i < min(start+perTx, n); i++ {
				r := sampleReport(fmt.Sprintf("Xã số %d", i), i)
				for j := range 20 {
					r.Answers[fmt.Sprintf("II.%d.text", j)] = model.Answer{Text: answer()}
				}
				data, err := model.MarshalReport(r)
				if err != nil {
					return err
				}
				e := entry{UID: newUID(), Summary: sampleSummary(fmt.Sprintf("Báo cáo %05d", i))}
				if _, err := s.insert(tx, e, data); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
	}
}
