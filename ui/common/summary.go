package common

import (
	"fmt"
	"strings"
	"time"

	"github.com/baocao/baocao/model"
)

// Summarize is the drafts-list entry of a report as every screen counts it
// (one definition of progress for the header, the sidebar, the drafts list
// and an imported draft): t is the report's tally (model.Measure: to-dos
// are not errors), section the one the wizard resumes at. ID and Modified
// are left for the caller.
func Summarize(r model.Report, o model.Outline, t model.Tally, section string) DraftInfo {
	return DraftInfo{Title: DraftTitle(r, o), Unit: strings.TrimSpace(r.Unit.Issuer), Outline: o.ID,
		Section: section, Done: t.Done, Required: t.Required, Errors: t.Errors, Warnings: t.Warnings}
}

// DraftTitle names a draft in the list so that one period's report differs
// from the next: "Số 197 · 29/08/2023 · <subject>", leaving out what is not
// typed yet, or the outline's name when nothing is.
func DraftTitle(r model.Report, o model.Outline) string {
	var parts []string
	if n := strings.TrimSpace(r.Doc.Number); n != "" {
		parts = append(parts, "Số "+n)
	}
	if d := strings.TrimSpace(r.Doc.Date); d != "" {
		parts = append(parts, dateShown(d))
	}
	if t := strings.TrimSpace(r.Doc.Subject); t != "" {
		parts = append(parts, t)
	}
	if len(parts) == 0 {
		return model.UnitPeriod{}.OutlineName(o.Name) // no date: "UBND cấp xã"
	}
	return strings.Join(parts, " · ")
}

// dateShown writes a date the one way every screen shows it, 30/06/2026,
// however it was typed ("30/6/2026", "2026-06-30"); text that is no date
// yet is shown as typed.
func dateShown(typed string) string {
	d, err := model.ParseDate(typed)
	if err != nil || !d.Valid() {
		return typed
	}
	return fmt.Sprintf("%02d/%02d/%d", d.Day, d.Month, d.Year)
}

// OutlineName is an outline's name as the units of day d call themselves
// (model.UnitPeriod.OutlineName): "UBND xã, phường, đặc khu" from
// 1/7/2025.
func OutlineName(rules model.Rules, o model.Outline, d model.Date) string {
	p, _ := rules.UnitsOn(d)
	return p.OutlineName(o.Name)
}

// Today is the date of the clock's now.
func Today(now func() time.Time) model.Date {
	t := now()
	return model.Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day()}
}
