package main

import (
	"context"

	"github.com/baocao/baocao/store"
)

// runVerify is "baocao verify": the full check of the drafts file that
// Open does only after an unclean shutdown or before a backup (every page,
// bbolt's consistency check, every draft decoded), on request.
func (m *Main) runVerify(_ context.Context, g globals, args []string) error {
	fs := newFlagSet("verify", m.lang, &g)
	return m.withStore(&g, args, fs, 0, 0, "", "", func(w *workspace, s *store.Store) error {
		if err := s.Verify(); err != nil {
			return m.storeError(err)
		}
		list, err := s.List()
		if err != nil {
			return m.storeError(err)
		}
		m.printf(m.lang.T("Tệp %s lành: đã đọc toàn bộ và giải mã được cả %d bản nháp.\n",
			"%s is sound: every page read and all %d drafts decoded.\n"), w.dbPath, len(list))
		return nil
	})
}
