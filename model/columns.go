package model

import (
	"fmt"
	"strings"
)

// Column is the staffing regime one column of the table is judged by, the
// date that chose it and, in Vietnamese, why that date ("ngày báo cáo
// 12/6/2026", "ngày bắt đầu nhiệm kỳ 23/5/2021").
type Column struct {
	Snap   Snapshot
	Regime Regime
	Known  bool // a regime covers On
	On     Date
	Why    string
}

// Columns are the regimes of the two columns: "đầu nhiệm kỳ" by the regime in
// force when the term began, "hiện nay" by the one in force on the report's
// date. Guessed is true when the report's own date was missing or invalid
// and Rules.Recent or Rules.Today stood in for it.
type Columns struct {
	Start, Now Column
	Guessed    bool
}

// ReportDate returns the date a report is judged by: its own, or, when that
// is missing or invalid, Rules.Recent or else Rules.Today (own is then
// false). ok is false when none is usable.
func (r Rules) ReportDate(rep Report) (d Date, own, ok bool) {
	if d, err := ParseDate(rep.Doc.Date); err == nil && d.Valid() {
		return d, true, true
	}
	d, _, ok = r.standIn(rep.Doc.Date)
	return d, false, ok
}

// standIn returns the date that stands in for a missing or invalid report
// date, Rules.Recent or else Rules.Today, and says which in Vietnamese:
// typed is the date field as it stands (empty: no date yet).
func (r Rules) standIn(typed string) (Date, string, bool) {
	because := ", vì ngày báo cáo chưa hợp lệ"
	if strings.TrimSpace(typed) == "" {
		because = ", vì chưa có ngày báo cáo"
	}
	switch {
	case r.Recent.Valid():
		return r.Recent, "ngày báo cáo hợp lệ đã ghi gần nhất " + r.Recent.Short() + because, true
	case r.Today.Valid():
		return r.Today, "hôm nay " + r.Today.Short() + because, true
	}
	return Date{}, "", false
}

// Columns chooses the regimes of a report's two staffing columns. The term
// began on the day the clerk gave (Staffing.TermFrom); else on the day the
// terms data gives for the term typed (Staffing.Term: the profile's body
// first, party congress or HĐND), or 1 January of its first year when the
// data has no such term; else on the day the profile's term in force on the
// report's date began; else on the report's date.
func (r Rules) Columns(rep Report, profile Profile) Columns {
	d, own, ok := r.ReportDate(rep)
	if !ok {
		return Columns{Start: Column{Snap: AtStart}, Now: Column{Snap: AtNow}}
	}
	why := "ngày báo cáo " + d.Short()
	if !own {
		_, why, _ = r.standIn(rep.Doc.Date)
	}
	cols := Columns{Now: r.column(AtNow, d, why), Guessed: !own}
	began, how := r.termBegan(rep.Staffing, profile, d)
	if how == "" {
		began, how = d, why
	}
	cols.Start = r.column(AtStart, began, how)
	return cols
}

func (r Rules) column(s Snapshot, d Date, why string) Column {
	g, ok := r.For(d)
	return Column{Snap: s, Regime: g, Known: ok, On: d, Why: why}
}

// termBegan returns the day the report's term began and how it is known;
// how is empty when nothing is known.
func (r Rules) termBegan(s Staffing, profile Profile, on Date) (Date, string) {
	if d, err := ParseDate(s.TermFrom); err == nil && d.Valid() {
		return d, "ngày bắt đầu nhiệm kỳ " + d.Short() + " đã ghi"
	}
	body := termBody(profile)
	if start, end, ok := ParseTerm(s.Term); ok {
		if t, ok := r.TermSpan(body, start, end); ok {
			return t.Began, fmt.Sprintf("nhiệm kỳ %s bắt đầu %s", t.Span(), t.Began.Short())
		}
		d := Date{Year: start, Month: 1, Day: 1}
		return d, fmt.Sprintf("nhiệm kỳ %d-%d, tính từ %s", start, end, d.Short())
	}
	if t, ok := r.TermOn(body, on); ok {
		return t.Began, fmt.Sprintf("nhiệm kỳ %s bắt đầu %s", t.Span(), t.Began.Short())
	}
	return Date{}, ""
}

// termBody is whose terms a report's staffing counts from: the party
// congress for a party report, the HĐND for any other.
func termBody(p Profile) Profile {
	if p == ProfileParty {
		return ProfileParty
	}
	return ProfileState
}

// DefaultTerm returns the term to fill in for a new report of the profile
// dated d ("2025-2030" for a party report dated 2026), or "" when none is
// known.
func (r Rules) DefaultTerm(profile Profile, d Date) string {
	if t, ok := r.TermOn(termBody(profile), d); ok {
		return t.Span()
	}
	return ""
}

// catalogueOf returns a column's catalogue followed by every other regime's
// positions not already in it, newest regime first, so that a row carried
// over a reform still has a title and a group; indexed by ID, since rows
// look their roles up in it again and again.
func (r Rules) catalogueOf(c Column) Catalogue {
	size := len(c.Regime.Positions)
	for _, g := range r.Regimes {
		size += len(g.Positions)
	}
	out := Catalogue{Positions: make([]Position, 0, size), byID: make(map[string]int, size)}
	add := func(p Position, always bool) {
		_, dup := out.byID[p.ID]
		if !dup {
			out.byID[p.ID] = len(out.Positions)
		}
		if always || !dup {
			out.Positions = append(out.Positions, p)
		}
	}
	for _, p := range c.Regime.Positions {
		add(p, true)
	}
	for i := len(r.Regimes) - 1; i >= 0; i-- {
		for _, p := range r.Regimes[i].Positions {
			add(p, false)
		}
	}
	out.indexed = len(out.Positions)
	return out
}

// StaffingParagraphs writes the staffing paragraphs of a report like
// StaffingText, each column with the catalogue of its own regime and
// naming the decree that regime rests on; an empty term is written as the
// profile's term in force on the report's date.
func (r Rules) StaffingParagraphs(rep Report, profile Profile) []string {
	cols := r.Columns(rep, profile)
	if strings.TrimSpace(rep.Staffing.Term) == "" && cols.Now.Known && !cols.Guessed {
		rep.Staffing.Term = r.DefaultTerm(profile, cols.Now.On)
	}
	var out []string
	for _, c := range []Column{cols.Start, cols.Now} {
		basis := ""
		if c.Known {
			basis = c.Regime.Basis
		}
		if p := snapshotText(rep.Staffing, r.catalogueOf(c), rep.Unit.Kind, c.Snap, basis); p != "" {
			out = append(out, p)
		}
	}
	return out
}
