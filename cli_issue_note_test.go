package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestIssueNote: the number and day an imported report leaves for the văn
// thư are no problem before export; export and check name them, and
// count them nowhere: apart from the note, their output is the filled
// report's.
func TestIssueNote(t *testing.T) {
	env, dir := sandbox(t)
	blank := strings.NewReplacer("Số: 88/BC-UBND", "Số:     /BC-UBND", "ngày 12 tháng 3", "ngày    tháng 3").Replace(weeklyReport(t))
	const note = "Lưu ý: chưa điền số, ngày — văn thư điền khi ban hành.\n"
	var outs [2][2]string // export's stderr, check's stdout
	for i, text := range []string{blank, weeklyReport(t)} {
		src := filepath.Join(dir, "tuan.txt")
		if err := os.WriteFile(src, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		run(t, env, "import", src).want(t, 0, nil, nil)
		id := string(rune('1' + i))
		x := run(t, env, "export", id, "--format", "txt", "-o", filepath.Join(dir, "tuan-"+id+".txt"), "--allow-errors")
		x.want(t, 0, nil, nil)
		exportedReport(t, env, dir, id)
		c := run(t, env, "check", filepath.Join(dir, "nhap-"+id+".json"))
		outs[i] = [2]string{x.stderr, c.stdout}
	}
	for i, what := range []string{"export", "check"} {
		if !strings.Contains(outs[0][i], note) || strings.Replace(outs[0][i], note, "", 1) != outs[1][i] {
			t.Errorf("%s, blank number and day:\n%s\nfilled:\n%s", what, outs[0][i], outs[1][i])
		}
	}
	en := run(t, env, "--lang", "en", "export", "1", "--format", "txt", "-o", filepath.Join(dir, "en.txt"))
	if !strings.Contains(en.stderr, "the number and day is left blank") {
		t.Errorf("English note: %s", en.stderr)
	}
}
