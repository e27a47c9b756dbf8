package ui

import (
	"strings"
	"time"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/store"
	"github.com/baocao/baocao/ui/common"
)

// NewDraftStore adapts the drafts store to what the screens need; outlines
// are needed to duplicate a draft (model.Report.Carry). Every error it
// returns reads as the store's Vietnamese message, which says what to do.
func NewDraftStore(s *store.Store, outlines common.OutlineSet) common.DraftStore {
	return storeAdapter{s: s, outlines: outlines}
}

// storeAdapter maps store.Meta and store.Summary to common.DraftInfo.
type storeAdapter struct {
	s        *store.Store
	outlines common.OutlineSet
}

func (a storeAdapter) List(q common.ListQuery) (common.DraftPage, error) {
	var match func(store.Meta) bool
	if q.Match != nil {
		match = func(m store.Meta) bool { return q.Match(infoOf(m)) }
	}
	p, err := a.s.ListPage(q.Offset, q.Count, match)
	out := common.DraftPage{Items: make([]common.DraftInfo, len(p.Items)), Offset: p.Offset, Total: p.Total}
	for i, m := range p.Items {
		out.Items[i] = infoOf(m)
	}
	return out, described(err)
}

func (a storeAdapter) Get(id string) (common.Draft, error) {
	d, err := a.s.Get(id)
	if err != nil {
		return common.Draft{}, described(err)
	}
	return common.Draft{Info: infoOf(d.Meta), Report: d.Report}, nil
}

func (a storeAdapter) Create(d common.Draft) (common.Draft, error) {
	m, err := a.s.Create(d.Report, summaryOf(d.Info))
	if err != nil {
		return common.Draft{}, described(err)
	}
	return common.Draft{Info: infoOf(m), Report: d.Report}, nil
}

func (a storeAdapter) Save(d common.Draft) (time.Time, error) {
	m, err := a.s.Save(store.Draft{Meta: store.Meta{ID: d.Info.ID, Summary: summaryOf(d.Info)}, Report: d.Report})
	return m.Modified, described(err)
}

func (a storeAdapter) Duplicate(id string) (common.Draft, error) {
	old, err := a.s.Get(id)
	if err != nil {
		return common.Draft{}, described(err)
	}
	o, ok := a.outlines.Of(old.Report)
	if !ok {
		return common.Draft{}, common.ErrNoOutline
	}
	m, err := a.s.Duplicate(id, o)
	if err != nil {
		return common.Draft{}, described(err)
	}
	return a.Get(m.ID)
}

func (a storeAdapter) Delete(id string) error { return described(a.s.Delete(id)) }

func (a storeAdapter) Undelete(id string) error {
	_, err := a.s.Undelete(id)
	return described(err)
}

// Summarizer returns how the store computes the drafts-list summary of an
// imported report (store.WithSummarizer): as the screens do, from the
// report's outline and the rules; a report whose outline is unknown gets
// its title, unit and outline only.
func Summarizer(outlines common.OutlineSet, rules model.Rules) func(model.Report) store.Summary {
	return func(r model.Report) store.Summary {
		o, ok := outlines.Of(r)
		if !ok || len(o.Sections) == 0 {
			return store.Summary{Title: r.Doc.Subject, Unit: strings.TrimSpace(r.Unit.Issuer), Outline: r.Outline}
		}
		return summaryOf(common.Summarize(r, o, model.Measure(r, o, model.Validate(r, o, rules)), o.Sections[0].ID))
	}
}

func infoOf(m store.Meta) common.DraftInfo {
	return common.DraftInfo{ID: m.ID, Title: m.Title, Unit: m.Unit, Outline: m.Outline, Section: m.Section,
		Done: m.Done, Required: m.Required, Errors: m.Errors, Warnings: m.Warnings, Modified: m.Modified}
}

func summaryOf(i common.DraftInfo) store.Summary {
	return store.Summary{Title: i.Title, Unit: i.Unit, Outline: i.Outline, Section: i.Section,
		Done: i.Done, Required: i.Required, Errors: i.Errors, Warnings: i.Warnings}
}

// storeError is a store error whose text is store.Message's: the screens
// show err.Error() as it is.
type storeError struct{ err error }

func (e storeError) Error() string { return store.Message(e.err) }
func (e storeError) Unwrap() error { return e.err }

// described wraps err (nil stays nil) so that its text is the clerk's message.
func described(err error) error {
	if err == nil {
		return nil
	}
	return storeError{err}
}
