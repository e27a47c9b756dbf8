package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/store"
	"github.com/baocao/baocao/templates"
)

// workspace is what the commands work on: the drafts file, the outlines
// (built-in and the user's) and the staffing rules.
type workspace struct {
	dbPath     string
	outlineDir string
	outlines   templates.Set
	// loadErrs are the user outline files that could not be used.
	loadErrs []error
	rules    model.Rules
}

// workspace resolves the drafts file (--db, else BAOCAO_DB, else the default
// file) and loads the outlines and rules. User outlines are read from the
// data directory's "outlines" folder (beside the drafts file when the data
// directory cannot be found).
func (m *Main) workspace(g globals) (*workspace, error) {
	db, err := store.ResolvePath(g.db, m.Getenv)
	if err != nil {
		return nil, m.failf("không xác định được tệp bản nháp: %v; hãy chỉ rõ tệp bằng --db PATH",
			"cannot tell where the drafts file is: %v; name it with --db PATH", err)
	}
	if st, err := os.Stat(db); err == nil && st.IsDir() {
		return nil, m.usagef("", "%s là một thư mục; --db (hoặc BAOCAO_DB) phải chỉ tới một tệp, ví dụ %s",
			"%s is a folder; --db (or BAOCAO_DB) must name a file, e.g. %s", db, filepath.Join(db, store.FileName))
	}
	if st, err := os.Stat(db); err == nil && !st.Mode().IsRegular() {
		return nil, m.usagef("", "%s không phải tệp thường (là ống FIFO, thiết bị hoặc socket); --db (hoặc BAOCAO_DB) phải chỉ tới một tệp bản nháp",
			"%s is not a regular file (a FIFO, a device or a socket); --db (or BAOCAO_DB) must name a drafts file", db)
	}
	dir, err := store.DataDir()
	if err != nil {
		dir = filepath.Dir(db)
	}
	w := &workspace{dbPath: db, outlineDir: templates.UserDir(dir)}
	w.outlines, w.loadErrs = templates.Load(w.outlineDir)
	if w.rules, err = templates.Rules(); err != nil {
		return nil, m.failf("bộ quy định về cán bộ, công chức cài sẵn bị lỗi: %v; hãy cài lại baocao",
			"the built-in staffing rules are broken: %v; reinstall baocao", err)
	}
	return w, nil
}

// outline returns the outline a report follows, or an error naming the
// outlines there are.
func (w *workspace) outline(m *Main, r model.Report) (model.Outline, error) {
	if o, carried, err := templates.Own(r); carried {
		if err != nil {
			return model.Outline{}, m.failf("dàn ý riêng của báo cáo (trường \"outlineFile\") bị lỗi: %v; hãy sửa trường đó hoặc nhập lại tệp gốc",
				"the report's own outline (field \"outlineFile\") is broken: %v; fix that field or import the source again", err)
		}
		return o, nil
	}
	if o, ok := w.outlines.Get(r.Outline); ok {
		return o, nil
	}
	var ids []string
	for _, o := range w.outlines.All() {
		ids = append(ids, o.ID)
	}
	sort.Strings(ids)
	if r.Outline == "" {
		return model.Outline{}, m.failf("báo cáo thiếu trường \"outline\"; hãy ghi một trong các dàn ý: %s",
			"the report has no \"outline\" field; set it to one of: %s", strings.Join(ids, ", "))
	}
	return model.Outline{}, m.failf("không có dàn ý %q mà báo cáo theo; các dàn ý có: %s (tệp dàn ý riêng đặt trong %s)",
		"there is no outline %q, which the report follows; the outlines are: %s (own outline files go in %s)",
		r.Outline, strings.Join(ids, ", "), w.outlineDir)
}

// outlineName is an outline's name as the units of a report dated date
// (as typed; today when it is not a date) call themselves
// (model.UnitPeriod.OutlineName).
func (w *workspace) outlineName(o model.Outline, date string) string {
	d, _, _ := w.rules.ReportDate(model.Report{Doc: model.Document{Date: date}})
	p, _ := w.rules.UnitsOn(d)
	return p.OutlineName(o.Name)
}

// storeError turns a store error into a message in the user's language.
func (m *Main) storeError(err error) error {
	if m.lang == LangVI {
		return errors.New(store.Message(err))
	}
	var se *store.Error
	detail := ""
	if errors.As(err, &se) {
		if se.Path != "" {
			detail += " (file: " + se.Path + ")"
		}
		if se.Err != nil {
			detail += " Detail: " + ioCauseEN(se.Err)
		}
	}
	if se != nil && se.Kind == store.ErrCorrupt && se.Draft != "" {
		return fmt.Errorf("Draft %[1]s is damaged and cannot be read; restore an earlier revision of it (h in the drafts list, or \"baocao history restore %[1]s N\"), or a backup with \"baocao restore\".%[2]s", se.Draft, detail)
	}
	for _, k := range storeErrorsEN {
		if errors.Is(err, k.err) {
			return errors.New(k.msg + detail)
		}
	}
	return errors.New(ioCauseEN(err))
}

// storeErrorsEN are the English texts of the store's sentinel errors.
var storeErrorsEN = []struct {
	err error
	msg string
}{
	{store.ErrLocked, "The drafts file is open in another baocao window; close that window and try again."},
	{store.ErrNotFound, "No such draft; it may have been deleted for good. List the drafts with \"baocao list\"."},
	{store.ErrCorrupt, "The drafts file is damaged or is not a baocao drafts file; baocao wrote nothing to it. Restore a backup with \"baocao restore\", or open another file with --db."},
	{store.ErrNewerSchema, "The drafts file was written by a newer baocao; update baocao and open it again. The file was not changed."},
	{store.ErrTrashed, "This draft is in the trash; take it out before opening or changing it: t in the drafts list, or \"baocao trash restore ID\"."},
	{store.ErrBadBundle, "The bundle file cannot be read, so no draft was imported; choose a .json file made by \"baocao bundle export\"."},
	{store.ErrNoBackup, "There is no backup of the drafts file yet; nothing to restore."},
	{store.ErrClosed, "The drafts store is closed; start baocao again."},
	{store.ErrReadOnly, "The drafts file is open read-only (the file cannot be written or lies on read-only media), so this change was not saved; export the draft, or copy the drafts file to a writable folder and open it with --db."},
	{store.ErrRestoreReadOnly, "The drafts file is read-only (no write permission), so baocao did not replace it with the backup; the file was not changed. Make the file writable and restore again, or add --replace-read-only if you are sure you want to replace this read-only file."},
	{store.ErrOwnFile, "The file to write is baocao's drafts file or one of its backups; writing over it would lose the drafts, so baocao wrote nothing, --force or not. Choose another file name."},
	{store.ErrBackup, "The automatic backup of the drafts file could not be taken; the earlier backups are kept."},
}
