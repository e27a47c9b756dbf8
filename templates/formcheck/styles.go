package formcheck

import "strconv"

// styles resolves paragraph and run properties through styles.xml: the
// document defaults, then each style's basedOn chain, root first.
type styles struct {
	byID           map[string]*node
	defaultPara    string
	defRPr, defPPr *node
	theme          map[string]string // "minor"/"major" → Latin font
}

func readStyles(root *node, theme map[string]string) *styles {
	s := &styles{byID: map[string]*node{}, theme: theme}
	st := root.child("styles")
	if st == nil {
		return s
	}
	s.defRPr = st.path("docDefaults", "rPrDefault", "rPr")
	s.defPPr = st.path("docDefaults", "pPrDefault", "pPr")
	for _, k := range st.kids {
		if k.name != "style" {
			continue
		}
		id := k.attr1("styleId")
		s.byID[id] = k
		if k.attr1("type") == "paragraph" && isOn(k.attr1("default")) {
			s.defaultPara = id
		}
	}
	return s
}

func isOn(v string) bool { return v == "1" || v == "true" || v == "on" }

// chain returns the style and its ancestors, root first; loops end it.
func (s *styles) chain(id string) []*node {
	var out []*node
	seen := map[string]bool{}
	for id != "" && !seen[id] && len(out) < 64 {
		seen[id] = true
		st := s.byID[id]
		if st == nil {
			break
		}
		out = append([]*node{st}, out...)
		id, _ = st.val("basedOn")
	}
	return out
}

// paraChain is the pPr and rPr layers of a paragraph style, defaults first.
func (s *styles) paraChain(id string) (pprs, rprs []*node) {
	if id == "" || s.byID[id] == nil {
		id = s.defaultPara
	}
	pprs, rprs = []*node{s.defPPr}, []*node{s.defRPr}
	for _, st := range s.chain(id) {
		pprs = append(pprs, st.child("pPr"))
		rprs = append(rprs, st.child("rPr"))
	}
	return pprs, rprs
}

// charChain is the rPr layers of a character style.
func (s *styles) charChain(id string) []*node {
	var out []*node
	for _, st := range s.chain(id) {
		out = append(out, st.child("rPr"))
	}
	return out
}

// runProps are a run's resolved properties.
type runProps struct {
	font                          string
	size                          float64 // pt
	bold, italic, caps, underline bool
}

// apply lays one rPr over the properties.
func (p *runProps) apply(rpr *node, theme map[string]string) {
	if rpr == nil {
		return
	}
	if f := rpr.child("rFonts"); f != nil {
		if v := f.attr1("ascii"); v != "" {
			p.font = v
		} else if v := f.attr1("hAnsi"); v != "" {
			p.font = v
		} else if v := f.attr1("asciiTheme"); v != "" && theme != nil {
			p.font = theme[themeKind(v)]
		}
	}
	if v, ok := rpr.val("sz"); ok {
		if n, err := strconv.Atoi(v); err == nil && n > 0 && n < 4000 {
			p.size = float64(n) / 2
		}
	}
	if on, ok := rpr.flag("b"); ok {
		p.bold = on
	}
	if on, ok := rpr.flag("i"); ok {
		p.italic = on
	}
	if on, ok := rpr.flag("caps"); ok {
		p.caps = on
	}
	if v, ok := rpr.val("u"); ok {
		p.underline = v != "none" && v != "0"
	}
}

func themeKind(v string) string {
	if len(v) >= 5 && v[:5] == "major" {
		return "major"
	}
	return "minor"
}

// paraProps are a paragraph's resolved layout.
type paraProps struct {
	align     string
	firstLine float64 // mm; negative for a hanging indent
	after     float64 // pt
	line      float64 // lines when lineRule is auto, else pt
	lineRule  string
	// left and right are the paragraph's indents from its container (mm).
	left, right float64
}

func (p *paraProps) apply(ppr *node) {
	if ppr == nil {
		return
	}
	if v, ok := ppr.val("jc"); ok {
		p.align = alignOf(v)
	}
	if ind := ppr.child("ind"); ind != nil {
		if v := ind.attr1("firstLine"); v != "" {
			p.firstLine = twipsToMM(v)
		}
		if v := ind.attr1("hanging"); v != "" {
			p.firstLine = -twipsToMM(v)
		}
		for _, name := range []string{"left", "start"} {
			if v := ind.attr1(name); v != "" {
				p.left = twipsToMM(v)
			}
		}
		for _, name := range []string{"right", "end"} {
			if v := ind.attr1(name); v != "" {
				p.right = twipsToMM(v)
			}
		}
	}
	if sp := ppr.child("spacing"); sp != nil {
		if v := sp.attr1("after"); v != "" {
			p.after = twips(v) / 20
		}
		if v := sp.attr1("line"); v != "" {
			p.lineRule = sp.attr1("lineRule")
			if p.lineRule == "" {
				p.lineRule = "auto"
			}
			if p.lineRule == "auto" {
				p.line = twips(v) / 240
			} else {
				p.line = twips(v) / 20
			}
		}
	}
}

func alignOf(v string) string {
	switch v {
	case "both", "distribute", "justify":
		return "both"
	case "center", "right", "left":
		return v
	case "end":
		return "right"
	}
	return "left"
}

func twips(v string) float64 {
	n, err := strconv.ParseFloat(v, 64)
	if err != nil || n < -1e6 || n > 1e6 {
		return 0
	}
	return n
}

func twipsToMM(v string) float64 { return twips(v) * 25.4 / 1440 }
