//go:build linux

package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/baocao/baocao/store"
	"github.com/baocao/baocao/templates/docread/docxtest"
)

// TestImportHostileProcess runs "baocao import" on amplifying and
// oversized files as a real process (see TestChildProcess) under
// GOMEMLIMIT: each is refused with its message, nothing is stored, and the
// kernel's peak RSS stays within a bound (before the budgets the amplified
// file ran past 750 MB and out of time).
func TestImportHostileProcess(t *testing.T) {
	if testing.Short() {
		t.Skip("builds inputs of tens of megabytes")
	}
	env, dir := sandbox(t)
	cases := []struct {
		file string
		data func() []byte
		race bool // run under the race detector too (the others take minutes there)
		want string
	}{
		{"chu-thich.docx", func() []byte { return docxtest.AmplifiedNote(150<<10, 400) }, true, "16 MB chữ"},
		{"nhieu-doan.docx", func() []byte { return docxtest.ManyParas(600_000) }, false, "100.000 đoạn văn"},
		{"doan-dai.txt", func() []byte { return docxtest.LongParagraph(20 << 20) }, false, "16 MB chữ"},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			if raceFactor > 1 && !c.race {
				t.Skip("run without -race")
			}
			path := filepath.Join(dir, c.file)
			if err := os.WriteFile(path, c.data(), 0o644); err != nil {
				t.Fatal(err)
			}
			raw, _ := json.Marshal([]string{"import", path})
			cmd := exec.Command(os.Args[0], "-test.run=^TestChildProcess$")
			cmd.Env = append(os.Environ(), "BAOCAO_TEST_ARGS="+string(raw), "BAOCAO_DB="+env["BAOCAO_DB"], "GOMEMLIMIT=128MiB")
			var out bytes.Buffer
			cmd.Stdout, cmd.Stderr = &out, &out
			err := cmd.Run()
			if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 {
				t.Fatalf("exit %v, want 1:\n%s", err, out.String())
			}
			if !strings.Contains(out.String(), c.want) {
				t.Errorf("output lacks %q:\n%s", c.want, out.String())
			}
			rss := cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss << 10
			t.Logf("peak RSS %d MB", rss>>20)
			if rss > raceFactor*250<<20 {
				t.Errorf("peak RSS %d MB, over %d MB", rss>>20, raceFactor*250)
			}
		})
	}
	s, err := store.Open(env["BAOCAO_DB"])
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if list, err := s.List(); err != nil || len(list) != 0 {
		t.Errorf("refused files left drafts: %v %v", list, err)
	}
}
