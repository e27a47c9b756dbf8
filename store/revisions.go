package store

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"slices"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/model/diff"
)

// The revision policy (see the package doc): the newest KeepRecent
// revisions of a draft are kept as they are; of the older ones, only the
// newest of each minute (for those less than an hour old), of each hour
// (less than a day old) or of each day is kept; and never more than
// MaxRevisions in all, the oldest going first.
const (
	KeepRecent   = 10
	MaxRevisions = 50
)

// Revision is one saved state of a draft, as Revisions lists it.
type Revision struct {
	// Rev numbers the draft's revisions from 1 in save order; a number is
	// never reused, so thinning leaves gaps.
	Rev uint64
	// Saved is when the revision was saved.
	Saved time.Time
	// Version is the draft's Version that this revision first had.
	Version uint64
	Summary Summary
	// Size is the length of the report's JSON form in bytes.
	Size int
}

// revHead is the JSON head of a stored revision. Size, Zip and Sum are
// set on revisions written since schema 3: the report's length, that it
// is stored deflated, and its SHA-256 (hex), so that a save equal to the
// newest revision is told without inflating it.
type revHead struct {
	Version uint64  `json:"version"`
	Summary Summary `json:"summary"`
	Size    int     `json:"size,omitempty"`
	Zip     bool    `json:"zip,omitempty"`
	Sum     string  `json:"sum,omitempty"`
}

// A stored revision is: the save time as 8 bytes big-endian Unix
// nanoseconds, the head's length as a uvarint, the head as JSON, then the
// report's JSON form, deflated (Zip) from packMin bytes on. Listing
// reads only time and head. The deflated report is taken from c's packed
// form when it has one.
func encodeRev(saved time.Time, h revHead, c content) []byte {
	report, body := c.json, c.json
	if len(report) >= packMin {
		var ok bool
		if body, ok = c.deflated(); !ok {
			body = deflate(nil, report)
		}
		h.Size, h.Zip = len(report), true
	}
	h.Sum = reportSum(report)
	head, err := json.Marshal(h)
	if err != nil {
		panic(err) // revHead has only strings and ints: cannot fail
	}
	out := binary.BigEndian.AppendUint64(nil, uint64(saved.UnixNano()))
	out = binary.AppendUvarint(out, uint64(len(head)))
	out = append(out, head...)
	return append(out, body...)
}

func reportSum(report []byte) string {
	sum := sha256.Sum256(report)
	return hex.EncodeToString(sum[:])
}

// revReport returns a stored revision's report: its body, inflated when
// the head says so, and exactly as long as the head says.
func revReport(h revHead, body []byte) ([]byte, error) {
	if !h.Zip {
		return body, nil
	}
	return inflate(body, uint64(max(h.Size, 0)))
}

func splitRev(v []byte) (saved time.Time, head, report []byte, err error) {
	if len(v) < 9 {
		return time.Time{}, nil, nil, errors.New("bản lưu quá ngắn")
	}
	saved = time.Unix(0, int64(binary.BigEndian.Uint64(v))).UTC()
	n, w := binary.Uvarint(v[8:])
	if w <= 0 || n > uint64(len(v)-8-w) {
		return time.Time{}, nil, nil, errors.New("đầu bản lưu hỏng")
	}
	head = v[8+w : 8+w+int(n)]
	return saved, head, v[8+w+int(n):], nil
}

// decodeRev reads a stored revision's time and head, and returns its
// head and stored body (see revReport).
func decodeRev(rev uint64, v []byte) (Revision, revHead, []byte, error) {
	saved, head, body, err := splitRev(v)
	if err != nil {
		return Revision{}, revHead{}, nil, err
	}
	var h revHead
	if err := json.Unmarshal(head, &h); err != nil {
		return Revision{}, revHead{}, nil, err
	}
	r := Revision{Rev: rev, Saved: saved, Version: h.Version, Summary: h.Summary, Size: len(body)}
	if h.Zip {
		r.Size = h.Size
	}
	return r, h, body, nil
}

// revKey is a revision's key: the draft's key, then the revision number
// as 8 bytes big-endian, so that a draft's revisions are adjacent and in
// save order.
func revKey(id, rev uint64) []byte {
	return binary.BigEndian.AppendUint64(key(id), rev)
}

func revOf(k []byte) uint64 {
	if len(k) != 16 {
		return 0
	}
	return binary.BigEndian.Uint64(k[8:])
}

// lastRev returns the key and value of a draft's newest revision, or nils.
func lastRev(c *bolt.Cursor, id uint64) ([]byte, []byte) {
	k, v := c.Seek(key(id + 1))
	if k == nil {
		k, v = c.Last()
	} else {
		k, v = c.Prev()
	}
	if k == nil || !bytes.HasPrefix(k, key(id)) {
		return nil, nil
	}
	return k, v
}

// revKeys returns the keys of a draft's revisions, oldest first.
func revKeys(b *bolt.Bucket, id uint64) [][]byte {
	var out [][]byte
	c := b.Cursor()
	for k, _ := c.Seek(key(id)); k != nil && bytes.HasPrefix(k, key(id)); k, _ = c.Next() {
		out = append(out, slices.Clone(k))
	}
	return out
}

// addRevision records a draft's content unless it equals the newest
// revision's, then thins the draft's revisions.
func addRevision(tx *bolt.Tx, id uint64, h revHead, saved time.Time, c content, now time.Time) error {
	b := tx.Bucket(bucketRevisions)
	next := uint64(1)
	if k, v := lastRev(b.Cursor(), id); k != nil {
		if sameContent(v, c.json) {
			return nil
		}
		next = revOf(k) + 1
	}
	if err := b.Put(revKey(id, next), encodeRev(saved, h, c)); err != nil {
		return err
	}
	return thin(b, id, now, max(len(c.json)/2, RevisionBudget))
}

// sameContent says whether the stored revision v holds report.
func sameContent(v, report []byte) bool {
	_, h, body, err := decodeRev(0, v)
	switch {
	case err != nil:
		return false
	case h.Sum != "":
		return h.Sum == reportSum(report)
	}
	last, err := revReport(h, body)
	return err == nil && bytes.Equal(last, report)
}

// RevisionBudget is the least room a draft's revisions may take, stored
// (deflated); a draft larger than twice it may keep half its own size.
// Past it the oldest go first, the newest two always stay: a draft of a
// hundred pages saved a thousand times keeps its file within about three
// times its size, and a small draft keeps MaxRevisions as before.
const RevisionBudget = 256 << 10

// thin deletes the revisions the policy does not keep: by age and count,
// then by stored size beyond budget bytes.
func thin(b *bolt.Bucket, id uint64, now time.Time, budget int) error {
	type rev struct {
		k     []byte
		saved time.Time
		size  int
	}
	var revs []rev // oldest first
	for _, k := range revKeys(b, id) {
		v := b.Get(k)
		saved, _, _, _ := splitRev(v)
		revs = append(revs, rev{k, saved, len(v)})
	}
	type slot struct {
		step time.Duration
		at   int64
	}
	seen := map[slot]bool{}
	kept, used := 0, 0
	var drop [][]byte
	for i := len(revs) - 1; i >= 0; i-- {
		used += revs[i].size
		if kept >= 2 && used > budget {
			drop = append(drop, revs[i].k)
			continue
		}
		if i < len(revs)-KeepRecent {
			step := period(now.Sub(revs[i].saved))
			s := slot{step, revs[i].saved.Truncate(step).UnixNano()}
			if seen[s] || kept >= MaxRevisions {
				drop = append(drop, revs[i].k)
				used -= revs[i].size
				continue
			}
			seen[s] = true
		}
		kept++
	}
	return deleteKeys(b, drop)
}

func deleteKeys(b *bolt.Bucket, keys [][]byte) error {
	for _, k := range keys {
		if err := b.Delete(k); err != nil {
			return err
		}
	}
	return nil
}

// period is how coarse the revisions of a given age are kept.
func period(age time.Duration) time.Duration {
	switch {
	case age < time.Hour:
		return time.Minute
	case age < 24*time.Hour:
		return time.Hour
	}
	return 24 * time.Hour
}

// Revisions lists a live draft's revisions, newest first.
func (s *Store) Revisions(id string) ([]Revision, error) {
	n, ok := parseID(id)
	if !ok {
		return nil, notFound(id)
	}
	var out []Revision
	err := s.view(func(tx *bolt.Tx) error {
		if _, err := liveEntry(tx, n, id); err != nil {
			return err
		}
		c := tx.Bucket(bucketRevisions).Cursor()
		for k, v := lastRev(c, n); k != nil && bytes.HasPrefix(k, key(n)); k, v = c.Prev() {
			r, _, _, err := decodeRev(revOf(k), v)
			if err != nil {
				return corruptDraft(id, err)
			}
			out = append(out, r)
		}
		return nil
	})
	return out, err
}

// RevisionReport returns the report of one revision of a live draft.
func (s *Store) RevisionReport(id string, rev uint64) (model.Report, error) {
	var data []byte
	err := s.view(func(tx *bolt.Tx) error {
		_, report, err := findRevision(tx, id, rev)
		data = slices.Clone(report)
		return err
	})
	if err != nil {
		return model.Report{}, err
	}
	return s.decode(id, data)
}

// Restored is what RestoreRevision did: the draft's new entry, and the
// revision that holds the content the restore replaced, so that restoring
// that one undoes it.
type Restored struct {
	Meta
	Replaced uint64
}

// RestoreRevision makes a revision the draft's current content, with the
// summary it had, as a new save. The content it replaces is kept as a
// revision first (Restored.Replaced names it), so a restore can itself be
// undone with RestoreRevision(id, Replaced).
func (s *Store) RestoreRevision(id string, rev uint64) (Restored, error) {
	var out Restored
	err := s.update(func(tx *bolt.Tx) error {
		r, report, err := findRevision(tx, id, rev)
		if err != nil {
			return err
		}
		report = slices.Clone(report)
		if out.Replaced, err = s.keepCurrent(tx, id); err != nil {
			return err
		}
		out.Meta, err = s.put(tx, id, r.Summary, report)
		return err
	})
	return out, err
}

// keepCurrent records a live draft's current content as a revision
// unless the newest one already holds it, and returns that revision's
// number; 0 when the content is missing altogether. Content that no
// longer decodes is kept too, as it is.
func (s *Store) keepCurrent(tx *bolt.Tx, id string) (uint64, error) {
	n, _ := parseID(id)
	e, err := liveEntry(tx, n, id)
	if err != nil {
		return 0, err
	}
	stored := tx.Bucket(bucketDrafts).Get(key(n))
	if stored == nil {
		return 0, nil // the content is lost: nothing to keep, and no undo
	}
	data, err := unpackDraft(stored)
	if err != nil {
		data = stored // kept as it is, for whoever can read it
	}
	now := s.opts.now()
	if err := addRevision(tx, n, revHead{Version: e.Version, Summary: e.Summary}, e.Modified, content{json: slices.Clone(data)}, now); err != nil {
		return 0, err
	}
	k, _ := lastRev(tx.Bucket(bucketRevisions).Cursor(), n)
	return revOf(k), nil
}

// Change is one revision in a draft's history with what it changed
// against the readable revision kept before it.
type Change struct {
	Revision
	// First is set on the oldest readable revision kept: Diff then
	// compares it with an empty report.
	First bool
	Diff  diff.Diff
	// Err is set, and Diff empty, for a revision that cannot be read
	// (ErrCorrupt); the others are still listed.
	Err error
}

// History lists a live draft's revisions, newest first, each with what it
// changed since the one kept before it, compared along outline o (the
// zero Outline compares every part of the report under its own heading).
// It decodes every revision, so it is for the history screen and command,
// not for listing drafts. A revision that cannot be read is listed with
// its error.
func (s *Store) History(id string, o model.Outline) ([]Change, error) {
	revs, err := s.Revisions(id)
	if err != nil {
		return nil, err
	}
	out := make([]Change, len(revs))
	reports := make([]model.Report, len(revs))
	for i, r := range revs {
		out[i].Revision = r
		reports[i], out[i].Err = s.RevisionReport(id, r.Rev)
		if errors.Is(out[i].Err, ErrClosed) {
			return nil, out[i].Err
		}
	}
	prev := -1 // the older readable revision of the one being compared
	for i := len(out) - 1; i >= 0; i-- {
		if out[i].Err != nil {
			continue
		}
		if prev < 0 {
			out[i].First = true
			out[i].Diff = diff.Reports(model.Report{}, reports[i], o)
		} else {
			out[i].Diff = diff.Reports(reports[prev], reports[i], o)
		}
		prev = i
	}
	return out, nil
}

func findRevision(tx *bolt.Tx, id string, rev uint64) (Revision, []byte, error) {
	n, ok := parseID(id)
	if !ok {
		return Revision{}, nil, notFound(id)
	}
	if _, err := liveEntry(tx, n, id); err != nil {
		return Revision{}, nil, err
	}
	v := tx.Bucket(bucketRevisions).Get(revKey(n, rev))
	if v == nil {
		return Revision{}, nil, &Error{Kind: ErrNotFound, Draft: id, Err: errors.New("không có bản lưu này; có thể nó đã được dọn bớt")}
	}
	r, h, body, err := decodeRev(rev, v)
	if err == nil {
		body, err = revReport(h, body)
	}
	if err != nil {
		return Revision{}, nil, corruptDraft(id, err)
	}
	return r, body, nil
}
