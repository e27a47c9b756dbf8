package ui

import (
	"context"

	"github.com/baocao/baocao/store"
	"github.com/baocao/baocao/ui/common"
)

// NewBackup adapts the store's automatic backup to the screens: it runs
// until ctx ends (the program quitting stops a copy under way, keeping the
// earlier backups).
func NewBackup(ctx context.Context, s *store.Store) common.Backuper {
	return backupAdapter{ctx: ctx, s: s}
}

type backupAdapter struct {
	ctx context.Context
	s   *store.Store
}

func (a backupAdapter) AutoBackup() (bool, error) {
	b, err := a.s.AutoBackup(a.ctx)
	return b.Name != "", described(err)
}
