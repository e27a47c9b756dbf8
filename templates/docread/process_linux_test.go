//go:build linux

package docread

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/baocao/baocao/templates/docread/docxtest"
)

// underRace lists the cases TestHostileProcess runs under the race
// detector, which makes building and reading tens of megabytes minutes
// long: one of each kind (amplification, text); the others are tried at
// scale by TestBudgets and at full size without -race.
var underRace = map[string]bool{"note150k.docx": true, "lines.txt": true}

// maxChildRSS bounds the peak memory of reading one hostile input in a
// child process (150 MB at most measured without the race detector); on
// the code before the budgets the amplified inputs passed 750 MB and ran
// out of time.
const maxChildRSS = raceFactor * 200 << 20

// TestHostileProcess reads the hostile inputs of issue 19 at full size in
// a child process (this test binary again, see TestHostileChild) under
// GOMEMLIMIT, and checks that each is refused with its message within
// maxChildRSS of peak memory, as the kernel measures it.
func TestHostileProcess(t *testing.T) {
	if testing.Short() {
		t.Skip("builds inputs of tens of megabytes")
	}
	dir := t.TempDir()
	cases := []struct {
		file string
		data func() []byte
		want string
	}{
		{"note4m.docx", func() []byte { return docxtest.AmplifiedNote(4<<20, 400) }, "200.000 ký tự"},
		{"note150k.docx", func() []byte { return docxtest.AmplifiedNote(150<<10, 400) }, "16 MB chữ"},
		{"num150k.docx", func() []byte { return docxtest.AmplifiedNumbering(150<<10, 400) }, "16 MB chữ"},
		{"paras.docx", func() []byte { return docxtest.ManyParas(600_000) }, "100.000 đoạn văn"},
		{"runs.docx", func() []byte { return docxtest.ManyRuns(600_000) }, "50.000 mảnh"},
		{"split.docx", func() []byte { return docxtest.SplitText(1_000_000) }, "200.000 ký tự"},
		{"lines.txt", func() []byte { return docxtest.ContinuedLines(200_000) }, "200.000 ký tự"},
		{"long.txt", func() []byte { return docxtest.LongParagraph(20 << 20) }, "16 MB chữ"},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			if raceFactor > 1 && !underRace[c.file] {
				t.Skip("run without -race")
			}
			path := filepath.Join(dir, c.file)
			if err := os.WriteFile(path, c.data(), 0o644); err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command(os.Args[0], "-test.run=^TestHostileChild$")
			cmd.Env = append(os.Environ(), "DOCREAD_HOSTILE_FILE="+path, "GOMEMLIMIT=128MiB")
			var out bytes.Buffer
			cmd.Stdout, cmd.Stderr = &out, &out
			if err := cmd.Run(); err != nil {
				t.Fatalf("child: %v\n%s", err, out.String())
			}
			rss := cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss << 10
			t.Logf("peak RSS %d MB, %.1f s", rss>>20, cmd.ProcessState.UserTime().Seconds()+cmd.ProcessState.SystemTime().Seconds())
			if !strings.Contains(out.String(), "REFUSED: ") || !strings.Contains(out.String(), c.want) {
				t.Errorf("not refused with %q:\n%s", c.want, out.String())
			}
			if rss > maxChildRSS {
				t.Errorf("peak RSS %d MB, over %d MB", rss>>20, maxChildRSS>>20)
			}
		})
	}
}

// TestHostileChild is the child of TestHostileProcess: it reads the file
// DOCREAD_HOSTILE_FILE names and prints the refusal. Run directly, it
// does nothing.
func TestHostileChild(t *testing.T) {
	path := os.Getenv("DOCREAD_HOSTILE_FILE")
	if path == "" {
		return
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Read(path, data); err != nil {
		os.Stdout.WriteString("REFUSED: " + err.Error() + "\n")
		return
	}
	os.Stdout.WriteString("READ\n")
}
