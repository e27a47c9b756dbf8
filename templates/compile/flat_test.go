package compile

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// flatMargin is how much more peak memory "baocao compile" may take for
// four times the reports (see TestMemoryIsFlat): the units' index entries
// (a 64-byte Unit and its label, about 100 bytes a unit), the expected
// list and the collector's slack. The code before the spill file took 2.2
// times as much for 8,000 drafts as for 2,000 (142 and 66 MB); with the
// sheets' rows held by excelize's stream writer, 1.9 times (93 and 48
// MB); with the whole Unit (about 800 bytes) in memory, 1.2 times (61 and
// 51 MB); with only the index entry, 1.06 to 1.10 times (44 to 50 MB and
// 40 to 47 MB).
const flatMargin = 1.12

// TestMemoryIsFlat runs "baocao compile", built from this module, in a
// child process on bundles of 2,000 and 8,000 generated drafts, with the
// workbook written and the compiled draft stored, and compares the peak
// resident memory the system measured for each: the larger may take at
// most flatMargin times the smaller's, however long either took. The peak
// is GNU time's: the rusage of a child started by this process would
// count this process's own peak in (Linux carries the peak of the memory
// a vfork-ed child execs from).
func TestMemoryIsFlat(t *testing.T) {
	if testing.Short() {
		t.Skip("generates 10,000 drafts and builds baocao")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command to build baocao with")
	}
	timeTool := "/usr/bin/time"
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
	for _, n := range []int{2000, 8000} {
		dir := filepath.Join(root, "mau")
		// written by TestWriteSample in a go test of its own, without the
		// race detector this one may run under (ten times slower)
		sample := exec.Command(goTool, "test", "-count=1", "-run", "^TestWriteSample$", "github.com/baocao/baocao/templates/compile")
		sample.Env = append(os.Environ(), "BAOCAO_SAMPLE_DIR="+dir, "BAOCAO_SAMPLE_N="+strconv.Itoa(n), "BAOCAO_SAMPLE_KIND=bundle")
		if out, err := sample.CombinedOutput(); err != nil {
			t.Fatalf("writing the sample of %d drafts: %v\n%s", n, err, out)
		}
		measured := filepath.Join(root, "peak.txt")
		cmd := exec.Command(timeTool, "-f", "%M", "-o", measured, bin, "--db", filepath.Join(dir, "drafts.db"), "compile", filepath.Join(dir, "bao-cao"),
			"-o", filepath.Join(dir, "tong-hop.xlsx"), "--expected", filepath.Join(dir, "expected.txt"))
		cmd.Env = append(os.Environ(), "XDG_DATA_HOME="+filepath.Join(dir, "data"), "XDG_CONFIG_HOME="+filepath.Join(dir, "config"),
			"GOMEMLIMIT=", "GOGC=")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("compile %d drafts: %v\n%s", n, err, out)
		}
		if peak[n], err = strconv.ParseInt(strings.TrimSpace(string(must(os.ReadFile(measured)))), 10, 64); err != nil {
			t.Fatal(err)
		}
		t.Logf("%d drafts: peak RSS %d MB", n, peak[n]>>10)
		if err := os.RemoveAll(dir); err != nil {
			t.Fatal(err)
		}
	}
	if allowed := flatMargin * float64(peak[2000]); float64(peak[8000]) > allowed {
		t.Errorf("peak RSS %d MB for 8,000 drafts, %d MB for 2,000: more than the %.0f MB allowed", peak[8000]>>10, peak[2000]>>10, allowed/(1<<10))
	}
}
