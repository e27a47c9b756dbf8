// Package store keeps a clerk's drafts (bản nháp) in one bbolt file so that
// no typed work is ever lost: every write is a transaction that is on disk
// (fsynced) before the call returns, a crash leaves the last committed
// state, and a second baocao on the same file is refused at once. It is the
// only package that touches bbolt.
//
// # Basics
//
// Open a file with Open (DefaultPath or ResolvePath say which), then
// Create, Save, Get, List, Duplicate, Delete (to the trash), Undelete,
// UndeleteLast, Trash, EmptyTrash, Revisions, History, RevisionReport and
// RestoreRevision, ExportBundle and ImportBundle; Close at
// the end. Every error the store returns has a Vietnamese text that says
// what to do; Message(err) gives it for any error, and errors.Is matches
// the sentinels ErrLocked, ErrNotFound, ErrCorrupt, ErrNewerSchema,
// ErrTrashed, ErrBadBundle, ErrNoBackup and ErrClosed.
//
// # Opening
//
// Open waits at most DefaultTimeout (0.9 s; WithTimeout) for the file's
// lock, then gives ErrLocked. Before opening the file for writing it takes a shared lock,
// reads the bbolt meta pages itself (magic, version, checksum, and that the
// file is as long as they say), opens the file read-only, reads every
// bucket and value and runs bbolt's consistency check (Tx.Check). A file
// that fails any of these gives ErrCorrupt and is not written to; a schema
// newer than this build's gives ErrNewerSchema, likewise untouched. Only
// then does Open copy the file into the backups folder beside it
// (backups/drafts-<UTC time>-tx<txid>.db; the newest 3 are kept, and no
// copy is made when the newest is of the same transaction), open it for
// writing, migrate an older schema in one transaction and purge the trash.
// ListBackups lists the copies; RestoreBackup puts one back (refused while
// a baocao has the file open) after saving the file it replaces as
// backups/drafts-<time>-replaced.db. Store.Backup writes a copy anywhere.
//
// # Layout (schema 2)
//
// Draft IDs come from the drafts bucket's NextSequence; as keys they are 8
// bytes big-endian, so keys sort by number; users see them as short
// decimal strings ("12"). IDs are never reused.
//
//	meta       "schema" → schema version, 8 bytes big-endian (2)
//	drafts     id → the report in model.MarshalReport's JSON form
//	           ("baocao/report@1"); its sequence hands out IDs
//	index      id → JSON entry of a live draft: uid (random, 32 hex digits,
//	           identifies the draft across PCs), created, modified, version
//	           (save count), the caller's Summary (title, unit, outline,
//	           done/required sections, errors, warnings, last section) and,
//	           for a conflict copy made by an import, origin (a uid)
//	trash      id → the same entry with "deleted" set, for a draft in the
//	           trash; its content stays in drafts and revisions
//	revisions  id + rev (8 + 8 bytes big-endian; a draft's revisions are
//	           adjacent, numbered from 1, the newest's number plus one for
//	           the next) → save time as 8 bytes big-endian Unix
//	           nanoseconds, uvarint length of a JSON head {version,
//	           summary}, the head, then the report's JSON
//
// List reads only the index, so listing thousands of drafts decodes no
// report. Schema 0 is a file with a bare drafts bucket (no meta, no index);
// schema 1 has meta, drafts and index but no revisions or trash. Opening
// either migrates it in one transaction: 0→1 builds the index from each
// report (title from the subject, unit from the issuing body), 1→2 records
// each draft's content as its first revision.
//
// # Revisions
//
// Every Create, Save, RestoreRevision and updating import records a
// revision unless the content equals the newest one. The newest KeepRecent
// (10) are kept as they are; of the older ones only the newest of each
// minute is kept while less than an hour old, of each hour while less
// than a day old, then of each day; and at most MaxRevisions (50) in all,
// the oldest going first. Restoring a revision is itself a save, so it can
// be undone: RestoreRevision first records the content it replaces (if the
// newest revision does not already hold it) and names that revision in
// Restored.Replaced. History lists the revisions with what each changed
// since the one kept before it (model/diff, along the caller's outline).
//
// # Trash
//
// Delete moves a draft's entry from index to trash. It can be listed
// (Trash, with Trashed.DaysLeft) and brought back (Undelete, or
// UndeleteLast for the one deleted last, in any session) for
// TrashRetention (30 days); the first Open after that purges it with its
// content and revisions. Purge deletes one at once, EmptyTrash all.
//
// # Bundle
//
// ExportBundle writes the live drafts as one JSON object:
//
//	{"format": "baocao/bundle@1", "exported": "<RFC 3339 time>",
//	 "drafts": [{"uid": "…", "id": "12", "created": "…", "modified": "…",
//	             "version": 3, "summary": {"title": "…", "unit": "…",
//	             "outline": "state", "done": 4, "required": 9, "errors": 0,
//	             "warnings": 1, "section": "I.1"},
//	             "report": {"format": "baocao/report@1", …}}]}
//
// Trash and revisions are not exported. ImportBundle checks the whole
// bundle first (unknown fields, a foreign format, a bad report: nothing is
// imported) and then, in one transaction, matches drafts by uid: a draft
// the store lacks is added under a new ID; one whose content equals the
// local one is left; one with a later modified time replaces the local
// one, whose content stays among its revisions; any other (the local
// version is as new or newer and differs) is added as a separate new draft
// and reported as a Conflict, so an import never overwrites a newer draft.
// Such a copy records the bundle draft's uid ("origin" in its entry), so
// importing the same content again finds the copy unchanged instead of
// making another. A bundle draft whose local match is in the trash is
// added as a new draft; the trashed one stays in the trash.
//
// # Caveats
//
// The crash guarantee is bbolt's: a commit is atomic and, with fsync on,
// durable once Save returns; the tests kill a saving process at random and
// check every acknowledged save. Locks are advisory (flock on Unix,
// LockFileEx on Windows): they hold against other baocao processes, not
// against other programs. RestoreBackup lets go of the lock just before
// it renames the restored copy into place. The meta-page check assumes a
// little-endian machine, as every platform baocao builds for is.
package store
