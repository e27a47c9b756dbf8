package main

import (
	"strings"
	"testing"

	"github.com/baocao/baocao/examples"
	"github.com/baocao/baocao/model"
)

// A report dated after 1/7/2025 that still names a district-level body as
// its parent, the directive's issuer or a recipient is warned that the body
// was abolished on that date; the same report dated before is not.
func TestCheckAbolishedBodies(t *testing.T) {
	env, dir := sandbox(t)
	rep, err := examples.Report("state2026")
	if err != nil {
		t.Fatal(err)
	}
	rep.Unit.Parent = "UBND huyện Đông Sơn"
	rep.Directive.Issuer = "Ủy ban nhân dân huyện Đông Sơn"
	rep.Recipients[0] = "Phòng Nội vụ huyện Đông Sơn (b/c)"
	file := writeFile(t, dir, "xã 2026.json", reportJSON(t, rep))
	r := run(t, env, "check", file)
	r.want(t, 0, []string{
		"cảnh báo: unit.parent: Cơ quan cấp trên \"UBND huyện Đông Sơn\" nêu cơ quan cấp huyện",
		"cảnh báo: directive.issuer: ",
		"cảnh báo: recipients[0]: ",
		"đã kết thúc hoạt động từ ngày 1/7/2025 (Luật Tổ chức chính quyền địa phương số 72/2025/QH15",
	}, nil)

	rep.Doc.Date, rep.Directive.Date = "30/6/2025", "20/6/2025"
	old := writeFile(t, dir, "xã 2025.json", reportJSON(t, rep))
	before := run(t, env, "check", old)
	before.want(t, 0, nil, nil)
	if strings.Contains(before.stdout, "cấp huyện") {
		t.Errorf("a report dated 30/6/2025 was warned about district bodies:\n%s", before.stdout)
	}
}

// check reports a unit kind or class that did not exist on the report's
// date: a thị trấn or a xã of loại đặc biệt in 2026, a đặc khu in 2024.
func TestCheckUnitKindByDate(t *testing.T) {
	env, dir := sandbox(t)
	rep, err := examples.Report("state2026")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		kind, class, date string
		want              string
	}{
		{"thi-tran", "I", "20/10/2026", "lỗi: unit.kind: Ngày 20/10/2026 không có đơn vị hành chính loại \"thị trấn\""},
		{"xa", "DB", "20/10/2026", "lỗi: unit.class: Ngày 20/10/2026, xã không có hạng \"đặc biệt\""},
		{"dac-khu", "I", "20/10/2024", "lỗi: unit.kind: Ngày 20/10/2024 không có đơn vị hành chính loại \"đặc khu\""},
	}
	for _, tt := range tests {
		r := rep
		r.Unit.Kind, r.Unit.Class, r.Doc.Date, r.Directive.Date = model.UnitKind(tt.kind), tt.class, tt.date, tt.date
		file := writeFile(t, dir, tt.kind+tt.class+".json", reportJSON(t, r))
		run(t, env, "check", file).want(t, 1, []string{tt.want}, nil)
	}
}
