package common

import (
	"errors"
	"strings"
	"time"

	"github.com/baocao/baocao/model"
)

// DraftInfo is one line of the drafts list: what the store's index keeps
// about a draft, so that listing decodes no report.
type DraftInfo struct {
	ID      string
	Title   string
	Unit    string
	Outline string
	// Section is the ID of the section last edited; the wizard resumes there.
	Section  string
	Done     int // sections done
	Required int // sections that need an answer
	Errors   int
	Warnings int
	Modified time.Time
}

// Draft is a report with its place in the store.
type Draft struct {
	Info   DraftInfo
	Report model.Report
}

// ListQuery asks for a page of the drafts list: Count drafts from Offset
// on, most recently changed first, among those Match accepts (all when
// nil). Seq is echoed in the answer, so that a screen can tell the page
// it asked for last.
type ListQuery struct {
	Offset, Count int
	Match         func(DraftInfo) bool
	Seq           int
}

// DraftPage is a page of the drafts list and how many drafts the whole
// list (after the filter) holds.
type DraftPage struct {
	Items  []DraftInfo
	Offset int
	Total  int
}

// DraftStore is what the screens need of the drafts store. Every call is
// made from a command, never from Update or View.
type DraftStore interface {
	// List reads one page of the drafts list: the list of tens of
	// thousands is never read whole to draw a screen of it.
	List(q ListQuery) (DraftPage, error)
	Get(id string) (Draft, error)
	// Create stores a new draft and returns it with its ID and time.
	Create(d Draft) (Draft, error)
	// Save stores the draft and returns once the write is durable.
	Save(d Draft) (time.Time, error)
	// Duplicate starts a new draft from an old one (model.Report.Carry).
	Duplicate(id string) (Draft, error)
	// Delete moves a draft to the trash; Undelete brings it back.
	Delete(id string) error
	Undelete(id string) error
}

// OutlineSet gives the outlines a draft may follow.
type OutlineSet interface {
	All() []model.Outline
	Get(id string) (model.Outline, bool)
	// Of returns the outline a draft follows: the one it carries
	// (model.Report.OutlineFile), else the outline of ID Report.Outline.
	Of(r model.Report) (model.Outline, bool)
}

// Exporter renders and writes documents and lays out the preview.
type Exporter interface {
	// Formats lists the format names offered, the first being the default.
	Formats() []string
	Render(format string, r model.Report, o model.Outline, rules model.Rules) ([]byte, error)
	// DefaultName is the file name proposed for the report (e.g.
	// "197-BC-UBND_Pho-Minh_2023-08-29.docx").
	DefaultName(r model.Report, o model.Outline, format string) string
	// WriteFile writes atomically; without force it returns an error
	// matching ErrFileExists when the path exists.
	WriteFile(path string, data []byte, force bool) error
	// Page lays the report out as text like the printed page, width columns wide.
	Page(r model.Report, o model.Outline, rules model.Rules, width int) string
}

// ErrFileExists is what Exporter.WriteFile returns (wrapped or not) when it
// refuses to overwrite a file.
var ErrFileExists = errors.New("ui: file exists")

// Importer reads documents the clerk already has (package
// templates/importer behind it).
type Importer interface {
	// ImportReport reads an earlier report (.docx, .txt, .md) into a new
	// stored draft and returns it with a one-line summary of what was read;
	// errors say in the user's language what to do.
	ImportReport(path string) (Draft, string, error)
	// ImportOutline makes an outline of the form profile from a directive's
	// outline document, saves it among the user's outlines, makes it
	// available in OutlineSet and returns it with a summary (and what to
	// review).
	ImportOutline(path string, profile model.Profile) (model.Outline, string, error)
	// ImportInto reads an edited copy of draft id's document (.docx, .txt,
	// .md) into that draft as a new revision and returns the draft with a
	// one-line summary. A file that looks like another report (another
	// unit, outline or form) changes nothing and gives a *MismatchError,
	// unless every difference it names is in accept: the clerk saw them
	// and confirmed.
	ImportInto(path, id string, accept []string) (Draft, string, error)
}

// OutlineSaver saves the outline a draft carries (made by an import from
// the report's own headings) among the user's outlines, so that new drafts
// may follow it; the Importer may offer it.
type OutlineSaver interface {
	// SaveOutline saves draft id's own outline and returns it with a
	// one-line summary; errors say in the user's language what to do.
	SaveOutline(id string) (model.Outline, string, error)
}

// MismatchError is ImportInto's answer for a file that looks like another
// report than the draft: Differs names each difference (unit, outline,
// form). Nothing was changed.
type MismatchError struct{ Differs []string }

func (e *MismatchError) Error() string { return strings.Join(e.Differs, "; ") }

// Services are the parts of the program the screens call through commands.
type Services struct {
	Store    DraftStore
	Outlines OutlineSet
	Rules    model.Rules
	Export   Exporter
	// Import reads earlier reports; nil hides nothing but says it cannot.
	Import Importer
	// Word checks Word documents before signing; nil says it cannot.
	Word WordChecker
	// ExportDir is the folder proposed for exported files when Prefs
	// remembers none: the user's documents folder.
	ExportDir string
	// Prefs remembers the clerk's choices between runs; nil remembers
	// nothing.
	Prefs Prefs
	// Backup takes the drafts file's automatic backup in the background
	// once the drafts list is on screen; nil takes none.
	Backup Backuper
}

// Backuper takes the drafts file's automatic backup, with its full check,
// when one is due. It reads and writes files: call it from a command.
type Backuper interface {
	// AutoBackup reports whether a backup was taken (false when none was
	// due), or why it failed; a failed backup keeps the earlier ones.
	AutoBackup() (taken bool, err error)
}

// Prefs keeps the choices remembered for the user between runs (a small
// settings file, templates/settings.File).
type Prefs interface {
	// ExportDir returns the folder last exported to, or "". It reads memory
	// only and may be called from Update.
	ExportDir() string
	// SetExportDir remembers the folder last exported to. It writes a file:
	// call it from a command.
	SetExportDir(dir string) error
}

// WordChecker checks Word documents against the form in force on their
// date (package templates/formcheck behind it).
type WordChecker interface {
	// CheckWord reads and checks a .docx; errors say in the user's
	// language what to do.
	CheckWord(path string) (WordReport, error)
	// FixWord writes a corrected copy of path beside it under a new name
	// (never over the original or another file) and returns that name and
	// what is left to fix by hand.
	FixWord(path string) (string, WordReport, error)
}

// WordReport is a checked Word document: the form and date it was judged
// by and its problems.
type WordReport struct {
	Form, Date string
	Problems   []WordProblem
}

// WordProblem is one problem of a Word document, its texts in Vietnamese.
type WordProblem struct {
	Error                       bool
	Where, What, Source, Remedy string
	Fixable                     bool
}
