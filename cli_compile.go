package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/charmbracelet/x/term"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/store"
	"github.com/baocao/baocao/templates/compile"
	"github.com/baocao/baocao/templates/docread"
	"github.com/baocao/baocao/templates/importer"
	"github.com/baocao/baocao/templates/userfile"
)

// ErrSkipped is returned when a compilation finished but some inputs could
// not be read (already listed); the exit code is 3.
var ErrSkipped = errors.New("some inputs were skipped")

// compileOptions are the options of "baocao compile".
type compileOptions struct {
	out, deadline, expected, outline, json string
	force, noDraft                         bool
}

// runCompile is "baocao compile INPUT… -o OUT.xlsx": it compiles the units'
// reports into a workbook and a compiled draft (see package
// templates/compile), lists every inconsistency and skipped input, and
// returns ErrSkipped when some input could not be read.
func (m *Main) runCompile(g globals, args []string) error {
	fs := newFlagSet("compile", m.lang, &g)
	var opt compileOptions
	fs.String(&opt.out, "o", "out")
	fs.String(&opt.deadline, "deadline")
	fs.String(&opt.expected, "expected")
	fs.String(&opt.outline, "outline")
	fs.String(&opt.json, "json")
	fs.Bool(&opt.force, "force")
	fs.Bool(&opt.noDraft, "no-draft")
	if done, err := m.parse(fs, args); done || err != nil {
		return err
	}
	if err := fs.need(1, -1, "tệp hoặc thư mục báo cáo cần tổng hợp", "the report files or folders to compile"); err != nil {
		return err
	}
	copt, err := m.compileSettings(opt)
	if err != nil {
		return err
	}
	w, err := m.workspace(g)
	if err != nil {
		return err
	}
	copt.Outlines, copt.Rules = w.outlines, w.rules
	res, err := compile.Run(fs.args, compile.LoadOptions{Progress: m.progress(),
		Readers: map[string]compile.Reader{".docx": wordReader(w)}}, copt)
	var skipped *compile.RunError
	if errors.As(err, &skipped) {
		m.printSkipped(skipped.Skipped)
	}
	if err != nil {
		return m.failf("%v", "%v", err)
	}
	defer res.Close()
	if err := m.writeWorkbook(w, res, opt); err != nil {
		return err
	}
	m.printCompiled(res)
	partial := len(res.Skipped) > 0
	if err := m.writeDraft(w, res.Draft, res.Target, len(res.Units), inFolder(opt.json, res.Target.ID, ".json"), opt); err != nil {
		return err
	}
	if partial {
		return ErrSkipped
	}
	return nil
}

// compileSettings checks -o, --deadline and --expected.
func (m *Main) compileSettings(opt compileOptions) (compile.Options, error) {
	var c compile.Options
	if !strings.EqualFold(filepath.Ext(opt.out), ".xlsx") && !isDir(opt.out) {
		return c, m.usagef("compile", "cần -o TỆP.xlsx (hoặc -o THƯ_MỤC): bảng tính để ghi kết quả tổng hợp", "-o FILE.xlsx (or -o FOLDER) is needed: the workbook to write")
	}
	if opt.deadline != "" {
		d, err := model.ParseDate(opt.deadline)
		if err != nil || !d.Valid() {
			return c, m.usagef("compile", "--deadline %q không phải ngày; hãy viết dạng ngày/tháng/năm, ví dụ 15/9/2023",
				"--deadline %q is not a date; write it as day/month/year, e.g. 15/9/2023", opt.deadline)
		}
		c.Deadline = d
	}
	if opt.expected != "" {
		data, err := m.readInput(opt.expected)
		if err != nil {
			return c, err
		}
		if c.Expected = compile.ParseExpected(data); len(c.Expected) == 0 {
			return c, m.failf("danh sách đơn vị %s không có tên nào; hãy ghi mỗi dòng một tên đơn vị",
				"the list of units %s has no name in it; write one unit name a line", opt.expected)
		}
	}
	c.Outline = opt.outline
	return c, nil
}

// progress returns a callback that draws a bar on Stderr when it is a
// terminal, else nil.
func (m *Main) progress() func(done, total int) {
	f, ok := m.Stderr.(*os.File)
	if !ok || !term.IsTerminal(f.Fd()) {
		return nil
	}
	label := m.lang.T("Đang đọc", "Reading")
	return func(done, total int) {
		const width = 30
		fill := done * width / max(total, 1)
		fmt.Fprintf(f, "\r%s %d/%d [%s%s]", label, done, total, strings.Repeat("#", fill), strings.Repeat(".", width-fill))
		if done == total {
			fmt.Fprintln(f)
		}
	}
}

// writeWorkbook writes the workbook, straight into the exporter's
// temporary file (never whole in memory).
func (m *Main) writeWorkbook(w *workspace, res *compile.Result, opt compileOptions) error {
	out := inFolder(opt.out, res.Target.ID, ".xlsx")
	var made error
	err := m.newExporter(false, w.dbPath).WriteFileFrom(out, func(f io.Writer) error {
		made = compile.WriteWorkbook(res, f)
		return made
	}, opt.force)
	switch {
	case made != nil:
		return m.failf("không tạo được bảng tính: %v", "cannot make the workbook: %v", made)
	case err != nil:
		return m.writeError(out, err)
	}
	m.printf(m.lang.T("Đã ghi bảng tính %s.\n", "Wrote the workbook %s.\n"), out)
	return nil
}

// writeDraft writes the compiled draft (on the outline target, from units
// reports) as JSON to out when asked (--json), and stores it unless
// --no-draft. It is given the draft alone, not the compilation, so that
// the units' data is free while the draft is checked for its summary and
// its JSON is made (a compiled draft holds every unit's text: tens of
// megabytes).
func (m *Main) writeDraft(w *workspace, draft model.Report, target model.Outline, units int, out string, opt compileOptions) error {
	if opt.json != "" {
		data, err := model.MarshalReport(draft)
		if err == nil {
			err = m.newExporter(false, w.dbPath).WriteFile(out, data, opt.force)
		}
		if err != nil {
			return m.writeError(out, err)
		}
		m.printf(m.lang.T("Đã ghi bản nháp tổng hợp dạng JSON %s.\n", "Wrote the compiled draft as JSON to %s.\n"), out)
	}
	if opt.noDraft {
		return nil
	}
	return m.storeCompiled(w, draft, compiledSummary(w, draft, target, units))
}

// isDir reports whether path names a folder (or a link to one).
func isDir(path string) bool {
	st, err := os.Stat(path)
	return err == nil && st.IsDir()
}

// inFolder is path, or when path is a folder the file in it named after
// the compiled outline target with extension ext ("state-tong-hop.xlsx"),
// as "export -o FOLDER" names its file.
func inFolder(path, target, ext string) string {
	if isDir(path) {
		return filepath.Join(path, target+ext)
	}
	return path
}

// compiledSummary is the drafts-list entry of the draft r compiled from
// units reports on the outline o.
func compiledSummary(w *workspace, r model.Report, o model.Outline, units int) store.Summary {
	ps := model.Validate(r, o, w.rules)
	done, required := model.Progress(r, o, ps)
	errs, warns := model.Count(ps)
	return store.Summary{Title: r.Doc.Subject, Unit: fmt.Sprintf("Tổng hợp %d đơn vị", units), Outline: o.ID,
		Done: done, Required: required, Errors: errs, Warnings: warns}
}

// storeCompiled adds the compiled draft to the drafts file, in the commit
// that also closes it (one commit fewer than Create then Close).
func (m *Main) storeCompiled(w *workspace, draft model.Report, sum store.Summary) error {
	s, err := m.openStore(w)
	if err != nil {
		return err
	}
	meta, err := s.CreateAndClose(draft, sum)
	if err != nil {
		return m.storeError(err)
	}
	m.printf(m.lang.T("Đã lưu bản nháp tổng hợp số %s: mở bằng \"baocao\" để viết tiếp, xuất bằng \"baocao export %s --allow-errors\".\n",
		"Saved the compiled draft %s: open it with \"baocao\" to go on writing, export it with \"baocao export %s --allow-errors\".\n"), meta.ID, meta.ID)
	return nil
}

// printCompiled prints the counts, the inconsistencies and the skipped
// inputs.
func (m *Main) printCompiled(res *compile.Result) {
	m.printf(m.lang.T("Tổng hợp %d đơn vị theo dàn ý %s", "Compiled %d units on the outline %s"), len(res.Units), res.Source.ID)
	if res.Expected > 0 {
		m.printf(m.lang.T("; %d/%d đơn vị phải báo cáo đã báo cáo", "; %d of %d expected units reported"), res.Expected-len(res.Missing), res.Expected)
	}
	m.printf("%s\n", ".")
	if len(res.Issues) > 0 {
		m.printf(m.lang.T("%d điểm bất thường (cũng có trong trang \"%s\" của bảng tính):\n",
			"%d inconsistencies (also on the sheet \"%s\" of the workbook):\n"), len(res.Issues), compile.SheetIssues)
		for _, is := range res.Issues {
			m.printf("  %s: %s: %s\n", is.Kind.Label(), is.Unit, oneLine(is.Message))
		}
	}
	m.printSkipped(res.Skipped)
}

func (m *Main) printSkipped(skipped []compile.Skipped) {
	if len(skipped) == 0 {
		return
	}
	m.eprintf(m.lang.T("%d tệp hoặc bản nháp không đọc được nên bị bỏ qua:\n", "%d files or drafts could not be read and were skipped:\n"), len(skipped))
	for _, s := range skipped {
		m.eprintf("  %s\n", oneLine(s.Error()))
	}
}

// readExpected reads the compile screen's list of expected units: a regular
// file of at most 1 MiB.
func readExpected(name string) ([]byte, error) {
	return userfile.Read(name, 1<<20)
}

// wordReader reads a unit's Word report for compiling, through the
// importer (as "baocao import" does): the report on the outline whose
// headings match best. A report that fits no installed outline is compiled
// for its tables (added up by their structure) when it has some; without
// tables it cannot be compiled with the others and is skipped with a
// message saying what to do.
func wordReader(w *workspace) compile.Reader {
	return func(name string, data []byte) ([]compile.Input, error) {
		doc, err := docread.Read(name, data)
		if err != nil {
			return nil, err
		}
		res, err := importer.ImportReport(doc, importer.Options{Outlines: w.outlines.All(), Rules: w.rules, Name: filepath.Base(name)})
		if err != nil {
			return nil, err
		}
		in := compile.Input{Report: res.Report}
		if res.Derived {
			// Compile takes the outline made from the file as Derived, a
			// report no installed outline fits, not as the report's own.
			in.Report.OutlineFile = ""
			if !hasTable(res.Report) {
				return nil, fmt.Errorf("các đề mục của báo cáo không khớp dàn ý nào đã cài; hãy đọc tệp bằng \"baocao import %s\", sửa bản nháp rồi tổng hợp bản JSON của nó", name)
			}
			in.Derived = &res.Outline
		}
		return []compile.Input{in}, nil
	}
}

// hasTable reports whether a report has a table with something typed in.
func hasTable(r model.Report) bool {
	for _, a := range r.Answers {
		if !a.Table.IsEmpty() {
			return true
		}
	}
	return false
}
