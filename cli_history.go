package main

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/model/diff"
	"github.com/baocao/baocao/store"
)

// runHistory is "baocao history NHÁP", "history show|diff|restore NHÁP SỐ":
// a draft's kept revisions, one as text, one against the current draft,
// or one brought back (the content it replaces is kept as a revision).
func (m *Main) runHistory(_ context.Context, g globals, args []string) error {
	fs := newFlagSet("history", m.lang, &g)
	return m.withStore(&g, args, fs, 1, 3, "bản nháp (baocao history NHÁP)", "the draft (baocao history DRAFT)",
		func(w *workspace, s *store.Store) error {
			action := "list"
			rest := fs.args
			switch fs.args[0] {
			case "show", "diff", "restore":
				action, rest = fs.args[0], fs.args[1:]
			}
			if action == "list" && len(rest) == 1 {
				return m.printHistory(w, s, rest[0])
			}
			if action == "list" || len(rest) != 2 {
				return m.usagef("history", "hãy ghi: baocao history NHÁP, hoặc baocao history show|diff|restore NHÁP SỐ",
					"write: baocao history DRAFT, or baocao history show|diff|restore DRAFT N")
			}
			rev, err := m.revNumber(rest[1])
			if err != nil {
				return err
			}
			switch action {
			case "show":
				return m.showRevision(w, s, rest[0], rev)
			case "diff":
				return m.diffRevision(w, s, rest[0], rev)
			}
			return m.restoreRevision(s, rest[0], rev)
		})
}

func (m *Main) revNumber(arg string) (uint64, error) {
	n, err := strconv.ParseUint(arg, 10, 64)
	if err != nil || n == 0 {
		return 0, m.usagef("history", "%q không phải số bản lưu; xem các số bằng \"baocao history NHÁP\"",
			"%q is not a revision number; see the numbers with \"baocao history DRAFT\"", arg)
	}
	return n, nil
}

// draftOutline returns a draft's outline, or the zero outline (every part
// compared under its own heading) when it is not installed.
func (m *Main) draftOutline(w *workspace, s *store.Store, id string) model.Outline {
	if d, err := s.Get(id); err == nil {
		if o, ok := w.outlines.Of(d.Report); ok {
			return o
		}
	}
	return model.Outline{}
}

// printHistory lists the revisions, newest first, with what each changed.
func (m *Main) printHistory(w *workspace, s *store.Store, id string) error {
	hist, err := s.History(id, m.draftOutline(w, s, id))
	if err != nil {
		return m.storeError(err)
	}
	m.printf(m.lang.T("Lịch sử sửa của bản nháp %s (%d bản lưu, mới nhất trước):\n",
		"History of draft %s (%d revisions, newest first):\n"), id, len(hist))
	m.printf("%-4s %-16s %-5s %s\n", m.lang.T("SỐ", "N"), m.lang.T("LƯU LÚC", "SAVED"),
		m.lang.T("XONG", "DONE"), m.lang.T("THAY ĐỔI", "CHANGES"))
	for _, c := range hist {
		m.printf("%-4d %-16s %-5s %s\n", c.Rev, c.Saved.Local().Format("2006-01-02 15:04"),
			fmt.Sprintf("%d/%d", c.Summary.Done, c.Summary.Required), m.changeLine(c))
	}
	m.printf(m.lang.T("Xem: baocao history show %[1]s SỐ · so với bản hiện tại: baocao history diff %[1]s SỐ · khôi phục: baocao history restore %[1]s SỐ\n",
		"Show: baocao history show %[1]s N · against the current draft: baocao history diff %[1]s N · restore: baocao history restore %[1]s N\n"), id)
	return nil
}

// changeLine says in one line what a revision changed.
func (m *Main) changeLine(c store.Change) string {
	switch {
	case c.Err != nil:
		return m.lang.T("không đọc được bản lưu này", "this revision cannot be read")
	case c.First:
		return m.lang.T("bản lưu cũ nhất còn giữ", "oldest revision kept")
	}
	return m.diffLine(c.Diff)
}

// diffLine is diff.Summary in the user's language.
func (m *Main) diffLine(d diff.Diff) string {
	if m.lang == LangVI {
		return d.Summary()
	}
	if d.Empty() {
		return "no change to the content"
	}
	return fmt.Sprintf("%d section(s) changed (%s) · %d characters added, %d removed",
		len(d.Sections), strings.Join(d.Labels(), ", "), d.Added, d.Removed)
}

// showRevision prints a revision as the plain-text document.
func (m *Main) showRevision(w *workspace, s *store.Store, id string, rev uint64) error {
	r, err := s.RevisionReport(id, rev)
	if err != nil {
		return m.revisionError(s, id, rev, err)
	}
	o, ok := w.outlines.Of(r)
	if !ok {
		// The outline file was removed or renamed: the revision's words
		// are still shown, in the report's JSON form.
		m.eprintf(m.lang.T("Không có dàn ý %q mà bản lưu theo, nên bản lưu được in dạng JSON (mọi nội dung vẫn đủ).\n",
			"There is no outline %q, which the revision follows, so it is printed as JSON (all of its content).\n"), r.Outline)
		data, err := model.MarshalReport(r)
		if err != nil {
			return err
		}
		_, err = m.Stdout.Write(data)
		return err
	}
	data, err := m.newExporter(false, w.dbPath).Render("txt", r, o, w.rules)
	if err != nil {
		return m.failf("không tạo được văn bản: %v", "cannot make the text: %v", err)
	}
	_, err = m.Stdout.Write(data)
	return err
}

// diffRevision prints what differs between a revision and the current
// draft, section by section: "[-removed-]" and "{+added+}" mark words.
func (m *Main) diffRevision(w *workspace, s *store.Store, id string, rev uint64) error {
	old, err := s.RevisionReport(id, rev)
	if err != nil {
		return m.revisionError(s, id, rev, err)
	}
	cur, err := s.Get(id)
	if err != nil {
		return m.storeError(err)
	}
	d := diff.ReportsNamed(old, cur.Report, m.draftOutline(w, s, id), w.rules.CatalogueFor(cur.Report.Doc.Date))
	m.printf(m.lang.T("Bản lưu %d → bản hiện tại của bản nháp %s: %s\n",
		"Revision %d → the current draft %s: %s\n"), rev, id, m.diffLine(d))
	for _, sec := range d.Sections {
		m.printf("\n== %s\n", oneLine(sec.Label))
		for _, p := range sec.Paras {
			m.printf("%s %s: %s\n", paraMark(p.Op), oneLine(p.Field), oneLine(markWords(p.Parts)))
		}
	}
	return nil
}

func paraMark(op diff.Op) string {
	switch op {
	case diff.Insert:
		return "+"
	case diff.Delete:
		return "-"
	}
	return "~"
}

// markWords writes parts with "[-deleted-]" and "{+inserted+}".
func markWords(parts []diff.Part) string {
	var b strings.Builder
	for _, p := range parts {
		switch p.Op {
		case diff.Delete:
			b.WriteString("[-" + p.Text + "-]")
		case diff.Insert:
			b.WriteString("{+" + p.Text + "+}")
		default:
			b.WriteString(p.Text)
		}
	}
	return b.String()
}

// restoreRevision brings a revision back and says how to undo it.
func (m *Main) restoreRevision(s *store.Store, id string, rev uint64) error {
	res, err := s.RestoreRevision(id, rev)
	if err != nil {
		return m.revisionError(s, id, rev, err)
	}
	m.printf(m.lang.T("Đã khôi phục bản lưu %d của bản nháp %s. Nội dung vừa thay được giữ thành bản lưu %d; muốn quay lại: baocao history restore %s %d\n",
		"Restored revision %d of draft %s. The content it replaced is kept as revision %d; to go back: baocao history restore %s %d\n"),
		rev, id, res.Replaced, id, res.Replaced)
	return nil
}
