package templates

import (
	"errors"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/baocao/baocao/model"
)

const minimalRules = `== regime a
basis: Nghị định thử
from: 2020-01-01
until: 2020-12-31
cap: xa/I = 20
-- position p
title: Chức danh
short: Chức danh
group: can-bo
`

func TestParseRulesProblems(t *testing.T) {
	second := "== regime b\nbasis: B\nfrom: 2021-01-01\n-- position p\ntitle: P\nshort: P\ngroup: can-bo\n"
	tests := []struct {
		name  string
		input string
		want  []want
	}{
		{"key in the head", "rules: x\n" + minimalRules, []want{{1, `khóa "rules" không dùng được trong phần đầu tệp`}}},
		{"empty file", "", []want{{0, "chưa có chế độ nào"}}},
		{"missing basis", strings.Replace(minimalRules, "basis: Nghị định thử\n", "", 1), []want{{1, `chế độ "a" thiếu khóa "basis"`}}},
		{"bad date", strings.Replace(minimalRules, "2020-01-01", "2020-02-30", 1), []want{{3, `"from": "2020-02-30" không phải ngày hợp lệ`}}},
		{"until before from", strings.Replace(minimalRules, "2020-12-31", "2019-12-31", 1), []want{{4, "sớm hơn ngày bắt đầu"}}},
		{"bad cap key", strings.Replace(minimalRules, "xa/I", "tinh/I", 1), []want{{5, `"tinh/I" không phải loại đơn vị và hạng`}}},
		{"bad cap class", strings.Replace(minimalRules, "xa/I", "xa/IV", 1), []want{{5, `"xa/IV" không phải loại đơn vị và hạng`}}},
		{"bad cap number", strings.Replace(minimalRules, "= 20", "= hai mươi", 1), []want{{5, `"cap" phải là số nguyên`}}},
		{"repeated cap", strings.Replace(minimalRules, "cap: xa/I = 20\n", "cap: xa/I = 20\ncap: xa/I = 21\n", 1), []want{{6, `số tối đa của "xa/I" đã ghi`}}},
		{"bad group", strings.Replace(minimalRules, "group: can-bo", "group: lanh-dao", 1), []want{{9, `nhóm "lanh-dao" không có`}}},
		{"negative max", minimalRules + "max: -1\n", []want{{10, `"max" phải là số nguyên từ 0 trở lên`}}},
		{"bad kinds", minimalRules + "kinds: xa, tinh\n", []want{{10, `loại đơn vị "tinh" không có`}}},
		{"duplicate position", minimalRules + "-- position p\ntitle: P\nshort: P\ngroup: can-bo\n", []want{{10, `mã chức danh "p" đã có ở dòng 6`}}},
		{"missing short", strings.Replace(minimalRules, "short: Chức danh\n", "", 1), []want{{6, `chức danh "p" thiếu khóa "short"`}}},
		{"regime without positions", "== regime a\nbasis: B\nfrom: 2020-01-01\n", []want{{1, `chế độ "a" chưa có chức danh nào`}}},
		{"duplicate regime", minimalRules + strings.Replace(second, "regime b", "regime a", 1), []want{{10, `mã chế độ "a" đã dùng ở dòng 1`}}},
		{"overlap", minimalRules + strings.Replace(second, "2021-01-01", "2020-12-31", 1), []want{{10, `chế độ "b" trùng thời gian áp dụng với chế độ "a" (dòng 1)`}}},
		{"open regime overlaps a later one", second + strings.Replace(minimalRules, "2020-", "2022-", 2), []want{{8, `chế độ "a" trùng thời gian áp dụng với chế độ "b"`}}},
		{"position before regime", "-- position p\ntitle: P\nshort: P\ngroup: can-bo\n" + minimalRules, []want{{1, `khối "-- position" phải nằm sau một khối "== regime"`}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseRules("t.rules", []byte(tt.input))
			var le *LoadError
			if !errors.As(err, &le) {
				t.Fatalf("ParseRules error = %v, want a *LoadError", err)
			}
			if len(le.Problems) != len(tt.want) {
				t.Errorf("got %d problems, want %d: %v", len(le.Problems), len(tt.want), le.Problems)
			}
			for _, w := range tt.want {
				if !hasProblem(le.Problems, w) {
					t.Errorf("missing problem at line %d containing %q; got %v", w.line, w.msg, le.Problems)
				}
			}
		})
	}
}

func TestParseRulesValues(t *testing.T) {
	rules, err := ParseRules("t.rules", []byte(minimalRules+"max: 2\nkinds: phuong, thi-tran\n"))
	if err != nil {
		t.Fatal(err)
	}
	g := rules.Regimes[0]
	if g.ID != "a" || g.From != (model.Date{Year: 2020, Month: 1, Day: 1}) || g.Until != (model.Date{Year: 2020, Month: 12, Day: 31}) {
		t.Errorf("regime = %+v", g)
	}
	if n, ok := g.Cap(model.KindCommune, "I"); !ok || n != 20 {
		t.Errorf("Cap(xa, I) = %d, %v", n, ok)
	}
	p := g.Positions[0]
	if p.Max != 2 || p.Group != model.GroupCadre || len(p.Kinds) != 2 || p.Kinds[1] != model.KindTownlet {
		t.Errorf("position = %+v", p)
	}
}

// TestPositionNamesCapitalised: every position's title and short name in
// the built-in rules starts with a capital, as a list or table row shows
// it ("Công chức Văn phòng…", never "công chức Văn phòng…").
func TestPositionNamesCapitalised(t *testing.T) {
	rules, err := Rules()
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range rules.Regimes {
		for _, p := range g.Positions {
			for _, name := range []string{p.Title, p.Short} {
				if r, _ := utf8.DecodeRuneInString(name); !unicode.IsUpper(r) {
					t.Errorf("%s: position %s is named %q, starting lower-case", g.Basis, p.ID, name)
				}
			}
		}
	}
}
