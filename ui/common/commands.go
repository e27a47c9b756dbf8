package common

import (
	"errors"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/baocao/baocao/model"
)

// Results of the store and export commands.
type (
	// SavedMsg reports a finished save.
	SavedMsg struct {
		At  time.Time
		Err error
	}
	// DraftsLoadedMsg carries a page of the drafts list and the Seq of
	// the query that asked for it.
	DraftsLoadedMsg struct {
		DraftPage
		Seq int
		Err error
	}
	// DraftOpenedMsg carries a draft to edit and its outline.
	DraftOpenedMsg struct {
		Draft   Draft
		Outline model.Outline
		Err     error
	}
	// OutlinesLoadedMsg carries the outlines a new draft may follow.
	OutlinesLoadedMsg struct{ Outlines []model.Outline }
	// DeletedMsg reports a draft moved to the trash (or back, Undo).
	DeletedMsg struct {
		ID   string
		Undo bool
		Err  error
	}
	// BackupDoneMsg reports the background backup: Taken false and no
	// Err when none was due.
	BackupDoneMsg struct {
		Taken bool
		Err   error
	}
	// ExportedMsg reports an export. Warning, when set, is what the
	// written document lacks (characters its font cannot draw).
	ExportedMsg struct {
		Path    string
		Err     error
		Warning error
		Force   bool
	}
)

// ErrNoOutline is returned when a draft's outline is not installed.
var ErrNoOutline = errors.New("ui: outline not found")

// LoadDraftsCmd reads a page of the drafts list.
func LoadDraftsCmd(s DraftStore, q ListQuery) tea.Cmd {
	return func() tea.Msg {
		p, err := s.List(q)
		return DraftsLoadedMsg{DraftPage: p, Seq: q.Seq, Err: err}
	}
}

// BackupCmd takes the automatic backup, if one is due.
func BackupCmd(b Backuper) tea.Cmd {
	return func() tea.Msg {
		taken, err := b.AutoBackup()
		return BackupDoneMsg{Taken: taken, Err: err}
	}
}

// OpenDraftCmd reads a draft and finds its outline.
func OpenDraftCmd(s DraftStore, set OutlineSet, id string) tea.Cmd {
	return func() tea.Msg {
		d, err := s.Get(id)
		if err != nil {
			return DraftOpenedMsg{Err: err}
		}
		return WithOutline(set, d)
	}
}

// WithOutline pairs a draft with its outline.
func WithOutline(set OutlineSet, d Draft) DraftOpenedMsg {
	o, ok := set.Of(d.Report)
	if !ok {
		return DraftOpenedMsg{Draft: d, Err: ErrNoOutline}
	}
	return DraftOpenedMsg{Draft: d, Outline: o}
}

// CreateDraftCmd stores a new draft and opens it.
func CreateDraftCmd(s DraftStore, set OutlineSet, d Draft) tea.Cmd {
	return func() tea.Msg {
		created, err := s.Create(d)
		if err != nil {
			return DraftOpenedMsg{Err: err}
		}
		return WithOutline(set, created)
	}
}

// DuplicateCmd starts a draft from an old one and opens it.
func DuplicateCmd(s DraftStore, set OutlineSet, id string) tea.Cmd {
	return func() tea.Msg {
		d, err := s.Duplicate(id)
		if err != nil {
			return DraftOpenedMsg{Err: err}
		}
		return WithOutline(set, d)
	}
}

// DeleteCmd moves a draft to the trash, or back when undo is set.
func DeleteCmd(s DraftStore, id string, undo bool) tea.Cmd {
	return func() tea.Msg {
		var err error
		if undo {
			err = s.Undelete(id)
		} else {
			err = s.Delete(id)
		}
		return DeletedMsg{ID: id, Undo: undo, Err: err}
	}
}

// LoadOutlinesCmd lists the outlines.
func LoadOutlinesCmd(set OutlineSet) tea.Cmd {
	return func() tea.Msg { return OutlinesLoadedMsg{Outlines: set.All()} }
}

// SaveDraftCmd saves a draft the caller has copied; the result is a
// SavedMsg stamped with the time the save became durable.
func SaveDraftCmd(s DraftStore, d Draft, now func() time.Time) tea.Cmd {
	return func() tea.Msg {
		at, err := s.Save(d)
		if err == nil && at.IsZero() {
			at = now()
		}
		return SavedMsg{At: at, Err: err}
	}
}

// IsWarning reports whether err only warns about a document that was made
// whole (it has a method Warning() bool that returns true), such as the
// PDF writer's characters its font cannot draw.
func IsWarning(err error) bool {
	var w interface{ Warning() bool }
	return errors.As(err, &w) && w.Warning()
}

// ExportCmd renders the report and writes it to path.
func ExportCmd(e Exporter, format, path string, r model.Report, o model.Outline, rules model.Rules, force bool) tea.Cmd {
	return func() tea.Msg {
		data, err := e.Render(format, r, o, rules)
		var warning error
		if IsWarning(err) && len(data) > 0 {
			warning, err = err, nil // a whole document that says what it lacks
		}
		if err == nil {
			err = e.WriteFile(path, data, force)
		}
		return ExportedMsg{Path: path, Err: err, Warning: warning, Force: force}
	}
}

// ClearStatusAfter clears passing status id after d.
func ClearStatusAfter(id int, d time.Duration) tea.Cmd {
	return tea.Tick(d, func(time.Time) tea.Msg { return ClearStatusMsg{ID: id} })
}
