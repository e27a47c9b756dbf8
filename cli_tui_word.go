package main

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/templates/export"
	"github.com/baocao/baocao/templates/formcheck"
	"github.com/baocao/baocao/templates/userfile"
	"github.com/baocao/baocao/ui/common"
)

// tuiWordChecker is the Word file checker behind the "Kiểm tra tệp Word"
// screen (common.WordChecker).
type tuiWordChecker struct{ m *Main }

// CheckWord reads and checks a Word file.
func (t tuiWordChecker) CheckWord(path string) (common.WordReport, error) {
	res, err := t.check(path)
	if err != nil {
		return common.WordReport{}, err
	}
	return wordReport(res, res.Problems), nil
}

// FixWord writes the corrected copy beside the file as "NAME (đã sửa).docx"
// (numbered when taken) and returns its name and what is left.
func (t tuiWordChecker) FixWord(path string) (string, common.WordReport, error) {
	res, err := t.check(path)
	if err != nil {
		return "", common.WordReport{}, err
	}
	data, left, err := res.Fix()
	if err != nil {
		return "", common.WordReport{}, t.m.failf("không sửa được tệp %s: %v", "cannot fix %s: %v", path, err)
	}
	out := fixedName(path)
	if err := export.WriteFile(out, data, false); err != nil {
		return "", common.WordReport{}, t.m.writeError(out, err)
	}
	return out, wordReport(res, left), nil
}

func (t tuiWordChecker) check(path string) (*formcheck.Result, error) {
	data, err := userfile.Read(path, maxInputSize)
	if err != nil {
		return nil, t.m.fileError(path, err)
	}
	c, err := formcheck.New()
	if err != nil {
		return nil, err
	}
	res, err := c.Check(path, data, formcheck.Options{})
	if err != nil {
		return nil, t.m.failf("%v", "%v", err)
	}
	return res, nil
}

// fixedName is the first free "NAME (đã sửa).docx", "NAME (đã sửa 2).docx" …
// beside path.
func fixedName(path string) string {
	base := strings.TrimSuffix(path, filepath.Ext(path))
	for n := 1; ; n++ {
		suffix := " (đã sửa)"
		if n > 1 {
			suffix = " (đã sửa " + strconv.Itoa(n) + ")"
		}
		out := base + suffix + ".docx"
		if _, err := os.Lstat(out); errors.Is(err, fs.ErrNotExist) || n > 999 {
			return out
		}
	}
}

func wordReport(res *formcheck.Result, probs []formcheck.Problem) common.WordReport {
	r := common.WordReport{Form: res.Form.Basis, Date: res.Date.Short()}
	for _, p := range probs {
		r.Problems = append(r.Problems, common.WordProblem{Error: p.Severity == model.Error, Where: p.Where(),
			What: p.What, Source: p.Source, Remedy: p.Remedy, Fixable: p.Fixable})
	}
	return r
}
