package model

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

func (v *validator) staffing() {
	cols := v.rules.Columns(*v.r, v.o.Profile)
	s := v.r.Staffing
	seen := map[string]int{}
	for i, row := range s.Rows {
		v.staffRow(i, row, cols)
		key := row.Key()
		if first, dup := seen[key]; dup {
			v.add(fmt.Sprintf("staffing.rows[%d]", i), Error, fmt.Sprintf(
				"Vị trí %q đã có ở dòng %d; mỗi vị trí chỉ ghi một lần — hãy gộp số người vào một dòng rồi xóa dòng này.",
				v.rowTitle(row, cols.Now), first+1))
			continue
		}
		seen[key] = i
	}
	if cols.Guessed && cols.Now.Known && len(s.Rows) > 0 {
		format := "Ngày báo cáo chưa hợp lệ nên số liệu cán bộ, công chức tạm được kiểm tra theo %s (%s); hãy sửa ngày báo cáo để kiểm tra theo đúng văn bản áp dụng."
		if strings.TrimSpace(v.r.Doc.Date) == "" {
			format = "Chưa có ngày báo cáo nên số liệu cán bộ, công chức tạm được kiểm tra theo %s (%s); khi điền ngày báo cáo, bảng được kiểm tra theo văn bản áp dụng vào ngày đó."
		}
		v.add("staffing", Warning, fmt.Sprintf(format, cols.Now.Regime.Basis, cols.Now.Why))
	}
	for _, c := range []Column{cols.Start, cols.Now} {
		cat := v.catalogue(c)
		v.declared(cat, c.Snap, declaredOf(s.Declared, c.Snap))
		if c.Known {
			v.maximums(c)
			v.caps(c, cat)
		}
	}
}

// rowTitle names a row by the column's catalogue, or any regime's.
func (v *validator) rowTitle(row StaffRow, c Column) string {
	return v.catalogue(c).RowTitle(row)
}

// catalogue is Rules.catalogueOf(c), made once per regime and call of
// Validate: the two columns mostly share their regime, and rows are named
// by it again and again. A regime is known by its positions' slice; all
// regimes without positions (and no regime) have the same catalogue, every
// regime's positions.
func (v *validator) catalogue(c Column) Catalogue {
	for _, m := range v.catalogues {
		if m.positions == len(c.Regime.Positions) && (m.positions == 0 || m.first == &c.Regime.Positions[0]) {
			return m.cat
		}
	}
	m := madeCatalogue{positions: len(c.Regime.Positions), cat: v.rules.catalogueOf(c)}
	if m.positions > 0 {
		m.first = &c.Regime.Positions[0]
	}
	v.catalogues = append(v.catalogues, m)
	return m.cat
}

// regimePosition is c.Regime.Position(id), found through the column's
// catalogue, whose first positions are the regime's own.
func (v *validator) regimePosition(c Column, id string) (Position, bool) {
	cat := v.catalogue(c)
	if i := cat.find(id); i >= 0 && i < len(c.Regime.Positions) {
		return cat.Positions[i], true
	}
	return Position{}, false
}

// madeCatalogue is a catalogue made by validator.catalogue for the regime
// whose positions are the slice starting at first.
type madeCatalogue struct {
	first     *Position
	positions int
	cat       Catalogue
}

func (v *validator) staffRow(i int, row StaffRow, cols Columns) {
	path := func() string { return "staffing.rows[" + strconv.Itoa(i) + "]" }
	for _, snap := range []Snapshot{AtStart, AtNow} {
		if !CountInRange(row.Count(snap)) {
			v.add(path()+"."+snapName(snap), Error, fmt.Sprintf("%q: số người phải là số nguyên từ 0 đến %d.", v.rowTitle(row, cols.Now), MaxCount))
		}
	}
	if len(row.Roles) == 0 {
		if row.Title == "" {
			v.add(path()+".title", Error, "Vị trí tự thêm chưa có tên; hãy nhập tên chức danh (ví dụ: Ủy viên UBND).")
		}
		if row.Group != GroupCadre && row.Group != GroupCivilServ {
			v.add(path()+".group", Error, fmt.Sprintf("%q chưa chọn nhóm; hãy chọn cán bộ hoặc công chức.", row.Title))
		}
		return
	}
	var buf [2]Column
	for _, c := range rowColumns(buf[:0], row, cols) {
		for _, id := range row.Roles {
			p, ok := v.regimePosition(c, id)
			switch {
			case !ok:
				v.unknownRole(path(), id, c)
			case !p.AppliesTo(v.r.Unit.Kind):
				v.add(path(), Warning, fmt.Sprintf("Chức danh %q (cột %s) không thuộc danh mục của %s theo %s; hãy kiểm tra lại.",
					p.Short, snapLabel(c.Snap), v.r.Unit.Kind.Label(), c.Regime.Basis))
			}
		}
	}
}

// rowColumns appends to out the columns whose regime a row's roles are
// checked against: each known column where the row counts someone, one
// check per regime; the "now" column when it counts no one at all.
func rowColumns(out []Column, row StaffRow, cols Columns) []Column {
	for _, c := range []Column{cols.Start, cols.Now} {
		if !c.Known || row.Count(c.Snap) <= 0 {
			continue
		}
		if len(out) > 0 && out[0].Regime.ID == c.Regime.ID {
			continue
		}
		out = append(out, c)
	}
	if len(out) == 0 && cols.Now.Known {
		out = append(out, cols.Now)
	}
	return out
}

// unknownRole reports a role missing from a column's regime: a warning
// when another regime has it (a table carried over a reform), else an error.
func (v *validator) unknownRole(path, id string, c Column) {
	for _, other := range v.rules.Regimes {
		if p, ok := other.Position(id); ok {
			v.add(path, Warning, fmt.Sprintf(
				"Chức danh %q thuộc danh mục theo %s, không có trong danh mục theo %s áp dụng cho cột %s (%s); hãy chọn chức danh tương ứng.",
				p.Short, other.Basis, c.Regime.Basis, snapLabel(c.Snap), c.Why))
			return
		}
	}
	v.add(path, Error, fmt.Sprintf("Chức danh %q không có trong danh mục theo %s; hãy chọn lại chức danh hoặc thêm thành vị trí tự đặt tên.", id, c.Regime.Basis))
}

func snapName(s Snapshot) string {
	if s == AtStart {
		return "start"
	}
	return "now"
}

func snapLabel(s Snapshot) string {
	if s == AtStart {
		return "đầu nhiệm kỳ"
	}
	return "hiện nay"
}

// maximums checks per-position limits of a column's regime; a combined post
// counts in each role.
func (v *validator) maximums(c Column) {
	g, snap := c.Regime, c.Snap
	held := map[string]int{}
	for _, row := range v.r.Staffing.Rows {
		for _, id := range row.Roles {
			if n := row.Count(snap); n > 0 && CountInRange(n) {
				held[id] += n
			}
		}
	}
	ids := make([]string, 0, len(held))
	for id := range held {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		p, ok := v.regimePosition(c, id)
		if ok && p.Max > 0 && held[id] > p.Max {
			v.add("staffing."+snapName(snap), Error, fmt.Sprintf(
				"%s: có %s %s, nhưng theo %s mỗi đơn vị chỉ có tối đa %s; hãy kiểm tra các dòng có chức danh này (kể cả dòng kiêm nhiệm).",
				capitalize(snapLabel(snap)), CountText(held[id]), p.Short, g.Basis, CountText(p.Max)))
		}
	}
}

// caps warns when a column's total exceeds its regime's cap for the unit.
func (v *validator) caps(c Column, cat Catalogue) {
	g, snap := c.Regime, c.Snap
	limit, ok := g.Cap(v.r.Unit.Kind, v.r.Unit.Class)
	if !ok {
		return
	}
	t := v.r.Staffing.Sum(snap, cat)
	if t.All > limit {
		v.add("staffing."+snapName(snap), Warning, fmt.Sprintf(
			"%s có %s cán bộ, công chức, vượt số tối đa %s của %s loại %s theo %s (%s); nếu đúng thực tế (được bố trí thêm do dân số, diện tích), hãy nêu rõ lý do trong phần thực trạng.",
			capitalize(snapLabel(snap)), CountText(t.All), CountText(limit), v.r.Unit.Kind.Label(), v.rules.ClassLabel(v.r.Unit.Class), g.Basis, c.Why))
	}
}

// declared checks totals the clerk typed against the table's.
func (v *validator) declared(cat Catalogue, snap Snapshot, typed *Totals) {
	if typed == nil {
		return
	}
	t := v.r.Staffing.Sum(snap, cat)
	path := "staffing.declared." + snapName(snap)
	if !typed.inRange() {
		v.add(path, Error, fmt.Sprintf("%s: tổng số đã ghi phải từ 0 đến %d người; hãy sửa lại.", capitalize(snapLabel(snap)), MaxCount))
		return
	}
	check := func(name string, got, want int) {
		if got != want {
			v.add(path, Error, fmt.Sprintf("%s: tổng %s ghi là %s nhưng cộng theo bảng là %s; hãy sửa số đã ghi hoặc số người trong bảng.",
				capitalize(snapLabel(snap)), name, CountText(got), CountText(want)))
		}
	}
	check("cán bộ", typed.Cadre, t.Cadre)
	check("công chức", typed.CivilServ, t.CivilServ)
	check("cán bộ, công chức", typed.All, t.All)
}

func capitalize(s string) string {
	for i, r := range s {
		return Upper(string(r)) + s[i+len(string(r)):]
	}
	return s
}

func declaredOf(d DeclaredTotals, snap Snapshot) *Totals {
	if snap == AtStart {
		return d.Start
	}
	return d.Now
}
