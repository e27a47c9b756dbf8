package store

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/baocao/baocao/model"
)

// BundleFormat names version 2 of the bundle: all live drafts of a store
// in one JSON file, for moving them to another PC, each with its lineage
// (clock and root). See the package doc. ImportBundle also reads version
// 1 (BundleFormatV1), whose drafts carry no lineage.
const BundleFormat = "baocao/bundle@2"

// BundleFormatV1 is the bundle form of earlier builds, without lineage.
const BundleFormatV1 = "baocao/bundle@1"

// maxBundle bounds what ImportBundle reads (256 MiB).
const maxBundle = 256 << 20

// maxClock bounds the entries of a bundle draft's clock (one per store
// that saved the draft).
const maxClock = 1000

// maxSaves bounds a bundle draft's version and each count of its clock:
// far more saves than any draft will see, far enough below 2^64 that a
// forged count cannot wrap a later save round to 0 (which would make every
// later edit look older than the forged one).
const maxSaves = 1 << 40

type bundle struct {
	Format   string        `json:"format"`
	Exported time.Time     `json:"exported"`
	Drafts   []bundleDraft `json:"drafts"`
}

type bundleDraft struct {
	UID      string            `json:"uid"`
	ID       string            `json:"id"`
	Created  time.Time         `json:"created"`
	Modified time.Time         `json:"modified"`
	Version  uint64            `json:"version"`
	Clock    map[string]uint64 `json:"clock,omitempty"`
	Root     string            `json:"root,omitempty"`
	// Summary is written for people reading the file; ImportBundle
	// recomputes it from the report and never reads it.
	Summary json.RawMessage `json:"summary,omitempty"`
	Report  json.RawMessage `json:"report"`
}

// ImportResult says what ImportBundle did with each draft of the bundle.
type ImportResult struct {
	// Added are drafts new to this store.
	Added []Meta
	// Updated are local drafts of which the bundle had a later edit (by
	// lineage, never by time alone); the content they replaced stays
	// among revisions.
	Updated []Meta
	// Unchanged are local drafts whose content equals the bundle's.
	Unchanged []Meta
	// Older are local drafts that are later edits of the bundle's version:
	// left as they are.
	Older []Meta
	// Conflicts are drafts changed on both sides since they parted (or
	// whose lineage cannot tell): both are kept, the bundle's as a new
	// draft marked as a conflict.
	Conflicts []Conflict
}

// Conflict is a bundle draft kept as a copy beside the local one.
type Conflict struct {
	Local Meta
	Copy  Meta
}

// conflictMark ends the title of a conflict copy in the drafts list.
const conflictMark = " (bản xung đột: sửa ở cả hai máy)"

// ExportBundle writes every live draft (not the trash, not revisions) to w
// as one bundle of the form BundleFormat.
func (s *Store) ExportBundle(w io.Writer) error {
	b := bundle{Format: BundleFormat, Exported: s.opts.now().UTC(), Drafts: []bundleDraft{}}
	err := s.view(func(tx *bolt.Tx) error {
		drafts := tx.Bucket(bucketDrafts)
		return tx.Bucket(bucketIndex).ForEach(func(k, v []byte) error {
			e, err := decodeEntry(v)
			if err != nil {
				return corruptDraft(formatID(keyID(k)), err)
			}
			data, err := unpackDraft(drafts.Get(k))
			if err != nil {
				return corruptDraft(formatID(keyID(k)), err)
			}
			sum, _ := json.Marshal(e.Summary)
			b.Drafts = append(b.Drafts, bundleDraft{UID: e.UID, ID: formatID(keyID(k)), Created: e.Created,
				Modified: e.Modified, Version: e.Version, Clock: e.Clock, Root: e.Root, Summary: sum,
				Report: bytes.Clone(data)})
			return nil
		})
	})
	if err != nil {
		return err
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(b)
}

// ImportBundle reads a bundle written by ExportBundle (on this PC or
// another) and adds its drafts, in one transaction: all or nothing. Every
// report passes model.UnmarshalReport, so its text is cleaned, and its
// list summary is recomputed (WithSummarizer), never taken from the file.
// A draft is matched to a local one by its bundle uid and related by
// lineage, never by a time from another PC: a later edit of the local
// draft replaces it (which stays among revisions); an equal one is left;
// an earlier one is left (Older); one changed on both sides, or whose
// lineage cannot tell, is kept as a new draft beside the local one, marked
// as a conflict, never over it (once: a later import of the same content
// finds that copy unchanged, and a later edit of it updates the copy). A
// matching draft in the trash is left there and the bundle's added as new.
// Times after now are taken as now. A bad bundle gives ErrBadBundle.
func (s *Store) ImportBundle(r io.Reader) (ImportResult, error) {
	items, err := s.readBundle(r)
	if err != nil {
		return ImportResult{}, err
	}
	var res ImportResult
	err = s.update(func(tx *bolt.Tx) error {
		res = ImportResult{}
		im, err := newImporter(s, tx)
		if err != nil {
			return err
		}
		for _, it := range items {
			if err := im.add(it, &res); err != nil {
				return err
			}
		}
		return nil
	})
	return res, err
}

// importItem is a bundle draft checked and cleaned.
type importItem struct {
	entry
	data []byte
}

func (s *Store) readBundle(r io.Reader) ([]importItem, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxBundle+1))
	if err != nil {
		return nil, readError(err)
	}
	if len(data) > maxBundle {
		return nil, badBundle(fmt.Errorf("tệp lớn hơn %d MiB", maxBundle>>20))
	}
	data = model.TrimBOM(data)
	var head struct {
		Format string `json:"format"`
	}
	if err := json.Unmarshal(data, &head); err != nil {
		return nil, badBundle(jsonDetail(data, err))
	}
	if err := checkFormat(head.Format); err != nil {
		return nil, badBundle(err)
	}
	var b bundle
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&b); err != nil {
		if fe := model.DecodeCause(data, err); fe != nil {
			return nil, badBundle(fe)
		}
		return nil, badBundle(jsonDetail(data, err))
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, badBundle(errors.New("có dữ liệu thừa sau gói"))
	}
	if err := model.CheckKeys(data); err != nil {
		return nil, badBundle(err)
	}
	now := s.opts.now()
	items := make([]importItem, 0, len(b.Drafts))
	seen := map[string]int{}
	for i, d := range b.Drafts {
		it, err := s.checkDraft(d, now)
		if err != nil {
			return nil, badBundle(fmt.Errorf("bản nháp thứ %d trong gói: %w", i+1, err))
		}
		// ExportBundle writes each draft once: a uid twice is a bundle
		// edited by hand, whose lineage cannot be trusted to relate them.
		if first, dup := seen[it.UID]; dup && validUID(strings.ToLower(d.UID)) {
			return nil, badBundle(fmt.Errorf("bản nháp thứ %d và thứ %d trong gói có cùng uid %q; gói do baocao tạo ra không như vậy (có thể đã bị sửa tay)", first, i+1, it.UID))
		}
		seen[it.UID] = i + 1
		items = append(items, it)
	}
	return items, nil
}

// jsonDetail says in Vietnamese what is wrong with a bundle's JSON.
func jsonDetail(data []byte, err error) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	line := func(off int64) int { return bytes.Count(data[:min(max(off, 0), int64(len(data)))], []byte("\n")) + 1 }
	switch {
	case len(bytes.TrimSpace(data)) == 0:
		return errors.New("tệp rỗng")
	case errors.As(err, &syn):
		return fmt.Errorf("sai cú pháp JSON ở dòng %d", line(syn.Offset))
	case errors.As(err, &typ):
		return fmt.Errorf("dòng %d: trường %q sai kiểu dữ liệu", line(typ.Offset), typ.Field)
	case errors.Is(err, io.ErrUnexpectedEOF):
		return errors.New("tệp bị cắt cụt")
	}
	return err
}

func checkFormat(got string) error {
	switch {
	case got == BundleFormat, got == BundleFormatV1:
		return nil
	case strings.HasPrefix(got, "baocao/bundle@"):
		return fmt.Errorf("gói theo dạng %q, bản baocao này chỉ đọc %q; hãy cập nhật baocao", got, BundleFormat)
	case got == model.ReportFormat:
		return errors.New("đây là tệp một báo cáo, không phải gói bản nháp")
	}
	return fmt.Errorf("thiếu hoặc sai trường \"format\" (cần %q)", BundleFormat)
}

func (s *Store) checkDraft(d bundleDraft, now time.Time) (importItem, error) {
	if t := bytes.TrimSpace(d.Report); len(t) == 0 || t[0] != '{' {
		return importItem{}, errors.New("thiếu trường \"report\" hoặc nó không phải một báo cáo")
	}
	r, err := model.UnmarshalReport(d.Report)
	if err != nil {
		return importItem{}, err
	}
	data, err := model.MarshalReport(r)
	if err != nil {
		return importItem{}, err
	}
	if err := checkLineage(d); err != nil {
		return importItem{}, err
	}
	uid := strings.ToLower(d.UID)
	if !validUID(uid) {
		uid = newUID()
	}
	e := entry{UID: uid, Created: notAfter(d.Created, now), Modified: notAfter(d.Modified, now),
		Version: d.Version, Summary: s.summaryOf(r), Clock: d.Clock, Root: d.Root}
	return importItem{entry: e, data: data}, nil
}

// checkLineage refuses a clock or root that this build would not write.
func checkLineage(d bundleDraft) error {
	if len(d.Clock) > maxClock {
		return fmt.Errorf("trường \"clock\" có %d mục, quá %d", len(d.Clock), maxClock)
	}
	for k, n := range d.Clock {
		if !validUID(k) {
			return fmt.Errorf("trường \"clock\" có khóa lạ %q", k)
		}
		if n > maxSaves {
			return fmt.Errorf("trường \"clock\" ghi %d lần lưu, quá %d", n, uint64(maxSaves))
		}
	}
	if d.Version > maxSaves {
		return fmt.Errorf("trường \"version\" là %d, quá %d", d.Version, uint64(maxSaves))
	}
	if b, err := hex.DecodeString(d.Root); d.Root != "" && (err != nil || len(b) != 32) {
		return fmt.Errorf("trường \"root\" phải là 64 chữ số hệ 16, không phải %q", d.Root)
	}
	return nil
}

// notAfter takes a time from another PC: one after now (a clock set
// ahead) or none is taken as now.
func notAfter(t, now time.Time) time.Time {
	if t.IsZero() || t.After(now) {
		return now
	}
	return t
}

// summaryOf is the drafts-list summary of an imported report.
func (s *Store) summaryOf(r model.Report) Summary {
	if s.opts.summarize != nil {
		return s.opts.summarize(r).clean()
	}
	return guessSummary(r, "Bản nháp nhập từ gói").clean()
}

func badBundle(err error) error {
	return &Error{Kind: ErrBadBundle, Err: err}
}

// importer holds, for one import transaction, the local drafts by uid.
type importer struct {
	s     *Store
	tx    *bolt.Tx
	live  map[string]uint64
	trash map[string]bool
	// copies are the conflict copies made by earlier imports, by the uid
	// of the bundle draft they came from.
	copies map[string][]uint64
}

func newImporter(s *Store, tx *bolt.Tx) (*importer, error) {
	im := &importer{s: s, tx: tx, live: map[string]uint64{}, trash: map[string]bool{}, copies: map[string][]uint64{}}
	err := tx.Bucket(bucketIndex).ForEach(func(k, v []byte) error {
		e, err := decodeEntry(v)
		im.live[e.UID] = keyID(k)
		if e.Origin != "" {
			im.copies[e.Origin] = append(im.copies[e.Origin], keyID(k))
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	err = tx.Bucket(bucketTrash).ForEach(func(_, v []byte) error {
		e, err := decodeEntry(v)
		im.trash[e.UID] = true
		return err
	})
	return im, err
}

func (im *importer) add(it importItem, res *ImportResult) error {
	n, found := im.live[it.UID]
	if !found {
		if im.trash[it.UID] {
			it.UID = newUID()
		}
		m, err := im.insert(it)
		res.Added = append(res.Added, m)
		return err
	}
	local, data, err := im.draft(n)
	if err != nil {
		return err
	}
	switch relate(local, data, it.entry, it.data) {
	case relSame:
		res.Unchanged = append(res.Unchanged, local.meta(n))
		return im.mergeClock(n, local, it)
	case relLaterThere:
		m, err := im.replace(n, local, it)
		res.Updated = append(res.Updated, m)
		return err
	case relLaterHere:
		res.Older = append(res.Older, local.meta(n))
		return nil
	}
	return im.conflict(n, local, it, res)
}

// draft reads a live draft's entry and stored report.
func (im *importer) draft(n uint64) (entry, []byte, error) {
	e, err := decodeEntry(im.tx.Bucket(bucketIndex).Get(key(n)))
	if err != nil {
		return entry{}, nil, corruptDraft(formatID(n), err)
	}
	data, err := unpackDraft(im.tx.Bucket(bucketDrafts).Get(key(n)))
	if err != nil {
		return entry{}, nil, corruptDraft(formatID(n), err)
	}
	return e, data, nil
}

// mergeClock records that a local draft has seen every save of a bundle
// draft with the same content, so that later imports relate them.
func (im *importer) mergeClock(n uint64, local entry, it importItem) error {
	c := merged(local.Clock, it.Clock)
	if maps.Equal(c, local.Clock) || len(c) == 0 {
		return nil
	}
	local.Clock = c
	if local.Root == "" {
		local.Root = it.Root
	}
	return setEntry(im.tx, n, local)
}

// conflict keeps the bundle's version beside the local one, as a new
// draft whose Origin is the bundle draft's uid, unless an earlier import
// already made a copy that it equals (left), continues (updated) or
// precedes (older).
func (im *importer) conflict(n uint64, local entry, it importItem, res *ImportResult) error {
	for _, c := range im.copies[it.UID] {
		e, data, err := im.draft(c)
		if err != nil {
			return err
		}
		switch relate(e, data, it.entry, it.data) {
		case relSame:
			res.Unchanged = append(res.Unchanged, e.meta(c))
			return im.mergeClock(c, e, it)
		case relLaterThere:
			m, err := im.replace(c, e, it)
			res.Updated = append(res.Updated, m)
			return err
		case relLaterHere:
			res.Older = append(res.Older, e.meta(c))
			return nil
		}
	}
	it.Origin, it.UID = it.UID, newUID()
	it.Summary.Title += conflictMark
	m, err := im.insert(it)
	res.Conflicts = append(res.Conflicts, Conflict{Local: local.meta(n), Copy: m})
	if err == nil {
		c, _ := parseID(m.ID)
		im.copies[it.Origin] = append(im.copies[it.Origin], c)
	}
	return err
}

func (im *importer) insert(it importItem) (Meta, error) {
	m, err := im.s.insert(im.tx, it.entry, it.data)
	if err == nil {
		n, _ := parseID(m.ID)
		im.live[it.UID] = n
	}
	return m, err
}

// replace puts a later edit from the bundle over a local draft: its
// content, lineage and (recomputed) summary, with its Modified time
// (never after now).
func (im *importer) replace(n uint64, local entry, it importItem) (Meta, error) {
	local.Modified = it.Modified
	local.Version++
	if local.Origin != "" {
		it.Summary.Title += conflictMark
	}
	local.Summary = it.Summary
	local.Clock = merged(local.Clock, it.Clock)
	if it.Root != "" {
		local.Root = it.Root
	}
	c := packed(it.data)
	if err := im.tx.Bucket(bucketDrafts).Put(key(n), c.packed); err != nil {
		return Meta{}, err
	}
	if err := setEntry(im.tx, n, local); err != nil {
		return Meta{}, err
	}
	now := im.s.opts.now()
	h := revHead{Version: local.Version, Summary: local.Summary}
	return local.meta(n), addRevision(im.tx, n, h, now, c, now)
}

// ExportBundleFile writes the bundle to a file (0600), atomically: the
// file is either its old self or the whole bundle. The drafts file and its
// backups are refused (Overwrites).
func (s *Store) ExportBundleFile(path string) error {
	if err := Overwrites(s.path, path); err != nil {
		return err
	}
	return writeError(writeAtomic(writeTarget(path), s.ExportBundle))
}

// ImportBundleFile imports the bundle in a file; see ImportBundle.
func (s *Store) ImportBundleFile(path string) (ImportResult, error) {
	f, err := os.Open(path)
	if err != nil {
		return ImportResult{}, readError(err)
	}
	defer f.Close()
	return s.ImportBundle(f)
}
