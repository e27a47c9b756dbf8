package main

import (
	"os"
	"path/filepath"
	"testing"
)

// TestUndrawableText checks that a character the PDF's fonts cannot draw
// is named, with where it is, by check and by a PDF export, which still
// writes the file.
func TestUndrawableText(t *testing.T) {
	env, dir := sandbox(t)
	rep := example(t)
	a := rep.Answers["I.2.text"]
	a.Text += " Nguồn: 漢字."
	rep.Answers["I.2.text"] = a
	file := writeFile(t, dir, "báo cáo.json", reportJSON(t, rep))

	run(t, env, "check", file).want(t, 0, []string{"cảnh báo: answers.I.2.text: ", "U+6F22 \"漢\"", "U+5B57 \"字\""}, nil)

	out := filepath.Join(dir, "báo cáo.pdf")
	run(t, env, "export", file, "--format", "pdf", "-o", out).want(t, 0, []string{"Đã xuất"}, []string{"cảnh báo: ", "U+6F22 \"漢\""})
	if st, err := os.Stat(out); err != nil || st.Size() == 0 {
		t.Errorf("the PDF was not written: %v", err)
	}
	run(t, env, "export", file, "--format", "docx", "-o", filepath.Join(dir, "b.docx")).want(t, 0, nil, nil)
}
