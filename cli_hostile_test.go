package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/baocao/baocao/store"
)

// withExample is a sandbox whose store holds the state example as draft 1.
func withExample(t *testing.T) (map[string]string, string) {
	t.Helper()
	env, dir := sandbox(t)
	s, err := store.Open(env["BAOCAO_DB"])
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Create(example(t), store.Summary{Title: "Báo cáo An Thịnh", Outline: "state"}); err != nil {
		t.Fatal(err)
	}
	return env, dir
}

// TestImportIntoOtherReport: a report of another unit read into a draft
// is refused without --force, names both units and writes nothing; with
// --force it is read.
func TestImportIntoOtherReport(t *testing.T) {
	env, dir := withExample(t)
	other := filepath.Join(dir, "xuan-hoa.txt")
	if err := os.WriteFile(other, []byte(oldReport), 0o644); err != nil {
		t.Fatal(err)
	}
	r := run(t, env, "import", other, "--into", "1")
	r.want(t, 1, nil, []string{"An Thịnh", "--force", "không ghi gì"})
	if !strings.Contains(strings.ToLower(r.stderr), "xuân hòa") {
		t.Errorf("the refusal does not name the file's unit:\n%s", r.stderr)
	}
	s, err := store.Open(env["BAOCAO_DB"])
	if err != nil {
		t.Fatal(err)
	}
	revs, err := s.Revisions("1")
	s.Close()
	if err != nil || len(revs) != 1 {
		t.Fatalf("a refused import saved a revision: %v %v", revs, err)
	}
	run(t, env, "import", other, "--into", "1", "--force").want(t, 0, []string{"Đã lưu bản sửa lần 2"}, nil)
}

// TestNotFoundNamesCause: a missing revision of a live draft, or a live
// draft asked back from the trash, is named as such, not as a draft that
// may be deleted for good; a missing draft still is.
func TestNotFoundNamesCause(t *testing.T) {
	env, _ := withExample(t)
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"history", "restore", "1", "999"}, "bản nháp 1 không có bản lưu số 999"},
		{[]string{"history", "show", "1", "999"}, "bản nháp 1 không có bản lưu số 999"},
		{[]string{"history", "diff", "1", "999"}, "bản nháp 1 không có bản lưu số 999"},
		{[]string{"trash", "restore", "1"}, "bản nháp 1 không nằm trong thùng rác"},
		{[]string{"history", "restore", "7", "1"}, "Không tìm thấy bản nháp này"},
		{[]string{"trash", "restore", "7"}, "Không tìm thấy bản nháp này"},
	}
	for _, tt := range tests {
		r := run(t, env, tt.args...)
		r.want(t, 1, nil, []string{tt.want})
		if tt.args[1] != "7" && tt.args[2] != "7" && strings.Contains(r.stderr, "xóa hẳn") {
			t.Errorf("%v: %q still says the draft may be deleted for good", tt.args, r.stderr)
		}
	}
}
