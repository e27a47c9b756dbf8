package main

import (
	"errors"

	"github.com/baocao/baocao/store"
)

// revisionError words a failure to read revision rev of draft id: when the
// draft is there, what is missing is the revision, not the draft.
func (m *Main) revisionError(s *store.Store, id string, rev uint64, err error) error {
	if errors.Is(err, store.ErrNotFound) {
		if _, gerr := s.Get(id); gerr == nil {
			return m.failf("bản nháp %[1]s không có bản lưu số %[2]d; xem các bản lưu đang có bằng lệnh \"baocao history %[1]s\"",
				"draft %[1]s has no revision %[2]d; list its revisions with \"baocao history %[1]s\"", id, rev)
		}
	}
	return m.storeError(err)
}

// undeleteError words a failure to take draft id out of the trash: a draft
// still in the list is not in the trash, which is no loss.
func (m *Main) undeleteError(s *store.Store, id string, err error) error {
	if errors.Is(err, store.ErrNotFound) {
		if _, gerr := s.Get(id); gerr == nil {
			return m.failf("bản nháp %[1]s không nằm trong thùng rác: nó vẫn ở danh sách bản nháp, không cần lấy lại (xem bằng \"baocao list\")",
				"draft %[1]s is not in the trash: it is still in the drafts list and needs no restoring (see \"baocao list\")", id)
		}
	}
	return m.storeError(err)
}
