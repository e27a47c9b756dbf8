package store

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
)

// The structural check of a bbolt file in streaming form: bbolt's
// tx.Check keeps a map entry per page and touches every page of the map,
// so its memory grows with the file. checkTree reads the file with
// positioned reads instead, one path of pages at a time, and keeps one
// bit per page. The layout read here is bbolt 1.x's on-disk format
// (go.etcd.io/bbolt internal/common: page.go, meta.go, bucket.go): a
// page is a 16-byte header (id uint64, flags uint16, count uint16,
// overflow uint32) and count elements of 16 bytes; a branch element is
// pos, ksize uint32 and the child's pgid, a leaf element flags, pos,
// ksize, vsize uint32, pos counted from the element itself. A sub-bucket
// is a leaf value flagged 1: its root pgid and sequence (16 bytes), then,
// when the root is 0, the bucket's own leaf page inline.
const (
	branchPageFlag   = 0x01
	leafPageFlag     = 0x02
	elementSize      = 16
	bucketLeafFlag   = 0x01
	bucketHeaderSize = 16
	freelistCountMax = 0xFFFF // count field value: the real count is the first id
	noFreelist       = ^uint64(0)
	// maxTreeDepth bounds the nesting of pages and buckets; bbolt's trees
	// are a few levels deep.
	maxTreeDepth = 64
	// maxFaults is how many faults checkTree names; it counts the rest.
	maxFaults = 3
	// ctxEvery is how many pages checkTree reads between two looks at
	// its context.
	ctxEvery = 256
)

// The kinds of fault checkTree finds, each wrapped in a *pageFault naming
// the page.
var (
	errBadMeta     = errors.New("là trang meta hỏng (sai tổng kiểm tra hoặc sai định dạng)")
	errBeyondHWM   = errors.New("nằm ngoài mốc cao của tệp")
	errTwice       = errors.New("được trỏ tới hai lần")
	errPageID      = errors.New("mang số trang khác trong phần đầu")
	errPageType    = errors.New("sai loại (không phải trang nhánh hay trang lá)")
	errKeyOrder    = errors.New("có khóa không theo thứ tự")
	errElemBounds  = errors.New("có phần tử nằm ngoài trang")
	errTooDeep     = errors.New("nằm trong cây trang lồng nhau quá sâu")
	errFreelist    = errors.New("là danh sách trang trống hỏng")
	errUnreachable = errors.New("không được dùng mà cũng không có trong danh sách trang trống")
	errFreedInUse  = errors.New("đang dùng mà lại nằm trong danh sách trang trống")
)

// pageFault is one fault of a page; errors.Is matches its kind.
type pageFault struct {
	page   uint64
	kind   error
	detail string
}

func (e *pageFault) Error() string {
	if e.detail == "" {
		return fmt.Sprintf("trang %d %v", e.page, e.kind)
	}
	return fmt.Sprintf("trang %d %v (%s)", e.page, e.kind, e.detail)
}

func (e *pageFault) Unwrap() error { return e.kind }

// bitset has one bit per page below the high water mark.
type bitset []uint64

func newBitset(n uint64) bitset { return make(bitset, (n+63)/64) }

func (b bitset) has(i uint64) bool { return b[i/64]&(1<<(i%64)) != 0 }

func (b bitset) set(i uint64) { b[i/64] |= 1 << (i % 64) }

// treeCheck is the state of one checkTree.
type treeCheck struct {
	ctx     context.Context
	f       io.ReaderAt
	psize   uint64
	hwm     uint64
	reached bitset
	freed   bitset
	// bufs holds the pages of the path being walked, one per depth,
	// reused from one sibling to the next.
	bufs   [maxTreeDepth][]byte
	faults []error
	count  int
	reads  int
}

// checkFileTree runs checkTree on the copy at path.
func checkFileTree(ctx context.Context, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return err
	}
	return checkTree(ctx, newAheadReader(f), info.Size())
}

// checkLiveTree is checkTree for a drafts file in use rather than a copy:
// a meta page that bbolt does not use may be torn by a crash (bbolt
// tolerates it, and its next commit rewrites it), so only the meta page
// bbolt uses must be valid. The caller keeps the file from changing
// while it runs (a lock that no writer holds, or bbolt's writer lock).
func checkLiveTree(ctx context.Context, f io.ReaderAt, size int64) error {
	return walkTree(ctx, f, size, true)
}

// checkTree checks the structure of the bbolt file f of size bytes: both
// meta pages; from the newer, every branch, leaf and sub-bucket page
// (inline buckets included) below the high water mark, of the right type,
// with its elements inside it and its keys in order within its parent's
// range, reached once; the freelist; and every page either reached or
// free. It reads one path of pages at a time and keeps two bits per page,
// whatever the number of drafts. A file whose freelist is not synced
// (bbolt's NoFreelistSync; baocao never sets it) has no list of free
// pages: bbolt counts every unreached page as free, and so does the
// check. Either meta page invalid is a fault: it runs on copies written
// by tx.WriteTo, which writes both; a live file may keep a torn meta
// after a crash, which bbolt tolerates (checkLiveTree). It returns nil,
// an I/O error, ctx's error, or the first faults joined.
func checkTree(ctx context.Context, f io.ReaderAt, size int64) error {
	return walkTree(ctx, f, size, false)
}

// walkTree is checkTree; live lets the meta page bbolt does not use be
// invalid.
func walkTree(ctx context.Context, f io.ReaderAt, size int64, live bool) error {
	mp, err := chooseMeta(f, size)
	if err != nil {
		return err
	}
	m := mp.m[mp.new]
	c := &treeCheck{ctx: ctx, f: f, psize: uint64(m.pageSize), hwm: m.pgid,
		reached: newBitset(m.pgid), freed: newBitset(m.pgid)}
	for i, ok := range mp.ok {
		if !ok && !live {
			c.fault(uint64(i), errBadMeta, "")
		}
		c.reached.set(uint64(i))
	}
	if m.freelist != noFreelist {
		if err := c.readFreelist(m.freelist); err != nil {
			return err
		}
	}
	if err := c.walkPage(0, m.root, nil, nil); err != nil {
		return err
	}
	c.sweep(m.freelist != noFreelist)
	return c.result()
}

func (c *treeCheck) fault(page uint64, kind error, detail string) {
	if c.count++; len(c.faults) < maxFaults {
		c.faults = append(c.faults, &pageFault{page: page, kind: kind, detail: detail})
	}
}

func (c *treeCheck) result() error {
	if c.count == 0 {
		return nil
	}
	errs := c.faults
	if more := c.count - len(c.faults); more > 0 {
		errs = append(errs, fmt.Errorf("và %d lỗi khác", more))
	}
	return errors.Join(errs...)
}

// readFreelist marks the freelist page and its overflow reached and its
// ids freed, reading the ids a page at a time. chooseMeta has checked the
// page's header: its id, type and overflow below the high water mark.
func (c *treeCheck) readFreelist(id uint64) error {
	var h [pageHeaderSize + 8]byte
	if _, err := c.f.ReadAt(h[:], int64(id*c.psize)); err != nil {
		return err
	}
	le := binary.LittleEndian
	overflow := uint64(le.Uint32(h[12:]))
	for i := id; i <= id+overflow; i++ {
		c.reached.set(i)
	}
	n, start := uint64(le.Uint16(h[10:])), uint64(pageHeaderSize)
	if n == freelistCountMax {
		n, start = le.Uint64(h[pageHeaderSize:]), pageHeaderSize+8
	}
	span := (overflow + 1) * c.psize
	if n > (span-start)/8 {
		c.fault(id, errFreelist, fmt.Sprintf("ghi %d trang, vượt quá %d byte của nó", n, span))
		return nil
	}
	buf := make([]byte, c.psize)
	for off := start; n > 0; {
		k := min(n, c.psize/8)
		chunk := buf[:k*8]
		if _, err := c.f.ReadAt(chunk, int64(id*c.psize+off)); err != nil {
			return err
		}
		for j := range k {
			c.free(id, le.Uint64(chunk[j*8:]))
		}
		off, n = off+k*8, n-k
	}
	return nil
}

func (c *treeCheck) free(list, id uint64) {
	switch {
	case id < 2 || id >= c.hwm:
		c.fault(list, errFreelist, fmt.Sprintf("ghi trang %d, ngoài mốc cao %d", id, c.hwm))
	case c.freed.has(id):
		c.fault(list, errFreelist, fmt.Sprintf("ghi trang %d hai lần", id))
	default:
		c.freed.set(id)
	}
}

// sweep reports every page reached and free, and, when the freelist is
// known, every page neither.
func (c *treeCheck) sweep(synced bool) {
	for id := range c.hwm {
		r, f := c.reached.has(id), c.freed.has(id)
		switch {
		case r && f:
			c.fault(id, errFreedInUse, "")
		case !r && !f && synced:
			c.fault(id, errUnreachable, "")
		}
	}
}

// readPage reads page id (with its overflow) into the buffer of depth and
// marks it reached. It returns nil when the page is not to be walked: a
// fault is recorded.
func (c *treeCheck) readPage(depth int, id uint64) ([]byte, error) {
	if id >= c.hwm {
		c.fault(id, errBeyondHWM, fmt.Sprintf("mốc cao %d", c.hwm))
		return nil, nil
	}
	if c.reached.has(id) {
		c.fault(id, errTwice, "")
		return nil, nil
	}
	c.reached.set(id)
	if c.reads%ctxEvery == 0 {
		if err := c.ctx.Err(); err != nil {
			return nil, err
		}
	}
	c.reads++
	buf, err := c.read(depth, id, c.psize)
	if err != nil {
		return nil, err
	}
	le := binary.LittleEndian
	if got := le.Uint64(buf); got != id {
		c.fault(id, errPageID, fmt.Sprintf("số %d", got))
		return nil, nil
	}
	overflow := uint64(le.Uint32(buf[12:]))
	if overflow >= c.hwm-id {
		c.fault(id, errBeyondHWM, fmt.Sprintf("%d trang tràn, mốc cao %d", overflow, c.hwm))
		return nil, nil
	}
	for i := id + 1; i <= id+overflow; i++ {
		if c.reached.has(i) {
			c.fault(i, errTwice, "")
		}
		c.reached.set(i)
	}
	if overflow == 0 {
		return buf, nil
	}
	return c.read(depth, id, (overflow+1)*c.psize)
}

// read reads n bytes of the file from page id into the buffer of depth.
func (c *treeCheck) read(depth int, id, n uint64) ([]byte, error) {
	if uint64(cap(c.bufs[depth])) < n {
		c.bufs[depth] = make([]byte, n)
	}
	buf := c.bufs[depth][:n]
	if _, err := c.f.ReadAt(buf, int64(id*c.psize)); err != nil {
		return nil, err
	}
	return buf, nil
}

// walkPage walks the branch or leaf page id, whose keys must lie in
// [lo, hi) (nil: unbounded).
func (c *treeCheck) walkPage(depth int, id uint64, lo, hi []byte) error {
	if depth >= maxTreeDepth {
		c.fault(id, errTooDeep, "")
		return nil
	}
	page, err := c.readPage(depth, id)
	if page == nil || err != nil {
		return err
	}
	return c.walkNode(depth, id, page, lo, hi)
}

// walkNode walks the elements of a page image (a page read at depth, or
// an inline bucket's page within it); id names it in faults.
func (c *treeCheck) walkNode(depth int, id uint64, page, lo, hi []byte) error {
	le := binary.LittleEndian
	flags, n := le.Uint16(page[8:]), int(le.Uint16(page[10:]))
	if flags != branchPageFlag && flags != leafPageFlag {
		c.fault(id, errPageType, fmt.Sprintf("cờ %#x", flags))
		return nil
	}
	if pageHeaderSize+n*elementSize > len(page) {
		c.fault(id, errElemBounds, fmt.Sprintf("%d phần tử", n))
		return nil
	}
	prev := lo
	for i := range n {
		off := pageHeaderSize + i*elementSize
		e := page[off : off+elementSize]
		key, val, ok := element(page, off, flags == leafPageFlag)
		if !ok {
			c.fault(id, errElemBounds, fmt.Sprintf("phần tử %d", i))
			return nil
		}
		if !c.inOrder(id, i, key, prev, hi) {
			return nil
		}
		prev = key
		var err error
		switch {
		case flags == branchPageFlag:
			next := hi
			if i+1 < n {
				next, _, ok = element(page, off+elementSize, false)
				if !ok {
					next = hi
				}
			}
			err = c.walkPage(depth+1, le.Uint64(e[8:]), key, next)
		case le.Uint32(e)&bucketLeafFlag != 0:
			err = c.walkBucket(depth+1, id, i, val)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// element returns the key (and a leaf's value) of the element at off in
// page, and whether they lie inside the page.
func element(page []byte, off int, leaf bool) (key, val []byte, ok bool) {
	le := binary.LittleEndian
	e := page[off:]
	pos, ksize, vsize := uint64(le.Uint32(e[0:])), uint64(le.Uint32(e[4:])), uint64(0)
	if leaf {
		pos, ksize, vsize = uint64(le.Uint32(e[4:])), uint64(le.Uint32(e[8:])), uint64(le.Uint32(e[12:]))
	}
	start := uint64(off) + pos
	end := start + ksize + vsize
	if end > uint64(len(page)) {
		return nil, nil, false
	}
	return page[start : start+ksize], page[start+ksize : end], true
}

// inOrder checks that key i of page id follows prev and lies below hi.
func (c *treeCheck) inOrder(id uint64, i int, key, prev, hi []byte) bool {
	cmp := -1
	if prev != nil {
		cmp = bytes.Compare(prev, key)
	}
	if cmp > 0 || (cmp == 0 && i > 0) {
		c.fault(id, errKeyOrder, fmt.Sprintf("khóa %d là %x, không sau %x", i, key, prev))
		return false
	}
	if hi != nil && bytes.Compare(key, hi) >= 0 {
		c.fault(id, errKeyOrder, fmt.Sprintf("khóa %d là %x, không trước %x", i, key, hi))
		return false
	}
	return true
}

// walkBucket walks the sub-bucket whose header is val, element i of page
// id: its root page, or its inline page.
func (c *treeCheck) walkBucket(depth int, id uint64, i int, val []byte) error {
	if len(val) < bucketHeaderSize {
		c.fault(id, errElemBounds, fmt.Sprintf("ngăn con ở phần tử %d chỉ có %d byte", i, len(val)))
		return nil
	}
	root := binary.LittleEndian.Uint64(val)
	if root != 0 {
		return c.walkPage(depth, root, nil, nil)
	}
	inline := val[bucketHeaderSize:]
	if len(inline) < pageHeaderSize {
		c.fault(id, errElemBounds, fmt.Sprintf("ngăn con nội tuyến ở phần tử %d chỉ có %d byte", i, len(inline)))
		return nil
	}
	if flags := binary.LittleEndian.Uint16(inline[8:]); flags != leafPageFlag {
		c.fault(id, errPageType, fmt.Sprintf("ngăn con nội tuyến ở phần tử %d có cờ %#x", i, flags))
		return nil
	}
	if depth >= maxTreeDepth {
		c.fault(id, errTooDeep, "")
		return nil
	}
	return c.walkNode(depth, id, inline, nil, nil)
}
