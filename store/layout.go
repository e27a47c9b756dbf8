package store

import (
	"crypto/rand"
	"encoding/binary"
	"encoding/hex"
	"strconv"
	"time"

	"github.com/baocao/baocao/model"
)

// schemaVersion is the layout this build writes; see the package doc.
const schemaVersion = 4

// The top-level buckets and the schema key; see the package doc.
var (
	bucketMeta      = []byte("meta")
	bucketDrafts    = []byte("drafts")
	bucketIndex     = []byte("index")
	bucketRevisions = []byte("revisions")
	bucketTrash     = []byte("trash")
	bucketRecent    = []byte("recent")
	keySchema       = []byte("schema")
)

// Summary is what a drafts list shows of a draft without decoding it. The
// caller computes it (the store does not know outlines) and passes it with
// every Create and Save; the store cleans its text with model.CleanLine.
type Summary struct {
	Title   string `json:"title"`
	Unit    string `json:"unit"`
	Outline string `json:"outline"`
	// Done and Required count the outline's sections done and needing an
	// answer (model.Progress).
	Done     int `json:"done"`
	Required int `json:"required"`
	// Errors and Warnings count the report's problems (model.Count).
	Errors   int `json:"errors"`
	Warnings int `json:"warnings"`
	// Section is the ID of the section last edited, to resume there.
	Section string `json:"section,omitempty"`
}

func (s Summary) clean() Summary {
	for _, p := range []*string{&s.Title, &s.Unit, &s.Outline, &s.Section} {
		*p = model.CleanLine(*p)
	}
	for _, n := range []*int{&s.Done, &s.Required, &s.Errors, &s.Warnings} {
		*n = max(*n, 0)
	}
	return s
}

// Meta is a draft's index entry: its ID, summary and times.
type Meta struct {
	// ID is the draft's number as shown to users, a short decimal string
	// ("12"); it never changes and is never reused.
	ID string
	Summary
	Created  time.Time
	Modified time.Time
	// Version counts the draft's saves, 1 after Create; every Save adds 1.
	Version uint64
	// Conflict is true for a draft that a bundle import kept beside a local
	// draft edited on both PCs (the bundle's version of it).
	Conflict bool
}

// Draft is a draft in full: its index entry and the report.
type Draft struct {
	Meta
	Report model.Report
}

// entry is the stored form of Meta (in the index and trash buckets, as
// JSON). UID identifies the draft across stores for bundle import.
type entry struct {
	UID      string    `json:"uid"`
	Created  time.Time `json:"created"`
	Modified time.Time `json:"modified"`
	Version  uint64    `json:"version"`
	Summary  Summary   `json:"summary"`
	Deleted  time.Time `json:"deleted,omitzero"`
	// Origin is, for a conflict copy made by ImportBundle, the uid of the
	// bundle draft it came from.
	Origin string `json:"origin,omitempty"`
	// Clock and Root are the draft's lineage (lineage.go): its saves per
	// store, and the hash of the content it had before it had a clock.
	Clock map[string]uint64 `json:"clock,omitempty"`
	Root  string            `json:"root,omitempty"`
}

func (e entry) meta(id uint64) Meta {
	return Meta{ID: formatID(id), Summary: e.Summary, Created: e.Created, Modified: e.Modified, Version: e.Version,
		Conflict: e.Origin != ""}
}

// key is the bbolt key of a draft ID: 8 bytes big-endian, so keys sort by
// number.
func key(id uint64) []byte {
	return binary.BigEndian.AppendUint64(nil, id)
}

func keyID(k []byte) uint64 {
	if len(k) != 8 {
		return 0
	}
	return binary.BigEndian.Uint64(k)
}

func formatID(id uint64) string { return strconv.FormatUint(id, 10) }

// parseID reads a draft ID as shown to users; it reports false for
// anything but a positive decimal number.
func parseID(s string) (uint64, bool) {
	id, err := strconv.ParseUint(s, 10, 64)
	return id, err == nil && id > 0
}

// newUID returns 16 random bytes in hex.
func newUID() string {
	var b [16]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read never fails
	return hex.EncodeToString(b[:])
}

func validUID(s string) bool {
	b, err := hex.DecodeString(s)
	return err == nil && len(b) == 16
}
