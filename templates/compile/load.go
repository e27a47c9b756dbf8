package compile

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/baocao/baocao/model"
)

// Input is one unit's report as read: where it came from, the report and
// when it was received (the file's modification time, or a bundled draft's
// last change).
type Input struct {
	// Name is the file, followed for a bundled draft by its number.
	Name     string
	Report   model.Report
	Received time.Time
	// Derived is the outline a Word report was read on when none of the
	// installed ones fits it (derived from its own headings): its tables
	// are added up with the others by their structure; its text is not
	// gathered.
	Derived *model.Outline
	// file and seq place the input among those read: the file's index in
	// the expanded paths and the report's index in the file, so that ties
	// are resolved the same way however the workers ran.
	file, seq int
}

// compare orders inputs as they were given.
func (in Input) compare(o Input) int {
	if in.file != o.file {
		return in.file - o.file
	}
	return in.seq - o.seq
}

// Skipped is an input that could not be read, and why.
type Skipped struct {
	Name string
	Err  error
	file int
}

// Error says which input was skipped and why.
func (s Skipped) Error() string { return s.Name + ": " + s.Err.Error() }

// Reader reads the reports in a file of a kind other than JSON (a Word
// report through the importer, for example): each input's Report, and its
// Derived outline if it has one; the rest is filled in by the caller.
type Reader func(name string, data []byte) ([]Input, error)

// LoadOptions tune Load.
type LoadOptions struct {
	// Readers maps a lower-case extension (".docx") to the reader of such
	// files; folders are searched for .json files and these extensions.
	Readers map[string]Reader
	// Progress, when set, is called after each file with the number of
	// files read and the total, from one goroutine at a time.
	Progress func(done, total int)
}

// maxFile bounds what is read at once of one input (256 MiB); a bundle,
// read one draft at a time, may be up to maxBundle.
const (
	maxFile   = 256 << 20
	maxBundle = 16 << 30
)

// Load reads every input named by paths: files of any name, and the .json
// files (and files a Reader takes) under folders, in name order. A file or
// bundled draft that cannot be read is returned in skipped, never stopping
// the others. Files are read as Run reads them; the order of inputs follows
// paths.
func Load(paths []string, opt LoadOptions) (inputs []Input, skipped []Skipped) {
	var mu sync.Mutex
	sc := scan(paths, opt, func(in Input) {
		mu.Lock()
		inputs = append(inputs, in)
		mu.Unlock()
	})
	inputs = slices.DeleteFunc(inputs, func(in Input) bool { return sc.refused[in.file] })
	slices.SortFunc(inputs, func(a, b Input) int { return a.compare(b) })
	return inputs, sc.skipped
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
