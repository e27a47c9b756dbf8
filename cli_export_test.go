package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/store"
)

// example reads examples/state.json.
func example(t *testing.T) model.Report {
	t.Helper()
	return readReport(t, filepath.Join("examples", "state.json"))
}

func TestExportFormats(t *testing.T) {
	env, dir := sandbox(t)
	src := filepath.Join("examples", "state.json")
	out := filepath.Join(dir, "Xuất ra")
	if err := os.MkdirAll(out, 0o700); err != nil {
		t.Fatal(err)
	}
	name := example(t).Unit.Name
	for _, tc := range []struct {
		format, file string
		check        func([]byte) bool
	}{
		{"docx", "báo cáo.docx", func(b []byte) bool { return bytes.HasPrefix(b, []byte("PK\x03\x04")) }},
		{"pdf", "báo cáo.pdf", func(b []byte) bool { return bytes.HasPrefix(b, []byte("%PDF-")) }},
		{"md", "báo cáo.md", func(b []byte) bool { return bytes.Contains(b, []byte(name)) }},
		{"txt", "báo cáo.txt", func(b []byte) bool { return bytes.Contains(b, []byte(name)) && !bytes.Contains(b, []byte("\r")) }},
		{"json", "báo cáo.json", func(b []byte) bool { _, err := model.UnmarshalReport(b); return err == nil }},
	} {
		path := filepath.Join(out, tc.file)
		r := run(t, env, "export", src, "--format", tc.format, "-o", path)
		r.want(t, 0, []string{"Đã xuất", path}, nil)
		data, err := os.ReadFile(path)
		if err != nil || !tc.check(data) {
			t.Errorf("export --format %s wrote %d bytes that do not look like %s (%v)", tc.format, len(data), tc.format, err)
		}
		run(t, env, "export", src, "--format", tc.format, "-o", path).want(t, 1, nil, []string{"đã có", "--force"})
		run(t, env, "export", src, "--format", tc.format, "-o", path, "--force").want(t, 0, nil, nil)
	}
}

func TestExportPaths(t *testing.T) {
	env, dir := sandbox(t)
	src, err := filepath.Abs(filepath.Join("examples", "state.json"))
	if err != nil {
		t.Fatal(err)
	}
	folder := filepath.Join(dir, "Văn bản đi")
	if err := os.MkdirAll(folder, 0o700); err != nil {
		t.Fatal(err)
	}
	r := run(t, env, "export", src, "-o", folder)
	r.want(t, 0, []string{folder, ".docx"}, nil)
	files, _ := filepath.Glob(filepath.Join(folder, "*.docx"))
	if len(files) != 1 || strings.ContainsAny(filepath.Base(files[0]), " áàảãạăâđêôơư") {
		t.Errorf("export into a folder wrote %v; want one file with an ASCII default name", files)
	}
	txt := filepath.Join(folder, "tóm tắt.txt")
	run(t, env, "export", src, "-o", txt).want(t, 0, []string{"TXT"}, nil)

	name := example(t).Unit.Name
	t.Chdir(folder)
	run(t, env, "export", src, "--format", "md").want(t, 0, []string{".md"}, nil)
	if md, _ := filepath.Glob("*.md"); len(md) != 1 {
		t.Errorf("export without -o wrote %v in the current folder", md)
	}
	missing := filepath.Join(dir, "chưa có", "x.pdf")
	run(t, env, "export", src, "-o", missing).want(t, 1, nil, []string{"không có thư mục"})

	stdout := run(t, env, "export", src, "--format", "json", "-o", "-")
	rep, err := model.UnmarshalReport([]byte(stdout.stdout))
	if err != nil || rep.Unit.Name != name {
		t.Errorf("export -o - printed a report that does not read back: %v", err)
	}
}

func TestExportRefusesErrors(t *testing.T) {
	env, dir := sandbox(t)
	rep := example(t)
	rep.Doc.Date = "31/02/2025"
	src := writeFile(t, dir, "còn lỗi.json", reportJSON(t, rep))
	out := filepath.Join(dir, "còn lỗi.txt")
	r := run(t, env, "export", src, "-o", out)
	r.want(t, 1, nil, []string{"lỗi: doc.date: ", "chưa xuất", "--allow-errors"})
	if _, err := os.Stat(out); err == nil {
		t.Error("a report with errors was exported without --allow-errors")
	}
	run(t, env, "export", src, "-o", out, "--lang", "en").want(t, 1, nil, []string{"error: doc.date: ", "not exported"})
	r = run(t, env, "export", src, "-o", out, "--allow-errors")
	r.want(t, 0, []string{"Đã xuất"}, []string{"lỗi: doc.date: ", "vẫn xuất"})
	if _, err := os.Stat(out); err != nil {
		t.Errorf("--allow-errors did not export: %v", err)
	}
}

func TestExportDraft(t *testing.T) {
	env, dir := sandbox(t)
	s, err := store.Open(env["BAOCAO_DB"])
	if err != nil {
		t.Fatal(err)
	}
	m, err := s.Create(example(t), store.Summary{Title: "Báo cáo tháng 8", Outline: "state"})
	s.Close()
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "bản nháp.md")
	run(t, env, "export", m.ID, "-o", out).want(t, 0, []string{"MD"}, nil)
	run(t, env, "export", "99", "-o", out).want(t, 1, nil, []string{"không có tệp \"99\"", "baocao list"})
	run(t, env, "export", "99", "--lang", "en").want(t, 1, nil, []string{"nor a draft"})

	s, err = store.Open(env["BAOCAO_DB"])
	if err != nil {
		t.Fatal(err)
	}
	err = s.Delete(m.ID)
	s.Close()
	if err != nil {
		t.Fatal(err)
	}
	run(t, env, "export", m.ID, "-o", out, "--force").want(t, 1, nil, []string{"thùng rác"})
}

func TestExportUsage(t *testing.T) {
	env, _ := sandbox(t)
	src := filepath.Join("examples", "state.json")
	run(t, env, "export").want(t, 2, nil, []string{"thiếu bản nháp hoặc tệp báo cáo"})
	run(t, env, "export", src, "--format", "odt").want(t, 2, nil, []string{"định dạng \"odt\" không có", "docx"})
	run(t, env, "export", src, "--format", "odt", "--lang", "en").want(t, 2, nil, []string{"no format \"odt\""})
	run(t, env, "export", src, "-o").want(t, 2, nil, []string{"cần một giá trị"})
	run(t, env, "export", src, "--format", "docx", "-o", "báo cáo.pdf").want(t, 2, nil, []string{"đuôi .pdf", "định dạng là docx"})
}
