package model

import (
	"fmt"
	"sort"
)

// regime returns the staffing regime for the report's date; ok is false
// when the date is missing or invalid, or no regime covers it.
func (v *validator) regime() (Regime, bool) {
	d, err := ParseDate(v.r.Doc.Date)
	if err != nil || !d.Valid() {
		return Regime{}, false
	}
	return v.rules.For(d)
}

func (v *validator) staffing() {
	g, known := v.regime()
	s := v.r.Staffing
	seen := map[string]int{}
	for i, row := range s.Rows {
		v.staffRow(i, row, g, known)
		key := row.Key()
		if first, dup := seen[key]; dup {
			v.add(fmt.Sprintf("staffing.rows[%d]", i), Error, fmt.Sprintf(
				"Vị trí %q đã có ở dòng %d; mỗi vị trí chỉ ghi một lần — hãy gộp số người vào một dòng rồi xóa dòng này.",
				g.RowTitle(row), first+1))
			continue
		}
		seen[key] = i
	}
	if !known {
		return
	}
	v.maximums(g, AtStart)
	v.maximums(g, AtNow)
	v.caps(g, AtStart)
	v.caps(g, AtNow)
	v.declared(g.Catalogue, AtStart, s.Declared.Start)
	v.declared(g.Catalogue, AtNow, s.Declared.Now)
}

func (v *validator) staffRow(i int, row StaffRow, g Regime, known bool) {
	path := fmt.Sprintf("staffing.rows[%d]", i)
	for _, snap := range []Snapshot{AtStart, AtNow} {
		if !CountInRange(row.Count(snap)) {
			v.add(path+"."+snapName(snap), Error, fmt.Sprintf("%q: số người phải là số nguyên từ 0 đến %d.", g.RowTitle(row), MaxCount))
		}
	}
	if len(row.Roles) == 0 {
		if row.Title == "" {
			v.add(path+".title", Error, "Vị trí tự thêm chưa có tên; hãy nhập tên chức danh (ví dụ: Ủy viên UBND).")
		}
		if row.Group != GroupCadre && row.Group != GroupCivilServ {
			v.add(path+".group", Error, fmt.Sprintf("%q chưa chọn nhóm; hãy chọn cán bộ hoặc công chức.", row.Title))
		}
		return
	}
	if !known {
		return
	}
	for _, id := range row.Roles {
		p, ok := g.Position(id)
		switch {
		case !ok:
			v.unknownRole(path, id, g)
		case !p.AppliesTo(v.r.Unit.Kind):
			v.add(path, Warning, fmt.Sprintf("Chức danh %q không thuộc danh mục của %s theo %s; hãy kiểm tra lại.", p.Short, v.r.Unit.Kind.Label(), g.Basis))
		}
	}
}

// unknownRole reports a role missing from the regime in force: a warning
// when another regime has it (a table carried over a reform), else an error.
func (v *validator) unknownRole(path, id string, g Regime) {
	for _, other := range v.rules.Regimes {
		if p, ok := other.Position(id); ok {
			v.add(path, Warning, fmt.Sprintf("Chức danh %q thuộc danh mục theo %s, không còn trong danh mục theo %s áp dụng cho ngày báo cáo; hãy chọn chức danh mới tương ứng.", p.Short, other.Basis, g.Basis))
			return
		}
	}
	v.add(path, Error, fmt.Sprintf("Chức danh %q không có trong danh mục theo %s; hãy chọn lại chức danh hoặc thêm thành vị trí tự đặt tên.", id, g.Basis))
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

// maximums checks per-position limits; a combined post counts in each role.
func (v *validator) maximums(g Regime, snap Snapshot) {
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
		p, ok := g.Position(id)
		if ok && p.Max > 0 && held[id] > p.Max {
			v.add("staffing."+snapName(snap), Error, fmt.Sprintf(
				"%s: có %s %s, nhưng mỗi đơn vị chỉ có tối đa %s; hãy kiểm tra các dòng có chức danh này (kể cả dòng kiêm nhiệm).",
				capitalize(snapLabel(snap)), CountText(held[id]), p.Short, CountText(p.Max)))
		}
	}
}

// caps warns when a snapshot's total exceeds the regime's cap for the unit.
func (v *validator) caps(g Regime, snap Snapshot) {
	limit, ok := g.Cap(v.r.Unit.Kind, v.r.Unit.Class)
	if !ok {
		return
	}
	t := v.r.Staffing.Sum(snap, g.Catalogue)
	if t.All > limit {
		v.add("staffing."+snapName(snap), Warning, fmt.Sprintf(
			"%s có %s cán bộ, công chức, vượt số tối đa %s của %s loại %s theo %s; nếu đúng thực tế (được bố trí thêm do dân số, diện tích), hãy nêu rõ lý do trong phần thực trạng.",
			capitalize(snapLabel(snap)), CountText(t.All), CountText(limit), v.r.Unit.Kind.Label(), v.r.Unit.Class, g.Basis))
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
