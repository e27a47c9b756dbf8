package ui

import (
	"time"

	"github.com/baocao/baocao/store"
)

// NewDraftStore adapts the drafts store to what the screens need; outlines
// are needed to duplicate a draft (model.Report.Carry).
func NewDraftStore(s *store.Store, outlines OutlineSet) DraftStore {
	return storeAdapter{s: s, outlines: outlines}
}

// storeAdapter maps store.Meta and store.Summary to DraftInfo.
type storeAdapter struct {
	s        *store.Store
	outlines OutlineSet
}

func (a storeAdapter) List() ([]DraftInfo, error) {
	metas, err := a.s.List()
	out := make([]DraftInfo, len(metas))
	for i, m := range metas {
		out[i] = infoOf(m)
	}
	return out, err
}

func (a storeAdapter) Get(id string) (Draft, error) {
	d, err := a.s.Get(id)
	if err != nil {
		return Draft{}, err
	}
	return Draft{Info: infoOf(d.Meta), Report: d.Report}, nil
}

func (a storeAdapter) Create(d Draft) (Draft, error) {
	m, err := a.s.Create(d.Report, summaryOf(d.Info))
	if err != nil {
		return Draft{}, err
	}
	return Draft{Info: infoOf(m), Report: d.Report}, nil
}

func (a storeAdapter) Save(d Draft) (time.Time, error) {
	m, err := a.s.Save(store.Draft{Meta: store.Meta{ID: d.Info.ID, Summary: summaryOf(d.Info)}, Report: d.Report})
	return m.Modified, err
}

func (a storeAdapter) Duplicate(id string) (Draft, error) {
	old, err := a.s.Get(id)
	if err != nil {
		return Draft{}, err
	}
	o, ok := a.outlines.Get(old.Report.Outline)
	if !ok {
		return Draft{}, errNoOutline
	}
	m, err := a.s.Duplicate(id, o)
	if err != nil {
		return Draft{}, err
	}
	return a.Get(m.ID)
}

func (a storeAdapter) Delete(id string) error { return a.s.Delete(id) }

func (a storeAdapter) Undelete(id string) error {
	_, err := a.s.Undelete(id)
	return err
}

func infoOf(m store.Meta) DraftInfo {
	return DraftInfo{ID: m.ID, Title: m.Title, Unit: m.Unit, Outline: m.Outline, Section: m.Section,
		Done: m.Done, Required: m.Required, Errors: m.Errors, Warnings: m.Warnings, Modified: m.Modified}
}

func summaryOf(i DraftInfo) store.Summary {
	return store.Summary{Title: i.Title, Unit: i.Unit, Outline: i.Outline, Section: i.Section,
		Done: i.Done, Required: i.Required, Errors: i.Errors, Warnings: i.Warnings}
}

// storeMessage is the message shown for a failed store call: the store's
// Vietnamese text, which says what to do.
func storeMessage(err error) string {
	return store.Message(err)
}
