package main

import (
	"context"
	"fmt"
	"time"

	"github.com/baocao/baocao/store"
)

// runTrash is "baocao trash", "trash restore NHÁP", "trash empty [--yes]":
// the deleted drafts, with when each was deleted and how many days remain
// before it is deleted for good.
func (m *Main) runTrash(_ context.Context, g globals, args []string) error {
	fs := newFlagSet("trash", m.lang, &g)
	yes := false
	fs.Bool(&yes, "yes", "y")
	return m.withStore(&g, args, fs, 0, 2, "", "", func(w *workspace, s *store.Store) error {
		switch {
		case len(fs.args) == 0:
			return m.printTrash(s)
		case fs.args[0] == "restore" && len(fs.args) == 2:
			meta, err := s.Undelete(fs.args[1])
			if err != nil {
				return m.undeleteError(s, fs.args[1], err)
			}
			m.printf(m.lang.T("Đã lấy bản nháp %s (%s) ra khỏi thùng rác.\n",
				"Took draft %s (%s) out of the trash.\n"), meta.ID, oneLine(m.draftName(meta)))
			return nil
		case fs.args[0] == "empty" && len(fs.args) == 1:
			return m.emptyTrash(s, yes)
		}
		return m.usagef("trash", "hãy ghi: baocao trash, baocao trash restore NHÁP, hoặc baocao trash empty --yes",
			"write: baocao trash, baocao trash restore DRAFT, or baocao trash empty --yes")
	})
}

// draftName is "title — unit".
func (m *Main) draftName(d store.Meta) string {
	name := d.Title
	if name == "" {
		name = m.lang.T("(chưa đặt tên)", "(untitled)")
	}
	if d.Unit != "" {
		name += " — " + d.Unit
	}
	return name
}

func (m *Main) printTrash(s *store.Store) error {
	trash, err := s.Trash()
	if err != nil {
		return m.storeError(err)
	}
	if len(trash) == 0 {
		m.printf("%s\n", m.lang.T("Thùng rác trống.", "The trash is empty."))
		return nil
	}
	now := time.Now()
	m.printf("%-5s %-16s %-8s %s\n", m.lang.T("MÃ", "ID"), m.lang.T("XÓA LÚC", "DELETED"),
		m.lang.T("CÒN", "LEFT"), m.lang.T("TÊN — ĐƠN VỊ", "TITLE — UNIT"))
	for _, t := range trash {
		m.printf("%-5s %-16s %-8s %s\n", t.ID, t.Deleted.Local().Format("2006-01-02 15:04"),
			fmt.Sprintf(m.lang.T("%d ngày", "%d days"), t.DaysLeft(now)), oneLine(m.draftName(t.Meta)))
	}
	m.printf(m.lang.T("Bản nháp trong thùng rác bị xóa hẳn sau %d ngày. Lấy lại: baocao trash restore MÃ\n",
		"Drafts in the trash are deleted for good after %d days. Take one back: baocao trash restore ID\n"),
		int(store.TrashRetention/(24*time.Hour)))
	return nil
}

// emptyTrash deletes the trash for good; without --yes it only says what
// would be lost.
func (m *Main) emptyTrash(s *store.Store, yes bool) error {
	trash, err := s.Trash()
	if err != nil {
		return m.storeError(err)
	}
	if len(trash) == 0 {
		m.printf("%s\n", m.lang.T("Thùng rác trống; không có gì để xóa.", "The trash is empty; nothing to delete."))
		return nil
	}
	if !yes {
		for _, t := range trash {
			m.printf("  %s  %s\n", t.ID, oneLine(m.draftName(t.Meta)))
		}
		return m.failf("chưa xóa gì: %d bản nháp trên cùng mọi bản lưu của chúng sẽ mất hẳn, không lấy lại được; chạy lại với --yes để xóa",
			"nothing deleted: the %d drafts above and all their revisions would be lost for good; run again with --yes to delete them", len(trash))
	}
	gone, err := s.EmptyTrash()
	if err != nil {
		return m.storeError(err)
	}
	m.printf(m.lang.T("Đã xóa hẳn %d bản nháp trong thùng rác.\n", "Deleted %d drafts in the trash for good.\n"), len(gone))
	return nil
}
