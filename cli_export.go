package main

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/store"
	"github.com/baocao/baocao/templates/export"
	"github.com/baocao/baocao/templates/layout"
	"github.com/baocao/baocao/templates/pdf"
	"github.com/baocao/baocao/ui/common"
)

// newExporter returns the document writers of package templates/export in
// the shape the UI and the export command use; its refusal to overwrite
// matches common.ErrFileExists. With twoSided, DOCX and PDF are laid out
// for printing on both sides of the sheet (the back margins on even pages).
// It never writes over the drafts file db or its backups (store.Overwrites).
// A PDF is stamped with the export time, or with SOURCE_DATE_EPOCH when
// that is set (reproducible output).
func (m *Main) newExporter(twoSided bool, db string) export.Exporter {
	return export.Exporter{Exists: common.ErrFileExists, TwoSided: twoSided,
		Clock: exportClock(m.Getenv("SOURCE_DATE_EPOCH")),
		Guard: func(path string) error { return store.Overwrites(db, path) }}
}

// exportClock returns the time of each export: the fixed time epoch names
// (seconds since 1970, as SOURCE_DATE_EPOCH), or the time of the call when
// epoch is empty or not a whole number.
func exportClock(epoch string) func() time.Time {
	if s, err := strconv.ParseInt(strings.TrimSpace(epoch), 10, 64); err == nil {
		at := time.Unix(s, 0).UTC()
		return func() time.Time { return at }
	}
	return time.Now
}

// exportOptions are the options of "baocao export".
type exportOptions struct {
	format      string
	out         string
	force       bool
	allowErrors bool
	twoSided    bool
}

// runExport is "baocao export DRAFT|FILE.json --format F [-o PATH] [--force]
// [--allow-errors]".
func (m *Main) runExport(_ context.Context, g globals, args []string) error {
	fs := newFlagSet("export", m.lang, &g)
	var opt exportOptions
	fs.String(&opt.format, "format", "f")
	fs.String(&opt.out, "o", "output")
	fs.Bool(&opt.force, "force")
	fs.Bool(&opt.allowErrors, "allow-errors")
	fs.Bool(&opt.twoSided, "two-sided")
	if done, err := m.parse(fs, args); done || err != nil {
		return err
	}
	if err := fs.need(1, 1, "bản nháp hoặc tệp báo cáo (baocao export NHÁP|FILE.json)",
		"the draft or report file (baocao export DRAFT|FILE.json)"); err != nil {
		return err
	}
	w, err := m.workspace(g)
	if err != nil {
		return err
	}
	x := m.newExporter(opt.twoSided, w.dbPath)
	format, err := m.exportFormat(x, opt)
	if err != nil {
		return err
	}
	r, err := m.loadReport(w, fs.args[0])
	if err != nil {
		return err
	}
	o, err := w.outline(m, r)
	if err != nil {
		return err
	}
	if err := m.checkBeforeExport(r, o, w, opt); err != nil {
		return err
	}
	m.noteTwoSided(r, o, format, opt)
	return m.writeExport(x, r, o, w, format, opt)
}

// noteTwoSided says when --two-sided changes nothing: the form of the
// report's date (NĐ 30/2020 for a state report) gives no back margins.
func (m *Main) noteTwoSided(r model.Report, o model.Outline, format string, opt exportOptions) {
	if !opt.twoSided || !binaryFormat(format) {
		return
	}
	f := layout.FormFor(o.Profile, r.Doc.Date)
	if f.WithTwoSided(true).Mirrored() {
		return
	}
	m.eprintf(m.lang.T("lưu ý: %s không quy định lề mặt sau khi in hai mặt, nên --two-sided không đổi gì; văn bản có lề như in một mặt.\n",
		"note: %s sets no back-side margins for printing on both sides, so --two-sided changes nothing; the document has the one-sided margins.\n"), f.Basis)
}

// exportFormat picks the format: --format, else the extension of -o, else
// the exporter's first (DOCX).
func (m *Main) exportFormat(x common.Exporter, opt exportOptions) (string, error) {
	formats := x.Formats()
	f := strings.ToLower(strings.TrimPrefix(opt.format, "."))
	if f == "" {
		ext := strings.ToLower(strings.TrimPrefix(filepath.Ext(opt.out), "."))
		if slices.Contains(formats, ext) {
			return ext, nil
		}
		return formats[0], nil
	}
	if f == "markdown" {
		f = "md"
	}
	if !slices.Contains(formats, f) {
		return "", m.usagef("export", "định dạng %q không có; hãy chọn một trong: %s",
			"no format %q; choose one of: %s", opt.format, strings.Join(formats, ", "))
	}
	ext := strings.ToLower(strings.TrimPrefix(filepath.Ext(opt.out), "."))
	if ext != f && slices.Contains(formats, ext) {
		return "", m.usagef("export", "tệp %s có đuôi .%s nhưng định dạng là %s; hãy đổi đuôi tệp hoặc bỏ --format để định dạng theo đuôi",
			"%s ends in .%s but the format is %s; change the extension, or drop --format to go by it", opt.out, ext, f)
	}
	return f, nil
}

// loadReport reads the report to export: a file (or "-" for stdin) when
// one exists by that name, else the draft with that ID.
func (m *Main) loadReport(w *workspace, arg string) (model.Report, error) {
	if arg == "-" {
		return m.readReport(arg)
	}
	if _, err := os.Stat(arg); err == nil || strings.HasSuffix(strings.ToLower(arg), ".json") {
		return m.readReport(arg)
	}
	s, err := m.openStore(w)
	if err != nil {
		return model.Report{}, err
	}
	defer s.Close()
	d, err := s.Get(arg)
	if err != nil && !errors.Is(err, store.ErrNotFound) {
		return model.Report{}, m.storeError(err)
	}
	if err != nil {
		return model.Report{}, m.failf("không có tệp %q, cũng không có bản nháp mã %q trong %s; xem mã các bản nháp bằng \"baocao list\"",
			"there is no file %q nor a draft with ID %q in %s; see the drafts' IDs with \"baocao list\"", arg, arg, w.dbPath)
	}
	return d.Report, nil
}

// checkBeforeExport prints the report's problems to Stderr and refuses an
// unfinished report (an error, or a required field still empty) unless
// --allow-errors is given.
func (m *Main) checkBeforeExport(r model.Report, o model.Outline, w *workspace, opt exportOptions) error {
	ps := model.Validate(r, o, w.rules)
	m.printProblems(m.Stderr, r, o, ps)
	t := model.Measure(r, o, ps)
	switch {
	case t.Errors+t.Unfilled == 0:
		return nil
	case opt.allowErrors:
		m.eprintf(m.lang.T("Báo cáo còn %d lỗi, %d mục chưa điền; vẫn xuất vì có --allow-errors.\n",
			"The report has %d error(s), %d field(s) to fill in; exporting anyway because of --allow-errors.\n"), t.Errors, t.Unfilled)
		return nil
	}
	return m.failf("báo cáo còn %d lỗi, %d mục chưa điền (liệt kê ở trên) nên chưa xuất; hãy sửa, điền cho đủ, hoặc thêm --allow-errors để vẫn xuất",
		"the report has %d error(s), %d field(s) to fill in (listed above), so it was not exported; fix and fill them, or add --allow-errors to export anyway",
		t.Errors, t.Unfilled)
}

// writeExport renders the document and writes it: to stdout for "-o -",
// into a folder under the default name, or to the path given.
func (m *Main) writeExport(x common.Exporter, r model.Report, o model.Outline, w *workspace, format string, opt exportOptions) error {
	data, err := x.Render(format, r, o, w.rules)
	var glyphs *pdf.MissingGlyphsError
	if errors.As(err, &glyphs) && len(data) > 0 {
		// The PDF is whole but shows some characters as squares: say so.
		m.eprintf(m.lang.T("cảnh báo: %v\n", "warning: %v\n"), err)
		err = nil
	}
	if err != nil {
		return m.failf("không tạo được văn bản %s: %v", "cannot make the %s document: %v", strings.ToUpper(format), err)
	}
	if opt.out == "-" {
		if binaryFormat(format) && isTerminal(m.Stdout) {
			return m.usagef("export", "văn bản %s là tệp nhị phân, không in ra cửa sổ dòng lệnh được; hãy chuyển sang tệp (… -o - > bao-cao.%s) hoặc dùng -o TỆP",
				"a %s document is binary and cannot be printed to the terminal; redirect it (… -o - > report.%s) or use -o FILE",
				strings.ToUpper(format), format)
		}
		_, err := m.Stdout.Write(data)
		return err
	}
	path := opt.out
	if st, err := os.Stat(path); path == "" || err == nil && st.IsDir() {
		path = filepath.Join(path, x.DefaultName(r, o, format))
	}
	if _, err := os.Stat(filepath.Dir(path)); errors.Is(err, fs.ErrNotExist) {
		return m.failf("không có thư mục %s; hãy tạo thư mục đó hoặc chọn nơi khác bằng -o",
			"there is no folder %s; create it or choose another place with -o", filepath.Dir(path))
	}
	if err := x.WriteFile(path, data, opt.force); err != nil {
		return m.writeError(path, err)
	}
	m.printf(m.lang.T("Đã xuất %s (%s, %d byte).\n", "Exported %s (%s, %d bytes).\n"),
		path, strings.ToUpper(format), len(data))
	return nil
}

// binaryFormat reports whether a format's documents are binary files.
func binaryFormat(format string) bool {
	return format == "docx" || format == "pdf"
}

// writeError explains why an exported file could not be written.
func (m *Main) writeError(path string, err error) error {
	if errors.Is(err, store.ErrOwnFile) {
		return m.storeError(err)
	}
	if errors.Is(err, common.ErrFileExists) {
		return m.failf("tệp %s đã có; hãy chọn tên khác bằng -o, hoặc thêm --force để ghi đè",
			"%s exists; choose another name with -o, or add --force to overwrite it", path)
	}
	// The writer's other messages are Vietnamese and say what to do.
	return m.failf("%[2]v", "cannot write %[1]s (%[2]v)", path, err)
}
