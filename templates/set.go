package templates

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/templates/userfile"
)

//go:embed outlines/*.outline rules/*.rules
var data embed.FS

// builtinSource is the Source of the outlines shipped in the program.
const builtinSource = "built-in"

// UserDir returns the directory of user outlines under baocao's data
// directory: filepath.Join(dataDir, "outlines"). Every *.outline file in it
// is offered next to the built-in outlines (see Load).
func UserDir(dataDir string) string {
	return filepath.Join(dataDir, "outlines")
}

// Builtin returns the outlines shipped in the program, in a fixed order
// (state, then party), each with Source "built-in". It never panics; a
// built-in file with a problem is left out (a test keeps them clean, and
// Load reports such a problem). Each call returns fresh values the caller
// may change.
func Builtin() []model.Outline {
	out, _ := builtin()
	return out
}

var builtinFiles = []string{"outlines/state.outline", "outlines/party.outline", "outlines/cchc-quy.outline"}

// tongHopFiles are the built-in outlines of compiled reports (báo cáo tổng
// hợp, see package templates/compile): the ID of each is its source
// outline's plus "-tong-hop". Set.Get finds them; Set.All leaves them out.
var tongHopFiles = []string{"outlines/state-tong-hop.outline", "outlines/party-tong-hop.outline", "outlines/cchc-quy-tong-hop.outline"}

func builtin() ([]model.Outline, []error) {
	return embedded(builtinFiles)
}

func embedded(files []string) ([]model.Outline, []error) {
	var out []model.Outline
	var errs []error
	for _, name := range files {
		raw, err := data.ReadFile(name)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		o, err := ParseOutline(name, raw)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		o.Source = builtinSource
		out = append(out, o)
	}
	return out, errs
}

// Rules returns the rules shipped in the program: the staffing regimes
// (rules/staffing.rules: NĐ 34/2019, NĐ 33/2023 and the regime after the
// 2025 reform), the kinds and classes of commune-level units by date
// (rules/units.rules), the bodies abolished on 1/7/2025
// (rules/abolished.rules) and the terms of office (rules/terms.rules).
// Today is set to the local date, for reports whose own date is invalid.
func Rules() (model.Rules, error) {
	rules, err := builtinRules()
	if err != nil {
		return model.Rules{}, err
	}
	now := time.Now()
	rules.Today = model.Date{Year: now.Year(), Month: int(now.Month()), Day: now.Day()}
	return rules, nil
}

// Set is the outlines a clerk may choose from: the built-in ones, then the
// user's, by file name.
type Set struct {
	outlines []model.Outline
	// compiled are the built-in outlines of compiled reports: Get finds
	// them (a compiled draft opens like any other), All leaves them out (a
	// clerk does not start a report on them).
	compiled []model.Outline
}

// Load returns the built-in outlines plus every userDir/*.outline file. A
// missing userDir is not an error (nothing was added yet). Each file that
// cannot be used is reported (a *LoadError with its lines, or the read
// error) and left out, as is a user outline whose ID is already taken.
func Load(userDir string) (Set, []error) {
	outlines, errs := builtin()
	compiled, compiledErrs := embedded(tongHopFiles)
	errs = append(errs, compiledErrs...)
	if userDir == "" {
		return Set{outlines: outlines, compiled: compiled}, errs
	}
	files, err := userFiles(userDir)
	if err != nil {
		return Set{outlines: outlines, compiled: compiled}, append(errs, err)
	}
	taken := map[string]string{}
	for _, o := range append(outlines, compiled...) {
		taken[o.ID] = "dàn ý có sẵn"
	}
	for _, file := range files {
		o, err := loadUser(file, taken)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		taken[o.ID] = file
		outlines = append(outlines, o)
	}
	return Set{outlines: outlines, compiled: compiled}, errs
}

// MaxOutlineSize bounds an outline file: the built-in ones are a few dozen
// KB, and a file larger than this is refused rather than read.
const MaxOutlineSize = 1 << 20

// userFiles lists dir's *.outline entries that are not folders; a FIFO, a
// device or a link to one is listed too, so that Load reports it.
func userFiles(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("không đọc được thư mục dàn ý %s: %w; hãy kiểm tra quyền truy cập thư mục", dir, err)
	}
	var files []string
	for _, e := range entries {
		if !e.IsDir() && strings.HasSuffix(e.Name(), ".outline") {
			files = append(files, filepath.Join(dir, e.Name()))
		}
	}
	sort.Strings(files)
	return files, nil
}

func loadUser(file string, taken map[string]string) (model.Outline, error) {
	raw, err := userfile.Read(file, MaxOutlineSize)
	if err != nil {
		return model.Outline{}, fmt.Errorf("tệp dàn ý bị bỏ qua: %w", err)
	}
	o, idLine, probs := parseOutline(raw)
	if len(probs) > 0 {
		return model.Outline{}, &LoadError{File: file, Problems: probs}
	}
	if by, dup := taken[o.ID]; dup {
		return model.Outline{}, &LoadError{File: file, Problems: []LineProblem{{Line: idLine, Msg: fmt.Sprintf(
			"mã dàn ý %q đã thuộc %s nên tệp này không được dùng; hãy đổi mã ở dòng \"outline: …\"", o.ID, filepath.Base(by))}}}
	}
	o.Source = file
	return o, nil
}

// All returns every outline of the set, built-in first. The slice is the
// caller's to keep.
func (s Set) All() []model.Outline {
	return append([]model.Outline(nil), s.outlines...)
}

// Compiled returns the built-in outlines of compiled reports.
func (s Set) Compiled() []model.Outline {
	return append([]model.Outline(nil), s.compiled...)
}

// Get returns the outline with the given ID, a compiled report's included.
// It only reads the set, so that compile's workers may call it at once.
func (s Set) Get(id string) (model.Outline, bool) {
	for _, list := range [][]model.Outline{s.outlines, s.compiled} {
		for _, o := range list {
			if o.ID == id {
				return o, true
			}
		}
	}
	return model.Outline{}, false
}
