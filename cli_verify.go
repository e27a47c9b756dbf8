package main

import (
	"context"

	"github.com/baocao/baocao/store"
)

// runVerify is "baocao verify [--compact]": the full check of the drafts
// file that Open does only after an unclean shutdown (every page, the
// structure checked in a stream, every draft decoded one at a time, so
// memory stays flat in the drafts), on request. With --compact it
// then rewrites the file without its free pages (store.Compact), so that
// a file that once held a large draft shrinks.
func (m *Main) runVerify(_ context.Context, g globals, args []string) error {
	fs := newFlagSet("verify", m.lang, &g)
	var compact bool
	fs.Bool(&compact, "compact")
	var db string
	err := m.withStore(&g, args, fs, 0, 0, "", "", func(w *workspace, s *store.Store) error {
		db = w.dbPath
		if err := s.Verify(); err != nil {
			return m.storeError(err)
		}
		n := 0
		if err := s.Each(func(store.Meta) error { n++; return nil }); err != nil {
			return m.storeError(err)
		}
		m.printf(m.lang.T("Tệp %s lành: đã đọc toàn bộ và giải mã được cả %d bản nháp.\n",
			"%s is sound: every page read and all %d drafts decoded.\n"), w.dbPath, n)
		return nil
	})
	if err != nil || !compact {
		return err
	}
	res, err := store.Compact(db)
	if err != nil {
		return m.storeError(err)
	}
	m.printf(m.lang.T("Đã thu gọn tệp: %.1f MB → %.1f MB. Tệp cũ được giữ ở %s.\n",
		"Compacted the file: %.1f MB → %.1f MB. The old file is kept as %s.\n"),
		float64(res.Before)/(1<<20), float64(res.After)/(1<<20), res.Replaced)
	return nil
}
