package store

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// TestOpenWalksOnlyWhenNeeded: a cleanly closed store opens without
// reading every page, even with a backup due (the backup checks its copy
// in the background); after an unclean shutdown and on request it does.
func TestOpenWalksOnlyWhenNeeded(t *testing.T) {
	c := newClock()
	s, path := newStore(t, WithClock(c.now))
	mustCreate(t, s, sampleReport("A", 1), sampleSummary("A"))
	if s.walked {
		t.Error("the first Open of a new store read every page")
	}
	s.Close()
	open := func(opts ...Option) bool {
		t.Helper()
		s := openTest(t, path, append([]Option{WithClock(c.now)}, opts...)...)
		defer s.Close()
		return s.walked
	}
	if open() {
		t.Error("Open after a clean Close read every page")
	}
	if !open(WithVerify()) {
		t.Error("Open WithVerify did not read every page")
	}
	s = openTest(t, path, WithClock(c.now))
	s.db.Close() // as if the process died: the session mark stays set
	if !open() {
		t.Error("Open after an unclean shutdown did not read every page")
	}
	if open() {
		t.Error("the mark of the unclean shutdown stayed after a clean Close")
	}
	c.add(DefaultBackupEvery)
	s = openTest(t, path, WithClock(c.now))
	mustCreate(t, s, sampleReport("B", 1), sampleSummary("B"))
	s.Close()
	c.add(DefaultBackupEvery)
	if open() {
		t.Error("Open with a backup due read every page before the first frame")
	}
}

// breakDraft stores bytes that are no report as draft id's content, as a
// bit flip inside a value would (bbolt's check still passes).
func breakDraft(t *testing.T, path, id string) {
	t.Helper()
	n, _ := parseID(id)
	rawUpdate(t, path, func(tx *bolt.Tx) error {
		return tx.Bucket(bucketDrafts).Put(key(n), []byte(`{"format": "baocao/report@1", "unit": 7}`))
	})
}

// TestBackupNeedsEveryDraft: a store with a draft that does not decode is
// never backed up, so the last good copy is never pushed out; the reason
// is reported, naming the draft.
func TestBackupNeedsEveryDraft(t *testing.T) {
	c := newClock()
	s, path := newStore(t, WithClock(c.now))
	bad := mustCreate(t, s, sampleReport("A", 1), sampleSummary("A"))
	s.Close()
	c.add(DefaultBackupEvery)
	openBackup(t, path, WithClock(c.now))
	good, _ := ListBackups(path)
	breakDraft(t, path, bad.ID)
	for range 5 {
		c.add(DefaultBackupEvery)
		s = openTest(t, path, WithClock(c.now))
		_, err := s.AutoBackup(context.Background())
		if !errors.Is(err, ErrBackup) || !strings.Contains(Message(err), "bản nháp số "+bad.ID) {
			t.Fatalf("AutoBackup = %v, want ErrBackup naming the undecodable draft", err)
		}
		s.Close()
	}
	after, _ := ListBackups(path)
	if len(after) != len(good) || after[0].Name != good[0].Name {
		t.Fatalf("backups %v after opening a store with a bad draft, want %v kept", after, good)
	}
	s = openTest(t, path, WithClock(c.now))
	err := s.Backup(filepath.Join(t.TempDir(), "copy.db"))
	if !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), "bản nháp số "+bad.ID) {
		t.Fatalf("Backup of a store with a bad draft = %v, want ErrCorrupt naming it", err)
	}
	if err := s.Verify(); !errors.Is(err, ErrCorrupt) {
		t.Fatalf("Verify = %v, want ErrCorrupt", err)
	}
}

// TestBackupErrorReported: a backups folder that cannot be written is
// reported by AutoBackup, with the real cause; the store still works.
func TestBackupErrorReported(t *testing.T) {
	path := filepath.Join(t.TempDir(), FileName)
	if err := os.WriteFile(BackupDir(path), []byte("một tệp, không phải thư mục"), 0o600); err != nil {
		t.Fatal(err)
	}
	s := openTest(t, path)
	_, err := s.AutoBackup(context.Background())
	if !errors.Is(err, ErrBackup) {
		t.Fatalf("AutoBackup = %v for a backups folder that is a file, want ErrBackup", err)
	}
	if msg := Message(err); !strings.Contains(msg, BackupDir(path)) || strings.Contains(msg, "còn chỗ trống") {
		t.Errorf("Message = %q, want the folder named and no guess about free space", msg)
	}
	mustCreate(t, s, sampleReport("A", 1), sampleSummary("A"))
}

// TestReadOnlyStore: a store opened read-only lists, reads, exports and
// bundles; every write is refused with ErrReadOnly and a clear message.
func TestReadOnlyStore(t *testing.T) {
	s, path := newStore(t)
	m := mustCreate(t, s, sampleReport("A", 1), sampleSummary("A"))
	s.Close()
	before := fileSum(t, path)
	ro := openTest(t, path, WithReadOnly())
	checkReadOnly(t, ro, m.ID)
	ro.Close()
	if fileSum(t, path) != before {
		t.Fatal("a read-only session changed the file")
	}
}

func checkReadOnly(t *testing.T, s *Store, id string) {
	t.Helper()
	if s.ReadOnly() == nil {
		t.Fatal("ReadOnly() = nil")
	}
	if list, err := s.List(); err != nil || len(list) != 1 {
		t.Fatalf("List = %d, %v", len(list), err)
	}
	d, err := s.Get(id)
	if err != nil {
		t.Fatal(err)
	}
	if len(export(t, s)) == 0 {
		t.Fatal("empty bundle")
	}
	_, err = s.Save(d)
	if !errors.Is(err, ErrReadOnly) || !strings.Contains(Message(err), "chỉ xem") {
		t.Fatalf("Save = %v, want ErrReadOnly", err)
	}
	if _, err := s.Create(d.Report, d.Summary); !errors.Is(err, ErrReadOnly) {
		t.Fatalf("Create = %v, want ErrReadOnly", err)
	}
	if err := s.Delete(id); !errors.Is(err, ErrReadOnly) {
		t.Fatalf("Delete = %v, want ErrReadOnly", err)
	}
}

// TestRestoreThroughSymlink: restoring through a drafts path that is a
// symbolic link replaces the file it points to and keeps the link.
func TestRestoreThroughSymlink(t *testing.T) {
	c := newClock()
	real := filepath.Join(t.TempDir(), "thật", FileName)
	s := openTest(t, real, WithBackups(0))
	mustCreate(t, s, sampleReport("A", 1), sampleSummary("trước"))
	s.Close()
	link := filepath.Join(t.TempDir(), "lối tắt.db")
	if err := os.Symlink(real, link); err != nil {
		t.Fatal(err)
	}
	openBackup(t, link, WithClock(c.now)) // backs up beside the link
	s = openTest(t, link, WithClock(c.now))
	mustCreate(t, s, sampleReport("B", 1), sampleSummary("sau"))
	s.Close()
	c.add(time.Second)
	if err := RestoreBackup(link, "", WithClock(c.now)); err != nil {
		t.Fatal(err)
	}
	if info, err := os.Lstat(link); err != nil || info.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("the link was replaced: %v %v", info.Mode(), err)
	}
	if dst, _ := os.Readlink(link); dst != real {
		t.Fatalf("the link points to %s, want %s", dst, real)
	}
	s = openTest(t, real, WithBackups(0))
	if list, _ := s.List(); titles(list) != "trước" {
		t.Fatalf("the link's target holds %q after restore, want the backup's drafts", titles(list))
	}
}

// TestRestoreRenewsReplica: saves made after a restore count under a new
// replica, so that they are told from the saves the backup missed.
func TestRestoreRenewsReplica(t *testing.T) {
	c := newClock()
	s, path := newStore(t, WithClock(c.now))
	before := s.replica
	if _, err := s.AutoBackup(context.Background()); err != nil {
		t.Fatal(err)
	}
	s.Close()
	c.add(time.Second)
	if err := RestoreBackup(path, "", WithClock(c.now)); err != nil {
		t.Fatal(err)
	}
	s = openTest(t, path, WithClock(c.now))
	if s.replica == before || !validUID(s.replica) {
		t.Fatalf("replica after restore %q, before %q: want a new one", s.replica, before)
	}
	again := s.replica
	s.Close()
	if s = openTest(t, path, WithClock(c.now)); s.replica != again {
		t.Fatalf("replica changed between two plain opens: %q then %q", again, s.replica)
	}
}

// TestUncleanOpenFindsDamage: after an unclean shutdown, Open checks the
// page structure before writing (a leaf page of the wrong type, deep in
// the drafts, is named) and leaves the file as it was.
func TestUncleanOpenFindsDamage(t *testing.T) {
	path := filepath.Join(t.TempDir(), FileName)
	if err := os.WriteFile(path, validFile(t, 150), 0o600); err != nil {
		t.Fatal(err)
	}
	rawUpdate(t, path, func(tx *bolt.Tx) error { return markSession(tx, true) })
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	p := newPageFile(t, data)
	leaf := -1
	for id, kind := range p.kinds {
		if kind == "leaf" && p.counts[id] > 0 && uint64(id) != p.meta.root {
			leaf = id
		}
	}
	if leaf < 0 {
		t.Fatal("no leaf page below the root in the fixture")
	}
	le16(data[leaf*p.ps+8:], freelistPageFlag)
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	before := fileSum(t, path)
	s, err := Open(path, WithBackups(0))
	if err == nil {
		s.Close()
	}
	if !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), errPageType.Error()) {
		t.Fatalf("Open after an unclean shutdown = %v, want ErrCorrupt naming the page's type", err)
	}
	if fileSum(t, path) != before {
		t.Error("Open changed a damaged file")
	}
}
