package ui

import (
	"errors"
	"time"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/store"
	"github.com/baocao/baocao/ui/history"
	"github.com/baocao/baocao/ui/trash"
)

// The store adapter also serves the history and trash screens.
var (
	_ history.Store = storeAdapter{}
	_ trash.Store   = storeAdapter{}
)

func (a storeAdapter) History(id string, o model.Outline) ([]history.Entry, error) {
	changes, err := a.s.History(id, o)
	out := make([]history.Entry, len(changes))
	for i, c := range changes {
		out[i] = history.Entry{Rev: c.Rev, Saved: c.Saved, Done: c.Summary.Done, Required: c.Summary.Required,
			First: c.First, Diff: c.Diff, Err: described(c.Err)}
	}
	return out, described(err)
}

func (a storeAdapter) Revision(id string, rev uint64) (model.Report, error) {
	r, err := a.s.RevisionReport(id, rev)
	return r, described(err)
}

func (a storeAdapter) Restore(id string, rev uint64) (uint64, error) {
	res, err := a.s.RestoreRevision(id, rev)
	return res.Replaced, described(err)
}

func (a storeAdapter) Trash(now time.Time) ([]trash.Entry, error) {
	list, err := a.s.Trash()
	out := make([]trash.Entry, len(list))
	for i, t := range list {
		out[i] = trash.Entry{ID: t.ID, Title: t.Title, Unit: t.Unit, Deleted: t.Deleted, DaysLeft: t.DaysLeft(now)}
	}
	return out, described(err)
}

// UndeleteLast gives the zero Entry, without error, when the trash is empty.
func (a storeAdapter) UndeleteLast() (trash.Entry, error) {
	m, err := a.s.UndeleteLast()
	if errors.Is(err, store.ErrNotFound) {
		return trash.Entry{}, nil
	}
	return trash.Entry{ID: m.ID, Title: m.Title, Unit: m.Unit}, described(err)
}

func (a storeAdapter) EmptyTrash() (int, error) {
	gone, err := a.s.EmptyTrash()
	return len(gone), described(err)
}
