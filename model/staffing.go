package model

import "sort"

// Group is the staffing group of a position.
type Group string

// The two groups of commune staff.
const (
	GroupCadre     Group = "can-bo"    // cán bộ
	GroupCivilServ Group = "cong-chuc" // công chức
)

// Label returns the group's Vietnamese name.
func (g Group) Label() string {
	switch g {
	case GroupCadre:
		return "cán bộ"
	case GroupCivilServ:
		return "công chức"
	}
	return string(g)
}

// Staffing is the staffing table (thực trạng cán bộ, công chức): one row per
// position with its count at the start of the term (đầu nhiệm kỳ) and now
// (hiện nay).
type Staffing struct {
	// Term names the term, e.g. "2020-2025" (nhiệm kỳ Đại hội).
	Term string     `json:"term,omitempty"`
	Rows []StaffRow `json:"rows,omitempty"`
	// Declared holds totals the clerk typed (for example copied from last
	// year's report); they are checked against the computed ones.
	Declared DeclaredTotals `json:"declared,omitempty"`

	// TermFrom is the day the term began as typed ("15/7/2025"), when the
	// clerk gives it; empty means the default of the term (see
	// Rules.Columns). It chooses the regime of the start-of-term column.
	TermFrom string `json:"termFrom,omitempty"`
}

// StaffRow is one position in the table. A catalogue position has one role;
// a combined post (kiêm nhiệm, "Phó Bí thư Đảng ủy kiêm Chủ tịch HĐND") has
// several and is one person in the totals; a custom position (e.g. ủy viên
// UBND) has no role and carries its own title and group.
type StaffRow struct {
	Roles []string `json:"roles,omitempty"`
	Title string   `json:"title,omitempty"`
	Group Group    `json:"group,omitempty"`
	Start int      `json:"start"`
	Now   int      `json:"now"`
}

// DeclaredTotals are totals typed by the clerk; nil means not typed.
type DeclaredTotals struct {
	Start *Totals `json:"start,omitempty"`
	Now   *Totals `json:"now,omitempty"`
}

// Totals are the counts of one snapshot.
type Totals struct {
	Cadre     int `json:"canBo"`
	CivilServ int `json:"congChuc"`
	All       int `json:"total"`
}

// Snapshot selects one of the two columns of the table.
type Snapshot int

// The two snapshots.
const (
	AtStart Snapshot = iota
	AtNow
)

// Count returns the row's count in the snapshot.
func (r StaffRow) Count(s Snapshot) int {
	if s == AtStart {
		return r.Start
	}
	return r.Now
}

// Key identifies the position of a row, for finding duplicates: the sorted
// roles, or the folded custom title.
func (r StaffRow) Key() string {
	if len(r.Roles) == 0 {
		return "custom:" + fold(r.Title)
	}
	roles := append([]string(nil), r.Roles...)
	sort.Strings(roles)
	key := ""
	for i, role := range roles {
		if i > 0 {
			key += "+"
		}
		key += role
	}
	return key
}

// Sum computes the totals of one snapshot; a combined post counts once, in
// the group of its first role. Rows with a negative count add nothing.
func (s Staffing) Sum(snap Snapshot, cat Catalogue) Totals {
	var t Totals
	for _, r := range s.Rows {
		n := r.Count(snap)
		if n < 0 {
			continue
		}
		if cat.GroupOf(r) == GroupCadre {
			t.Cadre += n
		} else {
			t.CivilServ += n
		}
		t.All += n
	}
	return t
}
