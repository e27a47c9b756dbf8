package store

import (
	"errors"
	"runtime/debug"
	"slices"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"

	"github.com/baocao/baocao/model"
)

// Create stores a new draft with its summary and returns its entry
// (Version 1). It returns after the commit is on disk.
func (s *Store) Create(r model.Report, sum Summary) (Meta, error) {
	return s.create(r, sum, false)
}

// CreateAndClose is Create then Close with one commit fewer: the draft is
// stored and the session mark cleared in the same transaction, for a
// command that opens the store only to add one draft ("baocao compile").
// The mark set by Open stays until that commit, so a crash before it is
// still found by the next Open. The store is closed whatever happens.
func (s *Store) CreateAndClose(r model.Report, sum Summary) (Meta, error) {
	m, err := s.create(r, sum, true)
	if err != nil {
		s.Close()
		return Meta{}, err
	}
	return m, closedError(s.db.Close())
}

// create stores a new draft; ending, it clears the session mark in the
// same commit.
func (s *Store) create(r model.Report, sum Summary, ending bool) (Meta, error) {
	data, err := model.MarshalReport(r)
	if err != nil {
		return Meta{}, err
	}
	var m Meta
	err = s.update(func(tx *bolt.Tx) error {
		m, err = s.insert(tx, entry{UID: newUID(), Summary: sum, Clock: map[string]uint64{s.replica: 1}}, data)
		if err != nil || !ending {
			return err
		}
		return markSession(tx, false)
	})
	return m, err
}

// insert adds a draft under the next ID. Created and Modified default to
// now; Version to 1.
func (s *Store) insert(tx *bolt.Tx, e entry, data []byte) (Meta, error) {
	now := s.opts.now()
	id, err := tx.Bucket(bucketDrafts).NextSequence()
	if err != nil {
		return Meta{}, err
	}
	e.Summary = e.Summary.clean()
	if e.Created.IsZero() {
		e.Created = now
	}
	if e.Modified.IsZero() {
		e.Modified = now
	}
	e.Version = max(e.Version, 1)
	c := packed(data)
	if err := tx.Bucket(bucketDrafts).Put(key(id), c.packed); err != nil {
		return Meta{}, err
	}
	if err := setEntry(tx, id, e); err != nil {
		return Meta{}, err
	}
	h := revHead{Version: e.Version, Summary: e.Summary}
	return e.meta(id), addRevision(tx, id, h, now, c, now)
}

// Save stores a draft's report and summary over the draft's previous
// content, which stays among its revisions, and returns the new entry
// (Modified now, Version one more). It returns only after the commit is
// durable (bbolt fsyncs every commit). A draft in the trash gives
// ErrTrashed, an unknown one ErrNotFound. Save does not clean the report's
// text (the UI does at entry); Get returns it cleaned.
func (s *Store) Save(d Draft) (Meta, error) {
	data, err := model.MarshalReport(d.Report)
	if err != nil {
		return Meta{}, err
	}
	var m Meta
	err = s.update(func(tx *bolt.Tx) error {
		m, err = s.put(tx, d.ID, d.Summary, data)
		return err
	})
	return m, err
}

// put replaces a live draft's content and records a revision.
func (s *Store) put(tx *bolt.Tx, id string, sum Summary, data []byte) (Meta, error) {
	n, ok := parseID(id)
	if !ok {
		return Meta{}, notFound(id)
	}
	e, err := liveEntry(tx, n, id)
	if err != nil {
		return Meta{}, err
	}
	now := s.opts.now()
	e.Modified = now
	e.Version++
	e.Summary = sum.clean()
	prev, _ := unpackDraft(tx.Bucket(bucketDrafts).Get(key(n))) // damaged: its hash as it is
	e.advance(s.replica, prev)
	c := packed(data)
	if err := tx.Bucket(bucketDrafts).Put(key(n), c.packed); err != nil {
		return Meta{}, err
	}
	if err := setEntry(tx, n, e); err != nil {
		return Meta{}, err
	}
	return e.meta(n), addRevision(tx, n, revHead{Version: e.Version, Summary: e.Summary}, now, c, now)
}

// Get returns a live draft in full. Its text has passed model.Clean (it is
// read with model.UnmarshalReport).
func (s *Store) Get(id string) (Draft, error) {
	n, ok := parseID(id)
	if !ok {
		return Draft{}, notFound(id)
	}
	var e entry
	var data []byte
	err := s.view(func(tx *bolt.Tx) error {
		var err error
		if e, err = liveEntry(tx, n, id); err != nil {
			return err
		}
		data, err = unpackDraft(tx.Bucket(bucketDrafts).Get(key(n)))
		if err != nil {
			return corruptDraft(id, err)
		}
		data = slices.Clone(data)
		return nil
	})
	if err != nil {
		return Draft{}, err
	}
	r, err := s.decode(id, data)
	if err != nil {
		return Draft{}, err
	}
	return Draft{Meta: e.meta(n), Report: r}, nil
}

// decode reads a stored report; a bad one is ErrCorrupt for that draft.
func (s *Store) decode(id string, data []byte) (model.Report, error) {
	s.decodes.Add(1)
	if data == nil {
		return model.Report{}, corruptDraft(id, errors.New("nội dung bản nháp bị mất"))
	}
	r, err := model.UnmarshalReport(data)
	if err != nil {
		return model.Report{}, corruptDraft(id, err)
	}
	return r, nil
}

// List returns the entries of all live drafts (not those in the trash),
// most recently modified first. It reads only the index: no report is
// decoded. For a list too long to hold, see ListPage and Each.
func (s *Store) List() ([]Meta, error) {
	var out []Meta
	err := s.Each(func(m Meta) error {
		out = append(out, m)
		return nil
	})
	return out, err
}

// Duplicate starts a new draft from an existing one with Report.Carry:
// unit, staffing, recipients and signer are kept; number, dates,
// directive and answers are cleared (next period's report from last
// period's). The copy's summary keeps title, unit and Required, with no
// section done and no problem counted, until the caller's first Save.
func (s *Store) Duplicate(id string, o model.Outline) (Meta, error) {
	d, err := s.Get(id)
	if err != nil {
		return Meta{}, err
	}
	r := d.Report.Carry(o)
	sum := d.Summary
	sum.Done, sum.Errors, sum.Warnings, sum.Section = 0, 0, 0, ""
	sum.Outline = o.ID
	if s.opts.summarize != nil {
		sum = s.opts.summarize(r) // as the screens count the carried report
	}
	return s.Create(r, sum)
}

// liveEntry returns a draft's index entry: ErrTrashed when it is in the
// trash, ErrNotFound when it is nowhere.
func liveEntry(tx *bolt.Tx, n uint64, id string) (entry, error) {
	v := tx.Bucket(bucketIndex).Get(key(n))
	if v == nil {
		if tx.Bucket(bucketTrash).Get(key(n)) != nil {
			return entry{}, &Error{Kind: ErrTrashed, Draft: id}
		}
		return entry{}, notFound(id)
	}
	e, err := decodeEntry(v)
	if err != nil {
		return entry{}, corruptDraft(id, err)
	}
	return e, nil
}

func corruptDraft(id string, err error) error {
	return &Error{Kind: ErrCorrupt, Draft: id, Err: err}
}

func (s *Store) view(fn func(*bolt.Tx) error) (err error) {
	defer s.recoverFault(&err)
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	return closedError(s.db.View(fn))
}

// update runs fn in a write transaction; a read-only store refuses with
// ErrReadOnly.
func (s *Store) update(fn func(*bolt.Tx) error) (err error) {
	if s.readOnly != nil {
		return &Error{Kind: ErrReadOnly, Path: s.path, Err: s.readOnly}
	}
	defer s.recoverFault(&err)
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	return closedError(s.db.Update(fn))
}

func closedError(err error) error {
	if errors.Is(err, berrors.ErrDatabaseNotOpen) {
		return ErrClosed
	}
	return err
}
