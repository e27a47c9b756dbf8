package main

import (
	"context"
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/store"
	bolt "go.etcd.io/bbolt"
)

// seed creates drafts in the drafts file at path, one per title, and
// returns their IDs.
func seed(t *testing.T, path string, titles ...string) []string {
	t.Helper()
	s, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var ids []string
	for _, title := range titles {
		r := model.Report{Outline: "state", Unit: model.Unit{Kind: model.KindCommune, Name: "An Thịnh"}}
		m, err := s.Create(r, store.Summary{Title: title, Unit: "xã An Thịnh", Outline: "state", Done: 2, Required: 14, Errors: 3})
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, m.ID)
	}
	return ids
}

// backupNow opens the drafts file at path as a later Open whose automatic
// backup is due would, taking that backup.
func backupNow(t *testing.T, path string) {
	t.Helper()
	s, err := store.Open(path, store.WithBackupEvery(0))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.AutoBackup(context.Background()); err != nil {
		t.Fatal(err)
	}
}

func TestList(t *testing.T) {
	env, _ := sandbox(t)
	db := env["BAOCAO_DB"]
	r := run(t, env, "list")
	r.want(t, 0, []string{"Chưa có bản nháp nào", db}, nil)
	run(t, env, "list", "--lang", "en").want(t, 0, []string{"No drafts"}, nil)

	ids := seed(t, db, "Đợt 2", "Báo cáo quý III", "Ánh")
	r = run(t, env, "list")
	r.want(t, 0, []string{"MÃ", "Báo cáo quý III — xã An Thịnh", "2/14"}, nil)
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	if len(lines) != 4 {
		t.Fatalf("list printed %d lines, want a header and 3 drafts:\n%s", len(lines), r.stdout)
	}
	for i, id := range ids {
		if !strings.HasPrefix(lines[3-i], id+" ") {
			t.Errorf("line %d is %q, want draft %s (newest first)", 3-i, lines[3-i], id)
		}
	}
	byName := run(t, env, "list", "--sort", "name")
	names := strings.Split(strings.TrimSpace(byName.stdout), "\n")
	for i, title := range []string{"Ánh", "Báo cáo quý III", "Đợt 2"} {
		if !strings.Contains(names[i+1], title) {
			t.Errorf("--sort name line %d is %q, want %q (Vietnamese order)", i+1, names[i+1], title)
		}
	}
	run(t, env, "list", "--sort", "size").want(t, 2, nil, []string{"--sort \"size\" không hợp lệ"})
	run(t, env, "list", "x").want(t, 2, nil, []string{"thừa tham số"})

	run(t, env, "list", "--db", filepath.Dir(db)).want(t, 2, nil, []string{"là một thư mục", "drafts.db"})
	other := filepath.Join(tempDir(t), "Dữ liệu khác", "drafts.db")
	run(t, env, "list", "--db", other).want(t, 0, []string{"Chưa có bản nháp nào", other}, nil)
}

func TestDefaultDataFile(t *testing.T) {
	_, dir := sandbox(t)
	r := run(t, nil, "list")
	want := filepath.Join(dataDir(t), store.FileName)
	if !strings.HasPrefix(want, dir) {
		t.Fatalf("the store's data directory %s is outside the sandbox %s", want, dir)
	}
	r.want(t, 0, []string{want}, nil)
	if _, err := os.Stat(want); err != nil {
		t.Errorf("list without --db or BAOCAO_DB did not use the default file: %v", err)
	}
	r = run(t, map[string]string{"BAOCAO_DB": filepath.Join(dir, "env.db")}, "list", "--db", filepath.Join(dir, "flag.db"))
	r.want(t, 0, []string{filepath.Join(dir, "flag.db")}, nil)
}

func TestLocked(t *testing.T) {
	env, _ := sandbox(t)
	s, err := store.Open(env["BAOCAO_DB"])
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	run(t, env, "list").want(t, 1, nil, []string{"đang được mở trong một cửa sổ baocao khác"})
	run(t, env, "list", "--lang", "en").want(t, 1, nil, []string{"open in another baocao window"})
}

func TestCorrupt(t *testing.T) {
	env, dir := sandbox(t)
	bad := writeFile(t, dir, "hỏng.db", []byte(strings.Repeat("không phải cơ sở dữ liệu\n", 400)))
	before, _ := os.ReadFile(bad)
	run(t, env, "list", "--db", bad).want(t, 1, nil, []string{"bị hỏng", "baocao restore"})
	run(t, env, "list", "--db", bad, "--lang", "en").want(t, 1, nil, []string{"damaged", "baocao restore"})
	after, _ := os.ReadFile(bad)
	if string(before) != string(after) {
		t.Error("list changed a corrupt drafts file")
	}
}

func TestBackup(t *testing.T) {
	env, dir := sandbox(t)
	seed(t, env["BAOCAO_DB"], "Báo cáo tháng 9")
	dst := filepath.Join(dir, "USB sao lưu", "bản sao.db")
	missing := run(t, env, "backup", dst)
	missing.want(t, 1, nil, []string{"không ghi được bản sao lưu", "Không có thư mục " + filepath.Dir(dst)})
	if strings.Contains(missing.stderr, "chỗ trống") {
		t.Errorf("a missing folder is reported as a disk space problem:\n%s", missing.stderr)
	}
	run(t, env, "backup", dst, "--lang", "en").want(t, 1, nil, []string{"The folder " + filepath.Dir(dst) + " does not exist"})
	if err := os.MkdirAll(filepath.Dir(dst), 0o700); err != nil {
		t.Fatal(err)
	}
	run(t, env, "backup", dst).want(t, 0, []string{"Đã sao lưu", dst}, nil)
	run(t, env, "backup", dst).want(t, 1, nil, []string{"đã có", "--force"})
	run(t, env, "backup", dst, "--force", "--lang", "en").want(t, 0, []string{"Backed up"}, nil)
	run(t, env, "list", "--db", dst).want(t, 0, []string{"Báo cáo tháng 9"}, nil)

	folder := filepath.Dir(dst)
	r := run(t, env, "backup", folder)
	r.want(t, 0, []string{filepath.Join(folder, "baocao-")}, nil)
	run(t, env, "backup").want(t, 2, nil, []string{"thiếu nơi ghi bản sao lưu"})
}

func TestRestore(t *testing.T) {
	env, _ := sandbox(t)
	db := env["BAOCAO_DB"]
	run(t, env, "restore").want(t, 0, []string{"Chưa có bản sao lưu nào"}, nil)
	seed(t, db, "Bản cũ")
	backupNow(t, db)       // an automatic backup is due: the file holds "Bản cũ"
	seed(t, db, "Bản mới") // within DefaultBackupEvery of the last: no backup
	r := run(t, env, "restore")
	r.want(t, 0, []string{"  1  ", "tự động", "baocao restore SỐ"}, nil)
	run(t, env, "restore", "--lang", "en").want(t, 0, []string{"newest first", "automatic"}, nil)
	run(t, env, "restore", "99").want(t, 1, nil, []string{"không có bản sao lưu số 99"})
	run(t, env, "restore", "không-có").want(t, 1, nil, []string{"không có bản sao lưu \"không-có\""})

	list, err := store.ListBackups(db)
	if err != nil || len(list) == 0 {
		t.Fatalf("no backups: %v", err)
	}
	run(t, env, "restore", "1").want(t, 0, []string{"Đã khôi phục", list[0].Name}, nil)
	after := run(t, env, "list")
	if strings.Contains(after.stdout, "Bản mới") || !strings.Contains(after.stdout, "Bản cũ") {
		t.Errorf("after restoring the oldest backup, list shows:\n%s", after.stdout)
	}
	run(t, env, "restore", "1", "2").want(t, 2, nil, []string{"thừa tham số"})
}

func TestBundle(t *testing.T) {
	env, dir := sandbox(t)
	seed(t, env["BAOCAO_DB"], "Báo cáo xã An Thịnh", "Báo cáo quý IV")
	file := filepath.Join(dir, "Chuyển máy", "gói bản nháp.json")
	if err := os.MkdirAll(filepath.Dir(file), 0o700); err != nil {
		t.Fatal(err)
	}
	run(t, env, "bundle", "export", file).want(t, 0, []string{"Đã gói", file}, nil)
	run(t, env, "bundle", "export", file).want(t, 1, nil, []string{"đã có", "--force"})
	run(t, env, "bundle", "export", file, "--force").want(t, 0, nil, nil)

	other := map[string]string{"BAOCAO_DB": filepath.Join(dir, "máy mới", "drafts.db")}
	run(t, other, "bundle", "import", file).want(t, 0, []string{"2 bản mới"}, nil)
	// The list summary is recomputed from each report, not taken from the
	// bundle (which says 2/14 done and 3 errors).
	imported := run(t, other, "list")
	imported.want(t, 0, []string{"UBND cấp xã (văn bản hành chính)", "0/13"}, nil)
	if strings.Contains(imported.stdout, "2/14") {
		t.Errorf("the imported summary was taken from the bundle:\n%s", imported.stdout)
	}
	run(t, other, "bundle", "import", file, "--lang", "en").want(t, 0, []string{"0 new", "2 unchanged"}, nil)

	stdout := run(t, env, "bundle", "export", "-")
	if !strings.Contains(stdout.stdout, store.BundleFormat) {
		t.Errorf("bundle export - printed:\n%s", stdout.stdout)
	}
	third := map[string]string{"BAOCAO_DB": filepath.Join(dir, "máy ba", "drafts.db")}
	runIn(t, third, stdout.stdout, "bundle", "import", "-").want(t, 0, []string{"2 bản mới"}, nil)

	notBundle := writeFile(t, dir, "khác.json", []byte(`{"format":"baocao/report@1"}`))
	run(t, other, "bundle", "import", notBundle).want(t, 1, nil, []string{"chưa nhập bản nháp nào"})
	run(t, other, "bundle", "send", file).want(t, 2, nil, []string{"không có việc \"send\""})
	run(t, other, "bundle", "export").want(t, 2, nil, []string{"thiếu việc cần làm và tệp"})
}

// TestVerify: "baocao verify" reads the whole file on request and names a
// draft that does not decode.
func TestVerify(t *testing.T) {
	env, _ := sandbox(t)
	db := env["BAOCAO_DB"]
	ids := seed(t, db, "Quý I", "Quý II")
	run(t, env, "verify").want(t, 0, []string{"lành", "2 bản nháp"}, nil)
	raw, err := bolt.Open(db, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = raw.Update(func(tx *bolt.Tx) error {
		return tx.Bucket([]byte("drafts")).Put(binary.BigEndian.AppendUint64(nil, 2), []byte("{hỏng"))
	})
	raw.Close()
	if err != nil {
		t.Fatal(err)
	}
	run(t, env, "verify").want(t, 1, nil, []string{"bản nháp số " + ids[1]})
	run(t, env, "verify", "--lang", "en").want(t, 1, nil, []string{"damaged"})
}

// TestWritersSpareTheStore: no writer — export, compile (-o and --json),
// bundle export, templates import, backup, check --fix -o — writes over the drafts file
// or its backups, whether named, linked, hard-linked or reached through
// "..", even with --force (a workbook compiled over the drafts file lost
// every draft).
func TestWritersSpareTheStore(t *testing.T) {
	env, dir := sandbox(t)
	db := env["BAOCAO_DB"]
	ids := seed(t, db, "Giữ lại")
	backupNow(t, db)
	backups, err := filepath.Glob(filepath.Join(store.BackupDir(db), "*.db"))
	if err != nil || len(backups) == 0 {
		t.Fatalf("no automatic backup to aim at: %v", err)
	}
	link, hard := filepath.Join(dir, "link.db"), filepath.Join(dir, "hard.db")
	if err := os.Link(db, hard); err != nil {
		t.Fatal(err)
	}
	targets := []string{db, hard, backups[0]}
	// Symbolic links need a privilege on Windows, and Wine's stand-ins are
	// not links to the system; they are tried where links are ordinary.
	if runtime.GOOS != "windows" {
		if err := os.Symlink(db, link); err != nil {
			t.Fatal(err)
		}
		targets = append(targets, link, upThroughLink(t, db, dir))
	}
	in, _ := compileInputs(t, dir)
	other := filepath.Join(dir, "khác.xlsx")
	word := templatesSource(t, dir)
	for _, target := range targets {
		for _, args := range [][]string{
			{"check", word, "--fix", "-o", target, "--force"},
			{"bundle", "export", target, "--force"},
			{"export", ids[0], "--format", "txt", "--allow-errors", "-o", target, "--force"},
			{"backup", target, "--force"},
			{"compile", in, "-o", other, "--json", target, "--force", "--no-draft"},
		} {
			run(t, env, args...).want(t, 1, nil, []string{"tệp bản nháp của baocao hoặc một bản sao lưu"})
		}
	}
	// compile -o takes a .xlsx name only: links of that name.
	workbooks := []string{filepath.Join(dir, "cứng.xlsx")}
	if err := os.Link(db, workbooks[0]); err != nil {
		t.Fatal(err)
	}
	if runtime.GOOS != "windows" {
		for i, to := range []string{db, backups[0]} {
			name := filepath.Join(dir, fmt.Sprintf("tổng hợp %d.xlsx", i))
			if err := os.Symlink(to, name); err != nil {
				t.Fatal(err)
			}
			workbooks = append(workbooks, name)
		}
	}
	for _, target := range workbooks {
		run(t, env, "compile", in, "-o", target, "--force").want(t, 1, nil, []string{"tệp bản nháp của baocao hoặc một bản sao lưu"})
	}
	named := filepath.Join(store.BackupDir(db), "drafts-20990101-000000.000000-tx1.db")
	run(t, env, "templates", "import", templatesSource(t, dir), "-o", named).want(t, 1, nil, []string{"tệp bản nháp của baocao hoặc một bản sao lưu"})
	run(t, env, "list").want(t, 0, []string{"Giữ lại"}, nil)
	run(t, env, "verify").want(t, 0, nil, nil)
	run(t, env, "restore", "1").want(t, 0, nil, nil)
}

// upThroughLink makes a link in dir to a folder beside the drafts file db
// and returns "LINK/../drafts.db": beside the link by name, the drafts
// file for the system, which follows the link before "..".
func upThroughLink(t *testing.T, db, dir string) string {
	t.Helper()
	sub := filepath.Join(filepath.Dir(db), "con")
	if err := os.Mkdir(sub, 0o700); err != nil {
		t.Fatal(err)
	}
	jump := filepath.Join(dir, "lối tắt")
	if err := os.Symlink(sub, jump); err != nil {
		t.Fatal(err)
	}
	return jump + string(filepath.Separator) + ".." + string(filepath.Separator) + filepath.Base(db)
}

// TestVerifyCompact: "verify --compact" shrinks a file that once held a
// large draft, keeping the drafts and the old file among the backups.
func TestVerifyCompact(t *testing.T) {
	env, _ := sandbox(t)
	db := env["BAOCAO_DB"]
	seed(t, db, "Giữ lại")
	s, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	r := model.Report{Outline: "state", Answers: map[string]model.Answer{"I.1.text": {Text: strings.Repeat("Đoạn dán rất dài. ", 300_000)}}}
	m, err := s.Create(r, store.Summary{Title: "Lớn"})
	if err == nil {
		err = s.Delete(m.ID)
	}
	if err == nil {
		err = s.Purge(m.ID)
	}
	s.Close()
	if err != nil {
		t.Fatal(err)
	}
	before, _ := os.Stat(db)
	run(t, env, "verify", "--compact").want(t, 0, []string{"lành", "Đã thu gọn tệp", "backups"}, nil)
	after, _ := os.Stat(db)
	if after.Size()*4 > before.Size() {
		t.Fatalf("drafts file %d → %d bytes after verify --compact", before.Size(), after.Size())
	}
	run(t, env, "list").want(t, 0, []string{"Giữ lại"}, nil)
}
