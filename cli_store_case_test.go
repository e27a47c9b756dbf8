package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/baocao/baocao/store"
)

// otherCase is path with its last element in the other case: "drafts.db"
// → "DRAFTS.DB".
func otherCase(path string) string {
	base := filepath.Base(path)
	flipped := strings.ToUpper(base)
	if flipped == base {
		flipped = strings.ToLower(base)
	}
	return filepath.Join(filepath.Dir(path), flipped)
}

// skipUnlessIgnoresCase skips the test where the folder of path tells
// path from its name in the other case (Linux): no other name reaches it.
func skipUnlessIgnoresCase(t *testing.T, path string) {
	t.Helper()
	a, err1 := os.Stat(path)
	b, err2 := os.Stat(otherCase(path))
	if err1 != nil || err2 != nil || !os.SameFile(a, b) {
		t.Skipf("the folder %s tells %s from %s: this disk keeps case, so no other name reaches the drafts file; Wine (.ci/wine-smoke) and macOS try it",
			filepath.Dir(path), filepath.Base(path), filepath.Base(otherCase(path)))
	}
}

// TestWritersSpareTheStoreCase: on a disk that ignores case (Windows,
// Wine's drive Z:, macOS), no writer — export, compile -o and --json,
// bundle export, templates import, backup, check --fix -o — writes over the drafts file
// or a backup named in another case, even with --force; the drafts and
// backups are unchanged.
func TestWritersSpareTheStoreCase(t *testing.T) {
	env, dir := sandbox(t)
	db := env["BAOCAO_DB"]
	ids := seed(t, db, "Giữ lại")
	backupNow(t, db)
	skipUnlessIgnoresCase(t, db)
	backups, err := store.ListBackups(db)
	if err != nil || len(backups) == 0 {
		t.Fatalf("no automatic backup to aim at: %v", err)
	}
	before, _ := os.ReadFile(backups[0].Path)
	in, _ := compileInputs(t, dir)
	other := filepath.Join(dir, "khác.xlsx")
	refused := []string{"tệp bản nháp của baocao hoặc một bản sao lưu"}
	upBackups := filepath.Join(otherCase(store.BackupDir(db)), strings.ToUpper(backups[0].Name))
	newBackup := filepath.Join(store.BackupDir(db), "DRAFTS-20990101-000000.000000-TX1.DB")
	for _, target := range []string{otherCase(db), otherCase(backups[0].Path), upBackups} {
		for _, args := range [][]string{
			{"check", templatesSource(t, dir), "--fix", "-o", target, "--force"},
			{"bundle", "export", target, "--force"},
			{"export", ids[0], "--format", "txt", "--allow-errors", "-o", target, "--force"},
			{"backup", target, "--force"},
			{"compile", in, "-o", other, "--json", target, "--force", "--no-draft"},
		} {
			run(t, env, args...).want(t, 1, nil, refused)
		}
		// templates import never replaces a file: it refuses before the guard.
		run(t, env, "templates", "import", templatesSource(t, dir), "-o", target).want(t, 1, nil, []string{"đã có"})
	}
	for _, target := range []string{newBackup, filepath.Join(otherCase(store.BackupDir(db)), strings.ToUpper(filepath.Base(newBackup)))} {
		run(t, env, "templates", "import", templatesSource(t, dir), "-o", target).want(t, 1, nil, refused)
	}
	run(t, env, "list").want(t, 0, []string{"Giữ lại"}, nil)
	run(t, env, "verify").want(t, 0, nil, nil)
	if after, _ := os.ReadFile(backups[0].Path); string(after) != string(before) {
		t.Errorf("backup %s changed", backups[0].Path)
	}

	// compile -o takes a .xlsx name only: a drafts file that has one.
	book := map[string]string{"BAOCAO_DB": filepath.Join(dir, "Sổ", "sổ bản nháp.xlsx")}
	seed(t, book["BAOCAO_DB"], "Giữ lại")
	run(t, book, "compile", in, "-o", otherCase(book["BAOCAO_DB"]), "--force").want(t, 1, nil, refused)
	run(t, book, "list").want(t, 0, []string{"Giữ lại"}, nil)
}
