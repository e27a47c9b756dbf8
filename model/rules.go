package model

import "strings"

// Rules are the rules that change with a report's date: the staffing
// regimes, the kinds and classes of commune-level units, the bodies that
// ceased to exist, and the terms of office. They are data (see package
// templates); a new decree adds a block to a data file, not code.
type Rules struct {
	Regimes   []Regime
	Units     []UnitPeriod
	Abolished []Abolition
	Terms     []Term
	// Today is the date to judge by when a report's own date is missing or
	// invalid (the caller's today); zero turns the date-dependent checks off
	// for such a report.
	Today Date
	// Recent is the last valid date the report had before its date became
	// missing or invalid (the editor remembers it for its session); when
	// set it stands in before Today.
	Recent Date
}

// Regime is the catalogue and caps of one legal basis, in force for report
// dates in [From, Until]; a zero Until means still in force.
type Regime struct {
	ID    string
	Basis string // e.g. "Nghị định 33/2023/NĐ-CP"
	From  Date
	Until Date
	Catalogue
	// Caps maps a unit kind and class ("phuong/I") to the most cán bộ and
	// công chức allowed; absent means no cap is known.
	Caps map[string]int
}

// Catalogue is the list of known positions of a regime.
type Catalogue struct {
	Positions []Position
	// byID indexes a catalogue made by Rules.catalogueOf: where each ID is
	// first in Positions, which then held indexed positions. Position goes
	// through the list when there is no index or the list has grown since;
	// the positions of an indexed catalogue are not changed in place.
	byID    map[string]int
	indexed int
}

// Position is a catalogue entry.
type Position struct {
	ID    string
	Title string     // official title, e.g. "Chủ tịch Ủy ban nhân dân"
	Short string     // the short form used in running text, e.g. "Chủ tịch UBND"
	Group Group      // cán bộ or công chức
	Max   int        // most holders per unit; 0 means no limit
	Kinds []UnitKind // unit kinds it exists in; empty means all
}

// For returns the regime in force on date d, or false when none is.
func (r Rules) For(d Date) (Regime, bool) {
	for _, g := range r.Regimes {
		if d.Before(g.From) {
			continue
		}
		if !g.Until.IsZero() && g.Until.Before(d) {
			continue
		}
		return g, true
	}
	return Regime{}, false
}

// Cap returns the staffing cap for a unit, or false when none applies.
func (g Regime) Cap(kind UnitKind, class string) (int, bool) {
	n, ok := g.Caps[string(kind)+"/"+strings.TrimSpace(class)]
	return n, ok
}

// Position returns the catalogue entry with the given ID.
func (c Catalogue) Position(id string) (Position, bool) {
	if i := c.find(id); i >= 0 {
		return c.Positions[i], true
	}
	return Position{}, false
}

// find returns where the position with the ID first is in Positions, or -1.
func (c Catalogue) find(id string) int {
	if c.byID != nil && c.indexed == len(c.Positions) {
		if i, ok := c.byID[id]; ok {
			return i
		}
		return -1
	}
	for i, p := range c.Positions {
		if p.ID == id {
			return i
		}
	}
	return -1
}

// PositionsFor lists the catalogue positions that exist in a unit kind.
func (c Catalogue) PositionsFor(kind UnitKind) []Position {
	var out []Position
	for _, p := range c.Positions {
		if p.AppliesTo(kind) {
			out = append(out, p)
		}
	}
	return out
}

// AppliesTo reports whether the position exists in units of the kind.
func (p Position) AppliesTo(kind UnitKind) bool {
	if len(p.Kinds) == 0 {
		return true
	}
	for _, k := range p.Kinds {
		if k == kind {
			return true
		}
	}
	return false
}

// GroupOf returns a row's group: its own for a custom position, otherwise
// its first role's.
func (c Catalogue) GroupOf(r StaffRow) Group {
	if len(r.Roles) == 0 {
		return r.Group
	}
	if p, ok := c.Position(r.Roles[0]); ok {
		return p.Group
	}
	return r.Group
}

// RowTitle returns how a row is written in the text: the custom title, or the
// roles' short titles joined with " kiêm ".
func (c Catalogue) RowTitle(r StaffRow) string {
	if len(r.Roles) == 0 {
		return r.Title
	}
	parts := make([]string, len(r.Roles))
	for i, id := range r.Roles {
		parts[i] = id
		if p, ok := c.Position(id); ok {
			parts[i] = p.Short
		}
	}
	return strings.Join(parts, " kiêm ")
}

// CatalogueFor returns the catalogue to name positions of a report dated
// date (as typed): the regime in force then, or, when the date is missing or
// no regime covers it, every regime's positions, newest regime first, so
// that a row's title can always be written.
func (r Rules) CatalogueFor(date string) Catalogue {
	if d, err := ParseDate(date); err == nil && d.Valid() {
		if g, ok := r.For(d); ok {
			return g.Catalogue
		}
	}
	return r.catalogueOf(Column{})
}
