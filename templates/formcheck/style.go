package formcheck

import (
	"fmt"
	"strings"

	"github.com/baocao/baocao/templates"
)

// style returns the form's style of an element.
func (k *run) style(e Element) templates.Style {
	switch e {
	case Parent:
		return k.f.Parent
	case Issuer:
		return k.f.Issuer
	case Number:
		return k.f.Number
	case Motto:
		return k.f.Motto
	case Slogan:
		return k.f.Slogan
	case Date:
		return k.f.Date
	case Title:
		return k.f.Title
	case Subject:
		return k.f.Subject
	case Body:
		return k.f.Body
	case RecipientsLabel:
		return k.f.RecipientsLabel
	case Recipients:
		return k.f.Recipients
	case Authority:
		return k.f.Authority
	case SignTitle:
		return k.f.SignTitle
	case SignName:
		return k.f.SignName
	}
	return templates.Style{}
}

// elements checks each element's size, bold, italic and capitals; one
// problem per element and property, with every run it fixes.
func (k *run) elements() {
	_, sizes, _ := k.rule("sizes")
	ranges := params(sizes.Value)
	_, alignRule, _ := k.rule("align")
	aligns := map[string]struct{ s string }{}
	for _, item := range strings.Split(alignRule.Value, ",") {
		if f := strings.Fields(item); len(f) == 2 {
			aligns[f[0]] = struct{ s string }{f[1]}
		}
	}
	_, upper, _ := k.rule("upper")
	caps := strings.Fields(upper.Value)
	found := map[string]*int{}
	for i, p := range k.doc.Paras {
		e := k.l.roles[i]
		if e == Other || p.Text == "" {
			continue
		}
		st := k.style(e)
		if st.Size == 0 {
			continue
		}
		if sp, ok := ranges[string(e)]; ok {
			k.runsWhere(found, i, e, "size", func(r Run) bool { return !sp.has(size(r)) },
				"sizes", fmt.Sprintf("cỡ chữ phải %s pt", sp), func(r Run) []child {
					target := st.Size // the form's own size, which the exports use
					if !sp.has(target) {
						target = sp.nearest(size(r))
					}
					v := fmt.Sprint(int(2 * target))
					return []child{{name: "sz", attrs: attrs("val", v)}, {name: "szCs", attrs: attrs("val", v)}}
				})
		}
		if e != Body {
			k.runsWhere(found, i, e, "bold", func(r Run) bool { return r.Bold != st.Bold }, "element",
				map[bool]string{true: "phải in đậm", false: "không in đậm"}[st.Bold],
				func(Run) []child { return []child{onOff("b", st.Bold), onOff("bCs", st.Bold)} })
			k.runsWhere(found, i, e, "italic", func(r Run) bool { return r.Italic != st.Italic }, "element",
				map[bool]string{true: "phải in nghiêng", false: "phải viết chữ đứng, không nghiêng"}[st.Italic],
				func(Run) []child { return []child{onOff("i", st.Italic), onOff("iCs", st.Italic)} })
		}
		if want, ok := aligns[string(e)]; ok && p.Align != want.s && !p.Tabbed {
			k.aligned(found, i, e, want.s)
		}
		if contains(caps, string(e)) && !isUpper(p.Text) && !allCaps(p) {
			k.addRule("upper", i, "Hãy viết lại bằng chữ in hoa (hoặc chọn đoạn và bấm Shift+F3 trong Word).",
				"%s phải viết chữ in hoa", capital(elementNames[e]))
		}
	}
}

// runsWhere adds (once per element and property) a problem for the runs of
// paragraph i that fail, with the edit for each.
func (k *run) runsWhere(found map[string]*int, i int, e Element, prop string, bad func(Run) bool,
	rule, want string, fix func(Run) []child) {
	for _, r := range k.doc.Paras[i].Runs {
		if strings.TrimSpace(r.Text) == "" || !bad(r) {
			continue
		}
		key := string(e) + "/" + prop
		at, ok := found[key]
		if !ok {
			n := len(k.r.Problems)
			at = &n
			found[key] = at
			src := k.formRef(string(e))
			if rule == "sizes" {
				_, v, _ := k.rule("sizes")
				src = k.cite(v.Ref)
			}
			id := "style" // bold and italic: forms.form's style of the element
			if rule == "sizes" {
				id = rule
			}
			k.add(id, k.c.rules["sizes"].Severity, i, src, "Hãy chọn đoạn này và sửa định dạng chữ (Trang đầu > Phông), hoặc dùng baocao check --fix.",
				"%s: %s (đang là %s)", capital(elementNames[e]), want, describe(r))
		}
		if r.split {
			continue // a run shared by two parts of a typed line: fixing it for one would spoil the other
		}
		p := &k.r.Problems[*at]
		p.Fixable = true
		p.fix = append(p.fix, runEdit(r, fix(r)...))
	}
}

func size(r Run) float64 {
	if r.Size == 0 {
		return 10 // Word's size when nothing sets one
	}
	return r.Size
}

func describe(r Run) string {
	s := num(size(r)) + " pt"
	if r.Bold {
		s += ", đậm"
	}
	if r.Italic {
		s += ", nghiêng"
	}
	return s
}

func allCaps(p Para) bool {
	for _, r := range p.Runs {
		if strings.TrimSpace(r.Text) != "" && !r.Caps {
			return false
		}
	}
	return true
}

func capital(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	return strings.ToUpper(string(r[0])) + string(r[1:])
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// body checks the body paragraphs' alignment, first-line indent, spacing
// after and line spacing; one problem per property, fixing every
// paragraph.
func (k *run) body() {
	_, v, ok := k.rule("body")
	if !ok {
		return
	}
	ps := params(v.Value)
	checks := []struct {
		name, want string
		bad        func(Para) bool
		fix        func(Para) child
	}{
		{"align", "dàn đều hai lề", func(p Para) bool { return p.Align != "both" },
			func(Para) child { return child{name: "jc", attrs: attrs("val", "both")} }},
		{"indent", "thụt đầu dòng " + ps["indent"].String() + " mm", func(p Para) bool { return !ps["indent"].has(p.FirstLine) },
			func(p Para) child {
				return child{name: "ind", attrs: attrs("firstLine", twipsOf(formOr(ps["indent"], k.f.FirstLineIndent, p.FirstLine)), "hanging", "", "firstLineChars", "", "hangingChars", "")}
			}},
		{"after", "cách đoạn sau " + ps["after"].String() + " pt", func(p Para) bool { return !ps["after"].has(p.After) },
			func(p Para) child {
				return child{name: "spacing", attrs: attrs("after", fmt.Sprint(int(20*formOr(ps["after"], k.f.ParagraphAfter, p.After))), "afterLines", "", "afterAutospacing", "")}
			}},
		{"line", k.lineWant(ps), func(p Para) bool { return !k.lineOK(ps, p) },
			func(p Para) child { return k.lineFix(ps, p) }},
	}
	for _, c := range checks {
		var prob *Problem
		n := 0
		for i, p := range k.doc.Paras {
			if k.l.roles[i] != Body || p.Part > 1 || !c.bad(p) || (c.name == "align" || c.name == "indent") && heading(p) {
				continue
			}
			if prob == nil {
				prob = k.addRule("body", i, "Hãy chọn các đoạn nội dung và đặt lại ở Định dạng đoạn (Paragraph), hoặc dùng baocao check --fix.",
					"Đoạn nội dung phải %s (đang là %s)", c.want, k.paraNow(c.name, p))
				prob.Fixable = true
			}
			n++
			prob.fix = append(prob.fix, paraEdit(p, c.fix(p)))
		}
		if prob != nil && n > 1 {
			prob.What += fmt.Sprintf("; %d đoạn như vậy", n)
		}
	}
}

func (k *run) paraNow(prop string, p Para) string {
	switch prop {
	case "align":
		return map[string]string{"left": "căn trái", "center": "căn giữa", "right": "căn phải"}[p.Align]
	case "indent":
		return num(p.FirstLine) + " mm"
	case "after":
		return num(p.After) + " pt"
	}
	if p.LineRule == "auto" || p.LineRule == "" {
		return num(max(p.Line, 1)) + " dòng"
	}
	return num(p.Line) + " pt"
}

func (k *run) lineWant(ps map[string]span) string {
	if e, ok := ps["exact"]; ok && k.f.LineExact > 0 {
		return "giãn dòng chính xác " + e.String() + " pt"
	}
	return "giãn dòng " + ps["line"].String() + " dòng"
}

// lineOK accepts the form's own kind of spacing, and the other kind when
// the data gives a range for it.
func (k *run) lineOK(ps map[string]span, p Para) bool {
	if p.LineRule == "auto" || p.LineRule == "" {
		sp, ok := ps["line"]
		return !ok || sp.has(max(p.Line, 1))
	}
	sp, ok := ps["exact"]
	return !ok || sp.has(p.Line)
}

func (k *run) lineFix(ps map[string]span, p Para) child {
	if k.f.LineExact > 0 {
		v := ps["exact"].nearest(k.f.LineExact)
		return child{name: "spacing", attrs: attrs("line", fmt.Sprint(int(20*v)), "lineRule", "exact")}
	}
	v := ps["line"].nearest(max(p.Line, 1))
	if p.LineRule != "auto" && p.LineRule != "" {
		v = k.f.LineSpacing
	}
	return child{name: "spacing", attrs: attrs("line", fmt.Sprint(int(240*v)), "lineRule", "auto")}
}

// formOr is the form's own value when the allowed range holds it (what
// baocao's exports use), else the allowed value nearest to now.
func formOr(sp span, form, now float64) float64 {
	if sp.has(form) {
		return form
	}
	return sp.nearest(now)
}

// aligned adds (once per element) the problem of paragraphs of an element
// not aligned as the form places it, with the edit for each.
func (k *run) aligned(found map[string]*int, i int, e Element, want string) {
	key := string(e) + "/align"
	at, ok := found[key]
	if !ok {
		n := len(k.r.Problems)
		at = &n
		found[key] = at
		words := map[string]string{"center": "căn giữa", "left": "căn trái", "right": "căn phải", "both": "dàn đều"}
		k.addRule("align", i, "Hãy chọn đoạn và căn lề lại (Trang đầu > Đoạn văn), hoặc dùng baocao check --fix.",
			"%s phải %s (đang %s)", capital(elementNames[e]), words[want], words[k.doc.Paras[i].Align])
	}
	p := &k.r.Problems[*at]
	p.Fixable = true
	p.fix = append(p.fix, paraEdit(k.doc.Paras[i], child{name: "jc", attrs: attrs("val", want)}))
}

// heading reports a heading inside the body (bold, short: "I. KẾT QUẢ",
// "1. Cải cách thủ tục"), which forms place freely (centred, or flush with
// the margin); the body's alignment and indent do not apply to it.
func heading(p Para) bool {
	return boldAll(p) && len(strings.Fields(p.Text)) <= 20
}
