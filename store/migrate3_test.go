package store

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// toSchema3 turns a closed store of the current schema into what schema 3
// wrote: the recent order with empty values.
func toSchema3(t testing.TB, path string) {
	t.Helper()
	rawUpdate(t, path, func(tx *bolt.Tx) error {
		recent := tx.Bucket(bucketRecent)
		var keys [][]byte
		if err := recent.ForEach(func(k, _ []byte) error { keys = append(keys, bytes.Clone(k)); return nil }); err != nil {
			return err
		}
		for _, k := range keys {
			if err := recent.Put(k, nil); err != nil {
				return err
			}
		}
		return putSchema(tx, 3)
	})
}

// recentValues fails the test unless every value of the recent order is
// its draft's listing.
func recentValues(t testing.TB, s *Store) {
	t.Helper()
	err := s.db.View(func(tx *bolt.Tx) error {
		if !recentSound(tx, nil) {
			return fmt.Errorf("the recent order does not match the index")
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestMigrate3to4: a schema 3 store (live drafts, one in the trash, a
// conflict copy) lists the same drafts, in the same order, with the same
// entries after its migration, from the recent order alone.
func TestMigrate3to4(t *testing.T) {
	c := newClock()
	s, path := newStore(t, WithClock(c.now))
	createMinutely(t, s, c, 6)
	if err := s.Delete("3"); err != nil {
		t.Fatal(err)
	}
	err := s.update(func(tx *bolt.Tx) error { // as ImportBundle marks a conflict copy
		e, err := liveEntry(tx, 4, "4")
		if err != nil {
			return err
		}
		e.Origin = newUID()
		return setEntry(tx, 4, e)
	})
	if err != nil {
		t.Fatal(err)
	}
	c.add(time.Minute)
	if _, err := s.Save(Draft{Meta: Meta{ID: "1", Summary: sampleSummary("Báo cáo 0 sửa")}, Report: sampleReport("Tân Hòa", 9)}); err != nil {
		t.Fatal(err)
	}
	want, err := s.List()
	if err != nil || !want[3].Conflict {
		t.Fatalf("List before = %+v, %v; want draft 4 fourth, a conflict copy", want, err)
	}
	s.Close()
	toSchema3(t, path)
	s = openTest(t, path, WithClock(c.now))
	if v := schemaOf(t, s); v != schemaVersion {
		t.Fatalf("schema after Open = %d, want %d", v, schemaVersion)
	}
	recentValues(t, s)
	got, err := s.List()
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Fatalf("after migration List = %q, %v; want %q", titles(got), err, titles(want))
	}
	if p, err := s.ListPage(1, 2, nil); err != nil || p.Total != 5 || !reflect.DeepEqual(p.Items, want[1:3]) {
		t.Fatalf("ListPage(1, 2) = %q total %d, %v", titles(p.Items), p.Total, err)
	}
}

const envMigrateChild = "BAOCAO_STORE_MIGRATE_CHILD"

// TestMigrateCrashChild is the child of TestMigrateCrash: it says "open"
// and opens the store, which migrates it, until it is killed.
func TestMigrateCrashChild(t *testing.T) {
	path := os.Getenv(envMigrateChild)
	if path == "" {
		t.Skip("child process of TestMigrateCrash")
	}
	fmt.Println("open")
	s, err := Open(path, WithBackups(0))
	if err != nil {
		fmt.Println("error", err)
		os.Exit(3)
	}
	s.Close()
	fmt.Println("done")
}

// TestMigrateCrash kills a process migrating a schema 3 store of 3,000
// drafts at random moments of its Open, then checks that the store opens,
// passes bbolt's check and lists every draft as before, from a sound
// recent order. The kill lands anywhere from the child's start to past
// the end of a migration (as long as one took here); whatever the moment,
// the file must be either schema 3 intact or schema 4 complete.
func TestMigrateCrash(t *testing.T) {
	if testing.Short() {
		t.Skip("kills a migrating child process 12 times; run without -short")
	}
	pristine := floodStore(t, 3000)
	s := openTest(t, pristine, WithBackups(0))
	want, err := s.List()
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	toSchema3(t, pristine)
	path := filepath.Join(t.TempDir(), FileName)
	copyFile(t, pristine, path)
	start := time.Now()
	s = openTest(t, path, WithBackups(0))
	took := time.Since(start)
	s.Close()
	rng := rand.New(rand.NewPCG(11, uint64(time.Now().UnixNano())))
	migrated := 0
	for round := range 12 {
		copyFile(t, pristine, path)
		killMigration(t, path, time.Duration(rng.Int64N(int64(took)*3/2+1)))
		if fileSchema(t, path) == schemaVersion {
			migrated++
		}
		s := openTest(t, path, WithBackups(0))
		if err := s.db.View(boltCheck); err != nil {
			t.Fatalf("round %d: bbolt's consistency check: %v", round, err)
		}
		if err := s.Verify(); err != nil {
			t.Fatalf("round %d: Verify: %v", round, err)
		}
		recentValues(t, s)
		if got, err := s.List(); err != nil || !reflect.DeepEqual(got, want) {
			t.Fatalf("round %d: List = %d drafts, %v; want the %d drafts as before", round, len(got), err, len(want))
		}
		s.Close()
	}
	t.Logf("12 kills within %v of the start; %d found the migration committed", took*3/2, migrated)
}

// killMigration starts the child on path and kills it after it says
// "open" and after wait.
func killMigration(t *testing.T, path string, wait time.Duration) {
	t.Helper()
	cmd, out := startChild(t, "TestMigrateCrashChild", envMigrateChild+"="+path)
	sc := bufio.NewScanner(out)
	for sc.Scan() && sc.Text() != "open" {
	}
	time.Sleep(wait)
	cmd.Process.Kill()
	io.Copy(io.Discard, out)
	cmd.Wait()
}

// fileSchema reads the schema of a closed store without opening it as a
// Store (which would migrate it).
func fileSchema(t *testing.T, path string) int {
	t.Helper()
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var v int
	if err := db.View(func(tx *bolt.Tx) (err error) { v, err = readSchema(tx, path); return err }); err != nil {
		t.Fatal(err)
	}
	return v
}

func copyFile(t *testing.T, src, dst string) {
	t.Helper()
	data, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dst, data, 0o600); err != nil {
		t.Fatal(err)
	}
}
