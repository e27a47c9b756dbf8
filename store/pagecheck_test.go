package store

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// pageFile is a store file for the structural check's tests, with each
// page's kind as bbolt tells it.
type pageFile struct {
	data []byte
	meta boltMeta
	ps   int
	// kinds[id] is bbolt's type of page id ("branch", "leaf", "meta",
	// "freelist", "free"; "" for an overflow page), counts its element count.
	kinds  []string
	counts []int
}

func newPageFile(t *testing.T, data []byte) pageFile {
	t.Helper()
	path := filepath.Join(t.TempDir(), "pages.db")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true, PreLoadFreelist: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	p := pageFile{data: data, meta: parseMetaOf(t, data)}
	p.ps = int(p.meta.pageSize)
	p.kinds = make([]string, p.meta.pgid)
	p.counts = make([]int, p.meta.pgid)
	err = db.View(func(tx *bolt.Tx) error {
		for id := 0; id < int(p.meta.pgid); {
			info, err := tx.Page(id)
			if err != nil {
				return err
			}
			p.kinds[id], p.counts[id] = info.Type, info.Count
			id += 1 + info.OverflowCount
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// find returns the first page of kind with at least n elements, other
// than the root bucket's page.
func (p pageFile) find(t *testing.T, kind string, n int) int {
	t.Helper()
	for id, k := range p.kinds {
		if k == kind && p.counts[id] >= n && uint64(id) != p.meta.root {
			return id
		}
	}
	t.Fatalf("no %s page with %d elements", kind, n)
	return 0
}

// elem is the offset in the file of element i of page id.
func (p pageFile) elem(id, i int) int { return id*p.ps + pageHeaderSize + i*elementSize }

// freelist returns the offset of the freelist's ids and their count.
func (p pageFile) freelist() (int, int) {
	off := int(p.meta.freelist) * p.ps
	return off + pageHeaderSize, int(binary.LittleEndian.Uint16(p.data[off+10:]))
}

// inline returns the offset in the file of the first inline bucket's page
// in the root bucket's leaf.
func (p pageFile) inline(t *testing.T) int {
	t.Helper()
	le := binary.LittleEndian
	root := int(p.meta.root)
	for i := range p.counts[root] {
		e := p.elem(root, i)
		if le.Uint32(p.data[e:])&bucketLeafFlag == 0 {
			continue
		}
		val := e + int(le.Uint32(p.data[e+4:])) + int(le.Uint32(p.data[e+8:]))
		if le.Uint64(p.data[val:]) == 0 {
			return val + bucketHeaderSize
		}
	}
	t.Fatal("no inline bucket in the root bucket")
	return 0
}

var le64, le32, le16 = binary.LittleEndian.PutUint64, binary.LittleEndian.PutUint32, binary.LittleEndian.PutUint16

// resign writes the checksum of meta page at off, as bbolt computes it.
func resign(data []byte, off int) {
	m := data[off+pageHeaderSize:]
	h := fnv.New64a()
	h.Write(m[:metaSumOffset])
	le64(m[metaSumOffset:], h.Sum64())
}

// boltFinds says whether bbolt refuses the file or its tx.Check reports a
// fault.
func boltFinds(t *testing.T, data []byte) bool {
	t.Helper()
	path := filepath.Join(t.TempDir(), "bolt.db")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		return true
	}
	defer db.Close()
	found := false
	_ = db.View(func(tx *bolt.Tx) error {
		for range tx.Check() {
			found = true
		}
		return nil
	})
	return found
}

// How bbolt's tx.Check compares on a row of TestCheckTree.
const (
	boltAgrees = iota // bbolt finds a fault exactly when checkTree does
	boltMisses        // bbolt opens the file and its check passes
	boltUnsafe        // bbolt would read outside its map (a fatal fault): not run
)

// TestCheckTree: checkTree passes a sound store file and finds each
// corruption, with the kind of fault named in Vietnamese; bbolt's tx.Check
// agrees where it can read the file safely.
func TestCheckTree(t *testing.T) {
	good := newPageFile(t, validFile(t, 150))
	noSync := newPageFile(t, boltFile(t, func(tx *bolt.Tx) error {
		tx.DB().NoFreelistSync = true
		return initLayout(tx)
	}))
	if noSync.meta.freelist != noFreelist {
		t.Fatalf("the NoFreelistSync fixture has its freelist at page %d", noSync.meta.freelist)
	}
	le := binary.LittleEndian
	tests := []struct {
		name   string
		file   pageFile
		change func(*testing.T, pageFile) []byte
		want   error // nil: sound
		bolt   int
	}{
		{"sound store", good, func(_ *testing.T, p pageFile) []byte { return p.data }, nil, boltAgrees},
		{"freelist not synced", noSync, func(_ *testing.T, p pageFile) []byte { return p.data }, nil, boltAgrees},
		{"freelist in its overflowing count form", good, func(t *testing.T, p pageFile) []byte {
			off, n := p.freelist()
			if off+8*n+8 > int(p.meta.freelist+1)*p.ps {
				t.Skip("freelist page full")
			}
			copy(p.data[off+8:], p.data[off:off+8*n])
			le64(p.data[off:], uint64(n))
			le16(p.data[off-pageHeaderSize+10:], freelistCountMax)
			return p.data
		}, nil, boltAgrees},
		{"branch pgid at the high water mark", good, func(t *testing.T, p pageFile) []byte {
			le64(p.data[p.elem(p.find(t, "branch", 1), 0)+8:], p.meta.pgid)
			// a page there, inside bbolt's map, so that bbolt can read it
			return append(p.data[:int(p.meta.pgid)*p.ps], make([]byte, p.ps)...)
		}, errBeyondHWM, boltAgrees},
		{"branch pgid far beyond", good, func(t *testing.T, p pageFile) []byte {
			le64(p.data[p.elem(p.find(t, "branch", 1), 0)+8:], 1<<40)
			return p.data
		}, errBeyondHWM, boltUnsafe},
		{"duplicate reference", good, func(t *testing.T, p pageFile) []byte {
			b := p.elem(p.find(t, "branch", 2), 0)
			copy(p.data[b+elementSize+8:b+elementSize+16], p.data[b+8:b+16])
			return p.data
		}, errTwice, boltAgrees},
		{"branch pointing at a meta page", good, func(t *testing.T, p pageFile) []byte {
			le64(p.data[p.elem(p.find(t, "branch", 1), 0)+8:], 1)
			return p.data
		}, errTwice, boltUnsafe},
		{"truncated", good, func(_ *testing.T, p pageFile) []byte { return p.data[:len(p.data)/2] }, errTruncated, boltUnsafe},
		{"meta checksum broken", good, func(_ *testing.T, p pageFile) []byte {
			p.data[p.ps+pageHeaderSize+40]++
			return p.data
		}, errBadMeta, boltMisses},
		{"both meta checksums broken", good, func(_ *testing.T, p pageFile) []byte {
			p.data[pageHeaderSize+40]++
			p.data[p.ps+pageHeaderSize+40]++
			return p.data
		}, errNoMeta, boltAgrees},
		{"freelist entry dropped", good, func(t *testing.T, p pageFile) []byte {
			off, n := p.freelist()
			if n == 0 {
				t.Fatal("no free page in the fixture")
			}
			le16(p.data[off-pageHeaderSize+10:], uint16(n-1))
			return p.data
		}, errUnreachable, boltAgrees},
		{"freelist entry doubled", good, func(t *testing.T, p pageFile) []byte {
			off, n := p.freelist()
			if n < 2 {
				t.Fatal("fewer than 2 free pages in the fixture")
			}
			copy(p.data[off+8:off+16], p.data[off:off+8])
			return p.data
		}, errFreelist, boltAgrees},
		{"page in use listed free", good, func(t *testing.T, p pageFile) []byte {
			off, _ := p.freelist()
			le64(p.data[off:], uint64(p.find(t, "leaf", 1)))
			return p.data
		}, errFreedInUse, boltAgrees},
		{"freelist count beyond its page", good, func(_ *testing.T, p pageFile) []byte {
			off, _ := p.freelist()
			le16(p.data[off-pageHeaderSize+10:], freelistCountMax)
			le64(p.data[off:], 1<<40)
			return p.data
		}, errFreelist, boltUnsafe},
		{"leaf page of the wrong type", good, func(t *testing.T, p pageFile) []byte {
			le16(p.data[p.find(t, "leaf", 1)*p.ps+8:], freelistPageFlag)
			return p.data
		}, errPageType, boltAgrees},
		{"page header with another id", good, func(t *testing.T, p pageFile) []byte {
			id := p.find(t, "leaf", 1)
			le64(p.data[id*p.ps:], uint64(id+1))
			return p.data
		}, errPageID, boltAgrees},
		{"keys out of order", good, func(t *testing.T, p pageFile) []byte {
			id := p.find(t, "leaf", 2)
			e0, e1 := p.elem(id, 0), p.elem(id, 1)
			k0, n0 := e0+int(le.Uint32(p.data[e0+4:])), int(le.Uint32(p.data[e0+8:]))
			k1, n1 := e1+int(le.Uint32(p.data[e1+4:])), int(le.Uint32(p.data[e1+8:]))
			if n0 != n1 {
				t.Fatalf("keys of %d and %d bytes", n0, n1)
			}
			copy(p.data[k1:k1+n1], p.data[k0:k0+n0])
			return p.data
		}, errKeyOrder, boltAgrees},
		{"element offset out of the page", good, func(t *testing.T, p pageFile) []byte {
			le32(p.data[p.elem(p.find(t, "leaf", 1), 0)+4:], 1<<30)
			return p.data
		}, errElemBounds, boltUnsafe},
		{"element count out of the page", good, func(t *testing.T, p pageFile) []byte {
			le16(p.data[p.find(t, "branch", 1)*p.ps+10:], 0xFFFE)
			return p.data
		}, errElemBounds, boltUnsafe},
		{"inline bucket page of the wrong type", good, func(t *testing.T, p pageFile) []byte {
			le16(p.data[p.inline(t)+8:], branchPageFlag)
			return p.data
		}, errPageType, boltUnsafe},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := tt.file
			p.data = bytes.Clone(p.data)
			data := tt.change(t, p)
			err := checkTree(context.Background(), bytes.NewReader(data), int64(len(data)))
			if !errors.Is(err, tt.want) || (err == nil) != (tt.want == nil) {
				t.Fatalf("checkTree = %v, want %v", err, tt.want)
			}
			t.Log(err)
			if err != nil && !strings.Contains(err.Error(), tt.want.Error()) {
				t.Errorf("message %q does not say %q", err, tt.want)
			}
			if tt.bolt == boltUnsafe {
				return
			}
			found := boltFinds(t, data)
			if want := tt.bolt == boltAgrees && err != nil; found != want {
				t.Errorf("bbolt finds a fault: %v, want %v (checkTree: %v)", found, want, err)
			}
		})
	}
}

// TestCheckTreeNamesFew: many faults are named up to maxFaults, the rest
// counted.
func TestCheckTreeNamesFew(t *testing.T) {
	p := newPageFile(t, validFile(t, 150))
	off, n := p.freelist()
	if n < maxFaults+1 {
		t.Fatalf("%d free pages in the fixture", n)
	}
	le16(p.data[off-pageHeaderSize+10:], 0)
	err := checkTree(context.Background(), bytes.NewReader(p.data), int64(len(p.data)))
	if got := strings.Count(err.Error(), errUnreachable.Error()); got != maxFaults {
		t.Fatalf("%d faults named, want %d: %v", got, maxFaults, err)
	}
	if want := fmt.Sprintf("và %d lỗi khác", n-maxFaults); !strings.Contains(err.Error(), want) {
		t.Fatalf("%v; want %q", err, want)
	}
}

// TestCheckTreeCancelled: a cancelled context stops the check.
func TestCheckTreeCancelled(t *testing.T) {
	data := validFile(t, 150)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err := checkTree(ctx, bytes.NewReader(data), int64(len(data)))
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("checkTree = %v, want context.Canceled", err)
	}
}

// boundedReader fails the test when a read asks for more than the file.
type boundedReader struct {
	t *testing.T
	r *bytes.Reader
}

func (b boundedReader) ReadAt(p []byte, off int64) (int, error) {
	if int64(len(p)) > b.r.Size() {
		b.t.Fatalf("read of %d bytes from a file of %d", len(p), b.r.Size())
	}
	return b.r.ReadAt(p, off)
}

// FuzzPageCheck mutates a small store file, the meta pages re-signed so
// that the walk goes deep: checkTree must never panic, never read more
// than the file at once, and find no fault where none was made; nor may
// checkLiveTree, which finds no more than checkTree.
func FuzzPageCheck(f *testing.F) {
	base := validFile(f, 3)
	ps := int(binary.LittleEndian.Uint32(base[pageHeaderSize+8:]))
	f.Add([]byte{}, false)
	f.Add([]byte{0, 0, 0x30, 0, 0x01}, true)
	f.Add([]byte{0x18, 0, 0, 0, 0xFF, 0x50, 0, 0, 0, 0x7F}, true)
	f.Fuzz(func(t *testing.T, edits []byte, sign bool) {
		data := bytes.Clone(base)
		for ; len(edits) >= 5; edits = edits[5:] {
			data[int(binary.LittleEndian.Uint32(edits))%len(data)] ^= edits[4]
		}
		if len(edits) > 0 {
			data = data[:len(data)*int(edits[0])/256]
		}
		if sign && len(data) >= 2*ps {
			resign(data, 0)
			resign(data, ps)
		}
		err := checkTree(context.Background(), boundedReader{t, bytes.NewReader(data)}, int64(len(data)))
		if err != nil && bytes.Equal(data, base) {
			t.Fatalf("fault in the unchanged file: %v", err)
		}
		live := checkLiveTree(context.Background(), boundedReader{t, bytes.NewReader(data)}, int64(len(data)))
		if live != nil && err == nil {
			t.Fatalf("checkLiveTree finds %v where checkTree finds none", live)
		}
	})
}

// TestCheckFileChecksTree: the backup's check of a copy finds a fault of
// structure that every draft decoding would not show.
func TestCheckFileChecksTree(t *testing.T) {
	p := newPageFile(t, validFile(t, 150))
	path := filepath.Join(t.TempDir(), "copy.db")
	for _, tt := range []struct {
		name string
		drop bool
		want error
	}{
		{"sound copy", false, nil},
		{"freelist entry dropped", true, errUnreachable},
	} {
		t.Run(tt.name, func(t *testing.T) {
			data := bytes.Clone(p.data)
			if tt.drop {
				off, n := p.freelist()
				le16(data[off-pageHeaderSize+10:], uint16(n-1))
			}
			if err := os.WriteFile(path, data, 0o600); err != nil {
				t.Fatal(err)
			}
			err := checkFile(context.Background(), path, options{timeout: DefaultTimeout})
			if !errors.Is(err, tt.want) || (err == nil) != (tt.want == nil) {
				t.Fatalf("checkFile = %v, want %v", err, tt.want)
			}
		})
	}
}

// BenchmarkCheckTree reports what checkTree allocates (-benchmem) on
// stores of 150 and 600 drafts, and on the file BAOCAO_BENCH_STORE names
// when set (the stores of .ci/measure-start): the bitsets grow by two bits
// per page, the rest stays one path of pages.
//
//	BAOCAO_BENCH_STORE=/tmp/baocao-measure/s50000/drafts.db go test ./store -run '^$' -bench CheckTree -benchmem
func BenchmarkCheckTree(b *testing.B) {
	files := map[string]string{}
	for _, n := range []int{150, 600} {
		path := filepath.Join(b.TempDir(), FileName)
		if err := os.WriteFile(path, validFile(b, n), 0o600); err != nil {
			b.Fatal(err)
		}
		files[fmt.Sprintf("%d drafts", n)] = path
	}
	if path := os.Getenv("BAOCAO_BENCH_STORE"); path != "" {
		files[filepath.Base(filepath.Dir(path))] = path
	}
	for name, path := range files {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := checkFileTree(context.Background(), path); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestBackupChecksTree: "baocao backup" of a store whose structure is
// broken (a page neither used nor free) refuses with ErrCorrupt and
// writes nothing at the destination; of a sound store it writes the copy.
func TestBackupChecksTree(t *testing.T) {
	p := newPageFile(t, validFile(t, 150))
	for _, tt := range []struct {
		name string
		drop bool
	}{
		{"sound store", false},
		{"freelist entry dropped", true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			data := bytes.Clone(p.data)
			if tt.drop {
				off, n := p.freelist()
				le16(data[off-pageHeaderSize+10:], uint16(n-1))
			}
			dir := t.TempDir()
			path, dst := filepath.Join(dir, FileName), filepath.Join(dir, "copy.db")
			if err := os.WriteFile(path, data, 0o600); err != nil {
				t.Fatal(err)
			}
			err := openTest(t, path, WithBackups(0)).Backup(dst)
			_, statErr := os.Stat(dst)
			if tt.drop {
				if !errors.Is(err, ErrCorrupt) || !errors.Is(err, errUnreachable) || statErr == nil {
					t.Fatalf("Backup = %v, copy written: %v; want ErrCorrupt and no copy", err, statErr == nil)
				}
				return
			}
			if err != nil || statErr != nil {
				t.Fatalf("Backup = %v, copy: %v", err, statErr)
			}
		})
	}
}

// TestCheckLiveTree: in a drafts file in use, a torn meta page (a crash
// while bbolt wrote it; bbolt falls back to the other) is no fault, as it
// is in a copy; faults of the tree still are.
func TestCheckLiveTree(t *testing.T) {
	good := newPageFile(t, validFile(t, 150))
	m0, _ := parseMeta(good.data)
	m1, _ := parseMeta(good.data[good.ps:])
	newer := 0
	if m1.txid > m0.txid {
		newer = 1
	}
	tear := func(meta int) func(*testing.T, pageFile) []byte {
		return func(_ *testing.T, p pageFile) []byte {
			p.data[meta*p.ps+pageHeaderSize+40]++
			return p.data
		}
	}
	tests := []struct {
		name         string
		change       func(*testing.T, pageFile) []byte
		live, inCopy error
	}{
		{"sound", func(_ *testing.T, p pageFile) []byte { return p.data }, nil, nil},
		{"older meta torn", tear(1 - newer), nil, errBadMeta},
		{"newer meta torn", tear(newer), nil, errBadMeta},
		{"leaf page of the wrong type", func(t *testing.T, p pageFile) []byte {
			le16(p.data[p.find(t, "leaf", 1)*p.ps+8:], freelistPageFlag)
			return p.data
		}, errPageType, errPageType},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := good
			p.data = bytes.Clone(p.data)
			data := tt.change(t, p)
			live := checkLiveTree(context.Background(), bytes.NewReader(data), int64(len(data)))
			if !errors.Is(live, tt.live) || (live == nil) != (tt.live == nil) {
				t.Errorf("checkLiveTree = %v, want %v", live, tt.live)
			}
			inCopy := checkTree(context.Background(), bytes.NewReader(data), int64(len(data)))
			if !errors.Is(inCopy, tt.inCopy) || (inCopy == nil) != (tt.inCopy == nil) {
				t.Errorf("checkTree = %v, want %v", inCopy, tt.inCopy)
			}
		})
	}
}
