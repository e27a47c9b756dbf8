package store

import (
	"slices"
	"time"

	bolt "go.etcd.io/bbolt"
)

// TrashRetention is how long a deleted draft stays in the trash (thùng
// rác) before Open purges it for good, with its revisions.
const TrashRetention = 30 * 24 * time.Hour

// Trashed is a draft in the trash.
type Trashed struct {
	Meta
	Deleted time.Time
	// Expires is when Open will purge it: Deleted + TrashRetention.
	Expires time.Time
}

// Delete moves a live draft to the trash: it leaves List, and Get and
// Save give ErrTrashed, until Undelete; its content and revisions are
// kept until TrashRetention has passed.
func (s *Store) Delete(id string) error {
	n, ok := parseID(id)
	if !ok {
		return notFound(id)
	}
	return s.update(func(tx *bolt.Tx) error {
		e, err := liveEntry(tx, n, id)
		if err != nil {
			return err
		}
		e.Deleted = s.opts.now()
		if err := tx.Bucket(bucketTrash).Put(key(n), encodeEntry(e)); err != nil {
			return err
		}
		return tx.Bucket(bucketIndex).Delete(key(n))
	})
}

// Trash lists the drafts in the trash, most recently deleted first.
func (s *Store) Trash() ([]Trashed, error) {
	var out []Trashed
	err := s.view(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketTrash).ForEach(func(k, v []byte) error {
			e, err := decodeEntry(v)
			if err != nil {
				return corruptDraft(formatID(keyID(k)), err)
			}
			out = append(out, Trashed{Meta: e.meta(keyID(k)), Deleted: e.Deleted, Expires: e.Deleted.Add(TrashRetention)})
			return nil
		})
	})
	slices.SortFunc(out, func(a, b Trashed) int { return b.Deleted.Compare(a.Deleted) })
	return out, err
}

// Undelete brings a draft back from the trash, as it was.
func (s *Store) Undelete(id string) (Meta, error) {
	var m Meta
	err := s.update(func(tx *bolt.Tx) error {
		n, e, err := trashEntry(tx, id)
		if err != nil {
			return err
		}
		e.Deleted = time.Time{}
		if err := tx.Bucket(bucketIndex).Put(key(n), encodeEntry(e)); err != nil {
			return err
		}
		m = e.meta(n)
		return tx.Bucket(bucketTrash).Delete(key(n))
	})
	return m, err
}

// Purge deletes a draft in the trash for good, with its revisions. A live
// draft must be deleted first; it gives ErrNotFound.
func (s *Store) Purge(id string) error {
	return s.update(func(tx *bolt.Tx) error {
		n, _, err := trashEntry(tx, id)
		if err != nil {
			return err
		}
		return purge(tx, n)
	})
}

func trashEntry(tx *bolt.Tx, id string) (uint64, entry, error) {
	n, ok := parseID(id)
	v := tx.Bucket(bucketTrash).Get(key(n))
	if !ok || v == nil {
		return 0, entry{}, notFound(id)
	}
	e, err := decodeEntry(v)
	if err != nil {
		return 0, entry{}, corruptDraft(id, err)
	}
	return n, e, nil
}

func purge(tx *bolt.Tx, n uint64) error {
	if err := tx.Bucket(bucketDrafts).Delete(key(n)); err != nil {
		return err
	}
	revs := tx.Bucket(bucketRevisions)
	if err := deleteKeys(revs, revKeys(revs, n)); err != nil {
		return err
	}
	return tx.Bucket(bucketTrash).Delete(key(n))
}

// expired lists the trashed drafts whose time has passed.
func expired(tx *bolt.Tx, now time.Time) []uint64 {
	var out []uint64
	b := tx.Bucket(bucketTrash)
	if b == nil {
		return nil
	}
	_ = b.ForEach(func(k, v []byte) error {
		if e, err := decodeEntry(v); err == nil && now.Sub(e.Deleted) > TrashRetention {
			out = append(out, keyID(k))
		}
		return nil
	})
	return out
}

func hasExpired(tx *bolt.Tx, now time.Time) bool { return len(expired(tx, now)) > 0 }

func purgeExpired(tx *bolt.Tx, now time.Time) error {
	for _, n := range expired(tx, now) {
		if err := purge(tx, n); err != nil {
			return err
		}
	}
	return nil
}
