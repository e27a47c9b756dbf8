package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// validFile writes a store with n drafts and returns its bytes.
func validFile(t testing.TB, n int) []byte {
	t.Helper()
	path := filepath.Join(t.TempDir(), FileName)
	s, err := Open(path, WithBackups(0))
	if err != nil {
		t.Fatal(err)
	}
	for i := range n {
		r := sampleReport("Tân Hòa", i)
		r.Closing = strings.Repeat("Nội dung dài để bản nháp chiếm nhiều trang. ", 100)
		mustCreate(t, s, r, sampleSummary("A"))
	}
	s.Close()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func randomBytes(n int) []byte {
	rng := rand.New(rand.NewPCG(1, 2))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(rng.Uint32())
	}
	return b
}

func TestCorruptFiles(t *testing.T) {
	good := validFile(t, 200)
	zeroed := append([]byte(nil), good...)
	meta := parseMetaOf(t, good)
	ps := int(meta.pageSize)
	// the pages in use: bbolt grows the file ahead of them, so cutting
	// the file in half may cut only unused space, which is no damage
	mp, err := chooseMeta(bytes.NewReader(good), int64(len(good)))
	if err != nil {
		t.Fatal(err)
	}
	inUse := int(mp.m[mp.new].pgid) * ps
	clear(zeroed[2*ps:])
	leaves := append([]byte(nil), good...)
	fl := int(meta.freelist) * ps
	clear(leaves[2*ps : fl])
	clear(leaves[fl+ps:])
	foreign := boltFile(t, func(tx *bolt.Tx) error {
		b, err := tx.CreateBucket([]byte("widgets"))
		if err != nil {
			return err
		}
		return b.Put([]byte("k"), []byte("v"))
	})
	tests := []struct {
		name string
		data []byte
	}{
		{"empty file", nil},
		{"random bytes", randomBytes(64 << 10)},
		{"text file", []byte("Báo cáo số 12/BC-UBND\nKính gửi: Thường trực Huyện ủy\n")},
		{"truncated to 3 pages", good[:3*ps]},
		{"truncated to half its pages", good[:inUse/2]},
		{"meta pages damaged", append(randomBytes(2*ps), good[2*ps:]...)},
		{"data pages zeroed", zeroed},
		{"data pages zeroed, freelist kept", leaves},
		{"bbolt file of another program", foreign},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), FileName)
			if err := os.WriteFile(path, tt.data, 0o600); err != nil {
				t.Fatal(err)
			}
			before := fileSum(t, path)
			s, err := Open(path)
			if err == nil {
				s.Close()
				t.Fatal("Open accepted a bad file")
			}
			if !errors.Is(err, ErrCorrupt) {
				t.Fatalf("Open = %v, want ErrCorrupt", err)
			}
			t.Log(Message(err))
			if msg := Message(err); !strings.Contains(msg, "baocao restore") || !strings.Contains(msg, path) {
				t.Errorf("Message = %q; want the file and what to do", msg)
			}
			if fileSum(t, path) != before {
				t.Fatal("Open changed the bytes of a bad file")
			}
			if _, err := os.Stat(BackupDir(path)); !errors.Is(err, os.ErrNotExist) {
				t.Errorf("a backup folder was made for a bad file: %v", err)
			}
		})
	}
}

func parseMetaOf(t *testing.T, data []byte) boltMeta {
	t.Helper()
	m, ok := parseMeta(data)
	if !ok {
		t.Fatal("no valid meta page 0")
	}
	return m
}

// boltFile writes a raw bbolt file with fill and returns its bytes.
func boltFile(t testing.TB, fill func(*bolt.Tx) error) []byte {
	t.Helper()
	path := filepath.Join(t.TempDir(), "raw.db")
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Update(fill); err != nil {
		t.Fatal(err)
	}
	db.Close()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestOpenValidAfterCorruptChecks(t *testing.T) {
	path := filepath.Join(t.TempDir(), FileName)
	if err := os.WriteFile(path, validFile(t, 3), 0o600); err != nil {
		t.Fatal(err)
	}
	s := openTest(t, path)
	list, err := s.List()
	if err != nil || len(list) != 3 {
		t.Fatalf("List = %d drafts, %v", len(list), err)
	}
}

// FuzzCheckPages feeds arbitrary files to the meta-page check: it must
// never panic, and whatever it accepts must have a valid meta page and be
// as long as its high water mark says.
func FuzzCheckPages(f *testing.F) {
	f.Add([]byte("không phải cơ sở dữ liệu"))
	f.Add(randomBytes(16 << 10))
	f.Add(boltFile(f, func(tx *bolt.Tx) error { return initLayout(tx) }))
	f.Fuzz(func(t *testing.T, data []byte) {
		if checkPages(bytes.NewReader(data), int64(len(data))) != nil {
			return
		}
		m0, ok0 := parseMeta(data)
		m1, ok1 := meta1(bytes.NewReader(data), int64(len(data)), m0, ok0)
		if !ok0 && !ok1 {
			t.Fatal("accepted a file with no valid meta page")
		}
		for _, m := range []boltMeta{m0, m1} {
			if m.pageSize != 0 && int64(len(data)) < int64(m.pgid)*int64(m.pageSize) && m.txid >= max(m0.txid, m1.txid) {
				t.Fatalf("accepted %d bytes, the meta page needs %d", len(data), int64(m.pgid)*int64(m.pageSize))
			}
		}
	})
}

// TestHostileSummaryCleaned: a drafts file written by another program with
// escape sequences and bidi controls in a draft's summary (its entry and
// its listing) lists it and gives it clean.
func TestHostileSummaryCleaned(t *testing.T) {
	path := filepath.Join(t.TempDir(), FileName)
	s := openTest(t, path)
	m := mustCreate(t, s, sampleReport("A", 1), sampleSummary("A"))
	s.Close()
	rawUpdate(t, path, func(tx *bolt.Tx) error {
		n, _ := parseID(m.ID)
		e, err := decodeEntry(tx.Bucket(bucketIndex).Get(key(n)))
		if err != nil {
			return err
		}
		e.Summary.Title = "Tên\x1b]0;pwned\x07\x1b[2J\u202e"
		e.Summary.Unit = "xã\u200f\x07"
		e.Summary.Done = -5
		if err := tx.Bucket(bucketRecent).Put(recentKey(n, e.Modified), listing(e)); err != nil {
			return err
		}
		data, err := json.Marshal(e) // the older JSON form, which another program may write
		if err != nil {
			return err
		}
		return tx.Bucket(bucketIndex).Put(key(n), data)
	})
	s = openTest(t, path)
	list, err := s.List()
	if err != nil || len(list) != 1 {
		t.Fatalf("List = %v, %v", list, err)
	}
	d, err := s.Get(m.ID)
	if err != nil {
		t.Fatal(err)
	}
	for _, got := range []Meta{list[0], d.Meta} {
		if got.Title != "Tên" || got.Unit != "xã" || got.Done != 0 {
			t.Fatalf("summary read as %q, %q, %d; want it cleaned", got.Title, got.Unit, got.Done)
		}
	}
}
