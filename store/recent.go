package store

import (
	"bytes"
	"encoding/binary"
	"slices"
	"time"

	bolt "go.etcd.io/bbolt"
)

// The recent bucket orders the live drafts as the drafts list shows them,
// most recently modified first: its keys are the modification time in
// Unix nanoseconds and the draft's ID, each as 8 bytes big-endian and
// inverted; its values are what the list shows of the draft (a listing:
// the index entry without uid and lineage, in the same binary form).
// setEntry and dropEntry keep it beside the index, so that the list is
// one walk of a cursor: no lookup in the index, no entry read beyond the
// page shown.
func recentKey(id uint64, modified time.Time) []byte {
	k := binary.BigEndian.AppendUint64(nil, ^uint64(unixNano(modified)))
	return binary.BigEndian.AppendUint64(k, ^id)
}

func recentID(k []byte) uint64 {
	if len(k) != 16 {
		return 0
	}
	return ^binary.BigEndian.Uint64(k[8:])
}

func unixNano(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.UnixNano()
}

// listing is what the recent order keeps of an entry: all that a drafts
// list shows (Meta), without the uid and the lineage.
func listing(e entry) []byte {
	return encodeEntry(entry{Created: e.Created, Modified: e.Modified, Version: e.Version, Summary: e.Summary,
		Origin: e.Origin})
}

// setEntry writes a live draft's index entry and its place in the recent
// order with its listing (moving it when its time changed).
func setEntry(tx *bolt.Tx, n uint64, e entry) error {
	recent := tx.Bucket(bucketRecent)
	if old := tx.Bucket(bucketIndex).Get(key(n)); old != nil {
		if o, err := decodeListing(old); err == nil {
			if err := recent.Delete(recentKey(n, o.Modified)); err != nil {
				return err
			}
		}
	}
	if err := tx.Bucket(bucketIndex).Put(key(n), encodeEntry(e)); err != nil {
		return err
	}
	return recent.Put(recentKey(n, e.Modified), listing(e))
}

// dropEntry removes a live draft's index entry and its place in the
// recent order.
func dropEntry(tx *bolt.Tx, n uint64) error {
	if old := tx.Bucket(bucketIndex).Get(key(n)); old != nil {
		if o, err := decodeListing(old); err == nil {
			if err := tx.Bucket(bucketRecent).Delete(recentKey(n, o.Modified)); err != nil {
				return err
			}
		}
	}
	return tx.Bucket(bucketIndex).Delete(key(n))
}

// Page is a window of the drafts list: Items from the list's Offset on,
// and how many drafts the whole list (after the filter) holds.
type Page struct {
	Items  []Meta
	Offset int
	Total  int
}

// ListPage returns at most n live drafts from offset on, most recently
// modified first, among those match accepts (all when match is nil), and
// how many it accepts in all. Without a filter it decodes only the
// drafts of the page; with one it reads every entry's summary, one at a
// time, and keeps the page's. No report is decoded.
func (s *Store) ListPage(offset, n int, match func(Meta) bool) (Page, error) {
	p := Page{Offset: max(offset, 0)}
	err := s.view(func(tx *bolt.Tx) error {
		if match != nil {
			return eachRecent(tx, 0, func(m Meta) (bool, error) {
				if match(m) {
					if p.Total >= p.Offset && len(p.Items) < n {
						p.Items = append(p.Items, m)
					}
					p.Total++
				}
				return true, nil
			})
		}
		p.Total = tx.Bucket(bucketRecent).Stats().KeyN // the order's keys are small: no entry read
		if n <= 0 {
			return nil
		}
		return eachRecent(tx, p.Offset, func(m Meta) (bool, error) {
			p.Items = append(p.Items, m)
			return len(p.Items) < n, nil
		})
	})
	return p, err
}

// Each calls fn on every live draft, most recently modified first,
// decoding one entry at a time: a drafts list printed without holding
// it. An error from fn stops it and is returned.
func (s *Store) Each(fn func(Meta) error) error {
	return s.view(func(tx *bolt.Tx) error {
		return eachRecent(tx, 0, func(m Meta) (bool, error) { return true, fn(m) })
	})
}

// eachRecent walks the recent order, skipping the first skip drafts
// undecoded, and calls fn on each after them until it says stop.
func eachRecent(tx *bolt.Tx, skip int, fn func(Meta) (bool, error)) error {
	c := tx.Bucket(bucketRecent).Cursor()
	k, v := c.First()
	for ; k != nil && skip > 0; k, v = c.Next() {
		skip--
	}
	seen := texts{}
	for ; k != nil; k, v = c.Next() {
		n := recentID(k)
		e, err := readEntry(v, false, seen)
		if err != nil {
			return corruptDraft(formatID(n), err)
		}
		more, err := fn(e.meta(n))
		if err != nil || !more {
			return err
		}
	}
	return nil
}

// recentSound says whether the recent order holds each live draft once,
// at its time, with its listing as the index has it. The upgrade checks it
// after a migration and whenever Open read every page (after an unclean
// shutdown, or WithVerify), and rebuilds the order when it does not hold:
// a draft missing from it would be missing from the drafts list, a stale
// listing would show what the draft no longer is. It counts with cursors:
// Bucket.Stats does not see a bucket made in the same transaction. In a
// read transaction, release (nil: none) lets the pages read go every
// releaseEvery drafts, so that its memory does not grow with the drafts.
func recentSound(tx *bolt.Tx, release func()) bool {
	recent, idx := tx.Bucket(bucketRecent), tx.Bucket(bucketIndex)
	if recent == nil {
		return false
	}
	n := 0
	c := recent.Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		if release != nil && n%releaseEvery == releaseEvery-1 {
			release()
		}
		e, err := decodeListing(idx.Get(key(recentID(k))))
		if err != nil || !bytes.Equal(recentKey(recentID(k), e.Modified), k) || !bytes.Equal(listing(e), v) {
			return false
		}
		n++
	}
	return n == countKeys(idx, release)
}

// countKeys counts b's keys, calling release (when not nil) every
// releaseEvery keys.
func countKeys(b *bolt.Bucket, release func()) int {
	n := 0
	c := b.Cursor()
	for k, _ := c.First(); k != nil; k, _ = c.Next() {
		if n++; release != nil && n%releaseEvery == 0 {
			release()
		}
	}
	return n
}

// rebuildRecent makes the recent order anew from the index. It puts the
// keys in order: bbolt keeps a new bucket in one node until the commit,
// where a key put before the others moves them all.
func rebuildRecent(tx *bolt.Tx) error {
	if tx.Bucket(bucketRecent) != nil {
		if err := tx.DeleteBucket(bucketRecent); err != nil {
			return err
		}
	}
	recent, err := tx.CreateBucket(bucketRecent)
	if err != nil {
		return err
	}
	type pair struct{ k, v []byte }
	var order []pair
	err = tx.Bucket(bucketIndex).ForEach(func(k, v []byte) error {
		e, err := decodeListing(v)
		if err != nil {
			return corruptDraft(formatID(keyID(k)), err)
		}
		order = append(order, pair{recentKey(keyID(k), e.Modified), listing(e)})
		return nil
	})
	if err != nil {
		return err
	}
	slices.SortFunc(order, func(a, b pair) int { return bytes.Compare(a.k, b.k) })
	for _, p := range order {
		if err := recent.Put(p.k, p.v); err != nil {
			return err
		}
	}
	return nil
}
