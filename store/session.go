package store

import (
	"encoding/json"
	"fmt"
	"os"

	bolt "go.etcd.io/bbolt"
)

// The meta bucket's session mark and replica record. A writable Open sets
// the mark (1) and Close clears it (0): a file whose mark is set, or has
// none (made by an older build), was not closed cleanly, and the next Open
// reads every page before writing to it. The replica record names this
// store in the drafts' clocks (lineage.go); it is renewed when the file
// turns up on another machine or at another path (a copied file must not
// count its saves as the original's), and by RestoreBackup.
var (
	keySession = []byte("session")
	keyReplica = []byte("replica")
)

// replicaRecord is the stored replica identity.
type replicaRecord struct {
	ID   string `json:"id"`
	Host string `json:"host"`
	Path string `json:"path"`
}

// closedCleanly reports whether the file's last writer closed it.
func closedCleanly(tx *bolt.Tx) bool {
	m := tx.Bucket(bucketMeta)
	if m == nil {
		return false
	}
	v := m.Get(keySession)
	return len(v) == 1 && v[0] == 0
}

func markSession(tx *bolt.Tx, open bool) error {
	v := []byte{0}
	if open {
		v[0] = 1
	}
	return tx.Bucket(bucketMeta).Put(keySession, v)
}

// beginSession sets the session mark and reads (or renews) the replica
// ID, in one transaction. A read-only store gets a replica ID of its own
// that is never stored (it saves nothing).
func (s *Store) beginSession() error {
	if s.readOnly != nil {
		s.replica = newUID()
		return nil
	}
	host, _ := os.Hostname()
	return s.update(func(tx *bolt.Tx) error {
		var rec replicaRecord
		_ = json.Unmarshal(tx.Bucket(bucketMeta).Get(keyReplica), &rec)
		if !validUID(rec.ID) || rec.Host != host || rec.Path != s.path {
			rec = replicaRecord{ID: newUID(), Host: host, Path: s.path}
			data, _ := json.Marshal(rec)
			if err := tx.Bucket(bucketMeta).Put(keyReplica, data); err != nil {
				return err
			}
		}
		s.replica = rec.ID
		return markSession(tx, true)
	})
}

// endSession clears the session mark.
func (s *Store) endSession() error {
	return s.update(func(tx *bolt.Tx) error { return markSession(tx, false) })
}

// renewReplica gives the store file at path a new replica ID, so that the
// saves made after a restore are not counted as the ones made before it.
func renewReplica(tx *bolt.Tx) error {
	m := tx.Bucket(bucketMeta)
	if m == nil {
		return nil
	}
	return m.Delete(keyReplica)
}

// recoverFault turns a fault on a damaged page (the file is mapped), or a
// bbolt panic on one, into ErrCorrupt: without the full walk at every
// Open, a page damaged since the last check is found when it is read.
func (s *Store) recoverFault(err *error) {
	if r := recover(); r != nil {
		*err = corrupt(s.path, fmt.Errorf("trang dữ liệu hỏng: %v", r))
	}
}
