package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/store"
	"github.com/baocao/baocao/templates"
	"github.com/baocao/baocao/templates/docread"
	"github.com/baocao/baocao/templates/importer"
	"github.com/baocao/baocao/ui/common"
)

// runImport is "baocao import FILE [--outline NAME] [--into DRAFT]": an
// earlier report (DOCX, TXT, MD) becomes a new draft, or an edited copy of
// a draft's document a new revision of that draft.
func (m *Main) runImport(_ context.Context, g globals, args []string) error {
	fs := newFlagSet("import", m.lang, &g)
	var outline, into string
	var force bool
	fs.String(&outline, "outline")
	fs.String(&into, "into")
	fs.Bool(&force, "force")
	return m.withStore(&g, args, fs, 1, 1, "tệp cần đọc (baocao import FILE)", "the file to read (baocao import FILE)",
		func(w *workspace, s *store.Store) error {
			if outline != "" && into != "" {
				return m.usagef("import", "--into dùng dàn ý của bản nháp; hãy bỏ --outline",
					"--into uses the draft's outline; drop --outline")
			}
			doc, err := m.readDocument(fs.args[0])
			if err != nil {
				return err
			}
			if into != "" {
				return m.importInto(w, s, doc, into, force)
			}
			return m.importNew(w, s, doc, fs.args[0], outline)
		})
}

// readDocument reads a DOCX, TXT or MD file (or stdin for "-", as text).
func (m *Main) readDocument(name string) (docread.Document, error) {
	data, err := m.readInput(name)
	if err != nil {
		return docread.Document{}, err
	}
	doc, err := docread.Read(name, data)
	if err != nil {
		return docread.Document{}, m.failf("%v", "%v", err)
	}
	return doc, nil
}

func (m *Main) importNew(w *workspace, s *store.Store, doc docread.Document, name, outline string) error {
	res, err := importer.ImportReport(doc, importer.Options{Outlines: w.outlines.All(), Outline: outline,
		Rules: w.rules, Name: filepath.Base(name)})
	if err != nil {
		return m.failf("%v", "%v", err)
	}
	if err := m.checkOwn(res.Report); err != nil {
		return err
	}
	title := filepath.Base(name)
	if t := strings.TrimSpace(res.Report.Doc.Subject); t != "" {
		title = t
	}
	meta, err := s.Create(res.Report, summaryOf(res.Report, res.Outline, w.rules, title))
	if err != nil {
		return m.storeError(err)
	}
	m.printf(m.lang.T("Đã tạo bản nháp %s theo dàn ý %s (%s).\n", "Created draft %s with outline %s (%s).\n"),
		meta.ID, res.Outline.ID, w.outlineName(res.Outline, res.Report.Doc.Date))
	if res.Derived {
		m.printf(m.lang.T("Không dàn ý nào khớp với các đề mục của tệp: bản nháp theo dàn ý lập từ chính các đề mục của nó, đi kèm bản nháp (không thêm vào danh sách mẫu); muốn dùng cho báo cáo khác: baocao templates save %s\n",
			"No outline fits the file's headings: the draft follows an outline made from its own headings, kept with the draft (not added to the templates); to use it for other reports: baocao templates save %s\n"), meta.ID)
	}
	m.printImportSummary(res.Summary)
	if len(res.Report.Unplaced) > 0 {
		m.printf(m.lang.T("Các đoạn chưa xếp được nằm đầu trình soạn của bản nháp %s; mở \"baocao\" để chuyển vào đúng mục.\n",
			"The unplaced paragraphs are listed at the top of draft %s in the editor; open \"baocao\" to move them.\n"), meta.ID)
	}
	return nil
}

// importInto reads an edited copy of draft id's document into it; a
// document that looks like another report (importer.Mismatch) is refused
// unless force.
func (m *Main) importInto(w *workspace, s *store.Store, doc docread.Document, id string, force bool) error {
	d, err := s.Get(id)
	if err != nil {
		return m.storeError(err)
	}
	o, err := w.outline(m, d.Report)
	if err != nil {
		return err
	}
	if diffs := importer.Mismatch(doc, d.Report, o, w.outlines.All(), w.rules); len(diffs) > 0 && !force {
		return m.failf("tệp có vẻ không phải bản sửa của bản nháp %s: %s; không ghi gì. Hãy kiểm tra đúng tệp và đúng bản nháp chưa; nếu đúng, chạy lại với --force",
			"the file does not look like an edited copy of draft %s: %s; nothing written. Check the file and the draft; if they are right, run again with --force",
			id, strings.Join(diffs, "; "))
	}
	r, changes, sum, err := importer.ImportInto(doc, d.Report, o, w.rules)
	if err != nil {
		return m.failf("%v", "%v", err)
	}
	m.printImportSummary(sum)
	if len(changes) == 0 {
		m.printf(m.lang.T("Tệp không thay đổi gì so với bản nháp %s; không lưu bản mới.\n",
			"The file changes nothing in draft %s; no revision saved.\n"), id)
		return nil
	}
	d.Report = r
	d.Summary = summaryOf(r, o, w.rules, d.Title)
	meta, err := s.Save(d)
	if err != nil {
		return m.storeError(err)
	}
	m.printf(m.lang.T("Đã lưu bản sửa lần %d của bản nháp %s; thay đổi:\n", "Saved version %d of draft %s; changes:\n"), meta.Version, id)
	for _, c := range changes {
		m.printf("  - %s\n", oneLine(c.What))
	}
	return nil
}

// printImportSummary prints what an import did.
func (m *Main) printImportSummary(sum importer.Summary) {
	m.printf(m.lang.T("Đã đọc %d đoạn: %d đoạn đã xếp, %d mục có nội dung, %d đoạn chưa xếp được, %d dòng bảng cán bộ, công chức.\n",
		"Read %d paragraphs: %d placed, %d sections filled, %d unplaced, %d staffing rows.\n"),
		sum.Paragraphs, sum.Placed, sum.Sections, sum.Unplaced, sum.StaffRows)
	if len(sum.Fields) > 0 {
		m.printf(m.lang.T("Đã đọc từ tệp: %s.\n", "Read from the file: %s.\n"), strings.Join(sum.Fields, ", "))
	}
	if sum.Tables > 0 {
		m.printf(m.lang.T("Đã đọc %d bảng vào các bảng của bản nháp.\n", "Read %d tables into the draft's tables.\n"), sum.Tables)
	}
	for _, n := range append(sum.NotKept, sum.Notes...) {
		m.printf(m.lang.T("Lưu ý: %s.\n", "Note: %s.\n"), oneLine(n))
	}
}

// summaryOf makes a draft's list entry, as the UI does when it saves:
// counted by model.Measure, so what is only still to be written is not
// an error.
func summaryOf(r model.Report, o model.Outline, rules model.Rules, title string) store.Summary {
	t := model.Measure(r, o, model.Validate(r, o, rules))
	return store.Summary{Title: model.CleanLine(title), Unit: r.Unit.Issuer, Outline: o.ID, Done: t.Done, Required: t.Required,
		Errors: t.Errors, Warnings: t.Warnings}
}

// checkOwn checks the outline an import derived for the draft, as
// "templates check" would.
func (m *Main) checkOwn(r model.Report) error {
	if _, _, err := templates.Own(r); err != nil {
		return m.failf("dàn ý lập từ tệp còn lỗi (%v); không tạo bản nháp. Hãy báo lỗi này cho người phát triển baocao kèm tệp",
			"the outline made from the file has errors (%v); no draft made. Please report this with the file", err)
	}
	return nil
}

// saveOutline writes an outline among the user's outlines, under a name
// not yet taken, after checking it as "templates check" would.
func (m *Main) saveOutline(w *workspace, o model.Outline, source string) (string, error) {
	return m.saveOutlineFile(w, o.ID, importer.WriteOutline(o, filepath.Base(source)))
}

// saveOutlineFile writes outline file data of ID id among the user's
// outlines as id.outline, after checking it as "templates check" would;
// an existing file is never replaced.
func (m *Main) saveOutlineFile(w *workspace, id string, data []byte) (string, error) {
	if probs := templates.CheckOutline(id+".outline", data); len(probs) > 0 {
		return "", m.failf("dàn ý lập từ tệp còn lỗi (%s); hãy báo lỗi này cho người phát triển baocao kèm tệp",
			"the outline made from the file has errors (%s); please report this with the file", probs[0].Msg)
	}
	if err := os.MkdirAll(w.outlineDir, 0o755); err != nil {
		return "", m.failf("không tạo được thư mục dàn ý %s: %v", "cannot create the outline folder %s: %v", w.outlineDir, err)
	}
	path := filepath.Join(w.outlineDir, id+".outline")
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, os.ErrExist) {
		return "", m.failf("đã có tệp dàn ý %s; hãy đổi tên tệp đó hoặc chọn mã khác", "the outline file %s exists; rename it or choose another ID", path)
	}
	if err != nil {
		return "", m.failf("không ghi được tệp dàn ý %s: %v", "cannot write the outline file %s: %v", path, err)
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return "", m.failf("không ghi được tệp dàn ý %s: %v", "cannot write the outline file %s: %v", path, err)
	}
	return path, nil
}

// runTemplatesImport is "baocao templates import FILE [-o OUT.outline]
// [--form state|party] [--id ID]": a directive's đề cương becomes an outline
// file, checked, and saved among the user's outlines (or at -o).
func (m *Main) runTemplatesImport(g globals, args []string) error {
	fs := newFlagSet("templates", m.lang, &g)
	var out, form, id string
	fs.String(&out, "o", "output")
	fs.String(&form, "form")
	fs.String(&id, "id")
	if done, err := m.parse(fs, args); done || err != nil {
		return err
	}
	if err := fs.need(1, 1, "tệp đề cương (baocao templates import FILE)", "the outline document (baocao templates import FILE)"); err != nil {
		return err
	}
	if form != "" && form != string(model.ProfileState) && form != string(model.ProfileParty) {
		return m.usagef("templates", "--form %q không hợp lệ; hãy chọn state (văn bản hành chính) hoặc party (văn bản của Đảng)",
			"invalid --form %q; choose state or party", form)
	}
	w, err := m.workspace(g)
	if err != nil {
		return err
	}
	doc, err := m.readDocument(fs.args[0])
	if err != nil {
		return err
	}
	profile := model.Profile(form)
	if profile == "" {
		profile = importer.GuessProfile(doc)
	}
	var taken []string
	for _, o := range w.outlines.All() {
		taken = append(taken, o.ID)
	}
	d, err := importer.DeriveOutline(doc, importer.OutlineOptions{Profile: profile, ID: id, Taken: taken})
	if err != nil {
		return m.failf("%v", "%v", err)
	}
	path, err := m.writeDerived(w, d.Outline, fs.args[0], out)
	if err != nil {
		return err
	}
	m.printDerived(d, path, profile, form == "")
	if len(d.Problems) > 0 {
		return ErrProblems
	}
	return nil
}

func (m *Main) writeDerived(w *workspace, o model.Outline, source, out string) (string, error) {
	if out == "" {
		return m.saveOutline(w, o, source)
	}
	data := importer.WriteOutline(o, filepath.Base(source))
	if probs := templates.CheckOutline(out, data); len(probs) > 0 {
		return "", m.failf("dàn ý lập từ tệp còn lỗi (%s); hãy báo lỗi này cho người phát triển baocao kèm tệp",
			"the outline made from the file has errors (%s); please report this with the file", probs[0].Msg)
	}
	if out == "-" {
		_, err := m.Stdout.Write(data)
		return "-", err
	}
	if err := m.refuseExisting(out, false); err != nil {
		return "", err
	}
	if err := store.Overwrites(w.dbPath, out); err != nil {
		return "", m.storeError(err)
	}
	if err := os.WriteFile(out, data, 0o644); err != nil {
		return "", m.failf("không ghi được %s: %v", "cannot write %s: %v", out, err)
	}
	return out, nil
}

func (m *Main) printDerived(d importer.Derived, path string, p model.Profile, guessed bool) {
	w := m.Stdout
	if path == "-" {
		w = m.Stderr
	}
	form := m.lang.T("văn bản hành chính", "state document")
	other := "party"
	if p == model.ProfileParty {
		form, other = m.lang.T("văn bản của Đảng", "Party document"), "state"
	}
	fprintf(w, m.lang.T("Đã lập dàn ý %q (%d mục, thể thức %s): %s\n", "Made outline %q (%d sections, %s form): %s\n"),
		d.Outline.ID, d.Sections, form, path)
	if guessed {
		fprintf(w, m.lang.T("Thể thức được đoán theo tệp; muốn đổi, chạy lại với --form %s.\n",
			"The form was guessed from the file; to change it, run again with --form %s.\n"), other)
	}
	for _, p := range d.Problems {
		fprintf(w, m.lang.T("Cần xem lại: %s\n", "Check: %s\n"), oneLine(p))
	}
}

// tuiImporter serves the UI's import screen: the same reading as "baocao
// import", the draft stored through the UI's store.
type tuiImporter struct {
	m        *Main
	w        *workspace
	store    common.DraftStore
	outlines *liveOutlines
}

// ImportReport reads path into a new draft. A report no outline fits gets
// an outline made from its own headings, as "baocao import" does, carried
// by the draft (model.Report.OutlineFile).
func (t tuiImporter) ImportReport(path string) (common.Draft, string, error) {
	doc, err := t.m.readDocument(path)
	if err != nil {
		return common.Draft{}, "", err
	}
	res, err := importer.ImportReport(doc, importer.Options{Outlines: t.outlines.All(), Rules: t.w.rules, Name: filepath.Base(path)})
	if err != nil {
		return common.Draft{}, "", err
	}
	if err := t.m.checkOwn(res.Report); err != nil {
		return common.Draft{}, "", err
	}
	made := ""
	if res.Derived {
		made = t.m.lang.T("Dàn ý lập từ chính các đề mục, đi kèm bản nháp (m ở danh sách: lưu làm mẫu). ",
			"Outline made from the report's own headings, kept with the draft (m in the list saves it as a template). ")
	}
	sum := summaryOf(res.Report, res.Outline, t.w.rules, filepath.Base(path))
	if s := strings.TrimSpace(res.Report.Doc.Subject); s != "" {
		sum.Title = model.CleanLine(s)
	}
	d, err := t.store.Create(common.Draft{Report: res.Report, Info: common.DraftInfo{Title: sum.Title, Unit: sum.Unit,
		Outline: sum.Outline, Done: sum.Done, Required: sum.Required, Errors: sum.Errors, Warnings: sum.Warnings}})
	if err != nil {
		return common.Draft{}, "", err
	}
	// The notes first: the status line may cut what follows.
	return d, made + t.notes(res.Summary) + t.counts(res.Summary), nil
}

// counts is the status line's sentence on what an import read.
func (t tuiImporter) counts(s importer.Summary) string {
	return fmt.Sprintf(t.m.lang.T("Đã đọc %d đoạn: %d đã xếp, %d mục có nội dung, %d chưa xếp, %d dòng bảng cán bộ, %d bảng số liệu.",
		"Read %d paragraphs: %d placed, %d sections filled, %d unplaced, %d staffing rows, %d tables."),
		s.Paragraphs, s.Placed, s.Sections, s.Unplaced, s.StaffRows, s.Tables)
}

// notes is what the status line adds to the counts: what was not kept as
// the source has it, and what the reader resolved.
func (t tuiImporter) notes(s importer.Summary) string {
	out := ""
	for _, n := range append(s.NotKept, s.Notes...) {
		out += t.m.lang.T("Lưu ý: ", "Note: ") + oneLine(n) + ". "
	}
	return out
}

// ImportOutline makes an outline from a directive's outline document, saves
// it among the user's outlines and adds it to the outlines the UI offers.
func (t tuiImporter) ImportOutline(path string, profile model.Profile) (model.Outline, string, error) {
	doc, err := t.m.readDocument(path)
	if err != nil {
		return model.Outline{}, "", err
	}
	var taken []string
	for _, o := range t.outlines.All() {
		taken = append(taken, o.ID)
	}
	d, err := importer.DeriveOutline(doc, importer.OutlineOptions{Profile: profile, Taken: taken})
	if err != nil {
		return model.Outline{}, "", err
	}
	file, err := t.m.saveOutline(t.w, d.Outline, path)
	if err != nil {
		return model.Outline{}, "", err
	}
	d.Outline.Source = file
	t.outlines.add(d.Outline)
	summary := fmt.Sprintf(t.m.lang.T("Đã lập dàn ý %q (%d mục), lưu ở %s.", "Made outline %q (%d sections), saved as %s."),
		d.Outline.ID, d.Sections, file)
	if len(d.Problems) > 0 {
		summary += " " + fmt.Sprintf(t.m.lang.T("Cần xem lại %d đề mục: %s", "%d headings to review: %s"), len(d.Problems), d.Problems[0])
	}
	return d.Outline, summary, nil
}

// SaveOutline saves draft id's own outline among the user's outlines, as
// "baocao templates save" does, under its own ID or, when that is taken,
// the first free "ID-2", "ID-3" …, and offers it at once.
func (t tuiImporter) SaveOutline(id string) (model.Outline, string, error) {
	d, err := t.store.Get(id)
	if err != nil {
		return model.Outline{}, "", err
	}
	name := ""
	if own, carried, err := templates.Own(d.Report); carried && err == nil {
		name = t.freeID(own.ID)
	}
	o, path, err := t.m.saveDraftOutline(t.w, id, d.Report, name)
	if err != nil {
		return model.Outline{}, "", err
	}
	t.outlines.add(o)
	return o, fmt.Sprintf(t.m.lang.T("Đã lưu dàn ý %q của bản nháp %s làm mẫu (%s); bản nháp mới chọn được dàn ý này.",
		"Saved draft %[2]s's outline %[1]q as a template (%[3]s); new drafts may follow it."), o.ID, id, path), nil
}

// freeID is id, or id with the first suffix "-2", "-3" … that no outline
// offered has.
func (t tuiImporter) freeID(id string) string {
	free := id
	for n := 2; ; n++ {
		if _, taken := t.outlines.Get(free); !taken {
			return free
		}
		free = fmt.Sprintf("%s-%d", id, n)
	}
}

// liveOutlines is the workspace's outlines plus those made from files
// during the session, for the UI.
type liveOutlines struct {
	mu    sync.Mutex
	base  templates.Set
	extra []model.Outline
}

// All returns the built-in and user outlines, then those made this session.
func (l *liveOutlines) All() []model.Outline {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append(l.base.All(), l.extra...)
}

// Get returns the outline with the ID.
func (l *liveOutlines) Get(id string) (model.Outline, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, o := range l.extra {
		if o.ID == id {
			return o, true
		}
	}
	return l.base.Get(id)
}

// Of returns the outline a draft follows: its own, else by ID.
func (l *liveOutlines) Of(r model.Report) (model.Outline, bool) {
	if o, carried, err := templates.Own(r); carried {
		return o, err == nil
	}
	return l.Get(r.Outline)
}

func (l *liveOutlines) add(o model.Outline) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.extra = append(l.extra, o)
}
