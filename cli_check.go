package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"
	"syscall"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/store"
	"github.com/baocao/baocao/templates"
	"github.com/baocao/baocao/templates/pdf"
	"github.com/baocao/baocao/templates/userfile"
)

// runCheck is "baocao check FILE.json": it prints every problem of a report
// and returns ErrProblems when any is an error. A Word file goes to the
// form checker (runCheckWord).
func (m *Main) runCheck(g globals, args []string) error {
	fs := newFlagSet("check", m.lang, &g)
	var opt wordOptions
	fs.String(&opt.form, "form")
	fs.String(&opt.date, "date")
	fs.String(&opt.out, "o", "out")
	fs.Bool(&opt.json, "json")
	fs.Bool(&opt.fix, "fix")
	fs.Bool(&opt.force, "force")
	if done, err := m.parse(fs, args); done || err != nil {
		return err
	}
	if err := fs.need(1, 1, "tệp báo cáo (baocao check FILE.json hoặc FILE.docx)", "the report file (baocao check FILE.json or FILE.docx)"); err != nil {
		return err
	}
	data, err := m.readInput(fs.args[0])
	if err != nil {
		return err
	}
	if isWordFile(fs.args[0], data) {
		// The corrected copy never replaces the drafts file or a backup;
		// with no drafts file to name there is none to protect.
		opt.db, _ = store.ResolvePath(g.db, m.Getenv)
		return m.runCheckWord(fs.args[0], data, opt)
	}
	if opt != (wordOptions{}) {
		return m.usagef("check", "--form, --date, --json, --fix và -o chỉ dùng khi kiểm tra tệp Word (.docx)",
			"--form, --date, --json, --fix and -o only apply to a Word file (.docx)")
	}
	w, err := m.workspace(g)
	if err != nil {
		return err
	}
	r, err := m.decodeReport(fs.args[0], data)
	if err != nil {
		return err
	}
	o, err := w.outline(m, r)
	if err != nil {
		return err
	}
	ps := model.Validate(r, o, w.rules)
	ps = append(ps, pdf.Check(r, o, w.rules)...) // characters the PDF cannot draw
	m.printProblems(m.Stdout, r, o, ps)
	m.printSummary(m.Stdout, model.Measure(r, o, ps))
	if model.HasErrors(ps) { // an error, or a required field still empty: not finished
		return ErrProblems
	}
	return nil
}

// readReport reads a report's JSON form from a file, or stdin for "-".
func (m *Main) readReport(name string) (model.Report, error) {
	data, err := m.readInput(name)
	if err != nil {
		return model.Report{}, err
	}
	return m.decodeReport(name, data)
}

// decodeReport reads a report's JSON form, saying where it is wrong.
func (m *Main) decodeReport(name string, data []byte) (model.Report, error) {
	r, err := model.UnmarshalReport(data)
	var fe *model.FormatError
	switch {
	case errors.As(err, &fe) && fe.Line > 0:
		return r, m.failf("%s, dòng %d: %s", "%s, line %d: %s", name, fe.Line, fe.Msg)
	case err != nil:
		return r, m.failf("%s: %s", "%s: %s", name, err)
	}
	return r, nil
}

// readInput reads a whole file, or stdin for "-", with a message saying
// what to do when it cannot.
func (m *Main) readInput(name string) ([]byte, error) {
	if name == "-" {
		data, err := io.ReadAll(m.Stdin)
		if err != nil {
			return nil, m.failf("không đọc được đầu vào chuẩn: %v", "cannot read standard input: %v", err)
		}
		return data, nil
	}
	data, err := userfile.Read(name, maxInputSize)
	if err != nil {
		return nil, m.fileError(name, err)
	}
	return data, nil
}

// maxInputSize bounds a report or bundle file read whole: a bundle of
// thousands of drafts fits, a mistaken disk image or /dev/zero does not.
const maxInputSize = 256 << 20

// fileError turns an error about reading a file into a message that names
// the real cause and says what to do.
func (m *Main) fileError(name string, err error) error {
	switch {
	case errors.Is(err, syscall.ENAMETOOLONG):
		return m.failf("tên tệp %s quá dài; hãy đổi tên ngắn hơn hoặc chuyển tệp lên thư mục gần gốc ổ đĩa",
			"the name %s is too long; rename it or move it closer to the top of the disk", name)
	case errors.Is(err, syscall.ENOTDIR) && !errors.Is(err, fs.ErrNotExist): // Windows: ENOTDIR is path-not-found
		return m.failf("đường dẫn %s có một phần là tệp chứ không phải thư mục; hãy kiểm tra lại đường dẫn",
			"part of the path %s is a file, not a folder; check the path", name)
	case errors.Is(err, fs.ErrNotExist):
		return m.failf("không có tệp %s; hãy kiểm tra tên và thư mục của tệp",
			"no file %s; check the file's name and folder", name)
	case errors.Is(err, fs.ErrPermission):
		return m.failf("không có quyền đọc tệp %s; hãy kiểm tra quyền truy cập hoặc chép tệp ra chỗ khác",
			"no permission to read %s; check its permissions or copy it elsewhere", name)
	case errors.Is(err, userfile.ErrNotRegular):
		return m.failf("%s là thư mục hoặc không phải tệp thường (ống dẫn, thiết bị); hãy chỉ ra một tệp",
			"%s is a folder or not a regular file (a pipe, a device); name a file", name)
	case errors.Is(err, userfile.ErrTooLarge):
		return m.failf("tệp %s lớn hơn %s nên không đọc; hãy kiểm tra đúng tệp chưa",
			"%s is larger than %s and is not read; check it is the right file", name, userfile.Size(maxInputSize))
	}
	return m.failf("không đọc được tệp %s: %v", "cannot read %s: %v", name, err)
}

// printProblems prints one problem a line: kind, path, message. A required
// field still empty is "chưa điền" (to do), as the program's screens name
// it, not "lỗi" (model.UnfilledFlags).
func (m *Main) printProblems(w io.Writer, r model.Report, o model.Outline, ps []model.Problem) {
	unfilled := model.UnfilledFlags(r, o, ps)
	for i, p := range ps {
		fprintf(w, "%s: %s: %s\n", m.severity(p.Severity, unfilled[i]), p.Path, p.Message)
	}
	m.printIssueNote(w, r)
}

// printIssueNote names the number and day an imported report leaves blank
// for the văn thư (model.LeftForIssue); it counts as no problem.
func (m *Main) printIssueNote(w io.Writer, r model.Report) {
	number, day := model.LeftForIssue(r)
	if m.lang == LangVI {
		if note := model.IssueNote(number, day); note != "" {
			fprintf(w, "Lưu ý: %s.\n", note)
		}
		return
	}
	var parts []string
	if number {
		parts = append(parts, "number")
	}
	if day {
		parts = append(parts, "day")
	}
	if len(parts) > 0 {
		fprintf(w, "Note: the %s is left blank — the văn thư fills it in at issue.\n", strings.Join(parts, " and "))
	}
}

// severity names a problem's kind in the current language.
func (m *Main) severity(s model.Severity, unfilled bool) string {
	switch {
	case unfilled:
		return m.lang.T("chưa điền", "to do")
	case s == model.Error:
		return m.lang.T("lỗi", "error")
	}
	return m.lang.T("cảnh báo", "warning")
}

// printSummary prints the number of errors, of fields still to fill in and
// of warnings (model.Measure, as the screens count them).
func (m *Main) printSummary(w io.Writer, t model.Tally) {
	if t.Errors == 0 && t.Unfilled == 0 && t.Warnings == 0 {
		fmt.Fprintln(w, m.lang.T("Không có lỗi hay cảnh báo nào.", "No errors or warnings."))
		return
	}
	fprintf(w, m.lang.T("%d lỗi, %d mục chưa điền, %d cảnh báo.\n", "%d error(s), %d field(s) to fill in, %d warning(s).\n"),
		t.Errors, t.Unfilled, t.Warnings)
}

// runTemplates is "baocao templates" and "baocao templates check FILE".
func (m *Main) runTemplates(g globals, args []string) error {
	if len(args) > 0 && args[0] == "import" {
		return m.runTemplatesImport(g, args[1:])
	}
	if len(args) > 0 && args[0] == "save" {
		return m.runTemplatesSave(g, args[1:])
	}
	fs := newFlagSet("templates", m.lang, &g)
	if done, err := m.parse(fs, args); done || err != nil {
		return err
	}
	check := len(fs.args) > 0 && fs.args[0] == "check"
	var err error
	if check {
		fs.args = fs.args[1:]
		err = fs.need(1, 1, "tệp dàn ý (baocao templates check FILE)", "the outline file (baocao templates check FILE)")
	} else {
		err = fs.need(0, 0, "", "")
	}
	if err != nil {
		return err
	}
	w, err := m.workspace(g)
	if err != nil {
		return err
	}
	if check {
		return m.checkOutline(w, fs.args[0])
	}
	return m.listOutlines(w)
}

// listOutlines prints the outlines of the workspace and the user files that
// could not be used; the latter make it return ErrProblems.
func (m *Main) listOutlines(w *workspace) error {
	for _, o := range w.outlines.All() {
		src := o.Source
		if src == "built-in" {
			src = m.lang.T("có sẵn", "built in")
		}
		m.printf("%-10s %-6s %s (%s)\n", o.ID, o.Profile, w.outlineName(o, ""), src)
	}
	m.printf(m.lang.T("Dàn ý riêng đặt trong: %s\n", "Your own outlines go in: %s\n"), w.outlineDir)
	if len(w.loadErrs) == 0 {
		return nil
	}
	m.printf("%s\n", m.lang.T("Các tệp dàn ý sau có lỗi nên không dùng được:", "These outline files have errors and are not used:"))
	for _, err := range w.loadErrs {
		m.printf("%s\n", oneLine(err.Error()))
	}
	return ErrProblems
}

// checkOutline is "baocao templates check FILE".
func (m *Main) checkOutline(w *workspace, name string) error {
	data, err := m.readInput(name)
	if err != nil {
		return err
	}
	probs := templates.CheckOutline(name, data)
	for _, p := range probs {
		if p.Line > 0 {
			m.printf("%s:%d: %s\n", name, p.Line, oneLine(p.Msg))
		} else {
			m.printf("%s: %s\n", name, oneLine(p.Msg))
		}
	}
	if len(probs) > 0 {
		m.printf(m.lang.T("%d lỗi; hãy sửa rồi kiểm tra lại.\n", "%d error(s); fix them and check again.\n"), len(probs))
		return ErrProblems
	}
	o, err := templates.ParseOutline(name, data)
	if err != nil {
		return err
	}
	for _, b := range templates.Builtin() {
		if b.ID == o.ID {
			m.printf(m.lang.T("%s: mã dàn ý %q trùng với dàn ý có sẵn; hãy đổi mã ở dòng \"outline: …\"\n",
				"%s: outline ID %q is taken by a built-in outline; change it on the \"outline: …\" line\n"), name, o.ID)
			return ErrProblems
		}
	}
	m.printf(m.lang.T("%s: dàn ý %q (%s) hợp lệ, %d mục. Đặt tệp vào thư mục %s để dùng.\n",
		"%s: outline %q (%s) is valid, %d sections. Put the file in the folder %s to use it.\n"),
		name, o.ID, w.outlineName(o, ""), len(o.Sections), w.outlineDir)
	return nil
}
