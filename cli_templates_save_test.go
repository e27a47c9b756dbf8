package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/templates"
)

// weeklyReport is a report no built-in outline fits: its headings are
// its own.
func weeklyReport(t *testing.T) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("ui", "testdata", "tuan-11.txt"))
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// exportedReport exports draft id as JSON and reads it back.
func exportedReport(t *testing.T, env map[string]string, dir, id string) model.Report {
	t.Helper()
	out := filepath.Join(dir, "nhap-"+id+".json")
	os.Remove(out)
	run(t, env, "export", id, "--format", "json", "-o", out, "--allow-errors").want(t, 0, nil, nil)
	return readReport(t, out)
}

// TestOwnOutline: a report no outline fits follows an outline made from its
// own headings that the draft carries: not among the templates, not in the
// outlines folder, yet export, check, history and a bundle moved to another
// drafts file work; "templates save" makes it a template, once.
func TestOwnOutline(t *testing.T) {
	env, dir := sandbox(t)
	src := filepath.Join(dir, "tuan-11.txt")
	if err := os.WriteFile(src, []byte(weeklyReport(t)), 0o644); err != nil {
		t.Fatal(err)
	}
	run(t, env, "import", src).want(t, 0, []string{"đi kèm bản nháp", "baocao templates save 1"}, nil)
	r := exportedReport(t, env, dir, "1")
	own, carried, err := templates.Own(r)
	if !carried || err != nil || len(own.Sections) < 2 || own.ID != r.Outline {
		t.Fatalf("the draft's own outline: %q %v %v", r.Outline, carried, err)
	}
	if strings.Contains(run(t, env, "templates").stdout, own.ID) {
		t.Errorf("outline %q is listed among the templates", own.ID)
	}
	if files, _ := os.ReadDir(templates.UserDir(dataDir(t))); len(files) > 0 {
		t.Errorf("the import wrote into the outlines folder: %v", files)
	}
	txt := filepath.Join(dir, "tuan.txt")
	run(t, env, "export", "1", "--format", "txt", "-o", txt, "--allow-errors").want(t, 0, nil, nil)
	if data, _ := os.ReadFile(txt); !strings.Contains(string(data), "Việc sẽ làm tuần tới") {
		t.Errorf("export lacks the source's heading:\n%s", data)
	}
	check := run(t, env, "check", filepath.Join(dir, "nhap-1.json"))
	if strings.Contains(check.stderr+check.stdout, "không có dàn ý") {
		t.Errorf("check does not find the draft's outline: %s%s", check.stdout, check.stderr)
	}
	run(t, env, "history", "1").want(t, 0, nil, nil)

	bundle := filepath.Join(dir, "goi.json")
	run(t, env, "bundle", "export", bundle).want(t, 0, nil, nil)
	other := map[string]string{"BAOCAO_DB": filepath.Join(dir, "may-khac", "drafts.db")}
	run(t, other, "bundle", "import", bundle).want(t, 0, nil, nil)
	if moved := exportedReport(t, other, dir, "1"); moved.OutlineFile != r.OutlineFile {
		t.Errorf("the bundle lost the draft's outline")
	}

	run(t, env, "import", src, "--outline", "state").want(t, 0, nil, nil)
	run(t, env, "templates", "save", "2").want(t, 1, nil, []string{"không có dàn ý riêng"})
	run(t, env, "templates", "save", "1").want(t, 0, []string{"Đã lưu dàn ý \"" + own.ID + "\""}, nil)
	run(t, env, "templates").want(t, 0, []string{own.ID}, nil)
	run(t, env, "templates", "save", "1").want(t, 1, nil, []string{"đã có dàn ý mẫu", "MÃ-MỚI"})
	run(t, env, "templates", "save", "1", "tuan-moi").want(t, 0, []string{"\"tuan-moi\""}, nil)
	run(t, env, "templates", "save", "1", "dàn ý").want(t, 1, nil, []string{"không hợp lệ"})
	run(t, env, "templates", "save", "9").want(t, 1, nil, nil)
	// Saved, the outline is offered: the same report now follows it.
	again := run(t, env, "import", src)
	again.want(t, 0, []string{"theo dàn ý " + own.ID}, nil)
	if strings.Contains(again.stdout, "đi kèm") {
		t.Errorf("a report the template fits got an outline of its own: %s", again.stdout)
	}
	if r := exportedReport(t, env, dir, "3"); r.OutlineFile != "" {
		t.Errorf("a draft on a template carries an outline of its own")
	}
}
