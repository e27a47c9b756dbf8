package store

import (
	"cmp"
	"errors"
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

// DaysLeft is how many days, counted up, remain before the draft is
// purged: 30 just after deletion, 1 on its last day, 0 once due.
func (t Trashed) DaysLeft(now time.Time) int {
	left := t.Expires.Sub(now)
	if left <= 0 {
		return 0
	}
	return int((left + 24*time.Hour - 1) / (24 * time.Hour))
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
		return dropEntry(tx, n)
	})
}

// Trash lists the drafts in the trash, most recently deleted first.
func (s *Store) Trash() ([]Trashed, error) {
	var out []Trashed
	err := s.view(func(tx *bolt.Tx) error {
		var err error
		out, err = trashList(tx)
		return err
	})
	return out, err
}

func trashList(tx *bolt.Tx) ([]Trashed, error) {
	var out []Trashed
	err := tx.Bucket(bucketTrash).ForEach(func(k, v []byte) error {
		e, err := decodeEntry(v)
		if err != nil {
			return corruptDraft(formatID(keyID(k)), err)
		}
		out = append(out, Trashed{Meta: e.meta(keyID(k)), Deleted: e.Deleted, Expires: e.Deleted.Add(TrashRetention)})
		return nil
	})
	slices.SortFunc(out, func(a, b Trashed) int {
		if c := b.Deleted.Compare(a.Deleted); c != 0 {
			return c
		}
		an, _ := parseID(a.ID)
		bn, _ := parseID(b.ID)
		return cmp.Compare(bn, an)
	})
	return out, err
}

// Undelete brings a draft back from the trash, as it was.
func (s *Store) Undelete(id string) (Meta, error) {
	var m Meta
	err := s.update(func(tx *bolt.Tx) error {
		var err error
		m, err = undelete(tx, id)
		return err
	})
	return m, err
}

func undelete(tx *bolt.Tx, id string) (Meta, error) {
	n, e, err := trashEntry(tx, id)
	if err != nil {
		return Meta{}, err
	}
	e.Deleted = time.Time{}
	if err := setEntry(tx, n, e); err != nil {
		return Meta{}, err
	}
	return e.meta(n), tx.Bucket(bucketTrash).Delete(key(n))
}

// UndeleteLast brings back the draft deleted last, whenever that was (in
// an earlier session too, as long as it is still in the trash); of drafts
// deleted at the same instant, the newest. An empty trash gives
// ErrNotFound.
func (s *Store) UndeleteLast() (Meta, error) {
	var m Meta
	err := s.update(func(tx *bolt.Tx) error {
		trash, err := trashList(tx)
		if err != nil {
			return err
		}
		if len(trash) == 0 {
			return &Error{Kind: ErrNotFound, Err: errors.New("thùng rác đang trống")}
		}
		m, err = undelete(tx, trash[0].ID)
		return err
	})
	return m, err
}

// EmptyTrash deletes every draft in the trash for good, with its content
// and revisions, in one transaction, and returns what it deleted.
func (s *Store) EmptyTrash() ([]Trashed, error) {
	var gone []Trashed
	err := s.update(func(tx *bolt.Tx) error {
		var err error
		if gone, err = trashList(tx); err != nil {
			return err
		}
		for _, t := range gone {
			n, _ := parseID(t.ID)
			if err := purge(tx, n); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return gone, nil
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
