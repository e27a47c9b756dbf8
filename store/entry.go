package store

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"maps"
	"slices"
	"time"

	"github.com/baocao/baocao/model"
)

// entryTag starts an index entry in its binary form (schema 3). Entries of
// schema 2 and before are JSON objects, which start with '{'; decodeEntry
// reads both, and the migration to schema 3 rewrites them.
const entryTag = 1

// encodeEntry writes an index entry in its binary form: times as Unix
// nanoseconds (0 for the zero time), the version, the summary, origin,
// uid, root and the clock (sorted by replica). Listing reads up to the
// summary only (decodeListing), so that a drafts list of tens of
// thousands is read in milliseconds.
func encodeEntry(e entry) []byte {
	out := []byte{entryTag}
	for _, t := range []time.Time{e.Created, e.Modified, e.Deleted} {
		out = appendTime(out, t)
	}
	out = binary.AppendUvarint(out, e.Version)
	s := e.Summary
	for _, str := range []string{s.Title, s.Unit, s.Outline, s.Section, e.Origin, e.UID, e.Root} {
		out = appendString(out, str)
	}
	for _, n := range []int{s.Done, s.Required, s.Errors, s.Warnings} {
		out = binary.AppendUvarint(out, uint64(max(n, 0)))
	}
	out = binary.AppendUvarint(out, uint64(len(e.Clock)))
	for _, r := range slices.Sorted(maps.Keys(e.Clock)) {
		out = appendString(out, r)
		out = binary.AppendUvarint(out, e.Clock[r])
	}
	return out
}

// decodeEntry reads an index entry in either form; its summary's texts
// are cleaned (model.CleanLine, as Summary.clean does), as at every other
// entry point, so that a drafts file written by another program cannot
// bring escape sequences to a terminal.
func decodeEntry(v []byte) (entry, error) {
	return readEntry(v, true, nil)
}

// decodeListing reads what a drafts list shows of an entry: times,
// version, summary and origin, not the uid and lineage.
func decodeListing(v []byte) (entry, error) {
	return readEntry(v, false, nil)
}

// readEntry reads an entry, all of it when full, else its listing; the
// unit, outline and section texts come cleaned from seen (nil: none
// kept) when met before.
func readEntry(v []byte, full bool, seen texts) (entry, error) {
	var e entry
	if len(v) > 0 && v[0] == '{' {
		err := json.Unmarshal(v, &e)
		e.Summary = e.Summary.clean()
		return e, err
	}
	if len(v) == 0 || v[0] != entryTag {
		return e, errBadEntry
	}
	r := reader{b: v[1:]}
	e.Created, e.Modified, e.Deleted = r.time(), r.time(), r.time()
	e.Version = r.uvarint()
	s := &e.Summary
	s.Title = model.CleanLine(r.string())
	s.Unit, s.Outline, s.Section = seen.clean(r.bytes()), seen.clean(r.bytes()), seen.clean(r.bytes())
	e.Origin = r.string()
	if full {
		e.UID, e.Root = r.string(), r.string()
	} else {
		r.skip()
		r.skip()
	}
	for _, p := range []*int{&s.Done, &s.Required, &s.Errors, &s.Warnings} {
		*p = int(min(r.uvarint(), 1<<31))
	}
	if full {
		e.Clock = r.clock()
	}
	return e, r.err
}

// texts keeps the short texts that entries repeat from draft to draft
// (units, outlines, sections) cleaned, so that a walk of tens of
// thousands of entries cleans each distinct one once; at most textsMax
// are kept.
type texts map[string]string

const textsMax = 1024

// clean returns b as a cleaned line (model.CleanLine).
func (t texts) clean(b []byte) string {
	if s, ok := t[string(b)]; ok {
		return s
	}
	s := model.CleanLine(string(b))
	if t != nil && len(t) < textsMax {
		t[string(b)] = s
	}
	return s
}

var errBadEntry = errors.New("mục lục hỏng: không đọc được dòng của bản nháp")

func appendString(out []byte, s string) []byte {
	return append(binary.AppendUvarint(out, uint64(len(s))), s...)
}

// appendTime writes Unix nanoseconds (0 for the zero time) and the zone's
// offset in seconds, which reader.time turns back into a zone as
// encoding/json reads RFC 3339: UTC, Local when the offset is Local's
// then, else a fixed zone.
func appendTime(out []byte, t time.Time) []byte {
	if t.IsZero() {
		return binary.AppendVarint(out, 0)
	}
	_, off := t.Zone()
	return binary.AppendVarint(binary.AppendVarint(out, t.UnixNano()), int64(off))
}

// reader reads an entry's fields; the first fault is kept and every read
// after it gives zero values.
type reader struct {
	b   []byte
	err error
}

func (r *reader) uvarint() uint64 {
	if r.err != nil {
		return 0
	}
	n, w := binary.Uvarint(r.b)
	if w <= 0 {
		r.err = errBadEntry
		return 0
	}
	r.b = r.b[w:]
	return n
}

func (r *reader) time() time.Time {
	if r.err != nil {
		return time.Time{}
	}
	n, w := binary.Varint(r.b)
	if w <= 0 {
		r.err = errBadEntry
		return time.Time{}
	}
	r.b = r.b[w:]
	if n == 0 {
		return time.Time{}
	}
	off, w := binary.Varint(r.b)
	if w <= 0 || off < -24*3600 || off > 24*3600 {
		r.err = errBadEntry
		return time.Time{}
	}
	r.b = r.b[w:]
	t := time.Unix(0, n)
	_, local := t.Zone()
	switch {
	case off == 0:
		return t.UTC()
	case int(off) == local:
		return t
	}
	return t.In(time.FixedZone("", int(off)))
}

func (r *reader) string() string {
	return string(r.bytes())
}

func (r *reader) skip() { r.bytes() }

func (r *reader) bytes() []byte {
	n := r.uvarint()
	if r.err != nil || n > uint64(len(r.b)) {
		r.err = errBadEntry
		return nil
	}
	b := r.b[:n]
	r.b = r.b[n:]
	return b
}

func (r *reader) clock() map[string]uint64 {
	n := r.uvarint()
	if n == 0 || r.err != nil || n > uint64(len(r.b)) {
		return nil
	}
	c := make(map[string]uint64, n)
	for range n {
		k := r.string()
		c[k] = r.uvarint()
	}
	return c
}
