package formcheck

import (
	"strings"
	"unicode"

	"github.com/baocao/baocao/model"
)

// unitClasses warns of a commune-level unit named with a class (phân loại)
// that its kind did not have on the document's date — "phường loại đặc
// biệt" before the decree that created it, "xã loại đặc biệt" ever, "thị
// trấn loại II" after thị trấn ceased — by the periods of rules/units.rules,
// so a new decree is a change of that file. One problem per wording.
func (k *run) unitClasses() {
	period, ok := k.c.abolished.UnitsOn(k.r.Date)
	if !ok {
		return
	}
	kinds, classes := k.c.kinds(), k.c.classLabels()
	seen := map[string]bool{}
	for i, p := range k.doc.Paras {
		words := " " + strings.Join(strings.FieldsFunc(strings.ToLower(p.Text), notWordRune), " ") + " "
		if !strings.Contains(words, " loại ") {
			continue
		}
		for _, kr := range kinds {
			for _, class := range classes {
				phrase := strings.ToLower(kr.Label) + " " + strings.ToLower(class)
				if seen[phrase] || !strings.Contains(words, " "+phrase+" ") {
					continue
				}
				seen[phrase] = true
				k.classProblem(i, period, kr, class)
			}
		}
	}
}

// classProblem reports a kind and class mentioned together unless the
// period has that class for that kind.
func (k *run) classProblem(i int, period model.UnitPeriod, kr model.KindRule, class string) {
	now, exists := period.Kind(kr.Kind)
	if !exists {
		k.add("unit-kind", model.Warning, i, period.Basis,
			"Hãy ghi đúng loại đơn vị hành chính hiện có vào ngày đó ("+kindLabels(period)+").",
			"Văn bản ghi %q, nhưng vào ngày %s không còn đơn vị hành chính loại %s", strings.ToLower(kr.Label+" "+class),
			k.r.Date.Short(), strings.ToLower(kr.Label))
		return
	}
	var labels []string
	for _, c := range now.Classes {
		if strings.EqualFold(c.Label, class) {
			return
		}
		labels = append(labels, strings.ToLower(c.Label))
	}
	k.add("unit-kind", model.Warning, i, period.Basis,
		"Hãy ghi đúng phân loại đơn vị hành chính vào ngày đó: "+strings.ToLower(now.Label)+" có "+strings.Join(labels, ", ")+".",
		"Văn bản ghi %q, nhưng vào ngày %s %s không có phân loại %q", strings.ToLower(kr.Label+" "+class),
		k.r.Date.Short(), strings.ToLower(now.Label), strings.ToLower(class))
}

// classLabels lists every class label of every period and kind, once.
func (c *Checker) classLabels() []string {
	var out []string
	seen := map[string]bool{}
	for _, p := range c.abolished.Units {
		for _, kr := range p.Kinds {
			for _, cl := range kr.Classes {
				if l := strings.ToLower(cl.Label); !seen[l] {
					seen[l] = true
					out = append(out, cl.Label)
				}
			}
		}
	}
	return out
}

func notWordRune(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r)
}
