package store

import (
	"errors"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

func TestTrash(t *testing.T) {
	c := newClock()
	s, _ := newStore(t, WithClock(c.now))
	keep := mustCreate(t, s, sampleReport("A", 1), sampleSummary("A"))
	gone := mustCreate(t, s, sampleReport("B", 1), sampleSummary("B"))
	c.add(time.Hour)
	if err := s.Delete(gone.ID); err != nil {
		t.Fatal(err)
	}
	list, _ := s.List()
	if len(list) != 1 || list[0].ID != keep.ID {
		t.Fatalf("List after Delete = %v", titles(list))
	}
	trash, err := s.Trash()
	if err != nil || len(trash) != 1 || trash[0].Meta != gone || !trash[0].Deleted.Equal(c.now()) ||
		!trash[0].Expires.Equal(c.now().Add(TrashRetention)) {
		t.Fatalf("Trash = %+v, %v", trash, err)
	}
	for _, err := range []error{s.Delete(gone.ID), errOf(s.Revisions(gone.ID)), errOf(s.Get(gone.ID))} {
		if !errors.Is(err, ErrTrashed) {
			t.Errorf("on a trashed draft: %v, want ErrTrashed", err)
		}
	}
	if _, err := s.Undelete(keep.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("Undelete(live) = %v, want ErrNotFound", err)
	}
	back, err := s.Undelete(gone.ID)
	if err != nil || back != gone {
		t.Fatalf("Undelete = %+v, %v; want %+v", back, err, gone)
	}
	if d, err := s.Get(gone.ID); err != nil || marshal(t, d.Report) != marshal(t, sampleReport("B", 1)) {
		t.Fatalf("Get after Undelete: %v", err)
	}
}

func errOf[T any](_ T, err error) error { return err }

func TestPurge(t *testing.T) {
	s, _ := newStore(t)
	m := mustCreate(t, s, sampleReport("A", 1), sampleSummary("A"))
	if err := s.Purge(m.ID); !errors.Is(err, ErrNotFound) {
		t.Fatalf("Purge(live) = %v, want ErrNotFound", err)
	}
	if err := s.Delete(m.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.Purge(m.ID); err != nil {
		t.Fatal(err)
	}
	assertGone(t, s, m.ID)
}

// assertGone checks that nothing of a draft is left in any bucket.
func assertGone(t *testing.T, s *Store, id string) {
	t.Helper()
	n, _ := parseID(id)
	err := s.db.View(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bucketDrafts, bucketIndex, bucketTrash} {
			if tx.Bucket(b).Get(key(n)) != nil {
				t.Errorf("draft %s still in bucket %s", id, b)
			}
		}
		if len(revKeys(tx.Bucket(bucketRevisions), n)) != 0 {
			t.Errorf("draft %s still has revisions", id)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Get(id); !errors.Is(err, ErrNotFound) {
		t.Errorf("Get(purged) = %v, want ErrNotFound", err)
	}
}

func TestTrashExpiresOnOpen(t *testing.T) {
	tests := []struct {
		after time.Duration
		kept  bool
	}{
		{29 * 24 * time.Hour, true},
		{TrashRetention, true},
		{TrashRetention + time.Minute, false},
	}
	for _, tt := range tests {
		c := newClock()
		s, path := newStore(t, WithClock(c.now))
		m := mustCreate(t, s, sampleReport("A", 1), sampleSummary("A"))
		if err := s.Delete(m.ID); err != nil {
			t.Fatal(err)
		}
		s.Close()
		c.add(tt.after)
		s = openTest(t, path, WithClock(c.now))
		trash, err := s.Trash()
		if err != nil {
			t.Fatal(err)
		}
		if got := len(trash) == 1; got != tt.kept {
			t.Errorf("after %v: in trash %v, want %v", tt.after, got, tt.kept)
		}
		if !tt.kept {
			assertGone(t, s, m.ID)
		}
	}
}

func TestDaysLeft(t *testing.T) {
	deleted := time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC)
	tr := Trashed{Deleted: deleted, Expires: deleted.Add(TrashRetention)}
	tests := []struct {
		after time.Duration
		want  int
	}{
		{0, 30},
		{time.Minute, 30},
		{24 * time.Hour, 29},
		{29*24*time.Hour + time.Hour, 1},
		{TrashRetention, 0},
		{TrashRetention + time.Hour, 0},
	}
	for _, tt := range tests {
		if got := tr.DaysLeft(deleted.Add(tt.after)); got != tt.want {
			t.Errorf("DaysLeft after %v = %d, want %d", tt.after, got, tt.want)
		}
	}
}

// TestUndeleteLastAfterRestart deletes two drafts, closes the store, and
// on another day brings back the one deleted last, then the other.
func TestUndeleteLastAfterRestart(t *testing.T) {
	c := newClock()
	s, path := newStore(t, WithClock(c.now))
	a := mustCreate(t, s, sampleReport("A", 1), sampleSummary("A"))
	b := mustCreate(t, s, sampleReport("B", 1), sampleSummary("B"))
	for _, id := range []string{b.ID, a.ID} {
		c.add(time.Minute)
		if err := s.Delete(id); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()
	c.add(26 * time.Hour)
	s = openTest(t, path, WithClock(c.now))
	for _, want := range []Meta{a, b} {
		got, err := s.UndeleteLast()
		if err != nil || got != want {
			t.Fatalf("UndeleteLast = %+v, %v; want %+v", got, err, want)
		}
		if _, err := s.Get(want.ID); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.UndeleteLast(); !errors.Is(err, ErrNotFound) {
		t.Errorf("UndeleteLast on an empty trash = %v, want ErrNotFound", err)
	}
}

func TestEmptyTrash(t *testing.T) {
	s, _ := newStore(t)
	keep := mustCreate(t, s, sampleReport("A", 1), sampleSummary("A"))
	var gone []string
	for _, u := range []string{"B", "C"} {
		m := mustCreate(t, s, sampleReport(u, 1), sampleSummary(u))
		if err := s.Delete(m.ID); err != nil {
			t.Fatal(err)
		}
		gone = append(gone, m.ID)
	}
	purged, err := s.EmptyTrash()
	if err != nil || len(purged) != 2 {
		t.Fatalf("EmptyTrash = %d, %v", len(purged), err)
	}
	for _, id := range gone {
		assertGone(t, s, id)
	}
	if _, err := s.Get(keep.ID); err != nil {
		t.Errorf("a live draft went with the trash: %v", err)
	}
	if purged, err := s.EmptyTrash(); err != nil || len(purged) != 0 {
		t.Errorf("EmptyTrash again = %d, %v", len(purged), err)
	}
}
