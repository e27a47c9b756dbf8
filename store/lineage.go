package store

import (
	"crypto/sha256"
	"encoding/hex"
	"maps"

	"github.com/baocao/baocao/model"
)

// A draft's lineage says which version it derives from, so that a bundle
// import can tell a later edit of the local draft from an edit made on
// both sides without trusting another PC's clock. Clock counts the saves
// of the draft on each store (by the store's replica ID, see replica.go):
// a version whose counts are all at least another's, and differ, is a
// later edit of it. Root is, for a draft first saved by a build that
// keeps clocks, the SHA-256 of the content it had then (before any clock),
// so that copies of one draft made by older builds still relate.

// relation is how a bundle draft relates to the local one of the same uid.
type relation int

const (
	relSame       relation = iota // same content
	relLaterThere                 // the bundle's is a later edit of the local one
	relLaterHere                  // the local one is a later edit of the bundle's
	relDiverged                   // both changed (or no lineage tells): keep both
)

// relate compares a local draft (entry and stored report) with a bundle
// draft (entry and cleaned report). It never looks at times.
func relate(local entry, localData []byte, remote entry, remoteData []byte) relation {
	lc, rc := canonical(localData), remoteData
	switch {
	case string(lc) == string(rc):
		return relSame
	case len(local.Clock) > 0 && len(remote.Clock) > 0:
		switch {
		case covers(remote.Clock, local.Clock) && !maps.Equal(remote.Clock, local.Clock):
			return relLaterThere
		case covers(local.Clock, remote.Clock) && !maps.Equal(remote.Clock, local.Clock):
			return relLaterHere
		}
	case len(remote.Clock) > 0 && remote.Root != "" && remote.Root == contentSum(lc):
		return relLaterThere
	case len(local.Clock) > 0 && local.Root != "" && local.Root == contentSum(rc):
		return relLaterHere
	}
	return relDiverged
}

// covers reports whether clock a has seen every save that b has.
func covers(a, b map[string]uint64) bool {
	for k, n := range b {
		if a[k] < n {
			return false
		}
	}
	return true
}

// merged is the clock that has seen every save of a and b.
func merged(a, b map[string]uint64) map[string]uint64 {
	out := maps.Clone(a)
	if out == nil {
		out = map[string]uint64{}
	}
	for k, n := range b {
		out[k] = max(out[k], n)
	}
	return out
}

// advance records one more save of the draft on the store replica; prev
// is the content being replaced, whose hash becomes Root when the draft
// had no clock yet.
func (e *entry) advance(replica string, prev []byte) {
	if len(e.Clock) == 0 {
		if prev != nil {
			e.Root = contentSum(canonical(prev))
		}
		e.Clock = map[string]uint64{}
	} else {
		e.Clock = maps.Clone(e.Clock)
	}
	e.Clock[replica]++
}

// canonical is a stored report in the form an import stores: decoded
// (cleaned) and written again; data that does not decode is left as it is.
func canonical(data []byte) []byte {
	r, err := model.UnmarshalReport(data)
	if err != nil {
		return data
	}
	out, err := model.MarshalReport(r)
	if err != nil {
		return data
	}
	return out
}

func contentSum(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}
