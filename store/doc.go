// Package store keeps a clerk's drafts (bản nháp) in one bbolt file so that
// no typed work is ever lost: every write is a transaction that is on disk
// (fsynced) before the call returns, a crash leaves the last committed
// state, and a second baocao on the same file is refused at once. It is the
// only package that touches bbolt.
//
// # Basics
//
// Open a file with Open (DefaultPath or ResolvePath say which), then
// Create (CreateAndClose for a command that adds one draft and ends),
// Save, Get, List, Duplicate, Delete (to the trash), Undelete,
// UndeleteLast, Trash, EmptyTrash, Revisions, History, RevisionReport and
// RestoreRevision, ExportBundle and ImportBundle; Close at
// the end. Every error the store returns has a Vietnamese text that says
// what to do; Message(err) gives it for any error, and errors.Is matches
// the sentinels ErrLocked, ErrNotFound, ErrCorrupt, ErrNewerSchema,
// ErrTrashed, ErrBadBundle, ErrNoBackup, ErrClosed, ErrReadOnly and
// ErrBackup. An I/O failure is worded by its cause (a missing folder, a
// name too long, no read or write permission, a folder where a file was
// expected, a full disk, read-only media), naming the path.
//
// # Opening
//
// Open waits at most DefaultTimeout (0.9 s; WithTimeout) for the file's
// lock, then gives ErrLocked. Before opening the file for writing it takes
// a shared lock and reads the bbolt meta pages itself (magic, version,
// checksum, and that the file is as long as they say), then opens the file
// read-only. Reading every page of the tree and checking its structure —
// the full walk: pages reached once, of the right type, keys in order,
// every page either in use or free, as bbolt's Tx.Check does, but in a
// stream with one bit per page (pagecheck.go), so its memory does not
// grow with the file — costs time in proportion to the store, so Open
// does it only when needed: when the file was not closed cleanly (the
// session mark in meta, set by a writable Open and cleared by Close, is
// set or missing), or WithVerify. Store.Verify does it on request, then
// decodes every draft, one at a time. A page damaged since the last walk is found
// when it is read: a fault or a bbolt panic in any transaction becomes
// ErrCorrupt. A file that fails gives ErrCorrupt and is not written to; a
// schema newer than this build's gives ErrNewerSchema, likewise
// untouched. Then Open opens the file for writing, migrates an older
// schema in one transaction, purges the trash and sets the session mark.
// Open never takes a backup: nothing on the way to the first screen grows
// with the drafts.
//
// # Backups
//
// Store.AutoBackup, run in the background once the first screen is drawn
// (the UI) or after a command's work (the CLI), takes the automatic backup
// when the newest is older than DefaultBackupEvery (12 h;
// WithBackupEvery) and of another transaction: it copies the file in one
// read transaction into a temporary file in the backups folder beside it,
// checks that copy in full as a file of its own (its page structure read
// in a stream with one bit per page, see pagecheck.go; every draft decoded
// one at a time, the pages read let go every 256 drafts; so that the
// check's memory does not grow with the drafts) and only then names it
// backups/drafts-<UTC time>-tx<txid>.db and removes the oldest (the newest
// 3 are kept; WithBackups). A copy that fails — a draft that does not
// decode, a folder that cannot be written, a full disk — is removed and no
// older copy is, so the last copy that passed the full check always
// stays; the error (ErrBackup) says why. A kill during a backup leaves a
// temporary file that the next Open removes.
//
// ListBackups lists the copies; RestoreBackup puts one back (refused while
// a baocao has the file open) after saving the file it replaces as
// backups/drafts-<time>-replaced.db; through a symbolic link it replaces
// the link's target and keeps the link. Store.Backup writes a copy
// anywhere, after the same full check.
//
// A file that cannot be opened for writing (no write permission, read-only
// media: EACCES, EPERM, EROFS), or WithReadOnly, is opened read-only:
// List, Get, Revisions, Trash, ExportBundle and Backup work; every write
// gives ErrReadOnly, and ReadOnly says why. Nothing is migrated, purged or
// backed up.
//
// # Layout (schema 4)
//
// Draft IDs come from the drafts bucket's NextSequence; as keys they are 8
// bytes big-endian, so keys sort by number; users see them as short
// decimal strings ("12"). IDs are never reused.
//
//	meta       "schema" → schema version, 8 bytes big-endian (4);
//	           "session" → 1 while a writer has the file open, 0 after
//	           Close; "replica" → JSON {id, host, path}: the store's ID in
//	           the drafts' clocks, renewed when the file turns up at
//	           another path or host, and by RestoreBackup
//	drafts     id → the report in model.MarshalReport's JSON form
//	           ("baocao/report@1"); its sequence hands out IDs
//	index      id → entry of a live draft (binary, entry.go): uid (random, 32 hex digits,
//	           identifies the draft across PCs), created, modified, version
//	           (save count), the caller's Summary (title, unit, outline,
//	           done/required sections, errors, warnings, last section),
//	           the lineage (clock: saves per replica ID; root: SHA-256 of
//	           the content it had before it had a clock) and, for a
//	           conflict copy made by an import, origin (a uid)
//	trash      id → the same entry with "deleted" set, for a draft in the
//	           trash; its content stays in drafts and revisions
//	recent     modification time and id (each 8 bytes big-endian,
//	           inverted: newest first) → the draft's listing, its entry
//	           without uid and lineage: the drafts list in its order
//	revisions  id + rev (8 + 8 bytes big-endian; a draft's revisions are
//	           adjacent, numbered from 1, the newest's number plus one for
//	           the next) → save time as 8 bytes big-endian Unix
//	           nanoseconds, uvarint length of a JSON head {version,
//	           summary}, the head, then the report's JSON
//
// List, Each and ListPage walk only the recent bucket with one cursor, so
// listing tens of thousands of drafts decodes no report and looks up no
// entry. Schema 0 is a file with a bare drafts bucket (no meta, no index);
// schema 1 has meta, drafts and index but no revisions or trash; schema 2
// keeps the entries as JSON and has no recent bucket; schema 3 has it with
// empty values. Opening an older schema migrates it in one transaction (a
// kill during it leaves the file as it was): 0→1 builds the index from
// each report (title from the subject, unit from the issuing body), 1→2
// records each draft's content as its first revision, 2→3 writes the
// entries in binary, 3→4 rebuilds the recent bucket with the listings.
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
//	{"format": "baocao/bundle@2", "exported": "<RFC 3339 time>",
//	 "drafts": [{"uid": "…", "id": "12", "created": "…", "modified": "…",
//	             "version": 3, "clock": {"<replica>": 2, …}, "root": "…",
//	             "summary": {…, for people reading the file},
//	             "report": {"format": "baocao/report@1", …}}]}
//
// Trash and revisions are not exported. ImportBundle reads bundle@2 and
// the earlier bundle@1 (no clock). It checks the whole bundle first
// (unknown fields, duplicate keys or keys equal after cleaning, a foreign
// format, a bad report, a bad clock: nothing is imported; a leading UTF-8
// BOM is skipped), recomputes each draft's summary from its report
// (WithSummarizer) and takes a time after now as now. Then, in one
// transaction, it matches drafts by uid and relates them by lineage,
// never by time: a draft the store lacks is added under a new ID; one
// whose content equals the local one is left (its clock merged); one
// whose clock has seen every save of the local one's, and more, replaces
// it (the local content stays among its revisions); one whose clock the
// local one's covers is left (Older); any other — edited on both sides, or
// without a clock, unless its content hash is the other's root — is added
// as a separate new draft, marked as a conflict (Meta.Conflict, and the
// title's end) and reported as a Conflict. Such a copy records the bundle
// draft's uid ("origin" in its entry): importing the same content again
// finds it unchanged, a later edit of it updates it. A bundle draft whose
// local match is in the trash is added as a new draft; the trashed one
// stays in the trash.
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
