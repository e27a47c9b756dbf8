package store

import "io"

// aheadSize is how much of the file aheadReader reads at once.
const aheadSize = 256 << 10

// aheadReader reads a file in windows of aheadSize bytes and serves the
// reads that fall inside the last window from it: the pages bbolt writes
// in one commit lie together, so a walk of the tree reads the file far
// fewer times than once a page.
type aheadReader struct {
	f   io.ReaderAt
	buf []byte
	off int64 // the window's offset in the file
	n   int   // the bytes of the window read
}

func newAheadReader(f io.ReaderAt) *aheadReader {
	return &aheadReader{f: f, buf: make([]byte, aheadSize)}
}

func (a *aheadReader) ReadAt(p []byte, off int64) (int, error) {
	if off >= a.off && off+int64(len(p)) <= a.off+int64(a.n) {
		return copy(p, a.buf[off-a.off:]), nil
	}
	if len(p) > len(a.buf) {
		return a.f.ReadAt(p, off)
	}
	n, err := a.f.ReadAt(a.buf, off)
	a.off, a.n = off, n
	if n >= len(p) {
		return copy(p, a.buf), nil
	}
	if err == nil {
		err = io.ErrUnexpectedEOF
	}
	return copy(p, a.buf[:n]), err
}
