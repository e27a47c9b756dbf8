//go:build linux

package main

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/store"
)

// proc runs baocao as a real process (the test binary again, see
// TestChildProcess) with the environment env, as the user cred when not
// nil, and returns what it printed on stdout and stderr and its exit code.
func proc(t *testing.T, env map[string]string, cred *syscall.Credential, args ...string) result {
	t.Helper()
	raw, _ := json.Marshal(args)
	bin := os.Args[0]
	if cred != nil {
		bin = sharedCopy(t, bin)
	}
	cmd := exec.Command(bin, "-test.run=^TestChildProcess$")
	cmd.Env = append(os.Environ(), "BAOCAO_TEST_ARGS="+string(raw), "BAOCAO_LANG=")
	for k, v := range env {
		cmd.Env = append(cmd.Env, k+"="+v)
	}
	if cred != nil {
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: cred}
	}
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	r := result{stdout: out.String(), stderr: errb.String()}
	if ee, ok := err.(*exec.ExitError); ok {
		r.code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return r
}

// sharedCopy copies the test binary where another user can run it.
func sharedCopy(t *testing.T, bin string) string {
	t.Helper()
	dir := openDir(t)
	dst := filepath.Join(dir, "baocao.test")
	if _, err := os.Stat(dst); err == nil {
		return dst
	}
	src, err := os.Open(bin)
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	f, err := os.OpenFile(dst, os.O_CREATE|os.O_WRONLY, 0o755)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(f, src); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return dst
}

// openDir is a folder (0755) that every user can enter and read.
func openDir(t *testing.T) string {
	t.Helper()
	dir := tempDir(t)
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// nobody is the user a test runs baocao as to lose write permission: as
// root, the permission bits do not stop writes. Not root: nil (the test's
// own user is stopped by them).
func nobody() *syscall.Credential {
	if os.Geteuid() != 0 {
		return nil
	}
	return &syscall.Credential{Uid: 65534, Gid: 65534}
}

// report is a small report of the commune unit, n varying its number.
func report(unit string, n string) model.Report {
	return model.Report{Outline: "state", Unit: model.Unit{Kind: model.KindCommune, Name: unit,
		Issuer: "Ủy ban nhân dân xã " + unit, IssuerCode: "UBND", Place: unit},
		Doc: model.Document{Number: n, TypeCode: "BC", Subject: "Báo cáo số " + n}}
}

// edit saves r over draft id in the drafts file at path, as the UI would
// on that PC, with the store's clock set to now.
func edit(t *testing.T, path, id string, r model.Report, now func() time.Time) {
	t.Helper()
	s, err := store.Open(path, store.WithClock(now))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	d, err := s.Get(id)
	if err != nil {
		t.Fatal(err)
	}
	d.Report = r
	if _, err := s.Save(d); err != nil {
		t.Fatal(err)
	}
}

func numbers(t *testing.T, path string) map[string]string {
	t.Helper()
	s, err := store.Open(path, store.WithReadOnly())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	list, err := s.List()
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, m := range list {
		d, err := s.Get(m.ID)
		if err != nil {
			t.Fatal(err)
		}
		out[m.ID] = d.Report.Doc.Number
		if m.Modified.After(time.Now()) {
			t.Errorf("draft %s modified at %v, after now", m.ID, m.Modified)
		}
	}
	return out
}

// TestBundleBetweenStores moves drafts between two drafts files with real
// baocao processes: an edit on one side updates the other; edits on both
// sides keep both and say so; a bundle stamped in the future neither wins
// by its time nor brings a future time.
func TestBundleBetweenStores(t *testing.T) {
	env, dir := sandbox(t)
	dbA, dbB := filepath.Join(dir, "máy A", "drafts.db"), filepath.Join(dir, "máy B", "drafts.db")
	a, b := map[string]string{"BAOCAO_DB": dbA}, map[string]string{"BAOCAO_DB": dbB}
	_ = env
	s, err := store.Open(dbA)
	if err != nil {
		t.Fatal(err)
	}
	m, err := s.Create(report("An Thịnh", "1"), store.Summary{Title: "Quý I"})
	s.Close()
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "gói.json")
	move := func(from, to map[string]string) result {
		t.Helper()
		proc(t, from, nil, "bundle", "export", file, "--force").want(t, 0, []string{"Đã gói"}, nil)
		r := proc(t, to, nil, "bundle", "import", file)
		if r.code != 0 {
			t.Fatalf("bundle import: exit %d\n%s%s", r.code, r.stdout, r.stderr)
		}
		return r
	}
	move(a, b).want(t, 0, []string{"1 bản mới"}, nil)
	bID := "1"

	// A edits later: B's copy is updated.
	edit(t, dbA, m.ID, report("An Thịnh", "2"), time.Now)
	move(a, b).want(t, 0, []string{"1 bản cập nhật"}, nil)
	if got := numbers(t, dbB); got[bID] != "2" || len(got) != 1 {
		t.Fatalf("B after a later edit on A: %v", got)
	}

	// Both edit; A's clock runs a year ahead: B keeps its edit and gets
	// A's as a conflict copy, and says so.
	ahead := func() time.Time { return time.Now().Add(365 * 24 * time.Hour) }
	edit(t, dbB, bID, report("An Thịnh", "3-B"), time.Now)
	edit(t, dbA, m.ID, report("An Thịnh", "3-A"), ahead)
	r := move(a, b)
	r.want(t, 0, []string{"1 bản xung đột", "đã được sửa ở cả hai máy", "bản nháp " + bID}, nil)
	got := numbers(t, dbB)
	if got[bID] != "3-B" || len(got) != 2 {
		t.Fatalf("B after edits on both sides: %v, want its own edit kept and a copy", got)
	}
	proc(t, b, nil, "list").want(t, 0, []string{"bản xung đột"}, nil)

	// A's stale bundle (stamped in the future) after B edits again: left.
	edit(t, dbB, bID, report("An Thịnh", "4-B"), time.Now)
	move(a, b).want(t, 0, []string{"0 bản cập nhật", "1 bản không đổi"}, nil)
	if got := numbers(t, dbB); got[bID] != "4-B" {
		t.Fatalf("a bundle stamped in the future replaced B's later edit: %v", got)
	}
}

// TestReadOnlyFile: a drafts file without write permission opens
// read-only in a real process: list, export and bundle export work, with
// the "chỉ xem" note; an import is refused with a clear message and
// changes nothing. As root it runs baocao as nobody.
func TestReadOnlyFile(t *testing.T) {
	dir := openDir(t)
	db := filepath.Join(dir, "drafts.db")
	seed(t, db, "Báo cáo quý III")
	if err := os.Chmod(db, 0o444); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "ra")
	if err := os.Mkdir(out, 0o777); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(out, 0o777); err != nil {
		t.Fatal(err)
	}
	checkReadOnlyCLI(t, db, out, nobody())
}

// TestReadOnlyMedia: a drafts file on a read-only mount (EROFS stops root
// too) opens read-only in a real process.
func TestReadOnlyMedia(t *testing.T) {
	dir := tempDir(t)
	if err := syscall.Mount("tmpfs", dir, "tmpfs", 0, "size=16m,mode=0755"); err != nil {
		t.Skipf("cannot mount a tmpfs to make read-only media (needs root or CAP_SYS_ADMIN): %v", err)
	}
	t.Cleanup(func() { syscall.Unmount(dir, syscall.MNT_DETACH) })
	db := filepath.Join(dir, "drafts.db")
	seed(t, db, "Báo cáo quý III")
	if err := syscall.Mount("tmpfs", dir, "tmpfs", syscall.MS_REMOUNT|syscall.MS_RDONLY, "size=16m"); err != nil {
		t.Fatalf("remount read-only: %v", err)
	}
	checkReadOnlyCLI(t, db, tempDir(t), nil)
}

func checkReadOnlyCLI(t *testing.T, db, out string, cred *syscall.Credential) {
	t.Helper()
	before, _ := os.ReadFile(db)
	env := map[string]string{"BAOCAO_DB": db, "HOME": out, "XDG_DATA_HOME": out}
	proc(t, env, cred, "list").want(t, 0, []string{"Báo cáo quý III"}, []string{"CHỈ XEM"})
	bundle := filepath.Join(out, "gói.json")
	proc(t, env, cred, "bundle", "export", bundle).want(t, 0, []string{"Đã gói"}, nil)
	txt := filepath.Join(out, "bản nháp.txt")
	proc(t, env, cred, "export", "1", "--format", "txt", "-o", txt, "--allow-errors").want(t, 0, nil, nil)
	if _, err := os.Stat(txt); err != nil {
		t.Errorf("export from a read-only store: %v", err)
	}
	r := proc(t, env, cred, "bundle", "import", bundle)
	r.want(t, 1, nil, []string{"chỉ xem", "chưa được lưu"})
	proc(t, env, cred, "list", "--lang", "en").want(t, 0, nil, []string{"READ-ONLY"})
	if after, _ := os.ReadFile(db); !bytes.Equal(before, after) {
		t.Error("a read-only session changed the drafts file")
	}
}

// TestRestoreThroughLink: "baocao restore" with a --db that is a symbolic
// link restores the file the link points to and keeps the link.
func TestRestoreThroughLink(t *testing.T) {
	_, dir := sandbox(t)
	real := filepath.Join(dir, "ổ D", "drafts.db")
	seed(t, real, "Bản cũ")
	link := filepath.Join(dir, "lối tắt.db")
	if err := os.Symlink(real, link); err != nil {
		t.Fatal(err)
	}
	env := map[string]string{"BAOCAO_DB": link}
	proc(t, env, nil, "list").want(t, 0, []string{"Bản cũ"}, nil) // first open through the link: backup
	seed(t, link, "Bản mới")
	proc(t, env, nil, "restore", "1").want(t, 0, []string{"Đã khôi phục"}, nil)
	if info, err := os.Lstat(link); err != nil || info.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("restore replaced the link with a file: %v, %v", info.Mode(), err)
	}
	after := proc(t, map[string]string{"BAOCAO_DB": real}, nil, "list")
	if !strings.Contains(after.stdout, "Bản cũ") || strings.Contains(after.stdout, "Bản mới") {
		t.Fatalf("the link's target after restore:\n%s", after.stdout)
	}
}

// TestBackupFailureShown: an automatic backup that cannot be written is
// shown on stderr with its real cause, and the command still works; so is
// a "baocao backup" to a full or read-only disk.
func TestBackupFailureShown(t *testing.T) {
	_, dir := sandbox(t)
	db := filepath.Join(dir, "drafts.db")
	seed(t, db, "Quý I")
	backups := store.BackupDir(db)
	if err := os.RemoveAll(backups); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(backups, []byte("một tệp chắn chỗ thư mục"), 0o600); err != nil {
		t.Fatal(err)
	}
	env := map[string]string{"BAOCAO_DB": db}
	r := proc(t, env, nil, "list")
	r.want(t, 0, []string{"Quý I"}, []string{"Chưa sao lưu tự động được", backups})
	if strings.Contains(r.stderr, "còn chỗ trống") {
		t.Errorf("stderr guesses at free space:\n%s", r.stderr)
	}
	os.Remove(backups)

	mnt := tempDir(t)
	if err := syscall.Mount("tmpfs", mnt, "tmpfs", 0, "size=64k"); err != nil {
		t.Skipf("cannot mount a small tmpfs to fill (needs root or CAP_SYS_ADMIN): %v", err)
	}
	t.Cleanup(func() { syscall.Unmount(mnt, syscall.MNT_DETACH) })
	if err := os.WriteFile(filepath.Join(mnt, "đầy"), bytes.Repeat([]byte{1}, 60<<10), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(mnt, backups); err != nil {
		t.Fatal(err)
	}
	full := proc(t, env, nil, "list")
	full.want(t, 0, []string{"Quý I"}, []string{"Chưa sao lưu tự động được", "Ổ đĩa đã đầy"})
	proc(t, env, nil, "backup", filepath.Join(mnt, "bản sao.db")).want(t, 1, nil, []string{"Ổ đĩa đã đầy"})
	if err := syscall.Mount("tmpfs", mnt, "tmpfs", syscall.MS_REMOUNT|syscall.MS_RDONLY, "size=64k"); err != nil {
		t.Fatalf("remount read-only: %v", err)
	}
	ro := proc(t, env, nil, "list", "--lang", "en")
	ro.want(t, 0, nil, []string{"backup", "read-only"})
	proc(t, env, nil, "backup", filepath.Join(mnt, "bản sao.db")).want(t, 1, nil, []string{"chỉ cho đọc"})
}

// TestWritersSpareTheStoreProcess: in real processes, a workbook or its
// JSON compiled with --force onto the drafts file (through a link named
// .xlsx, or through "..") or onto its newest backup, and a Word file's
// corrected copy (check --fix -o) onto the drafts file, are refused, and every
// draft and backup is still there and sound.
func TestWritersSpareTheStoreProcess(t *testing.T) {
	env, dir := sandbox(t)
	db := env["BAOCAO_DB"]
	seed(t, db, "Giữ lại 1", "Giữ lại 2")
	backupNow(t, db)
	backups, _ := store.ListBackups(db)
	if len(backups) == 0 {
		t.Fatal("no backup to aim at")
	}
	before, _ := os.ReadFile(backups[0].Path)
	in, _ := compileInputs(t, dir)
	link := filepath.Join(dir, "tổng hợp.xlsx")
	if err := os.Symlink(db, link); err != nil {
		t.Fatal(err)
	}
	up := upThroughLink(t, db, dir)
	for _, args := range [][]string{
		{"compile", in, "-o", link, "--force"},
		{"compile", in, "-o", filepath.Join(dir, "a.xlsx"), "--json", up, "--force", "--no-draft"},
		{"compile", in, "-o", filepath.Join(dir, "b.xlsx"), "--json", backups[0].Path, "--force", "--no-draft"},
		{"bundle", "export", up, "--force"},
		{"check", templatesSource(t, dir), "--fix", "-o", db, "--force"},
	} {
		proc(t, env, nil, args...).want(t, 1, nil, []string{"tệp bản nháp của baocao hoặc một bản sao lưu"})
	}
	proc(t, env, nil, "list").want(t, 0, []string{"Giữ lại 1", "Giữ lại 2"}, nil)
	proc(t, env, nil, "verify").want(t, 0, nil, nil)
	if after, _ := os.ReadFile(backups[0].Path); !bytes.Equal(before, after) {
		t.Fatal("the newest backup changed")
	}
}

// TestRestoreReadOnly: in a real process, "restore" never replaces a
// drafts file the user made read-only: it says so and changes nothing,
// until the file is writable again or --replace-read-only confirms it.
func TestRestoreReadOnly(t *testing.T) {
	tests := []struct {
		name  string
		apply func(t *testing.T, db string, env map[string]string) result
	}{
		{"made writable", func(t *testing.T, db string, env map[string]string) result {
			if err := os.Chmod(db, 0o600); err != nil {
				t.Fatal(err)
			}
			return proc(t, env, nil, "restore", "1")
		}},
		{"confirmed", func(t *testing.T, db string, env map[string]string) result {
			return proc(t, env, nil, "restore", "1", "--replace-read-only")
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			env, _ := sandbox(t)
			db := env["BAOCAO_DB"]
			seed(t, db, "Bản đã sao lưu")
			backupNow(t, db)
			seed(t, db, "Bản mới hơn")
			if err := os.Chmod(db, 0o444); err != nil {
				t.Fatal(err)
			}
			before, _ := os.ReadFile(db)
			proc(t, env, nil, "restore", "1").want(t, 1, nil, []string{"chỉ đọc", "--replace-read-only", "không bị thay đổi"})
			proc(t, env, nil, "restore", "1", "--lang", "en").want(t, 1, nil, []string{"read-only", "--replace-read-only"})
			if after, _ := os.ReadFile(db); !bytes.Equal(before, after) {
				t.Fatal("a refused restore changed the read-only drafts file")
			}
			tt.apply(t, db, env).want(t, 0, []string{"Đã khôi phục"}, nil)
			r := proc(t, env, nil, "list")
			if !strings.Contains(r.stdout, "Bản đã sao lưu") || strings.Contains(r.stdout, "Bản mới hơn") {
				t.Fatalf("after the restore:\n%s", r.stdout)
			}
		})
	}
}
