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
