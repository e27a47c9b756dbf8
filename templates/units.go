package templates

import (
	"strings"

	"github.com/baocao/baocao/model"
)

var (
	periodKeys = schema{what: "thời kỳ", specs: []keySpec{
		{name: "basis", required: true}, {name: "from"}, {name: "until"}, {name: "note"},
		{name: "parent-state"}, {name: "parent-party"}, {name: "issuer-state"}, {name: "issuer-party"},
	}}
	kindKeys = schema{what: "loại đơn vị", specs: []keySpec{
		{name: "label", required: true}, {name: "class", multi: true, required: true},
	}}
	abolitionKeys = schema{what: "khối bãi bỏ", specs: []keySpec{
		{name: "basis", required: true}, {name: "from", required: true}, {name: "level", required: true},
		{name: "word", multi: true}, {name: "named-word", multi: true}, {name: "remain", multi: true},
		{name: "instead", required: true}, {name: "note"},
	}}
	termKeys = schema{what: "nhiệm kỳ", specs: []keySpec{
		{name: "body", required: true}, {name: "years", required: true}, {name: "began", required: true},
		{name: "basis", required: true}, {name: "note"},
	}}
)

// communeKinds are the kinds a units file may list: the commune-level ones.
func communeKinds() []string {
	var out []string
	for _, k := range model.UnitKinds {
		if k.IsCommuneLevel() {
			out = append(out, string(k))
		}
	}
	return out
}

// ParseUnits reads a units file: "== period ID" blocks, each the kinds of
// commune-level units ("-- kind xa") and their classes that existed between
// its dates, with its legal basis. Periods may not overlap. Any problem makes
// it fail with a *LoadError listing every problem with its line.
func ParseUnits(name string, data []byte) ([]model.UnitPeriod, error) {
	return parseList(name, data, "period", "kind", "thời kỳ", period, func(out []model.UnitPeriod, blocks []*block, probs *problems) {
		for i := range out {
			for j := 0; j < i; j++ {
				if spansOverlap(out[i].From, out[i].Until, out[j].From, out[j].Until) {
					probs.add(blocks[i].Line, "thời kỳ %q trùng thời gian với thời kỳ %q (dòng %d); hãy sửa from/until để mỗi ngày chỉ thuộc một thời kỳ",
						out[i].ID, out[j].ID, blocks[j].Line)
				}
			}
		}
	})
}

// parseList reads a file of "== outer ID" blocks into one value each (one
// reads a block), checks their IDs are unique and, when check is given,
// the values together; what names a block in messages ("thời kỳ").
func parseList[T any](name string, data []byte, outer, inner, what string,
	one func(*block, *problems) T, check func([]T, []*block, *problems)) ([]T, error) {
	probs := &problems{}
	head, blocks := parseBlocks(data, outer, inner, probs)
	rulesHead.check(head, probs)
	var out []T
	ids := map[string]int{}
	for _, b := range blocks {
		uniqueID(ids, b, what, probs)
		out = append(out, one(b, probs))
	}
	if len(blocks) == 0 {
		probs.add(0, "tệp chưa có %s nào; hãy thêm ít nhất một khối \"== %s ID\"", what, outer)
	}
	if check != nil {
		check(out, blocks, probs)
	}
	if len(probs.list) > 0 {
		return nil, &LoadError{File: name, Problems: probs.sorted()}
	}
	return out, nil
}

func uniqueID(ids map[string]int, b *block, what string, probs *problems) {
	if first, dup := ids[b.ID]; dup && b.ID != "" {
		probs.add(b.Line, "mã %s %q đã dùng ở dòng %d; mỗi khối cần một mã riêng", what, b.ID, first)
		return
	}
	ids[b.ID] = b.Line
}

func period(b *block, probs *problems) model.UnitPeriod {
	periodKeys.check(b, probs)
	p := model.UnitPeriod{ID: b.ID, Basis: b.value("basis"),
		ParentState: b.value("parent-state"), ParentParty: b.value("parent-party"),
		IssuerState: b.value("issuer-state"), IssuerParty: b.value("issuer-party")}
	p.From, p.Until = span(b, probs)
	seen := map[string]int{}
	for _, c := range b.Children {
		uniqueID(seen, c, "loại đơn vị", probs)
		p.Kinds = append(p.Kinds, kindRule(c, probs))
	}
	if len(b.Children) == 0 {
		probs.add(b.Line, "thời kỳ %q chưa có loại đơn vị nào; hãy thêm các khối \"-- kind xa\"", b.ID)
	}
	return p
}

// span reads optional from and until and checks their order.
func span(b *block, probs *problems) (from, until model.Date) {
	if e, ok := b.get("from"); ok && e.Value != "" {
		from, _ = date(e, probs)
	}
	if e, ok := b.get("until"); ok && e.Value != "" {
		if d, ok := date(e, probs); ok {
			until = d
			if !from.IsZero() && d.Before(from) {
				probs.add(e.Line, "ngày hết áp dụng %s sớm hơn ngày bắt đầu %s; hãy kiểm tra lại hai ngày", d.ISO(), from.ISO())
			}
		}
	}
	return from, until
}

func kindRule(b *block, probs *problems) model.KindRule {
	kindKeys.check(b, probs)
	if b.ID != "" && !contains(communeKinds(), b.ID) {
		probs.add(b.Line, "loại đơn vị %q không có; hãy dùng: %s", b.ID, strings.Join(communeKinds(), ", "))
	}
	k := model.KindRule{Kind: model.UnitKind(b.ID), Label: b.value("label")}
	for _, e := range b.all("class") {
		value, label, ok := pair(e, "mã = Nhãn", probs)
		if !ok {
			continue
		}
		if !validID(value) {
			probs.add(e.Line, "mã hạng %q không hợp lệ; mã gồm chữ không dấu và số, ví dụ I, II, III, DB", value)
			continue
		}
		if _, dup := k.Class(value); dup {
			probs.add(e.Line, "hạng %q đã ghi ở trên; hãy giữ một dòng", value)
			continue
		}
		k.Classes = append(k.Classes, model.ClassRule{Value: value, Label: label})
	}
	return k
}

// spansOverlap reports whether two date spans share a day; zero ends are
// open.
func spansOverlap(af, au, bf, bu model.Date) bool {
	far := model.Date{Year: 9999, Month: 12, Day: 31}
	if au.IsZero() {
		au = far
	}
	if bu.IsZero() {
		bu = far
	}
	return !au.Before(bf) && !bu.Before(af)
}

// ParseAbolished reads a file of abolished bodies: "== abolition ID"
// blocks, each the words that name bodies which ceased to exist on its from
// date, with its legal basis.
func ParseAbolished(name string, data []byte) ([]model.Abolition, error) {
	return parseList(name, data, "abolition", "none", "khối bãi bỏ", abolition, nil)
}

func abolition(b *block, probs *problems) model.Abolition {
	abolitionKeys.check(b, probs)
	a := model.Abolition{ID: b.ID, Basis: b.value("basis"), Level: b.value("level"), Instead: b.value("instead")}
	if e, ok := b.get("from"); ok && e.Value != "" {
		a.From, _ = date(e, probs)
	}
	a.Words = values(b, "word")
	a.NamedWords = values(b, "named-word")
	a.Remain = values(b, "remain")
	if len(a.Words)+len(a.NamedWords) == 0 {
		probs.add(b.Line, "khối bãi bỏ %q chưa có từ nào; hãy thêm dòng \"word: …\" hoặc \"named-word: …\"", b.ID)
	}
	for _, c := range b.Children {
		probs.add(c.Line, "tệp này không dùng khối \"--\"; hãy xóa dòng hoặc đổi thành khóa của khối \"==\"")
	}
	return a
}

func values(b *block, key string) []string {
	var out []string
	for _, e := range b.all(key) {
		if strings.TrimSpace(e.Value) == "" {
			continue
		}
		out = append(out, e.Value)
	}
	return out
}

// ParseTerms reads a terms file: "== term ID" blocks, each a five-year term
// of office of a body (party congresses or HĐND), the day it began and its
// legal basis.
func ParseTerms(name string, data []byte) ([]model.Term, error) {
	return parseList(name, data, "term", "none", "nhiệm kỳ", term, nil)
}

func term(b *block, probs *problems) model.Term {
	termKeys.check(b, probs)
	t := model.Term{ID: b.ID, Basis: b.value("basis"), Body: model.Profile(b.value("body"))}
	if e, ok := b.get("body"); ok && e.Value != "" && t.Body != model.ProfileParty && t.Body != model.ProfileState {
		probs.add(e.Line, "cơ quan %q không có; hãy ghi \"party\" (đại hội đảng bộ) hoặc \"state\" (Hội đồng nhân dân)", e.Value)
	}
	if e, ok := b.get("years"); ok && e.Value != "" {
		start, end, ok := model.ParseTerm(e.Value)
		switch {
		case !ok:
			probs.add(e.Line, "\"years\": %q không phải nhiệm kỳ; hãy viết dạng 2021-2026", e.Value)
		case end-start != model.TermYears:
			probs.add(e.Line, "nhiệm kỳ %q không phải năm năm; hãy kiểm tra lại hai năm", e.Value)
		default:
			t.Start, t.End = start, end
		}
	}
	if e, ok := b.get("began"); ok && e.Value != "" {
		if d, ok := date(e, probs); ok {
			t.Began = d
			if t.Start != 0 && d.Year != t.Start {
				probs.add(e.Line, "ngày bắt đầu %s không thuộc năm đầu %d của nhiệm kỳ", d.ISO(), t.Start)
			}
		}
	}
	for _, c := range b.Children {
		probs.add(c.Line, "tệp này không dùng khối \"--\"; hãy xóa dòng hoặc đổi thành khóa của khối \"==\"")
	}
	return t
}

// ruleFiles are the built-in data files of Rules.
var ruleFiles = struct{ staffing, units, abolished, terms string }{
	"rules/staffing.rules", "rules/units.rules", "rules/abolished.rules", "rules/terms.rules"}

// builtinRules reads and parses every built-in rules file.
func builtinRules() (model.Rules, error) {
	read := func(name string) []byte {
		raw, _ := data.ReadFile(name)
		return raw
	}
	rules, err := ParseRules(ruleFiles.staffing, read(ruleFiles.staffing))
	if err != nil {
		return model.Rules{}, err
	}
	if rules.Units, err = ParseUnits(ruleFiles.units, read(ruleFiles.units)); err != nil {
		return model.Rules{}, err
	}
	if rules.Abolished, err = ParseAbolished(ruleFiles.abolished, read(ruleFiles.abolished)); err != nil {
		return model.Rules{}, err
	}
	if rules.Terms, err = ParseTerms(ruleFiles.terms, read(ruleFiles.terms)); err != nil {
		return model.Rules{}, err
	}
	return rules, nil
}
