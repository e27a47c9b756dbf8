package model

import (
	"fmt"
	"sort"
	"strings"
)

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

// MaxCount bounds every staffing count: a row's count and a typed total.
// A commune-level unit (xã, phường, đặc khu) has a few dozen cán bộ, công
// chức, and even the largest merged units fewer than a few hundred; 999
// leaves room for any real table, keeps the three digits the documents
// print, and keeps every sum far from overflow (MaxRows rows at most).
const MaxCount = 999

// MaxRows bounds the rows of a staffing table; a catalogue has a few dozen
// positions, so a table longer than this is not a real one.
const MaxRows = 500

// CountInRange reports whether n is a count a table may hold: 0..MaxCount.
func CountInRange(n int) bool { return n >= 0 && n <= MaxCount }

// CheckCounts returns an error naming the first count or typed total out
// of range (see MaxCount) or a table longer than MaxRows; nil when all hold.
func (s Staffing) CheckCounts() error {
	if len(s.Rows) > MaxRows {
		return fmt.Errorf("bảng cán bộ, công chức có %d dòng, quá số tối đa %d dòng; hãy kiểm tra lại tệp", len(s.Rows), MaxRows)
	}
	for i, r := range s.Rows {
		for _, snap := range []Snapshot{AtStart, AtNow} {
			if !CountInRange(r.Count(snap)) {
				return fmt.Errorf("dòng %d của bảng cán bộ, công chức (%s) ghi %d người; số người phải từ 0 đến %d", i+1, snapLabel(snap), r.Count(snap), MaxCount)
			}
		}
	}
	for _, snap := range []Snapshot{AtStart, AtNow} {
		if t := s.Declared.of(snap); t != nil && !t.inRange() {
			return fmt.Errorf("tổng số đã ghi (%s) phải từ 0 đến %d người", snapLabel(snap), MaxCount)
		}
	}
	return nil
}

// of returns the typed totals of one snapshot, nil when not typed.
func (d DeclaredTotals) of(snap Snapshot) *Totals {
	if snap == AtStart {
		return d.Start
	}
	return d.Now
}

// inRange reports whether every typed total is within 0..MaxCount.
func (t Totals) inRange() bool {
	return CountInRange(t.Cadre) && CountInRange(t.CivilServ) && CountInRange(t.All)
}

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
	switch len(r.Roles) {
	case 0:
		return "custom:" + fold(r.Title)
	case 1:
		return r.Roles[0]
	}
	roles := append([]string(nil), r.Roles...)
	sort.Strings(roles)
	return strings.Join(roles, "+")
}

// Sum computes the totals of one snapshot; a combined post counts once, in
// the group of its first role. Rows with a count out of range (negative or
// above MaxCount, which check reports) add nothing, so a total never
// overflows into a false figure.
func (s Staffing) Sum(snap Snapshot, cat Catalogue) Totals {
	var t Totals
	for _, r := range s.Rows {
		n := r.Count(snap)
		if !CountInRange(n) {
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
