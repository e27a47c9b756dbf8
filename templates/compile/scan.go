package compile

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/templates/userfile"
)

// job is one report to read and check: a report's JSON, or a file a Reader
// takes (which may hold several reports).
type job struct {
	file     *fileState
	seq      int
	name     string
	data     []byte
	read     Reader
	received time.Time
	// bundled is a draft of a bundle, still in its bundle form; line is
	// the line of the bundle where data starts, for messages.
	bundled bool
	line    int
}

// fileState follows one input file through the workers: the jobs still
// open (the reader's own hold counts as one), and why the whole file was
// refused, if it was.
type fileState struct {
	index int
	name  string
	left  atomic.Int64
	// uids are a bundle's draft uids seen so far, with the draft's index.
	uids map[string]int
}

// scanned is what scan found besides the inputs.
type scanned struct {
	skipped []Skipped
	// refused are the files refused as a whole (a bundle with a duplicate
	// key or uid): inputs already taken from them must be dropped.
	refused map[int]bool
}

// scan reads the files named by paths one report at a time: one goroutine
// reads the files (a bundle draft by draft, never whole), and a worker per
// core parses and checks each report and hands it to take, which is called
// from the workers concurrently. At most a few reports are in flight, so
// memory does not grow with their number. A report that makes a reader
// panic is skipped like any unreadable one.
func scan(paths []string, opt LoadOptions, take func(Input)) scanned {
	files, skipped := expand(paths, opt.Readers)
	sc := &scanner{opt: opt, take: take, total: len(files), skipped: skipped, refused: map[int]bool{}}
	workers := runtime.GOMAXPROCS(0)
	jobs := make(chan job, workers)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				sc.run(j)
			}
		}()
	}
	for i, name := range files {
		f := &fileState{index: i, name: name}
		f.left.Store(1)
		sc.readFile(f, jobs)
		sc.release(f)
	}
	close(jobs)
	wg.Wait()
	return scanned{skipped: sc.skipped, refused: sc.refused}
}

type scanner struct {
	opt   LoadOptions
	take  func(Input)
	total int

	mu      sync.Mutex
	done    int
	skipped []Skipped
	refused map[int]bool
}

func (sc *scanner) skip(f *fileState, name string, err error) {
	sc.mu.Lock()
	sc.skipped = append(sc.skipped, Skipped{Name: name, Err: err, file: f.index})
	sc.mu.Unlock()
}

// refuse drops a whole file: what was taken from it and skipped in it.
func (sc *scanner) refuse(f *fileState, err error) {
	sc.mu.Lock()
	defer sc.mu.Unlock()
	if sc.refused[f.index] {
		return
	}
	sc.refused[f.index] = true
	kept := sc.skipped[:0]
	for _, s := range sc.skipped {
		if s.file != f.index {
			kept = append(kept, s)
		}
	}
	sc.skipped = append(kept, Skipped{Name: f.name, Err: err, file: f.index})
}

// sameUID records a bundled draft's uid, returning the index of another
// draft of the same file with that uid.
func (sc *scanner) sameUID(f *fileState, uid string, seq int) (int, bool) {
	sc.mu.Lock()
	defer sc.mu.Unlock()
	if other, dup := f.uids[uid]; dup {
		return other, true
	}
	if f.uids == nil {
		f.uids = map[string]int{}
	}
	f.uids[uid] = seq
	return 0, false
}

// release ends one hold on f; the last one counts the file as done.
func (sc *scanner) release(f *fileState) {
	if f.left.Add(-1) != 0 {
		return
	}
	sc.mu.Lock()
	defer sc.mu.Unlock()
	sc.done++
	if sc.opt.Progress != nil {
		sc.opt.Progress(sc.done, sc.total)
	}
}

func (sc *scanner) send(jobs chan<- job, j job) {
	j.file.left.Add(1)
	jobs <- j
}

// run parses one job's reports and hands them on.
func (sc *scanner) run(j job) {
	defer sc.release(j.file)
	defer func() {
		if p := recover(); p != nil {
			sc.skip(j.file, j.name, fmt.Errorf("tệp làm baocao gặp lỗi khi đọc (%v) nên bị bỏ qua; các tệp khác vẫn được tổng hợp; hãy nhờ đơn vị gửi lại bản khác", p))
		}
	}()
	if j.bundled && !sc.unbundle(&j) {
		return
	}
	if j.read == nil {
		r, err := model.UnmarshalReport(j.data)
		if err != nil {
			sc.skip(j.file, j.name, atLine(err, max(j.line, 1)))
			return
		}
		sc.take(Input{Name: j.name, Report: r, Received: j.received, file: j.file.index, seq: j.seq})
		return
	}
	reports, err := j.read(j.name, j.data)
	if err != nil {
		sc.skip(j.file, j.name, err)
		return
	}
	for i, in := range reports {
		in.Name = j.name
		if len(reports) > 1 {
			in.Name = fmt.Sprintf("%s (báo cáo thứ %d)", j.name, i+1)
		}
		in.Received, in.file, in.seq = j.received, j.file.index, i
		sc.take(in)
	}
}

// readFile sends the jobs of one file: the file for its Reader, a report,
// or a bundle's drafts one by one.
func (sc *scanner) readFile(f *fileState, jobs chan<- job) {
	fail := func(err error) { sc.skip(f, f.name, err) }
	read := sc.opt.Readers[strings.ToLower(filepath.Ext(f.name))]
	limit := int64(maxBundle)
	if read != nil {
		limit = maxFile
	}
	file, err := userfile.Open(f.name, limit)
	if err != nil {
		fail(err)
		return
	}
	defer file.Close()
	var mod time.Time
	var size int64
	if st, err := file.Stat(); err == nil {
		mod, size = st.ModTime(), st.Size()
	}
	if read != nil {
		data, err := readAll(f.name, file, size)
		if err != nil {
			fail(err)
			return
		}
		sc.send(jobs, job{file: f, name: f.name, data: data, read: read, received: mod})
		return
	}
	br := bufReaders.Get().(*bufio.Reader)
	br.Reset(file)
	defer func() {
		br.Reset(nil)
		bufReaders.Put(br)
	}()
	head, _ := br.Peek(4 << 10)
	if format := leadingFormat(head); strings.HasPrefix(format, "baocao/bundle@") {
		sc.bundle(f, br, format, jobs)
		return
	}
	data, err := readAll(f.name, br, size)
	if err != nil {
		fail(err)
		return
	}
	if format := formatOf(data); strings.HasPrefix(format, "baocao/bundle@") {
		sc.bundle(f, bytes.NewReader(data), format, jobs)
		return
	}
	sc.send(jobs, job{file: f, name: f.name, data: data, received: mod})
}

// bufReaders are the readers of the files' heads, kept for reuse: one for
// every file would be 64 KiB of garbage a file.
var bufReaders = sync.Pool{New: func() any { return bufio.NewReaderSize(nil, 64<<10) }}

// readAll reads what is left of file name from r, at most maxFile bytes,
// into one buffer of the file's size as stated (a hint: a file that grows
// meanwhile is still read whole).
func readAll(name string, r io.Reader, size int64) ([]byte, error) {
	buf := bytes.NewBuffer(make([]byte, 0, min(max(size, 0), maxFile)+bytes.MinRead))
	_, err := buf.ReadFrom(io.LimitReader(r, maxFile+1))
	data := buf.Bytes()
	switch {
	case err != nil:
		return nil, userfile.Describe(name, err)
	case len(data) <= maxFile:
		return data, nil
	}
	if err := userfile.Check(name, maxFile); err != nil {
		return nil, err
	}
	return nil, fmt.Errorf("%s lớn hơn %s nên không đọc; hãy kiểm tra đúng tệp chưa", name, userfile.Size(maxFile))
}
