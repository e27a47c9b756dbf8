package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/baocao/baocao/model"
)

// BundleFormat names version 1 of the bundle: all live drafts of a store
// in one JSON file, for moving them to another PC. See the package doc.
const BundleFormat = "baocao/bundle@1"

// maxBundle bounds what ImportBundle reads (256 MiB).
const maxBundle = 256 << 20

type bundle struct {
	Format   string        `json:"format"`
	Exported time.Time     `json:"exported"`
	Drafts   []bundleDraft `json:"drafts"`
}

type bundleDraft struct {
	UID      string          `json:"uid"`
	ID       string          `json:"id"`
	Created  time.Time       `json:"created"`
	Modified time.Time       `json:"modified"`
	Version  uint64          `json:"version"`
	Summary  Summary         `json:"summary"`
	Report   json.RawMessage `json:"report"`
}

// ImportResult says what ImportBundle did with each draft of the bundle.
type ImportResult struct {
	// Added are drafts new to this store.
	Added []Meta
	// Updated are local drafts the bundle had a newer version of (later
	// Modified); the local content they replaced stays among revisions.
	Updated []Meta
	// Unchanged are local drafts whose content equals the bundle's.
	Unchanged []Meta
	// Conflicts are drafts whose local version is as new or newer than the
	// bundle's but differs: both are kept, the bundle's as a new draft.
	Conflicts []Conflict
}

// Conflict is a bundle draft kept as a copy beside the local one.
type Conflict struct {
	Local Meta
	Copy  Meta
}

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
			b.Drafts = append(b.Drafts, bundleDraft{UID: e.UID, ID: formatID(keyID(k)), Created: e.Created,
				Modified: e.Modified, Version: e.Version, Summary: e.Summary,
				Report: bytes.Clone(drafts.Get(k))})
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
// report passes model.UnmarshalReport, so its text is cleaned. A draft is
// matched to a local one by its bundle uid: a newer bundle version
// replaces the local one (which stays among revisions); an equal one is
// left; an older or diverging one is kept as a new draft beside the local
// one, never over it (once: a later import of the same content finds that
// copy unchanged). A matching draft in the trash is left there and the
// bundle's added as new. A bad bundle gives ErrBadBundle.
func (s *Store) ImportBundle(r io.Reader) (ImportResult, error) {
	items, err := readBundle(r)
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

func readBundle(r io.Reader) ([]importItem, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxBundle+1))
	if err != nil {
		return nil, err
	}
	if len(data) > maxBundle {
		return nil, badBundle(fmt.Errorf("tệp lớn hơn %d MiB", maxBundle>>20))
	}
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
		return nil, badBundle(jsonDetail(data, err))
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, badBundle(errors.New("có dữ liệu thừa sau gói"))
	}
	items := make([]importItem, 0, len(b.Drafts))
	for i, d := range b.Drafts {
		it, err := checkDraft(d)
		if err != nil {
			return nil, badBundle(fmt.Errorf("bản nháp thứ %d trong gói: %w", i+1, err))
		}
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
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		return fmt.Errorf("có trường lạ %s", strings.TrimPrefix(err.Error(), "json: unknown field "))
	}
	return err
}

func checkFormat(got string) error {
	switch {
	case got == BundleFormat:
		return nil
	case strings.HasPrefix(got, "baocao/bundle@"):
		return fmt.Errorf("gói theo dạng %q, bản baocao này chỉ đọc %q; hãy cập nhật baocao", got, BundleFormat)
	case got == model.ReportFormat:
		return errors.New("đây là tệp một báo cáo, không phải gói bản nháp")
	}
	return fmt.Errorf("thiếu hoặc sai trường \"format\" (cần %q)", BundleFormat)
}

func checkDraft(d bundleDraft) (importItem, error) {
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
	uid := strings.ToLower(d.UID)
	if !validUID(uid) {
		uid = newUID()
	}
	e := entry{UID: uid, Created: d.Created, Modified: d.Modified, Version: d.Version, Summary: d.Summary.clean()}
	return importItem{entry: e, data: data}, nil
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
	local, err := decodeEntry(im.tx.Bucket(bucketIndex).Get(key(n)))
	if err != nil {
		return corruptDraft(formatID(n), err)
	}
	switch {
	case bytes.Equal(im.tx.Bucket(bucketDrafts).Get(key(n)), it.data):
		res.Unchanged = append(res.Unchanged, local.meta(n))
		return nil
	case it.Modified.After(local.Modified):
		m, err := im.replace(n, local, it)
		res.Updated = append(res.Updated, m)
		return err
	}
	return im.conflict(n, local, it, res)
}

// conflict keeps the bundle's version beside the local one, as a new
// draft whose Origin is the bundle draft's uid, unless an earlier import
// already made a copy with the same content.
func (im *importer) conflict(n uint64, local entry, it importItem, res *ImportResult) error {
	for _, c := range im.copies[it.UID] {
		if bytes.Equal(im.tx.Bucket(bucketDrafts).Get(key(c)), it.data) {
			e, err := decodeEntry(im.tx.Bucket(bucketIndex).Get(key(c)))
			res.Unchanged = append(res.Unchanged, e.meta(c))
			return err
		}
	}
	it.Origin, it.UID = it.UID, newUID()
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

// replace puts a newer bundle version over a local draft, keeping the
// bundle's Modified time.
func (im *importer) replace(n uint64, local entry, it importItem) (Meta, error) {
	local.Modified = it.Modified
	local.Version++
	local.Summary = it.Summary
	if err := im.tx.Bucket(bucketDrafts).Put(key(n), it.data); err != nil {
		return Meta{}, err
	}
	if err := im.tx.Bucket(bucketIndex).Put(key(n), encodeEntry(local)); err != nil {
		return Meta{}, err
	}
	now := im.s.opts.now()
	h := revHead{Version: local.Version, Summary: local.Summary}
	return local.meta(n), addRevision(im.tx, n, h, now, it.data, now)
}

// ExportBundleFile writes the bundle to a file (0600), atomically: the
// file is either its old self or the whole bundle.
func (s *Store) ExportBundleFile(path string) error {
	return writeAtomic(path, s.ExportBundle)
}

// ImportBundleFile imports the bundle in a file; see ImportBundle.
func (s *Store) ImportBundleFile(path string) (ImportResult, error) {
	f, err := os.Open(path)
	if err != nil {
		return ImportResult{}, err
	}
	defer f.Close()
	return s.ImportBundle(f)
}
