package store

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"unicode"
)

// swapCase turns each letter of s to the other case: "drafts.db" →
// "DRAFTS.DB", "Bản nháp" → "bẢN NHÁP".
func swapCase(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsUpper(r) {
			return unicode.ToLower(r)
		}
		return unicode.ToUpper(r)
	}, s)
}

// recased is path with the case of its last n elements swapped.
func recased(path string, n int) string {
	dir, tail := path, ""
	for range n {
		tail = filepath.Join(swapCase(filepath.Base(dir)), tail)
		dir = filepath.Dir(dir)
	}
	return filepath.Join(dir, tail)
}

// ignoresCase says whether the folder holding path finds path under
// its name in the other case: NTFS, Wine's drive Z: and macOS's APFS as
// usually formatted do; Linux's ext4 and tmpfs do not.
func ignoresCase(path string) bool {
	a, err1 := os.Stat(path)
	b, err2 := os.Stat(recased(path, 1))
	return err1 == nil && err2 == nil && os.SameFile(a, b)
}

// caseTempDir is a new folder removed when the test ends, file by file:
// under Wine 8, where these tests can run as a Windows program, Go's
// os.RemoveAll fails on folders that are not empty.
func caseTempDir(t *testing.T) string {
	t.Helper()
	dir, err := os.MkdirTemp("", "baocao-store-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := removeTree(dir); err != nil {
			t.Errorf("removing the test folder: %v", err)
		}
	})
	return dir
}

func removeTree(dir string) error {
	ents, err := os.ReadDir(dir)
	for _, e := range ents {
		if err != nil {
			break
		}
		if p := filepath.Join(dir, e.Name()); e.IsDir() {
			err = removeTree(p)
		} else {
			err = os.Remove(p)
		}
	}
	if err != nil {
		return err
	}
	return os.Remove(dir)
}

// TestOverwritesBackupNameCase: a new file named as a backup in any case,
// or with trailing dots or spaces (which Windows drops), is refused in the
// backups folder, on every disk (on one that ignores case it would sit
// among the backups as one of them), and allowed elsewhere.
func TestOverwritesBackupNameCase(t *testing.T) {
	path := filepath.Join(caseTempDir(t), FileName)
	openBackup(t, path)
	backups := BackupDir(path)
	tests := []struct {
		target string
		refuse bool
	}{
		{filepath.Join(backups, "drafts-20990101-000000.000000-tx1.db"), true},
		{filepath.Join(backups, "DRAFTS-20990101-000000.000000-TX1.DB"), true},
		{filepath.Join(backups, "Drafts-20990101-000000.000000-Replaced.Db"), true},
		{filepath.Join(backups, "drafts-20990101-000000.000000-tx1.db. ."), true},
		{filepath.Join(backups, "ghi chú.txt"), false},
		{filepath.Join(backups, "DRAFTS-2099.DB"), false},
		{filepath.Join(filepath.Dir(path), "DRAFTS-20990101-000000.000000-TX1.DB"), false},
	}
	for _, tt := range tests {
		err := Overwrites(path, tt.target)
		if errors.Is(err, ErrOwnFile) != tt.refuse {
			t.Errorf("Overwrites(%s) = %v; refuse %v", tt.target, err, tt.refuse)
		}
	}
}

// TestOverwritesCaseInsensitiveDisk: where the disk ignores case (Windows,
// Wine's drive Z:, macOS), the drafts file and its backups named in
// another case — file, folder or both — are refused, by Overwrites and
// by Backup, also when the drafts file itself is named in another case
// than its backups; the drafts and backups are unchanged.
func TestOverwritesCaseInsensitiveDisk(t *testing.T) {
	path := filepath.Join(caseTempDir(t), "Bản nháp", FileName)
	openBackup(t, path)
	if !ignoresCase(path) {
		t.Skipf("the folder %s tells %s from %s: this disk keeps case, so no other name reaches the drafts file; run under Wine or on macOS to try it", filepath.Dir(path), FileName, swapCase(FileName))
	}
	list, err := ListBackups(path)
	if err != nil || len(list) == 0 {
		t.Fatalf("no backup to aim at: %v", err)
	}
	backup := list[0].Path
	targets := []string{
		recased(path, 1), recased(path, 2),
		recased(backup, 1), recased(backup, 2), recased(backup, 3),
		filepath.Join(recased(BackupDir(path), 1), "drafts-20990101-000000.000000-tx9.db"),
	}
	s := openTest(t, path)
	mustCreate(t, s, sampleReport("Giữ lại", 1), sampleSummary("Giữ lại"))
	before, _ := os.ReadFile(backup)
	for _, target := range targets {
		if err := Overwrites(path, target); !errors.Is(err, ErrOwnFile) {
			t.Errorf("Overwrites(%s) = %v, want ErrOwnFile", target, err)
		}
		if err := s.Backup(target); !errors.Is(err, ErrOwnFile) {
			t.Errorf("Backup(%s) = %v, want ErrOwnFile", target, err)
		}
	}
	// The drafts file opened under another case of its name: its backups
	// keep the case that made them.
	for _, target := range append(targets, backup) {
		if err := Overwrites(recased(path, 1), target); !errors.Is(err, ErrOwnFile) {
			t.Errorf("Overwrites(%s, %s) = %v, want ErrOwnFile", recased(path, 1), target, err)
		}
	}
	if got, _ := s.List(); titles(got) != "Giữ lại" {
		t.Errorf("drafts after the refusals: %q", titles(got))
	}
	if after, _ := os.ReadFile(backup); string(after) != string(before) {
		t.Errorf("backup %s changed", backup)
	}
	if _, err := os.Stat(filepath.Join(BackupDir(path), "drafts-20990101-000000.000000-tx9.db")); err == nil {
		t.Error("a file named as a backup was written among the backups")
	}
}

// TestOverwritesWindowsNames: on Windows, which drops a name's trailing
// dots and spaces, the drafts file and its backups so named are refused.
func TestOverwritesWindowsNames(t *testing.T) {
	if runtime.GOOS != "windows" {
		t.Skipf("only Windows drops trailing dots and spaces from names; on %s such a name is another file", runtime.GOOS)
	}
	path := filepath.Join(caseTempDir(t), FileName)
	openBackup(t, path)
	list, err := ListBackups(path)
	if err != nil || len(list) == 0 {
		t.Fatalf("no backup to aim at: %v", err)
	}
	for _, target := range []string{path + ".", path + " ", path + ". .", list[0].Path + ".",
		filepath.Join(BackupDir(path), "drafts-20990101-000000.000000-tx1.db.")} {
		if err := Overwrites(path, target); !errors.Is(err, ErrOwnFile) {
			t.Errorf("Overwrites(%q) = %v, want ErrOwnFile", target, err)
		}
	}
}
