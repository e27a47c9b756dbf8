package main

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// loFixture reads a LibreOffice-written fixture of package formcheck.
func loFixture(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("templates", "formcheck", "testdata", "lo", name+".docx"))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// withDefect returns a copy of a DOCX with old replaced by new in its
// document.xml.
func withDefect(t *testing.T, data []byte, old, new string) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	rc, err := zr.Open("word/document.xml")
	if err != nil {
		t.Fatal(err)
	}
	body, err := io.ReadAll(rc)
	rc.Close()
	if err != nil || !bytes.Contains(body, []byte(old)) {
		t.Fatalf("no %q in the fixture (%v)", old, err)
	}
	return rezip(t, data, map[string]string{"word/document.xml": string(bytes.Replace(body, []byte(old), []byte(new), 1))})
}

func TestCheckWordExports(t *testing.T) {
	env, dir := sandbox(t)
	for _, id := range []string{"state", "party2026"} {
		out := filepath.Join(dir, id+".docx")
		run(t, env, "export", filepath.Join("examples", id+".json"), "--format", "docx", "-o", out).want(t, 0, nil, nil)
		run(t, env, "check", out).want(t, 0, []string{"Thể thức: ", "0 lỗi"}, nil)
	}
}

func TestCheckWordDefect(t *testing.T) {
	env, dir := sandbox(t)
	orig := withDefect(t, loFixture(t, "lo-state-2024"), `w:left="1701"`, `w:left="1134"`)
	orig = withDefect(t, orig, "ngày 08 tháng 01", "ngày 8 tháng 1")
	file := writeFile(t, dir, "tờ trình có lỗi.docx", orig)
	r := run(t, env, "check", file)
	r.want(t, 1, []string{"lỗi: toàn văn bản: lề trái 20 mm", "Căn cứ: NĐ 30/2020, Phụ lục I, Phần I, mục II.3", "--fix",
		"lỗi: đoạn ", "“Tân Lập, ngày 8 tháng 1 năm 2024”", "Cách sửa: "}, nil)

	js := run(t, env, "check", file, "--json")
	var probs []map[string]any
	if err := json.Unmarshal([]byte(js.stdout), &probs); err != nil || js.code != 1 {
		t.Fatalf("--json printed %q (exit %d): %v", js.stdout, js.code, err)
	}
	rules := map[any]bool{}
	for _, p := range probs {
		rules[p["rule"]] = true
		if p["severity"] != "error" && p["severity"] != "warning" || p["source"] == "" || p["remedy"] == "" {
			t.Errorf("problem %v lacks its severity, source or remedy", p)
		}
	}
	if !rules["margins"] || !rules["date"] {
		t.Errorf("--json rules %v, want margins and date", rules)
	}

	fixed := filepath.Join(dir, "đã sửa.docx")
	run(t, env, "check", file, "--fix", "-o", fixed).want(t, 0, []string{"Đã ghi bản sửa", "sửa 2 vấn đề"}, nil)
	if after, _ := os.ReadFile(file); !bytes.Equal(after, orig) {
		t.Error("--fix changed the original file")
	}
	run(t, env, "check", fixed).want(t, 0, []string{"Không có lỗi hay cảnh báo nào."}, nil)
	run(t, env, "check", file, "--fix", "-o", fixed).want(t, 1, nil, []string{"đã có", "--force"})
}

func TestCheckWordOptions(t *testing.T) {
	env, dir := sandbox(t)
	party := writeFile(t, dir, "đảng ủy.docx", loFixture(t, "lo-party-2024"))
	run(t, env, "check", party).want(t, 0, []string{"Hướng dẫn 36-HD/VPTW"}, nil)
	// dated after HD 05, the citation of HD 36 is a warning naming its replacement
	// and HD 05's Nơi nhận punctuation applies, and the district bodies are gone
	run(t, env, "check", party, "--date", "2026-06-01").want(t, 1, []string{"Hướng dẫn 05-HD/VPTW", "(--date)",
		"Căn cứ: HD 05 Phần II, I.9.2.5", "cấp huyện đã kết thúc hoạt động"}, nil)
	run(t, env, "check", party, "--form", "state").want(t, 1, []string{"Nghị định 30/2020"}, nil)
	tests := []struct {
		args   []string
		stderr string
	}{
		{[]string{"check", party, "--form", "dang"}, "--form"},
		{[]string{"check", party, "--date", "31/02/2026"}, "--date"},
		{[]string{"check", party, "--fix"}, "-o"},
		{[]string{"check", "examples/state.json", "--json"}, ".docx"},
	}
	for _, tt := range tests {
		run(t, env, tt.args...).want(t, 2, nil, []string{tt.stderr})
	}
	run(t, env, "check", party, "--fix", "-o", party).want(t, 1, nil, []string{"chính tệp gốc"})
}

// TestCheckWordRefusesAsImport: a file the importer refuses is refused by
// check with the same message.
func TestCheckWordRefusesAsImport(t *testing.T) {
	env, dir := sandbox(t)
	var notDocx bytes.Buffer
	zw := zip.NewWriter(&notDocx)
	w, _ := zw.Create("a.txt")
	w.Write([]byte("x"))
	zw.Close()
	files := map[string][]byte{
		"cũ.docx":    append([]byte{0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1}, make([]byte, 600)...),
		"quét.docx":  []byte("%PDF-1.7\n"),
		"nén.docx":   notDocx.Bytes(),
		"hỏng.docx":  []byte("PK\x03\x04 broken"),
		"thiếu.docx": withDefect(t, loFixture(t, "lo-state-2024"), "<w:body>", "<w:bodyx>"),
	}
	for name, data := range files {
		file := writeFile(t, dir, name, data)
		imp := run(t, env, "import", file)
		chk := run(t, env, "check", file)
		if imp.code != 1 || chk.code != 1 || imp.stderr == "" || !strings.Contains(chk.stderr, strings.TrimSpace(imp.stderr)) {
			t.Errorf("%s: import said %q (exit %d), check said %q (exit %d); want the same refusal", name, imp.stderr, imp.code, chk.stderr, chk.code)
		}
	}
}
