package compile

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"sync"

	"github.com/baocao/baocao/model"
)

// The spill file: what the compilation reads of a report after checking it
// (its problems, staffing rows, texts and tables) is written to a
// temporary file as one record per report, so that memory holds only the
// units' index (see Unit), whatever their number. The sheets and the draft
// read the records back one at a time, in name order.

// spill is the temporary file of records. Records are appended under mu
// and read back, once every record is written and flushed, with ReadAt
// (safe from several goroutines).
type spill struct {
	mu      sync.Mutex
	f       *os.File
	w       *bufio.Writer
	size    int64
	removed bool
}

// newSpill creates the spill file in the system's temporary folder. Where
// the system allows it (not Windows), the file is removed from its folder
// at once, so that nothing is left behind even if the program is killed;
// elsewhere close removes it.
func newSpill() (*spill, error) {
	f, err := os.CreateTemp("", "baocao-tong-hop-*")
	if err != nil {
		return nil, fmt.Errorf("không tạo được tệp tạm để tổng hợp (%v); hãy kiểm tra chỗ trống trên đĩa và thư mục tạm (biến TMPDIR hoặc TEMP)", err)
	}
	return &spill{f: f, w: bufio.NewWriterSize(f, 1<<20), removed: os.Remove(f.Name()) == nil}, nil
}

// put appends a record and returns where it is.
func (s *spill) put(rec []byte) (at int64, err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, err := s.w.Write(rec); err != nil {
		return 0, spillError(err)
	}
	at = s.size
	s.size += int64(len(rec))
	return at, nil
}

// flush writes out what put buffered; records are read only after it.
func (s *spill) flush() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.w.Flush(); err != nil {
		return spillError(err)
	}
	return nil
}

// reader reads records back into one buffer, reused from one read to the
// next: the decoders copy what they keep.
type reader struct {
	sp  *spill
	buf []byte
}

// read returns the n bytes at at, valid until the next read.
func (r *reader) read(at int64, n int) ([]byte, error) {
	if cap(r.buf) < n {
		r.buf = make([]byte, n)
	}
	r.buf = r.buf[:n]
	if _, err := r.sp.f.ReadAt(r.buf, at); err != nil {
		return nil, spillError(err)
	}
	return r.buf, nil
}

// section returns section i of u's record (valid until the next read),
// found by the lengths before the sections.
func (r *reader) section(u *Unit, i int) ([]byte, error) {
	at, end := u.at, u.at+int64(u.size)
	for ; ; i-- {
		b, err := r.read(at, min(4, int(end-at)))
		if err != nil {
			return nil, err
		}
		if len(b) < 4 {
			return nil, errRecord
		}
		n := int64(binary.LittleEndian.Uint32(b))
		if n > end-at-4 {
			return nil, errRecord
		}
		if i == 0 {
			return r.read(at+4, int(n))
		}
		at += 4 + n
	}
}

// close closes the file and removes it if newSpill could not.
func (s *spill) close() error {
	err := s.f.Close()
	if !s.removed {
		if rerr := os.Remove(s.f.Name()); rerr != nil && !errors.Is(rerr, os.ErrNotExist) {
			err = errors.Join(err, rerr)
		}
		s.removed = true
	}
	return err
}

func spillError(err error) error {
	return fmt.Errorf("không ghi hoặc đọc được tệp tạm của đợt tổng hợp (%v); hãy kiểm tra chỗ trống trên đĩa rồi tổng hợp lại", err)
}

// record is what is spilled of one report.
type record struct {
	// head is what the index does not keep of the unit.
	head unitHead
	// rows are the staffing rows with what the totals read of them.
	rows []staffRow
	// problems are check's, each with whether it is a field left empty.
	problems []model.Problem
	unfilled []bool
	// texts are the answers as gathered text, in the outline's order.
	texts []fieldText
	// tables are the tables parsed; at and size place each in the record.
	tables []*unitTable
}

// staffRow is a staffing row and, from the report's catalogue, its key,
// title, group and place among all positions.
type staffRow struct {
	model.StaffRow
	key, title string
	group      model.Group
	order      int
}

type fieldText struct {
	field, text string
}

// The record's sections, in order, each written after its length in bytes
// so that a reader can skip to the one it needs.
const (
	secHead = iota
	secRows
	secProblems
	secTexts
	secTables
)

var encoders = sync.Pool{New: func() any { return new(encoder) }}

// encode writes the record to e (reset first).
func (rec *record) encode(e *encoder) {
	e.b = e.b[:0]
	e.section(func() { rec.head.encode(e) })
	e.section(func() {
		e.uint(len(rec.rows))
		for _, r := range rec.rows {
			e.strs(r.Roles)
			e.str(r.Title)
			e.str(string(r.Group))
			e.int(int64(r.Start))
			e.int(int64(r.Now))
			e.str(r.key)
			e.str(r.title)
			e.str(string(r.group))
			e.int(int64(r.order))
		}
	})
	e.section(func() {
		e.uint(len(rec.problems))
		for i, p := range rec.problems {
			e.str(p.Path)
			e.str(p.Section)
			e.str(p.Field)
			e.int(int64(p.Severity))
			e.str(p.Message)
			e.bool(rec.unfilled[i])
		}
	})
	e.section(func() {
		e.uint(len(rec.texts))
		for _, t := range rec.texts {
			e.str(t.field)
			e.str(t.text)
		}
	})
	e.uint(len(rec.tables))
	for _, t := range rec.tables {
		e.section(func() { t.encode(e) })
	}
}

func (t *unitTable) encode(e *encoder) {
	e.str(t.key)
	e.int(int64(t.sec))
	e.int(int64(t.fld))
	e.int(int64(t.bad))
	e.uint(len(t.vals))
	for i, v := range t.vals {
		e.bool(t.set[i])
		if t.set[i] {
			e.int(int64(v))
		}
	}
	e.uint(len(t.rows))
	for _, r := range t.rows {
		e.strs(r.Cells)
	}
}

// encoder appends varints and length-prefixed strings.
type encoder struct{ b []byte }

func (e *encoder) uint(n int)   { e.b = binary.AppendUvarint(e.b, uint64(n)) }
func (e *encoder) int(n int64)  { e.b = binary.AppendVarint(e.b, n) }
func (e *encoder) str(s string) { e.uint(len(s)); e.b = append(e.b, s...) }
func (e *encoder) bool(v bool) {
	var c byte
	if v {
		c = 1
	}
	e.b = append(e.b, c)
}
func (e *encoder) strs(s []string) {
	e.uint(len(s))
	for _, x := range s {
		e.str(x)
	}
}

// section writes what write writes after its length: a fixed four bytes,
// filled in once it is known.
func (e *encoder) section(write func()) {
	at := len(e.b)
	e.b = append(e.b, 0, 0, 0, 0)
	write()
	binary.LittleEndian.PutUint32(e.b[at:], uint32(len(e.b)-at-4))
}

// decoder reads what encoder wrote; the first error sticks, and every read
// after it returns zero values.
type decoder struct {
	b   []byte
	off int
	err error
}

var errRecord = errors.New("bản ghi tạm của đợt tổng hợp bị hỏng; hãy tổng hợp lại")

func (d *decoder) fail() { d.err, d.b = errRecord, nil }

func (d *decoder) uint() int {
	v, n := binary.Uvarint(d.b)
	if n <= 0 || v > uint64(len(d.b)) {
		// a count or length is never more than the bytes left
		d.fail()
		return 0
	}
	d.skip(n)
	return int(v)
}

func (d *decoder) int() int64 {
	v, n := binary.Varint(d.b)
	if n <= 0 {
		d.fail()
		return 0
	}
	d.skip(n)
	return v
}

func (d *decoder) str() string {
	n := d.uint()
	if n > len(d.b) {
		d.fail()
		return ""
	}
	s := string(d.b[:n])
	d.skip(n)
	return s
}

func (d *decoder) bool() bool {
	if len(d.b) == 0 {
		d.fail()
		return false
	}
	v := d.b[0] == 1
	d.skip(1)
	return v
}

func (d *decoder) strs() []string {
	n := d.uint()
	if n == 0 {
		return nil
	}
	out := make([]string, n)
	for i := range out {
		out[i] = d.str()
	}
	return out
}

func (d *decoder) skip(n int) { d.b, d.off = d.b[n:], d.off+n }

// section returns a decoder of the next section and skips it.
func (d *decoder) section() *decoder {
	if len(d.b) < 4 {
		d.fail()
		return &decoder{err: errRecord}
	}
	n := int(binary.LittleEndian.Uint32(d.b))
	if n > len(d.b)-4 {
		d.fail()
		return &decoder{err: errRecord}
	}
	sub := &decoder{b: d.b[4 : 4+n], off: d.off + 4}
	d.skip(4 + n)
	return sub
}

func (d *decoder) rows() []staffRow {
	n := d.uint()
	if n == 0 {
		return nil
	}
	out := make([]staffRow, n)
	for i := range out {
		r := &out[i]
		r.Roles, r.Title, r.Group = d.strs(), d.str(), model.Group(d.str())
		r.Start, r.Now = int(d.int()), int(d.int())
		r.key, r.title, r.group, r.order = d.str(), d.str(), model.Group(d.str()), int(d.int())
	}
	return out
}

func (d *decoder) problems() ([]model.Problem, []bool) {
	n := d.uint()
	if n == 0 {
		return nil, nil
	}
	ps, unfilled := make([]model.Problem, n), make([]bool, n)
	for i := range ps {
		ps[i] = model.Problem{Path: d.str(), Section: d.str(), Field: d.str(), Severity: model.Severity(d.int()), Message: d.str()}
		unfilled[i] = d.bool()
	}
	return ps, unfilled
}

func (d *decoder) texts() []fieldText {
	n := d.uint()
	if n == 0 {
		return nil
	}
	out := make([]fieldText, n)
	for i := range out {
		out[i] = fieldText{d.str(), d.str()}
	}
	return out
}

// tables reads the tables section (the last); each table's at and size
// are its place in the record.
func (d *decoder) tables() []*unitTable {
	n := d.uint()
	if n == 0 {
		return nil
	}
	out := make([]*unitTable, n)
	for i := range out {
		sub := d.section()
		at, size := sub.off, len(sub.b)
		out[i] = sub.table()
		out[i].at, out[i].size = int64(at), size
		if sub.err != nil {
			d.err = sub.err
		}
	}
	return out
}

// table reads one table; its spec and title are the caller's to fill in.
func (d *decoder) table() *unitTable {
	t := &unitTable{key: d.str(), sec: int(d.int()), fld: int(d.int()), bad: int(d.int())}
	if n := d.uint(); n > 0 {
		t.vals, t.set = make([]model.Number, n), make([]bool, n)
		for i := range n {
			if t.set[i] = d.bool(); t.set[i] {
				t.vals[i] = model.Number(d.int())
			}
		}
	}
	rows := d.uint()
	for range rows {
		t.rows = append(t.rows, model.TableRow{Cells: d.strs()})
	}
	return t
}
