package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/baocao/baocao/model"
)

// schemaFresh is readSchema's answer for a bbolt file with no bucket at
// all: a new store to lay out.
const schemaFresh = -1

// readSchema returns the file's schema version. A file with a drafts
// bucket but no meta bucket is schema 0; one with other buckets only is
// not baocao's (ErrCorrupt); a version above schemaVersion is
// ErrNewerSchema.
func readSchema(tx *bolt.Tx, path string) (int, error) {
	m := tx.Bucket(bucketMeta)
	if m == nil {
		switch {
		case tx.Bucket(bucketDrafts) != nil:
			return 0, nil
		case isEmpty(tx):
			return schemaFresh, nil
		}
		return 0, corrupt(path, errors.New("tệp bbolt này không chứa bản nháp của baocao"))
	}
	v := m.Get(keySchema)
	if len(v) != 8 {
		return 0, corrupt(path, errors.New("thiếu số phiên bản cấu trúc tệp"))
	}
	n := binary.BigEndian.Uint64(v)
	if n > schemaVersion {
		return 0, &Error{Kind: ErrNewerSchema, Path: path,
			Err: fmt.Errorf("tệp theo cấu trúc số %d, bản baocao này chỉ đọc đến số %d", n, schemaVersion)}
	}
	return int(n), nil
}

func isEmpty(tx *bolt.Tx) bool {
	k, _ := tx.Cursor().First()
	return k == nil
}

func putSchema(tx *bolt.Tx, v int) error {
	return tx.Bucket(bucketMeta).Put(keySchema, binary.BigEndian.AppendUint64(nil, uint64(v)))
}

// initLayout creates the buckets of the current schema in an empty file.
func initLayout(tx *bolt.Tx) error {
	for _, name := range [][]byte{bucketMeta, bucketDrafts, bucketIndex, bucketRevisions, bucketTrash, bucketRecent} {
		if _, err := tx.CreateBucketIfNotExists(name); err != nil {
			return err
		}
	}
	return putSchema(tx, schemaVersion)
}

// migrations[v] upgrades a store of schema v to schema v+1 inside the
// caller's transaction.
var migrations = [schemaVersion]func(tx *bolt.Tx, now time.Time) error{migrate0to1, migrate1to2, migrate2to3, migrate3to4}

// upgrade migrates an older schema and purges expired trash, in one
// transaction, and only when there is something to do.
func (s *Store) upgrade() error {
	now := s.opts.now()
	var need bool
	var v int
	err := s.db.View(func(tx *bolt.Tx) error {
		release := releaser(s.db, tx.Size())
		defer release()
		var err error
		v, err = readSchema(tx, s.path)
		need = v != schemaVersion || (err == nil && hasExpired(tx, now)) ||
			(v == schemaVersion && (tx.Bucket(bucketRecent) == nil || s.walked && !recentSound(tx, release)))
		return err
	})
	if err != nil || !need {
		return err
	}
	if s.readOnly != nil && v != schemaVersion {
		return &Error{Kind: ErrReadOnly, Path: s.path,
			Err: fmt.Errorf("tệp theo cấu trúc cũ số %d, cần ghi vào tệp để nâng cấp: %w", v, s.readOnly)}
	}
	if s.readOnly != nil {
		return nil // expired trash is purged by the next writable Open
	}
	return s.db.Update(func(tx *bolt.Tx) error {
		v, err := readSchema(tx, s.path)
		if err != nil {
			return err
		}
		if v == schemaFresh {
			if err := initLayout(tx); err != nil {
				return err
			}
		}
		for ; v >= 0 && v < schemaVersion; v++ {
			if err := migrations[v](tx, now); err != nil {
				return corrupt(s.path, fmt.Errorf("không nâng cấp được tệp từ cấu trúc số %d: %w", v, err))
			}
		}
		if err := putSchema(tx, schemaVersion); err != nil {
			return err
		}
		if !recentSound(tx, nil) {
			if err := rebuildRecent(tx); err != nil {
				return err
			}
		}
		return purgeExpired(tx, now)
	})
}

// migrate0to1 adds the meta bucket and builds the index from the drafts:
// title from the subject, unit from the issuing body, times set to now.
func migrate0to1(tx *bolt.Tx, now time.Time) error {
	if _, err := tx.CreateBucketIfNotExists(bucketMeta); err != nil {
		return err
	}
	idx, err := tx.CreateBucketIfNotExists(bucketIndex)
	if err != nil {
		return err
	}
	return tx.Bucket(bucketDrafts).ForEach(func(k, v []byte) error {
		sum := Summary{Title: "Bản nháp số " + formatID(keyID(k))}
		if r, err := model.UnmarshalReport(v); err == nil {
			sum = guessSummary(r, sum.Title)
		}
		e := entry{UID: newUID(), Created: now, Modified: now, Version: 1, Summary: sum.clean()}
		return idx.Put(k, encodeEntry(e))
	})
}

// guessSummary is the summary a report gives without its outline: used
// where no caller supplies one (migration, import of a bare report).
func guessSummary(r model.Report, title string) Summary {
	sum := Summary{Title: title, Unit: r.Unit.Issuer, Outline: r.Outline}
	if r.Doc.Subject != "" {
		sum.Title = r.Doc.Subject
	}
	if sum.Unit == "" {
		sum.Unit = r.Unit.Name
	}
	return sum
}

// migrate1to2 adds the revisions and trash buckets and records each
// draft's current content as its first revision.
func migrate1to2(tx *bolt.Tx, now time.Time) error {
	for _, name := range [][]byte{bucketRevisions, bucketTrash} {
		if _, err := tx.CreateBucketIfNotExists(name); err != nil {
			return err
		}
	}
	drafts := tx.Bucket(bucketDrafts)
	return tx.Bucket(bucketIndex).ForEach(func(k, v []byte) error {
		e, err := decodeEntry(v)
		if err != nil {
			return err
		}
		report := drafts.Get(k)
		if report == nil {
			return fmt.Errorf("bản nháp số %s có trong mục lục nhưng không có nội dung", formatID(keyID(k)))
		}
		return addRevision(tx, keyID(k), revHead{Version: e.Version, Summary: e.Summary}, e.Modified, content{json: report}, now)
	})
}

// migrate2to3 rewrites the index and trash entries from JSON to their
// binary form (entry.go), so that listing reads no JSON; the upgrade
// then orders the live drafts by time in the recent bucket (recent.go).
func migrate2to3(tx *bolt.Tx, _ time.Time) error {
	for _, name := range [][]byte{bucketIndex, bucketTrash} {
		b := tx.Bucket(name)
		var keys, vals [][]byte
		err := b.ForEach(func(k, v []byte) error {
			e, err := decodeEntry(v)
			if err != nil {
				return fmt.Errorf("mục lục của bản nháp số %s hỏng: %w", formatID(keyID(k)), err)
			}
			keys, vals = append(keys, slices.Clone(k)), append(vals, encodeEntry(e))
			return nil
		})
		if err != nil {
			return err
		}
		for i, k := range keys {
			if err := b.Put(k, vals[i]); err != nil {
				return err
			}
		}
	}
	return nil
}

// migrate3to4 rebuilds the recent order with each draft's listing as its
// value (schema 3 kept empty values there and read every listed entry
// from the index), so that the drafts list is read in one cursor walk.
func migrate3to4(tx *bolt.Tx, _ time.Time) error {
	return rebuildRecent(tx)
}
