package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/baocao/baocao/model"
)

// compileInputs writes three units' reports made from the example (one of
// them twice, the older copy first), a broken file and a list of expected
// units naming one more, and returns the folder and the list's path.
func compileInputs(t *testing.T, dir string) (string, string) {
	t.Helper()
	in := filepath.Join(dir, "Báo cáo các xã")
	if err := os.MkdirAll(in, 0o700); err != nil {
		t.Fatal(err)
	}
	base := example(t)
	write := func(name string, r model.Report) {
		data, err := model.MarshalReport(r)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(in, name), data, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	for i, name := range []string{"Hòa Khánh", "Tân Phú", "Đông Yên"} {
		r := base.Clone()
		r.Unit.Name, r.Unit.Issuer = name, "Ủy ban nhân dân phường "+name
		r.Answers["I.1.text"] = model.Answer{Text: "Tình hình riêng của phường " + name + "."}
		write(filepath.Base(name)+".json", r)
		if i == 0 {
			r.Doc.Date, r.Doc.Number = "1/9/2023", "9"
			write("0-ban-cu.json", r)
		}
	}
	if err := os.WriteFile(filepath.Join(in, "hong.json"), []byte(`{"format": "baocao/report@1", `), 0o600); err != nil {
		t.Fatal(err)
	}
	list := filepath.Join(dir, "danh sách.txt")
	if err := os.WriteFile(list, []byte("Phường Hòa Khánh\nPhường Tân Phú\nPhường Đông Yên\nPhường Cát Lái\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	return in, list
}

func TestCompileCommand(t *testing.T) {
	env, dir := sandbox(t)
	in, list := compileInputs(t, dir)
	out := filepath.Join(dir, "tổng hợp.xlsx")
	js := filepath.Join(dir, "tổng hợp.json")
	r := run(t, env, "compile", in, "-o", out, "--deadline", "10/9/2023", "--expected", list, "--json", js)
	r.want(t, 3, []string{"Đã ghi bảng tính", "Tổng hợp 3 đơn vị theo dàn ý state; 3/4", "Báo cáo nhiều lần: Phường Hòa Khánh",
		"Sau thời hạn: Phường Đông Yên: báo cáo ngày 12/9/2023", "Chưa báo cáo: Phường Cát Lái", "bản nháp tổng hợp số 1"},
		[]string{"1 tệp hoặc bản nháp không đọc được", "hong.json"})
	if data, err := os.ReadFile(out); err != nil || !bytes.HasPrefix(data, []byte("PK\x03\x04")) {
		t.Fatalf("workbook not written: %v", err)
	}
	run(t, env, "list").want(t, 0, []string{"state-t", "Tổng hợp 3 đơn vị"}, nil)
	// The draft's only errors are the fields the drafter must still write.
	c := run(t, env, "check", js)
	c.want(t, 1, []string{"unit.name", "doc.date", "directive.ref", "signer"}, nil)
	for _, line := range strings.Split(strings.TrimSpace(c.stdout), "\n") {
		if strings.HasPrefix(line, "lỗi: answers.") || strings.HasPrefix(line, "lỗi: staffing") {
			t.Errorf("check of the compiled draft: %s", line)
		}
	}
	docx := filepath.Join(dir, "tổng hợp.docx")
	run(t, env, "export", "1", "--allow-errors", "-o", docx).want(t, 0, []string{"Đã xuất"}, nil)
	run(t, env, "compile", in, "-o", out).want(t, 1, nil, []string{"đã có", "--force"})
	run(t, env, "--lang", "en", "compile", in, "-o", out, "--force", "--no-draft").want(t, 3,
		[]string{"Compiled 3 units"}, []string{"were skipped"})
	run(t, env, "list").want(t, 0, []string{"Tổng hợp 3 đơn vị"}, nil)
}

func TestCompileUsage(t *testing.T) {
	env, dir := sandbox(t)
	in, _ := compileInputs(t, dir)
	empty := filepath.Join(dir, "rỗng.txt")
	if err := os.WriteFile(empty, []byte("\n# không có tên\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		args   []string
		code   int
		stderr string
	}{
		{[]string{"compile", "-o", "x.xlsx"}, 2, "thiếu tệp hoặc thư mục"},
		{[]string{"compile", in}, 2, "cần -o TỆP.xlsx"},
		{[]string{"compile", in, "-o", "x.docx"}, 2, "cần -o TỆP.xlsx"},
		{[]string{"compile", in, "-o", "x.xlsx", "--deadline", "31/2/2023"}, 2, "không phải ngày"},
		{[]string{"compile", in, "-o", "x.xlsx", "--expected", empty}, 1, "không có tên nào"},
		{[]string{"compile", filepath.Join(dir, "không có"), "-o", filepath.Join(dir, "x.xlsx")}, 1, "không đọc được báo cáo nào"},
		{[]string{"compile", in, "-o", filepath.Join(dir, "x.xlsx"), "--outline", "khong-co"}, 1, "không có dàn ý \"khong-co\""},
	}
	for _, tt := range tests {
		r := run(t, env, tt.args...)
		r.want(t, tt.code, nil, []string{tt.stderr})
	}
}

// TestCompileTargets: -o FOLDER writes the workbook into it under the
// compiled outline's name (and --json FOLDER the draft), whatever the
// folder is called; the drafts file is never written over, by name or
// through a link, even with --force.
func TestCompileTargets(t *testing.T) {
	env, dir := sandbox(t)
	in, _ := compileInputs(t, dir)
	db := env["BAOCAO_DB"]
	run(t, env, "list").want(t, 0, nil, nil)
	folder := filepath.Join(dir, "kết quả.xlsx")
	if err := os.MkdirAll(folder, 0o700); err != nil {
		t.Fatal(err)
	}
	run(t, env, "compile", in, "-o", folder, "--json", folder, "--no-draft").want(t, 3,
		[]string{filepath.Join(folder, "state-tong-hop.xlsx"), filepath.Join(folder, "state-tong-hop.json")}, []string{"hong.json"})
	for _, name := range []string{"state-tong-hop.xlsx", "state-tong-hop.json"} {
		if _, err := os.Stat(filepath.Join(folder, name)); err != nil {
			t.Errorf("-o FOLDER: %v", err)
		}
	}
	before, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}
	tries := [][]string{{"compile", in, "-o", filepath.Join(dir, "x.xlsx"), "--json", db, "--force", "--no-draft"}}
	if link := filepath.Join(dir, "bản nháp.xlsx"); linksTo(link, db) {
		tries = append(tries, []string{"compile", in, "-o", link, "--force", "--no-draft"})
	} else {
		t.Log("no symbolic link that resolves to its target here (Wine 8 makes none): the link is not tried")
	}
	for _, args := range tries {
		r := run(t, env, args...)
		r.want(t, 1, nil, []string{"tệp bản nháp của baocao"})
		if strings.Contains(r.stderr, ".docx") {
			t.Errorf("%v suggests a Word file:\n%s", args, r.stderr)
		}
	}
	if after, err := os.ReadFile(db); err != nil || !bytes.Equal(before, after) {
		t.Fatalf("the drafts file changed: %v", err)
	}
}

// linksTo makes link a symbolic link to target and reports whether the
// system resolves it there. Under Wine 8 os.Symlink succeeds but the link
// does not lead to its target, so a writer replaces the link itself.
func linksTo(link, target string) bool {
	if os.Symlink(target, link) != nil {
		return false
	}
	l, err1 := os.Stat(link)
	t, err2 := os.Stat(target)
	return err1 == nil && err2 == nil && os.SameFile(l, t)
}
