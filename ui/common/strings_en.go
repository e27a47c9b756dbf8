package common

import (
	"errors"
	"fmt"
	"time"

	"github.com/baocao/baocao/model"
)

// English returns the English texts, for readers who know no Vietnamese.
// Field labels and problems that come from outlines and the validator stay
// in Vietnamese.
func English() Strings {
	s := Strings{
		AppName: "baocao", Lang: "en",
		KeyQuit: "quit", KeyHelp: "help", KeyBack: "back", KeyUp: "up", KeyDown: "down",
		KeyOpen: "open", KeyNew: "new report", KeyDuplicate: "copy last period's", KeyDelete: "delete",
		KeyUndo: "undo delete", KeyFilter: "filter", KeyYes: "yes", KeyNo: "no",
		KeyNextField: "next field", KeyPrevField: "previous field", KeySubmit: "create", KeyChoose: "choose",
		KeyNextSection: "next section", KeyPrevSection: "previous section", KeyNone: "answer “Không”",
		KeyGuide: "guidance", KeyReview: "review", KeyPreview: "preview", KeyExport: "export",
		KeyEdit: "edit section", KeyPageUp: "page up", KeyPageDown: "page down", KeyTop: "top",
		KeyBottom: "bottom", KeyJump: "go to field",

		Loading: "Loading drafts…",
		NoDrafts: "No drafts yet. Press n to start a report: choose the outline, type the unit " +
			"and the directive, then work through the sections. Everything you type is saved at once. " +
			"Deleted drafts stay in the trash for 30 days: press t to see them.",
		NoMatch:      "No draft matches the filter. Press esc to clear it.",
		FilterPrompt: "Filter: ", Deleted: "Draft moved to the trash. Press u to bring it back.",
		Restored: "Draft restored.",
		BackedUp: "Backed up the drafts file (fully checked).",

		NewDraftTitle: "New report", FieldOutline: "Outline", FieldKind: "Unit kind",
		FieldClass: "Class", FieldUnitName: "Unit name", FieldIssuer: "Issuing body",
		FieldIssuerCode: "Body's abbreviation", FieldParent: "Superior body", FieldPlace: "Place name",
		FieldDirectiveType: "Directive type", FieldDirectiveRef: "Directive number",
		FieldDirectiveDate: "Directive date", FieldDirectiveIssuer: "Directive issued by",
		HintUnitName:   "e.g. Phổ Minh",
		HintIssuerCode: "e.g. UBND, ĐU",
		HintPlace:      "empty: the unit's name", HintDirectiveType: "e.g. Công văn",
		HintDirectiveRef: "e.g. 1364-CV/TU", HintDate: "day/month/year, e.g. 23/8/2023", DefaultDirectiveType: "Công văn",
		NeedUnitName: "Type the unit's name (e.g. Phổ Minh), then press ctrl+s.",
		NoOutlines:   "No outline is installed; check the outlines folder and start again.",

		Empty: "(empty)", NotChosen: "(not chosen — use ←/→)", NoneMark: "[Không]",
		NotOffered:     "(not on the report's date)",
		NoneNotAllowed: "This field needs content; it cannot be answered “Không”.",
		Example:        "Example", Saving: "Saving…",
		NoneHint:        "Answered “Không”. Press ctrl+k to withdraw it, or type an answer.",
		HeadingOnly:     "This section is a heading; its content goes in the sections under it. Press pgdn for the next one.",
		SignerAuthority: "Signing authority", SignerFor: "On behalf of / for", SignerTitle: "Signer's title",
		SignerName: "Signer's full name", SignerForHint: "e.g. CHỦ TỊCH or ỦY BAN NHÂN DÂN",
		SignerTitleHint: "e.g. PHÓ CHỦ TỊCH", SignerNameHint: "e.g. Trần Văn Minh",
		AuthorityHead: "Head signs", AuthorityTM: "TM. (on behalf of the body)",
		AuthorityKT: "KT. (deputy for the head)", AuthorityTL: "TL. (by order)", AuthorityTUQ: "TUQ. (by delegation)",
		AuthorityQ: "Q. (acting)", AuthorityPartyTM: "T/M (on behalf of the committee)", AuthorityPartyKT: "K/T (for the head)",

		NoProblems:  "No errors or warnings left. The report can be exported (ctrl+x in the editor).",
		WholeReport: "Whole report", ExportTitle: "Export", FieldFormat: "Format", FieldPath: "Save to file",
		NeedPath: "Type the path of the file to write.", Exporting: "Exporting…",
		FatalTitle: "Cannot open the draft",
		FatalBack:  "Press esc to go back to the drafts.",
		NoExporter: "This baocao build has no document writer; update baocao.",
	}
	s.Ago = enAgo
	s.ProgressLine = func(done, required int) string { return fmt.Sprintf("%d/%d sections done", done, required) }
	s.ProblemCount = func(e, w int) string {
		switch {
		case e > 0 && w > 0:
			return fmt.Sprintf("%d errors, %d warnings", e, w)
		case e > 0:
			return fmt.Sprintf("%d errors", e)
		case w > 0:
			return fmt.Sprintf("%d warnings", w)
		}
		return ""
	}
	s.ProblemSummary = func(e, w int) string {
		return fmt.Sprintf("%d errors, %d warnings. Pick one and press enter to fix it.", e, w)
	}
	s.UnfilledSummary = func(unfilled int) string {
		return fmt.Sprintf("%d fields still to fill in (to do, not errors).", unfilled)
	}
	s.ConfirmDelete = func(t string) string {
		return fmt.Sprintf("Delete draft “%s”? It goes to the trash and can be restored. Press y to delete, n to keep.", t)
	}
	s.ConfirmErrors = func(n int) string {
		return fmt.Sprintf("The report still has %d errors (below). Press y to export anyway, n to go back.", n)
	}
	s.ConfirmOverwrite = func(p string) string { return fmt.Sprintf("%s exists. Press y to overwrite, n to rename.", p) }
	s.Exported = func(p string) string { return "Exported: " + p }
	s.ExportFailed = func(err error) string { return "Export failed: " + err.Error() }
	s.SavedAt = func(t time.Time) string { return "Saved " + t.Format("15:04:05") }
	s.SaveFailed = func(err error) string {
		return "Not saved: " + err.Error() + " — your text is still on screen; saving is retried as you type."
	}
	s.StoreError = func(err error) string { return err.Error() }
	s.OpenFailed = func(err error) string {
		if errors.Is(err, ErrNoOutline) {
			return "The draft uses an outline that is no longer installed; copy its file back into the outlines folder."
		}
		return err.Error()
	}
	s.QuitUnsaved = func(err error) string {
		return "Not saved (" + err.Error() + "). Press ctrl+c again to quit without the last changes."
	}
	s.TooSmall = func(w, h int) string {
		return fmt.Sprintf("Window too small (%d×%d). Make it at least %d×%d.", w, h, MinWidth, MinHeight)
	}
	s.KindName = func(k model.UnitKind) string { return capitalize(k.Label()) }
	s.ClassName = func(c string) string { return "Class " + c }
	s.DefaultIssuer = viIssuer
	s.DefaultIssuerCode = Vietnamese().DefaultIssuerCode
	s.ScreenName = func(i int) string {
		return []string{"Drafts", "New report", "Editing", "Review", "Preview", "Export"}[i]
	}
	s.SectionNames = func(id string) string {
		switch id {
		case "header":
			return "General"
		case "basis":
			return "Basis"
		case "closing":
			return "Closing"
		}
		return id
	}
	return s
}

// enAgo writes how long ago something happened.
func enAgo(d time.Duration, at time.Time) string {
	switch {
	case d < time.Minute:
		return "just now"
	case d < time.Hour:
		return fmt.Sprintf("%d min ago", int(d.Minutes()))
	case d < 24*time.Hour:
		return fmt.Sprintf("%d h ago", int(d.Hours()))
	case d < 48*time.Hour:
		return "yesterday"
	case d < 30*24*time.Hour:
		return fmt.Sprintf("%d days ago", int(d.Hours()/24))
	}
	return at.Format("2006-01-02")
}
