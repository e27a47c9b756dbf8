package ui

import (
	"errors"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/baocao/baocao/model"
)

// Results of the store and export commands.
type (
	// draftsLoadedMsg carries the drafts list.
	draftsLoadedMsg struct {
		Items []DraftInfo
		Err   error
	}
	// draftOpenedMsg carries a draft to edit and its outline.
	draftOpenedMsg struct {
		Draft   Draft
		Outline model.Outline
		Err     error
	}
	// outlinesLoadedMsg carries the outlines a new draft may follow.
	outlinesLoadedMsg struct{ Outlines []model.Outline }
	// deletedMsg reports a draft moved to the trash (or back, Undo).
	deletedMsg struct {
		ID   string
		Undo bool
		Err  error
	}
	// exportedMsg reports an export.
	exportedMsg struct {
		Path  string
		Err   error
		Force bool
	}
)

// errNoOutline is returned when a draft's outline is not installed.
var errNoOutline = errors.New("ui: outline not found")

// loadDraftsCmd lists the drafts.
func loadDraftsCmd(s DraftStore) tea.Cmd {
	return func() tea.Msg {
		items, err := s.List()
		return draftsLoadedMsg{Items: items, Err: err}
	}
}

// openDraftCmd reads a draft and finds its outline.
func openDraftCmd(s DraftStore, set OutlineSet, id string) tea.Cmd {
	return func() tea.Msg {
		d, err := s.Get(id)
		if err != nil {
			return draftOpenedMsg{Err: err}
		}
		return withOutline(set, d)
	}
}

// withOutline pairs a draft with its outline.
func withOutline(set OutlineSet, d Draft) draftOpenedMsg {
	o, ok := set.Get(d.Report.Outline)
	if !ok {
		return draftOpenedMsg{Draft: d, Err: errNoOutline}
	}
	return draftOpenedMsg{Draft: d, Outline: o}
}

// createDraftCmd stores a new draft and opens it.
func createDraftCmd(s DraftStore, set OutlineSet, d Draft) tea.Cmd {
	return func() tea.Msg {
		created, err := s.Create(d)
		if err != nil {
			return draftOpenedMsg{Err: err}
		}
		return withOutline(set, created)
	}
}

// duplicateCmd starts a draft from an old one and opens it.
func duplicateCmd(s DraftStore, set OutlineSet, id string) tea.Cmd {
	return func() tea.Msg {
		d, err := s.Duplicate(id)
		if err != nil {
			return draftOpenedMsg{Err: err}
		}
		return withOutline(set, d)
	}
}

// deleteCmd moves a draft to the trash, or back when undo is set.
func deleteCmd(s DraftStore, id string, undo bool) tea.Cmd {
	return func() tea.Msg {
		var err error
		if undo {
			err = s.Undelete(id)
		} else {
			err = s.Delete(id)
		}
		return deletedMsg{ID: id, Undo: undo, Err: err}
	}
}

// loadOutlinesCmd lists the outlines.
func loadOutlinesCmd(set OutlineSet) tea.Cmd {
	return func() tea.Msg { return outlinesLoadedMsg{Outlines: set.All()} }
}

// saveDraftCmd saves a draft the caller has copied; the result is a
// savedMsg stamped with the time the save became durable.
func saveDraftCmd(s DraftStore, d Draft, now func() time.Time) tea.Cmd {
	return func() tea.Msg {
		at, err := s.Save(d)
		if err == nil && at.IsZero() {
			at = now()
		}
		return savedMsg{At: at, Err: err}
	}
}

// exportCmd renders the report and writes it to path.
func exportCmd(e Exporter, format, path string, r model.Report, o model.Outline, rules model.Rules, force bool) tea.Cmd {
	return func() tea.Msg {
		data, err := e.Render(format, r, o, rules)
		if err == nil {
			err = e.WriteFile(path, data, force)
		}
		return exportedMsg{Path: path, Err: err, Force: force}
	}
}

// clearStatusAfter clears passing status id after d.
func clearStatusAfter(id int, d time.Duration) tea.Cmd {
	return tea.Tick(d, func(time.Time) tea.Msg { return clearStatusMsg{ID: id} })
}
