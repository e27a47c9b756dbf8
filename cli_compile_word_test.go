package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCompileWordReports: a unit's report that arrives as a Word file (here
// the DOCX baocao exports, as a unit would send it) is compiled with the
// JSON ones; a Word file that is no report is skipped and named.
func TestCompileWordReports(t *testing.T) {
	env, dir := sandbox(t)
	in := filepath.Join(dir, "nhận")
	if err := os.MkdirAll(in, 0o700); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join("examples", "state.json"))
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, in, "an-thinh.json", data)
	run(t, env, "export", filepath.Join("examples", "state2026.json"), "--format", "docx", "--allow-errors",
		"-o", filepath.Join(in, "hoa-phong.docx")).want(t, 0, nil, nil)
	writeFile(t, in, "rong.docx", []byte("không phải tệp Word"))
	out := filepath.Join(dir, "th.xlsx")
	r := run(t, env, "compile", in, "-o", out, "--no-draft")
	r.want(t, 3, []string{"Tổng hợp 2 đơn vị"}, []string{"rong.docx"})
	if strings.Contains(r.stderr, "hoa-phong.docx") {
		t.Errorf("the Word report was skipped:\n%s", r.stderr)
	}
}
