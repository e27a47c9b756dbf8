package common

import (
	"strings"

	"github.com/baocao/baocao/model"
)

// Summarize is the drafts-list entry of a report as every screen counts it
// (one definition of progress for the header, the sidebar, the drafts list
// and an imported draft): ps are the report's problems, section the one
// the wizard resumes at. ID and Modified are left for the caller.
func Summarize(r model.Report, o model.Outline, ps []model.Problem, section string) DraftInfo {
	done, required := model.Progress(r, o, ps)
	errs, warns := model.Count(ps)
	return DraftInfo{Title: DraftTitle(r, o), Unit: strings.TrimSpace(r.Unit.Issuer), Outline: o.ID,
		Section: section, Done: done, Required: required, Errors: errs, Warnings: warns}
}

// DraftTitle names a draft in the list so that one period's report differs
// from the next: "Số 197 · 29/8/2023 · <subject>", leaving out what is not
// typed yet, or the outline's name when nothing is.
func DraftTitle(r model.Report, o model.Outline) string {
	var parts []string
	if n := strings.TrimSpace(r.Doc.Number); n != "" {
		parts = append(parts, "Số "+n)
	}
	if d := strings.TrimSpace(r.Doc.Date); d != "" {
		parts = append(parts, d)
	}
	if t := strings.TrimSpace(r.Doc.Subject); t != "" {
		parts = append(parts, t)
	}
	if len(parts) == 0 {
		return o.Name
	}
	return strings.Join(parts, " · ")
}
