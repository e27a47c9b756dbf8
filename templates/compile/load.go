package compile

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/templates/userfile"
)

// Input is one unit's report as read: where it came from, the report and
// when it was received (the file's modification time, or a bundled draft's
// last change).
type Input struct {
	// Name is the file, followed for a bundled draft by its number.
	Name     string
	Report   model.Report
	Received time.Time
}

// Skipped is an input that could not be read, and why.
type Skipped struct {
	Name string
	Err  error
}

// Error says which input was skipped and why.
func (s Skipped) Error() string { return s.Name + ": " + s.Err.Error() }

// Reader reads the reports in a file of a kind other than JSON (a Word
// report through the importer, for example).
type Reader func(name string, data []byte) ([]model.Report, error)

// LoadOptions tune Load.
type LoadOptions struct {
	// Readers maps a lower-case extension (".docx") to the reader of such
	// files; folders are searched for .json files and these extensions.
	Readers map[string]Reader
	// Progress, when set, is called after each file with the number of
	// files read and the total, from one goroutine at a time.
	Progress func(done, total int)
}

// maxFile bounds what is read of one input (256 MiB, a bundle's limit).
const maxFile = 256 << 20

// bundleFormats are the bundle forms read here (store.BundleFormat and
// store.BundleFormatV1; a test keeps them in step): each draft's id,
// modified and report are read without a drafts store, each on its own.
var bundleFormats = []string{"baocao/bundle@2", "baocao/bundle@1"}

// Load reads every input named by paths: files of any name, and the .json
// files (and files a Reader takes) under folders, in name order. A file or
// bundled draft that cannot be read is returned in skipped, never stopping
// the others. Files are read in parallel; the order of inputs follows paths.
func Load(paths []string, opt LoadOptions) (inputs []Input, skipped []Skipped) {
	files, skipped := expand(paths, opt.Readers)
	results := make([]fileResult, len(files))
	jobs := make(chan int)
	done := make(chan struct{}, len(files))
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), max(len(files), 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				results[i] = readFile(files[i], opt.Readers)
				done <- struct{}{}
			}
		}()
	}
	go func() {
		for i := range files {
			jobs <- i
		}
		close(jobs)
	}()
	for n := range len(files) {
		<-done
		if opt.Progress != nil {
			opt.Progress(n+1, len(files))
		}
	}
	wg.Wait()
	for _, r := range results {
		inputs = append(inputs, r.inputs...)
		skipped = append(skipped, r.skipped...)
	}
	return inputs, skipped
}

type fileResult struct {
	inputs  []Input
	skipped []Skipped
}

// expand lists the files named by paths, searching folders.
func expand(paths []string, readers map[string]Reader) (files []string, skipped []Skipped) {
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			skipped = append(skipped, Skipped{Name: p, Err: fileError(err)})
			continue
		}
		if !st.IsDir() {
			files = append(files, p)
			continue
		}
		found, errs := walk(p, readers)
		files = append(files, found...)
		skipped = append(skipped, errs...)
	}
	return files, skipped
}

func walk(dir string, readers map[string]Reader) (files []string, skipped []Skipped) {
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			skipped = append(skipped, Skipped{Name: path, Err: fileError(err)})
			return nil
		}
		ext := strings.ToLower(filepath.Ext(path))
		if !d.IsDir() && (ext == ".json" || readers[ext] != nil) {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		skipped = append(skipped, Skipped{Name: dir, Err: fileError(err)})
	}
	sort.Strings(files)
	return files, skipped
}

func fileError(err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return errors.New("không có tệp hay thư mục này; hãy kiểm tra tên và đường dẫn")
	case errors.Is(err, fs.ErrPermission):
		return errors.New("không có quyền đọc; hãy kiểm tra quyền truy cập hoặc chép tệp ra chỗ khác")
	}
	return fmt.Errorf("không đọc được: %v", err)
}

// readFile reads one file: a report, a bundle, or a file a Reader takes.
// Only regular files are read (see package userfile), at most maxFile bytes.
func readFile(name string, readers map[string]Reader) fileResult {
	data, err := userfile.Read(name, maxFile)
	if err != nil {
		return fileResult{skipped: []Skipped{{Name: name, Err: err}}}
	}
	var mod time.Time
	if st, err := os.Stat(name); err == nil {
		mod = st.ModTime()
	}
	if read := readers[strings.ToLower(filepath.Ext(name))]; read != nil {
		return fromReader(name, data, mod, read)
	}
	return readJSON(name, data, mod)
}

func fromReader(name string, data []byte, mod time.Time, read Reader) fileResult {
	reports, err := read(name, data)
	if err != nil {
		return fileResult{skipped: []Skipped{{Name: name, Err: err}}}
	}
	var res fileResult
	for i, r := range reports {
		n := name
		if len(reports) > 1 {
			n = fmt.Sprintf("%s (báo cáo thứ %d)", name, i+1)
		}
		res.inputs = append(res.inputs, Input{Name: n, Report: r, Received: mod})
	}
	return res
}

// readJSON reads a report's JSON form or a bundle of drafts; a bundled
// draft that is broken is skipped alone.
func readJSON(name string, data []byte, received time.Time) fileResult {
	format := formatOf(data)
	if !strings.HasPrefix(format, "baocao/bundle@") {
		r, err := model.UnmarshalReport(data)
		if err != nil {
			return fileResult{skipped: []Skipped{{Name: name, Err: err}}}
		}
		return fileResult{inputs: []Input{{Name: name, Report: r, Received: received}}}
	}
	return readBundle(name, data, format)
}

// formatOf returns the "format" of a JSON object, cheaply when it is the
// first key (as baocao writes it), else by decoding the whole object; ""
// when there is none.
func formatOf(data []byte) string {
	dec := json.NewDecoder(bytes.NewReader(data))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return ""
	}
	if key, err := dec.Token(); err == nil && key == "format" {
		if v, err := dec.Token(); err == nil {
			s, _ := v.(string)
			return s
		}
		return ""
	}
	var head struct {
		Format string `json:"format"`
	}
	if json.Unmarshal(data, &head) != nil {
		return ""
	}
	return head.Format
}

type bundleDraft struct {
	ID       string          `json:"id"`
	Modified time.Time       `json:"modified"`
	Report   json.RawMessage `json:"report"`
}

func readBundle(name string, data []byte, format string) fileResult {
	fail := func(msg string) fileResult {
		return fileResult{skipped: []Skipped{{Name: name, Err: errors.New(msg)}}}
	}
	if !slices.Contains(bundleFormats, format) {
		return fail(fmt.Sprintf("gói theo dạng %q, bản baocao này chỉ đọc %s; hãy cập nhật baocao", format, strings.Join(bundleFormats, ", ")))
	}
	var b struct {
		Drafts []bundleDraft `json:"drafts"`
	}
	if err := json.Unmarshal(data, &b); err != nil {
		return fail("gói bản nháp hỏng (" + err.Error() + "); hãy xuất lại gói bằng \"baocao bundle export\"")
	}
	var res fileResult
	for i, d := range b.Drafts {
		n := fmt.Sprintf("%s (bản nháp %s)", name, d.ID)
		if d.ID == "" {
			n = fmt.Sprintf("%s (bản nháp thứ %d)", name, i+1)
		}
		if t := bytes.TrimSpace(d.Report); len(t) == 0 || t[0] != '{' {
			res.skipped = append(res.skipped, Skipped{Name: n, Err: errors.New("thiếu trường \"report\" hoặc nó không phải một báo cáo")})
			continue
		}
		r, err := model.UnmarshalReport(d.Report)
		if err != nil {
			res.skipped = append(res.skipped, Skipped{Name: n, Err: err})
			continue
		}
		res.inputs = append(res.inputs, Input{Name: n, Report: r, Received: d.Modified})
	}
	return res
}
