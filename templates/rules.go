package templates

import (
	"strings"

	"github.com/baocao/baocao/model"
)

var (
	rulesHead  = schema{what: "phần đầu tệp"}
	regimeKeys = schema{what: "chế độ", specs: []keySpec{
		{name: "basis", required: true}, {name: "from", required: true}, {name: "until"},
		{name: "cap", multi: true}, {name: "note"},
	}}
	positionKeys = schema{what: "chức danh", specs: []keySpec{
		{name: "title", required: true}, {name: "short", required: true},
		{name: "group", required: true}, {name: "max"}, {name: "kinds"},
	}}
)

// ParseRules reads a staffing rules file into regimes, each with its legal
// basis, the dates it applies between, its catalogue of positions and its
// caps. Any problem makes it fail with a *LoadError listing every problem
// with its line.
func ParseRules(name string, data []byte) (model.Rules, error) {
	probs := &problems{}
	head, blocks := parseBlocks(data, "regime", "position", probs)
	rulesHead.check(head, probs)
	var rules model.Rules
	regimes := map[string]int{}
	for _, b := range blocks {
		if first, dup := regimes[b.ID]; dup && b.ID != "" {
			probs.add(b.Line, "mã chế độ %q đã dùng ở dòng %d; mỗi chế độ cần một mã riêng", b.ID, first)
		} else {
			regimes[b.ID] = b.Line
		}
		rules.Regimes = append(rules.Regimes, regime(b, probs))
	}
	if len(blocks) == 0 {
		probs.add(0, "tệp chưa có chế độ nào; hãy thêm ít nhất một khối \"== regime ID\"")
	}
	checkOverlap(rules.Regimes, blocks, probs)
	if len(probs.list) > 0 {
		return model.Rules{}, &LoadError{File: name, Problems: probs.sorted()}
	}
	return rules, nil
}

func regime(b *block, probs *problems) model.Regime {
	regimeKeys.check(b, probs)
	g := model.Regime{ID: b.ID, Basis: b.value("basis")}
	if e, ok := b.get("from"); ok && e.Value != "" {
		g.From, _ = date(e, probs)
	}
	if e, ok := b.get("until"); ok && e.Value != "" {
		if d, ok := date(e, probs); ok {
			g.Until = d
			if !g.From.IsZero() && d.Before(g.From) {
				probs.add(e.Line, "ngày hết áp dụng %s sớm hơn ngày bắt đầu %s; hãy kiểm tra lại hai ngày", d.ISO(), g.From.ISO())
			}
		}
	}
	g.Caps = caps(b, probs)
	seen := map[string]int{}
	for _, c := range b.Children {
		if first, dup := seen[c.ID]; dup && c.ID != "" {
			probs.add(c.Line, "mã chức danh %q đã có ở dòng %d trong chế độ này; hãy xóa hoặc đổi mã", c.ID, first)
		} else {
			seen[c.ID] = c.Line
		}
		g.Positions = append(g.Positions, position(c, probs))
	}
	if len(b.Children) == 0 {
		probs.add(b.Line, "chế độ %q chưa có chức danh nào; hãy thêm các khối \"-- position ID\"", b.ID)
	}
	return g
}

var classes = []string{"I", "II", "III"}

func caps(b *block, probs *problems) map[string]int {
	var out map[string]int
	for _, e := range b.all("cap") {
		key, value, ok := pair(e, "loại-đơn-vị/hạng = số người", probs)
		if !ok {
			continue
		}
		kind, class, _ := strings.Cut(key, "/")
		if !knownUnitKind(model.UnitKind(kind)) || !contains(classes, class) {
			probs.add(e.Line, "%q không phải loại đơn vị và hạng; hãy viết dạng \"phuong/I\" (loại: %s; hạng: I, II, III)", key, unitKindNames())
			continue
		}
		n, ok := number(entry{Key: "cap", Value: value, Line: e.Line}, probs)
		if !ok {
			continue
		}
		if _, dup := out[key]; dup {
			probs.add(e.Line, "số tối đa của %q đã ghi ở trên; hãy giữ một dòng", key)
			continue
		}
		if out == nil {
			out = map[string]int{}
		}
		out[key] = n
	}
	return out
}

func position(b *block, probs *problems) model.Position {
	positionKeys.check(b, probs)
	p := model.Position{ID: b.ID, Title: b.value("title"), Short: b.value("short"), Group: model.Group(b.value("group"))}
	if e, ok := b.get("group"); ok && e.Value != "" && p.Group != model.GroupCadre && p.Group != model.GroupCivilServ {
		probs.add(e.Line, "nhóm %q không có; hãy ghi \"can-bo\" (cán bộ) hoặc \"cong-chuc\" (công chức)", e.Value)
	}
	if e, ok := b.get("max"); ok {
		p.Max, _ = number(e, probs)
	}
	if e, ok := b.get("kinds"); ok {
		for _, k := range strings.Split(e.Value, ",") {
			kind := model.UnitKind(strings.TrimSpace(k))
			if !knownUnitKind(kind) {
				probs.add(e.Line, "loại đơn vị %q không có; hãy dùng: %s, cách nhau bằng dấu phẩy", kind, unitKindNames())
				continue
			}
			p.Kinds = append(p.Kinds, kind)
		}
	}
	return p
}

// checkOverlap reports regimes whose dates overlap: a report's date must
// choose one regime.
func checkOverlap(gs []model.Regime, blocks []*block, probs *problems) {
	for i := range gs {
		for j := 0; j < i; j++ {
			if !gs[i].From.IsZero() && !gs[j].From.IsZero() && overlap(gs[i], gs[j]) {
				probs.add(blocks[i].Line, "chế độ %q trùng thời gian áp dụng với chế độ %q (dòng %d); hãy sửa from/until để mỗi ngày chỉ thuộc một chế độ",
					gs[i].ID, gs[j].ID, blocks[j].Line)
			}
		}
	}
}

func overlap(a, b model.Regime) bool {
	return !ends(a).Before(b.From) && !ends(b).Before(a.From)
}

// ends returns the last day a regime applies; an open end is far away.
func ends(g model.Regime) model.Date {
	if g.Until.IsZero() {
		return model.Date{Year: 9999, Month: 12, Day: 31}
	}
	return g.Until
}

func knownUnitKind(k model.UnitKind) bool {
	for _, x := range model.UnitKinds {
		if x == k {
			return true
		}
	}
	return false
}

func unitKindNames() string {
	names := make([]string, len(model.UnitKinds))
	for i, k := range model.UnitKinds {
		names[i] = string(k)
	}
	return strings.Join(names, ", ")
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
