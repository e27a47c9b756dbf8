package store

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/baocao/baocao/model"
)

// fixture writes a raw bbolt file with fill, the way an older (or newer)
// baocao would have laid it out, and returns its path.
func fixture(t *testing.T, fill func(*bolt.Tx) error) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), FileName)
	if err := os.WriteFile(path, boltFile(t, fill), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

var fixtureReports = []model.Report{sampleReport("Tân Hòa", 1), sampleReport("Đông Sơn", 2), sampleReport("Ân Phú", 3)}

// schema0 is a bare drafts bucket: no meta, no index.
func schema0(tx *bolt.Tx) error {
	b, err := tx.CreateBucket(bucketDrafts)
	if err != nil {
		return err
	}
	for _, r := range fixtureReports {
		id, _ := b.NextSequence()
		data, err := model.MarshalReport(r)
		if err != nil {
			return err
		}
		if err := b.Put(binary.BigEndian.AppendUint64(nil, id), data); err != nil {
			return err
		}
	}
	return nil
}

var fixtureTime = time.Date(2025, 12, 1, 9, 30, 0, 0, time.UTC)

// schema1 adds meta (schema 1) and an index with summaries and times.
func schema1(tx *bolt.Tx) error {
	if err := schema0(tx); err != nil {
		return err
	}
	m, err := tx.CreateBucket(bucketMeta)
	if err != nil {
		return err
	}
	if err := m.Put(keySchema, binary.BigEndian.AppendUint64(nil, 1)); err != nil {
		return err
	}
	idx, err := tx.CreateBucket(bucketIndex)
	if err != nil {
		return err
	}
	for i, r := range fixtureReports {
		e := entry{UID: newUID(), Created: fixtureTime, Modified: fixtureTime.Add(time.Duration(i) * time.Hour),
			Version: uint64(4 + i), Summary: Summary{Title: "Bản cũ " + r.Unit.Name, Unit: r.Unit.Issuer, Outline: "state", Done: 3, Required: 9}}
		data, err := json.Marshal(e) // schemas 1 and 2 kept entries as JSON
		if err != nil {
			return err
		}
		if err := idx.Put(key(uint64(i+1)), data); err != nil {
			return err
		}
	}
	return nil
}

func schemaOf(t *testing.T, s *Store) int {
	t.Helper()
	var v int
	if err := s.db.View(func(tx *bolt.Tx) (err error) { v, err = readSchema(tx, s.path); return err }); err != nil {
		t.Fatal(err)
	}
	return v
}

func TestMigrate(t *testing.T) {
	tests := []struct {
		name      string
		fill      func(*bolt.Tx) error
		wantTitle func(r model.Report) string
		modified  func(i int) time.Time
	}{
		{"schema 0", schema0, func(r model.Report) string { return r.Doc.Subject },
			func(int) time.Time { return newClock().now() }},
		{"schema 1", schema1, func(r model.Report) string { return "Bản cũ " + r.Unit.Name },
			func(i int) time.Time { return fixtureTime.Add(time.Duration(i) * time.Hour) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := fixture(t, tt.fill)
			s := openTest(t, path, WithClock(newClock().now))
			if v := schemaOf(t, s); v != schemaVersion {
				t.Fatalf("schema after Open = %d, want %d", v, schemaVersion)
			}
			list, err := s.List()
			if err != nil || len(list) != len(fixtureReports) {
				t.Fatalf("List = %d drafts, %v", len(list), err)
			}
			err = s.db.View(func(tx *bolt.Tx) error {
				return tx.Bucket(bucketIndex).ForEach(func(k, v []byte) error {
					if v[0] != entryTag {
						t.Errorf("entry %x still in JSON after migration", k)
					}
					return nil
				})
			})
			if err != nil {
				t.Fatal(err)
			}
			for i, r := range fixtureReports {
				id := formatID(uint64(i + 1))
				d, err := s.Get(id)
				if err != nil || marshal(t, d.Report) != marshal(t, r) {
					t.Fatalf("Get(%s) after migration: %v", id, err)
				}
				if d.Title != tt.wantTitle(r) || !d.Modified.Equal(tt.modified(i)) || d.Outline != "state" {
					t.Errorf("draft %s migrated as %+v", id, d.Meta)
				}
				revs, err := s.Revisions(id)
				if err != nil || len(revs) != 1 || !revs[0].Saved.Equal(tt.modified(i)) {
					t.Errorf("Revisions(%s) = %+v, %v; want the content as revision 1", id, revs, err)
				}
			}
			if m := mustCreate(t, s, sampleReport("Mới", 1), sampleSummary("Mới")); m.ID != "4" {
				t.Errorf("new draft after migration got ID %s, want 4", m.ID)
			}
		})
	}
}

func TestMigrateRefused(t *testing.T) {
	newer := func(tx *bolt.Tx) error {
		if err := initLayout(tx); err != nil {
			return err
		}
		return putSchema(tx, schemaVersion+1)
	}
	broken := func(tx *bolt.Tx) error { // schema 1 whose index names a draft with no content
		if err := schema1(tx); err != nil {
			return err
		}
		return tx.Bucket(bucketDrafts).Delete(key(2))
	}
	tests := []struct {
		name string
		fill func(*bolt.Tx) error
		want error
	}{
		{"newer schema", newer, ErrNewerSchema},
		{"migration fails", broken, ErrCorrupt},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := fixture(t, tt.fill)
			before := fileSum(t, path)
			s, err := Open(path, WithBackups(0))
			if err == nil {
				s.Close()
				t.Fatal("Open accepted the file")
			}
			if !errors.Is(err, tt.want) {
				t.Fatalf("Open = %v, want %v", err, tt.want)
			}
			t.Log(Message(err))
			if fileSum(t, path) != before {
				t.Fatal("a refused Open changed the file")
			}
		})
	}
}
