package main

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExportTwoSided: --two-sided asks Word for mirrored margins; without
// it the document has none.
func TestExportTwoSided(t *testing.T) {
	env, dir := sandbox(t)
	src := filepath.Join("examples", "party.json")
	for _, tc := range []struct {
		args []string
		want bool
	}{{nil, false}, {[]string{"--two-sided"}, true}} {
		out := filepath.Join(dir, "hai-mat.docx")
		args := append([]string{"export", src, "--format", "docx", "-o", out, "--force"}, tc.args...)
		run(t, env, args...).want(t, 0, nil, nil)
		data, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Contains(mirrorPart(t, data), "<w:mirrorMargins/>"); got != tc.want {
			t.Errorf("export %v: mirrored margins %v, want %v", tc.args, got, tc.want)
		}
	}
}

// TestExportTwoSidedState: a state report has no back-side margins under
// NĐ 30/2020, so --two-sided says that it changes nothing (issue 20 item 16);
// a Party report is not told so.
func TestExportTwoSidedState(t *testing.T) {
	env, dir := sandbox(t)
	for _, tc := range []struct {
		example string
		note    bool
	}{{"state.json", true}, {"state2026.json", true}, {"party.json", false}} {
		out := filepath.Join(dir, "hai-mat.pdf")
		res := run(t, env, "export", filepath.Join("examples", tc.example), "-o", out, "--force", "--two-sided")
		if got := strings.Contains(res.stderr, "không quy định lề mặt sau"); got != tc.note {
			t.Errorf("export %s --two-sided: note %v, want %v; stderr:\n%s", tc.example, got, tc.note, res.stderr)
		}
	}
}

// mirrorPart returns the part of a DOCX (settings or document) that names
// mirrored margins, or "" when none does.
func mirrorPart(t *testing.T, data []byte) string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range zr.File {
		if f.Name == "word/settings.xml" || f.Name == "word/document.xml" {
			rc, _ := f.Open()
			b, _ := io.ReadAll(rc)
			rc.Close()
			if strings.Contains(string(b), "mirrorMargins") {
				return string(b)
			}
		}
	}
	return ""
}

// TestExportSourceDateEpoch: a PDF is stamped with the export time, or with
// SOURCE_DATE_EPOCH when set, so that a build can reproduce it.
func TestExportSourceDateEpoch(t *testing.T) {
	env, dir := sandbox(t)
	env["SOURCE_DATE_EPOCH"] = "1781000000" // 2026-06-09 10:13:20 UTC
	out := filepath.Join(dir, "bc.pdf")
	run(t, env, "export", filepath.Join("examples", "state.json"), "-o", out, "--force").want(t, 0, nil, nil)
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), "/CreationDate (D:20260609101320") {
		t.Errorf("PDF not stamped with SOURCE_DATE_EPOCH")
	}
	delete(env, "SOURCE_DATE_EPOCH")
	run(t, env, "export", filepath.Join("examples", "state.json"), "-o", out, "--force").want(t, 0, nil, nil)
	data, _ = os.ReadFile(out)
	if strings.Contains(string(data), "D:2000") {
		t.Errorf("PDF still stamped 1 January 2000")
	}
}
