package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/store"
	"github.com/baocao/baocao/templates/export"
	"github.com/baocao/baocao/templates/formcheck"
)

// wordOptions are the flags of "baocao check FILE.docx".
type wordOptions struct {
	form, date, out  string
	json, fix, force bool
	// db is the drafts file, which --fix -o must not replace.
	db string
}

// isWordFile reports whether check's argument is a Word document rather
// than a report's JSON: by its extension, or its zip signature.
func isWordFile(name string, data []byte) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".docx", ".docm", ".dotx":
		return true
	case ".json":
		return false
	}
	return len(data) > 4 && string(data[:4]) == "PK\x03\x04"
}

// runCheckWord is "baocao check FILE.docx [--form state|party] [--date D]
// [--json] [--fix -o OUT.docx]": the form checker.
func (m *Main) runCheckWord(name string, data []byte, opt wordOptions) error {
	o, err := m.wordCheckOptions(opt)
	if err != nil {
		return err
	}
	c, err := formcheck.New()
	if err != nil {
		return err
	}
	res, err := c.Check(name, data, o)
	if err != nil {
		return m.failf("%v", "%v", err)
	}
	probs := res.Problems
	if opt.fix {
		if probs, err = m.writeFixed(res, name, opt); err != nil {
			return err
		}
	}
	if opt.json {
		m.printWordJSON(m.Stdout, probs)
	} else {
		m.printWordProblems(m.Stdout, res, probs)
	}
	for _, p := range probs {
		if p.Severity == model.Error {
			return ErrProblems
		}
	}
	return nil
}

// wordCheckOptions turns --form and --date into checker options.
func (m *Main) wordCheckOptions(opt wordOptions) (formcheck.Options, error) {
	var o formcheck.Options
	switch opt.form {
	case "":
	case "state", "party":
		o.Profile = model.Profile(opt.form)
	default:
		return o, m.usagef("check", "--form là \"state\" (văn bản hành chính) hoặc \"party\" (văn bản của Đảng), không phải %q",
			"--form is \"state\" or \"party\", not %q", opt.form)
	}
	if opt.date != "" {
		d, err := model.ParseDate(opt.date)
		if err != nil || !d.Valid() {
			return o, m.usagef("check", "--date %q không phải một ngày; hãy viết dạng 2026-03-05 hoặc 05/03/2026",
				"--date %q is not a date; write it as 2026-03-05 or 05/03/2026", opt.date)
		}
		o.Date = d
	}
	if opt.fix && opt.out == "" {
		return o, m.usagef("check", "--fix cần -o TỆP-MỚI.docx: bản sửa được ghi ra tệp mới, không ghi đè tệp gốc",
			"--fix needs -o NEW.docx: the corrected copy goes to a new file, never over the original")
	}
	return o, nil
}

// writeFixed writes the corrected copy and returns what is left to fix.
func (m *Main) writeFixed(res *formcheck.Result, name string, opt wordOptions) ([]formcheck.Problem, error) {
	if samePath(name, opt.out) {
		return nil, m.failf("-o %s là chính tệp gốc; hãy ghi bản sửa ra tệp khác", "-o %s is the original file; write the copy elsewhere", opt.out)
	}
	if opt.db != "" {
		if err := store.Overwrites(opt.db, opt.out); err != nil {
			return nil, m.storeError(err)
		}
	}
	data, left, err := res.Fix()
	if err != nil {
		return nil, m.failf("không sửa được tệp %s: %v", "cannot fix %s: %v", name, err)
	}
	if err := export.WriteFile(opt.out, data, opt.force); err != nil {
		return nil, m.writeError(opt.out, err)
	}
	m.printf(m.lang.T("Đã ghi bản sửa %s: sửa %d vấn đề; còn %d vấn đề cần sửa tay.\n",
		"Wrote the corrected copy %s: %d problem(s) fixed; %d left to fix by hand.\n"),
		opt.out, len(res.Problems)-len(left), len(left))
	return left, nil
}

// printWordProblems prints one problem a block: kind, where, what, the
// rule's source and what to do; then the count.
func (m *Main) printWordProblems(w io.Writer, res *formcheck.Result, probs []formcheck.Problem) {
	src := map[string]string{"document": m.lang.T("ngày của văn bản", "the document's date"),
		"option": "--date", "today": m.lang.T("hôm nay, vì văn bản không ghi ngày", "today, as the document has no date")}
	fprintf(w, m.lang.T("Thể thức: %s; ngày %s (%s).\n", "Form: %s; date %s (%s).\n"), res.Form.Basis, res.Date.Short(), src[res.DateSource])
	errs := 0
	for _, p := range probs {
		if p.Severity == model.Error {
			errs++
		}
		fix := ""
		if p.Fixable {
			fix = m.lang.T(" [sửa tự động được: --fix]", " [--fix corrects it]")
		}
		fprintf(w, "%s: %s: %s.%s\n  %s %s\n  %s %s\n", m.severity(p.Severity, false), p.Where(), p.What, fix,
			m.lang.T("Căn cứ:", "Rule:"), p.Source, m.lang.T("Cách sửa:", "To do:"), p.Remedy)
	}
	if len(probs) == 0 {
		fmt.Fprintln(w, m.lang.T("Không có lỗi hay cảnh báo nào.", "No errors or warnings."))
		return
	}
	fprintf(w, m.lang.T("%d lỗi, %d cảnh báo.\n", "%d error(s), %d warning(s).\n"), errs, len(probs)-errs)
}

// printWordJSON prints the problems as a JSON list of objects.
func (m *Main) printWordJSON(w io.Writer, probs []formcheck.Problem) {
	if probs == nil {
		probs = []formcheck.Problem{}
	}
	out, _ := json.MarshalIndent(probs, "", "  ")
	fprintf(w, "%s\n", out)
}

// samePath reports whether two names are the same existing file.
func samePath(a, b string) bool {
	sa, err1 := os.Stat(a)
	sb, err2 := os.Stat(b)
	return err1 == nil && err2 == nil && os.SameFile(sa, sb)
}
