package compile

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// perDraft is how much more peak memory "baocao compile" may take for
// each draft added (see TestMemoryIsFlat), in KB: the units' index entries
// (a 64-byte Unit and its label, about 100 bytes a unit), the expected
// list and the collector's slack take about 0.4 KB a draft (2,000 drafts
// 43 to 47 MB, 50,000 drafts 64 to 65 MB). Before the spill file each
// draft took about 12 KB (66 MB for 2,000, 142 MB for 8,000); with the
// whole Unit (about 800 bytes) in memory, about 1.6 KB.
const perDraft = 1

// The sizes of the two samples.
const smallSample, largeSample = 2000, 16000

// TestMemoryIsFlat runs "baocao compile", built from this module, in a
// child process on bundles of 2,000 and 16,000 generated drafts, with the
// workbook written and the compiled draft stored, and compares the peak
// resident memory the system measured for each: the larger may take at
// most perDraft more for each draft it has more, however long either took
// (memory flat but for a small index entry a unit). The peak
// is GNU time's: the rusage of a child started by this process would
// count this process's own peak in (Linux carries the peak of the memory
// a vfork-ed child execs from).
func TestMemoryIsFlat(t *testing.T) {
	if testing.Short() {
		t.Skip("generates 18,000 drafts and builds baocao")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command to build baocao with")
	}
	if out, err := exec.Command(timeTool, "-f", "%M", "true").CombinedOutput(); err != nil || strings.TrimSpace(string(out)) == "" {
		t.Skipf("no GNU time at %s to measure the peak with (Debian: apt install time): %v", timeTool, err)
	}
	root := t.TempDir()
	bin := filepath.Join(root, "baocao")
	build := exec.Command(goTool, "build", "-o", bin, "github.com/baocao/baocao")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	peak := map[int]int64{}
	for _, n := range []int{smallSample, largeSample} {
		dir := filepath.Join(root, "mau")
		// written by TestWriteSample in a go test of its own, without the
		// race detector this one may run under (ten times slower)
		sample := exec.Command(goTool, "test", "-count=1", "-run", "^TestWriteSample$", "github.com/baocao/baocao/templates/compile")
		sample.Env = append(os.Environ(), "BAOCAO_SAMPLE_DIR="+dir, "BAOCAO_SAMPLE_N="+strconv.Itoa(n), "BAOCAO_SAMPLE_KIND=bundle")
		if out, err := sample.CombinedOutput(); err != nil {
			t.Fatalf("writing the sample of %d drafts: %v\n%s", n, err, out)
		}
		// two runs each: the smaller sample's higher peak against the
		// larger's lower one, so that the collector's timing in one run
		// does not decide
		runs := []int64{peakOf(t, bin, dir), peakOf(t, bin, dir)}
		if n == smallSample {
			peak[n] = max(runs[0], runs[1])
		} else {
			peak[n] = min(runs[0], runs[1])
		}
		t.Logf("%d drafts: peak RSS %d and %d MB", n, runs[0]>>10, runs[1]>>10)
		if err := os.RemoveAll(dir); err != nil {
			t.Fatal(err)
		}
	}
	allowed := peak[smallSample] + perDraft*(largeSample-smallSample)
	if peak[largeSample] > allowed {
		t.Errorf("peak RSS %d MB for %d drafts, %d MB for %d: more than the %d MB allowed", peak[largeSample]>>10, largeSample,
			peak[smallSample]>>10, smallSample, allowed>>10)
	}
}

// timeTool is GNU time, which measures a child's peak memory.
const timeTool = "/usr/bin/time"

// peakOf runs "baocao compile" (the binary bin) on the sample in dir, with
// the workbook written and the compiled draft stored, and returns its peak
// resident memory in KB as GNU time measured it.
func peakOf(t *testing.T, bin, dir string) int64 {
	t.Helper()
	measured := filepath.Join(dir, "peak.txt")
	cmd := exec.Command(timeTool, "-f", "%M", "-o", measured, bin, "--db", filepath.Join(dir, "drafts.db"), "compile", filepath.Join(dir, "bao-cao"),
		"-o", filepath.Join(dir, "tong-hop.xlsx"), "--force", "--expected", filepath.Join(dir, "expected.txt"))
	cmd.Env = append(os.Environ(), "XDG_DATA_HOME="+filepath.Join(dir, "data"), "XDG_CONFIG_HOME="+filepath.Join(dir, "config"),
		"GOMEMLIMIT=", "GOGC=")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("compile %s: %v\n%s", dir, err, out)
	}
	kb, err := strconv.ParseInt(strings.TrimSpace(string(must(os.ReadFile(measured)))), 10, 64)
	if err != nil {
		t.Fatal(err)
	}
	return kb
}
