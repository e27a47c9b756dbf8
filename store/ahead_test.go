package store

import (
	"bytes"
	"errors"
	"io"
	"testing"
)

// countingReader counts the reads that reach the file.
type countingReader struct {
	r     io.ReaderAt
	reads int
}

func (c *countingReader) ReadAt(p []byte, off int64) (int, error) {
	c.reads++
	return c.r.ReadAt(p, off)
}

// TestAheadReader: every read gives what the file holds there, with
// io.ReaderAt's errors at the end; reads inside the window read nothing
// more, reads past it or larger than it go to the file.
func TestAheadReader(t *testing.T) {
	data := make([]byte, 3*aheadSize+100)
	for i := range data {
		data[i] = byte(i * 7)
	}
	size := int64(len(data))
	tests := []struct {
		name      string
		off       int64
		n         int
		fileReads int // reads that reach the file, after a first read at 0
		err       error
	}{
		{"inside the window", 4096, 4096, 0, nil},
		{"the window's last byte", aheadSize - 1, 1, 0, nil},
		{"across the window's end", aheadSize - 10, 20, 1, nil},
		{"past the window", 2 * aheadSize, 4096, 1, nil},
		{"larger than the window", 10, aheadSize + 1, 1, nil},
		{"up to the end", size - 100, 100, 1, nil},
		{"across the end", size - 50, 100, 1, io.ErrUnexpectedEOF},
		{"past the end", size + 10, 10, 1, io.EOF},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &countingReader{r: bytes.NewReader(data)}
			a := newAheadReader(c)
			first := make([]byte, 16)
			if _, err := a.ReadAt(first, 0); err != nil {
				t.Fatal(err)
			}
			p := make([]byte, tt.n)
			n, err := a.ReadAt(p, tt.off)
			if c.reads-1 != tt.fileReads {
				t.Errorf("%d reads of the file, want %d", c.reads-1, tt.fileReads)
			}
			if tt.err == nil && err != nil || tt.err != nil && !errors.Is(err, tt.err) && !errors.Is(err, io.EOF) {
				t.Fatalf("ReadAt = %d, %v; want %v", n, err, tt.err)
			}
			want := data[min(tt.off, size):min(tt.off+int64(tt.n), size)]
			if !bytes.Equal(p[:n], want) {
				t.Fatalf("ReadAt gave %d bytes unlike the file's %d there", n, len(want))
			}
			if tt.err == nil && n != tt.n {
				t.Fatalf("ReadAt = %d bytes, want %d", n, tt.n)
			}
		})
	}
}
