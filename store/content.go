package store

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"errors"
	"io"
	"sync"
)

// draftTag starts a draft's report as the drafts bucket keeps it since
// schema 3: the tag, the report's length as a uvarint, then the report
// deflated. A report kept before, as JSON, starts with '{' and is read as
// it is, as is one shorter than packMin. Reports are text that deflates
// to a fraction, so that the file, its backups and the revisions of a
// large draft stay small.
const draftTag = 1

// maxRevSize bounds what stored content may inflate to (a damaged or
// hostile file), far above any draft.
const maxRevSize = 1 << 30

var errBadContent = errors.New("nội dung đã nén bị hỏng, không giải nén được")

// packMin is the least length of a report kept deflated: a shorter one
// gains too little to be worth the work.
const packMin = 8 << 10

// packDraft is a report as the drafts bucket keeps it. A short report is
// kept as it is unless it starts with the tag itself (never JSON, but a
// damaged draft can), which would read back as packed.
func packDraft(report []byte) []byte {
	if len(report) < packMin && (len(report) == 0 || report[0] != draftTag) {
		return report
	}
	out := binary.AppendUvarint([]byte{draftTag}, uint64(len(report)))
	return deflate(out, report)
}

// content is a report's JSON and the form the drafts bucket keeps it in
// (packDraft, nil when not made): a save deflates the report once, for
// the draft and its revision both.
type content struct {
	json   []byte
	packed []byte
}

// packed is the content of report with its packed form.
func packed(report []byte) content { return content{json: report, packed: packDraft(report)} }

// deflated returns the report deflated, when its packed form holds it so.
func (c content) deflated() ([]byte, bool) {
	if len(c.packed) == 0 || c.packed[0] != draftTag {
		return nil, false
	}
	_, w := binary.Uvarint(c.packed[1:])
	if w <= 0 {
		return nil, false
	}
	return c.packed[1+w:], true
}

// unpackDraft is the report a drafts bucket value holds: inflated, or as
// it is when it was kept as JSON (nil stays nil).
func unpackDraft(v []byte) ([]byte, error) {
	if len(v) == 0 || v[0] != draftTag {
		return v, nil
	}
	n, w := binary.Uvarint(v[1:])
	if w <= 0 {
		return nil, errBadContent
	}
	return inflate(v[1+w:], n)
}

// The deflaters and inflaters are kept for reuse: each holds buffers of
// hundreds of kilobytes, too many to make anew for every save.
var (
	deflaters = sync.Pool{New: func() any {
		w, _ := flate.NewWriter(nil, flate.BestSpeed) // a valid level: cannot fail
		return w
	}}
	inflaters = sync.Pool{New: func() any { return flate.NewReader(bytes.NewReader(nil)) }}
)

// deflate appends data, deflated, to out.
func deflate(out, data []byte) []byte {
	b := bytes.NewBuffer(out)
	zw := deflaters.Get().(*flate.Writer)
	defer deflaters.Put(zw)
	zw.Reset(b)
	zw.Write(data) // into memory: cannot fail
	zw.Close()
	return b.Bytes()
}

// inflate reads deflated data that must come to exactly size bytes.
func inflate(data []byte, size uint64) ([]byte, error) {
	if size > maxRevSize {
		return nil, errBadContent
	}
	zr := inflaters.Get().(io.ReadCloser)
	defer inflaters.Put(zr)
	if err := zr.(flate.Resetter).Reset(bytes.NewReader(data), nil); err != nil {
		return nil, errBadContent
	}
	buf := bytes.NewBuffer(make([]byte, 0, size))
	_, err := io.Copy(buf, io.LimitReader(zr, int64(size)+1))
	if err != nil || uint64(buf.Len()) != size {
		return nil, errBadContent
	}
	return buf.Bytes(), nil
}
