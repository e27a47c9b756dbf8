package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"os"
)

// bbolt's on-disk meta page, read here so that a file that is not a bbolt
// database never reaches bbolt (which maps it and may fault on a truncated
// file). Pages 0 and 1 are meta pages: a 16-byte page header, then magic,
// version, page size, flags, root bucket (16 bytes), freelist page, high
// water mark (pgid), txid and an FNV-64a checksum of the bytes before it.
// bbolt writes them in the machine's byte order; every platform baocao
// builds for is little-endian.
const (
	boltMagic      = 0xED0CDAED
	boltVersion    = 2
	pageHeaderSize = 16
	metaSize       = 64
	metaSumOffset  = 56
	minPageSize    = 1024
	maxPageSize    = 1 << 24

	freelistPageFlag = 0x10
)

// boltMeta is the part of a meta page the precheck needs.
type boltMeta struct {
	pageSize uint32
	root     uint64
	freelist uint64
	pgid     uint64
	txid     uint64
}

// parseMeta decodes and validates one meta page image (header included).
func parseMeta(page []byte) (boltMeta, bool) {
	if len(page) < pageHeaderSize+metaSize {
		return boltMeta{}, false
	}
	m := page[pageHeaderSize : pageHeaderSize+metaSize]
	le := binary.LittleEndian
	if le.Uint32(m[0:]) != boltMagic || le.Uint32(m[4:]) != boltVersion {
		return boltMeta{}, false
	}
	h := fnv.New64a()
	h.Write(m[:metaSumOffset])
	if h.Sum64() != le.Uint64(m[metaSumOffset:]) {
		return boltMeta{}, false
	}
	bm := boltMeta{pageSize: le.Uint32(m[8:]), root: le.Uint64(m[16:]), freelist: le.Uint64(m[32:]),
		pgid: le.Uint64(m[40:]), txid: le.Uint64(m[48:])}
	if bm.pageSize < minPageSize || bm.pageSize > maxPageSize || bm.pageSize&(bm.pageSize-1) != 0 {
		return boltMeta{}, false
	}
	return bm, true
}

var (
	errNotRegular = errors.New("không phải tệp thường (là ống FIFO, thiết bị hoặc socket)")
	errNoMeta     = errors.New("không có trang meta hợp lệ của bbolt (tệp không phải cơ sở dữ liệu bbolt)")
	errTruncated  = errors.New("tệp bị cắt cụt")
)

// precheck checks that f is a regular file whose contents pass
// checkPages. It only reads.
func precheck(f *os.File) error {
	info, err := f.Stat()
	if err != nil {
		return err
	}
	if !info.Mode().IsRegular() {
		return errNotRegular
	}
	return checkPages(f, info.Size())
}

// checkPages reads the meta pages the way bbolt chooses them (the valid
// one with the higher txid) and checks that every page below the high
// water mark, the freelist included, lies inside the file's size bytes.
func checkPages(f io.ReaderAt, size int64) error {
	_, err := chooseMeta(f, size)
	return err
}

// metaPages are the two meta pages of a file, each with whether it is
// valid (magic, version, checksum, page size).
type metaPages struct {
	m   [2]boltMeta
	ok  [2]bool
	new int // the one bbolt uses: the valid one with the higher txid
}

// chooseMeta does checkPages' work and returns both meta pages.
func chooseMeta(f io.ReaderAt, size int64) (metaPages, error) {
	var mp metaPages
	if size < 4*minPageSize {
		return mp, fmt.Errorf("tệp chỉ có %d byte, quá ngắn để là tệp bản nháp", size)
	}
	var buf [pageHeaderSize + metaSize]byte
	if _, err := f.ReadAt(buf[:], 0); err != nil {
		return mp, err
	}
	mp.m[0], mp.ok[0] = parseMeta(buf[:])
	mp.m[1], mp.ok[1] = meta1(f, size, mp.m[0], mp.ok[0])
	if mp.ok[1] && (!mp.ok[0] || mp.m[1].txid > mp.m[0].txid) {
		mp.new = 1
	}
	best := mp.m[mp.new]
	if !mp.ok[mp.new] {
		return mp, errNoMeta
	}
	if best.pgid < 4 || best.pgid > uint64(size)/uint64(best.pageSize) {
		return mp, fmt.Errorf("%w: cần %d trang %d byte, chỉ có %d byte", errTruncated, best.pgid, best.pageSize, size)
	}
	return mp, checkFreelist(f, best)
}

// meta1 finds the second meta page: at m0's page size when m0 is valid,
// else at each power of two from 1 KiB, as bbolt does.
func meta1(f io.ReaderAt, size int64, m0 boltMeta, ok0 bool) (boltMeta, bool) {
	var buf [pageHeaderSize + metaSize]byte
	for ps := int64(minPageSize); ps <= maxPageSize && ps < size; ps <<= 1 {
		if ok0 && ps != int64(m0.pageSize) {
			continue
		}
		if _, err := f.ReadAt(buf[:], ps); err != nil && err != io.EOF {
			return boltMeta{}, false
		}
		if m, ok := parseMeta(buf[:]); ok && int64(m.pageSize) == ps {
			return m, true
		}
	}
	return boltMeta{}, false
}

// checkFreelist checks the freelist page's header (bbolt reads it while
// opening, where a fault could not be caught): its own ID, its type, and
// that its overflow stays below the high water mark.
func checkFreelist(f io.ReaderAt, m boltMeta) error {
	if m.freelist == ^uint64(0) {
		return nil // freelist not synced; bbolt rebuilds it
	}
	if m.freelist < 2 || m.freelist >= m.pgid {
		return fmt.Errorf("trang freelist %d nằm ngoài tệp", m.freelist)
	}
	var h [pageHeaderSize]byte
	if _, err := f.ReadAt(h[:], int64(m.freelist)*int64(m.pageSize)); err != nil {
		return err
	}
	le := binary.LittleEndian
	id, flags, overflow := le.Uint64(h[0:]), le.Uint16(h[8:]), le.Uint32(h[12:])
	if id != m.freelist || flags != freelistPageFlag || m.freelist+uint64(overflow) >= m.pgid {
		return fmt.Errorf("trang freelist %d hỏng", m.freelist)
	}
	return nil
}
