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
