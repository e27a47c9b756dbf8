package main

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/baocao/baocao/store"
	"github.com/baocao/baocao/ui"
	"github.com/baocao/baocao/ui/common"
)

// newTUIImporter is the UI's importer on the sandbox env's drafts file,
// open until the test ends.
func newTUIImporter(t *testing.T, env map[string]string) (tuiImporter, *store.Store) {
	t.Helper()
	m := &Main{Getenv: func(k string) string { return env[k] }}
	w, err := m.workspace(globals{})
	if err != nil {
		t.Fatal(err)
	}
	s, err := store.Open(env["BAOCAO_DB"])
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	live := &liveOutlines{base: w.outlines}
	return tuiImporter{m: m, w: w, store: ui.NewDraftStore(s, live), outlines: live}, s
}

// TestTUIImportInto: the UI's ImportInto reads the draft's own edited copy
// without asking; another unit's report changes nothing and names the
// difference (*common.MismatchError) until the clerk accepts exactly what
// was named, and then is saved as a new revision.
func TestTUIImportInto(t *testing.T) {
	env, dir := withExample(t)
	own := filepath.Join(dir, "bản sửa.txt")
	run(t, env, "export", "1", "--format", "txt", "--allow-errors", "-o", own).want(t, 0, nil, nil)
	other := filepath.Join(dir, "xuan-hoa.txt")
	if err := os.WriteFile(other, []byte(oldReport), 0o644); err != nil {
		t.Fatal(err)
	}
	imp, s := newTUIImporter(t, env)
	revisions := func() int {
		t.Helper()
		revs, err := s.Revisions("1")
		if err != nil {
			t.Fatal(err)
		}
		return len(revs)
	}

	if _, sum, err := imp.ImportInto(own, "1", nil); err != nil || revisions() != 1 || !strings.Contains(sum, "không thay đổi gì") {
		t.Fatalf("the draft's own copy: %q %v, %d revisions", sum, err, revisions())
	}
	var mis *common.MismatchError
	_, _, err := imp.ImportInto(other, "1", nil)
	if !errors.As(err, &mis) || !strings.Contains(strings.ToLower(err.Error()), "xuân hòa") || revisions() != 1 {
		t.Fatalf("another unit's report: %v, %d revisions", err, revisions())
	}
	_, _, err = imp.ImportInto(other, "1", []string{"tệp là báo cáo của một đơn vị khác"})
	if !errors.As(err, &mis) || revisions() != 1 {
		t.Fatalf("accepting another difference than the one named: %v, %d revisions", err, revisions())
	}
	d, sum, err := imp.ImportInto(other, "1", mis.Differs)
	if err != nil || revisions() != 2 || !strings.Contains(sum, "Đã lưu bản sửa mới của bản nháp 1") {
		t.Fatalf("confirmed: %q %v, %d revisions", sum, err, revisions())
	}
	if got, _ := s.Get("1"); got.Meta.Unit != d.Info.Unit || !strings.Contains(strings.ToLower(got.Report.Unit.Issuer), "xuân hòa") {
		t.Errorf("saved draft: unit %q, issuer %q", got.Meta.Unit, got.Report.Unit.Issuer)
	}
	if _, _, err := imp.ImportInto(filepath.Join(dir, "không có.docx"), "1", nil); err == nil || revisions() != 2 {
		t.Errorf("a missing file: %v", err)
	}
}
