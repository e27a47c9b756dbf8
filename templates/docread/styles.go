package docread

import (
	"strconv"
	"strings"
)

// style is a resolved paragraph or character style.
type style struct {
	name          string
	outline       int // 1–9, 0 for none
	align         string
	bold, italic  bool
	numID, ilvl   string
	hasNum        bool
	boldSet, iSet bool
	font          string // the font of its Latin text, see fontOf
}

// styles maps style IDs to resolved styles (basedOn chains followed).
type styles map[string]style

func readStyles(root *node) styles {
	raw := map[string]*node{}
	def, font := "", ""
	if root != nil {
		font = fontOf(root.path("styles", "docDefaults", "rPrDefault", "rPr"))
		for _, s := range root.path("styles").kids {
			if s.name != "style" {
				continue
			}
			raw[s.attr1("styleId")] = s
			if on, _ := flagAttr(s.attr1("default")); on && s.attr1("type") == "paragraph" {
				def = s.attr1("styleId")
			}
		}
	}
	out := styles{}
	for id := range raw {
		st := resolveStyle(id, raw, 0)
		if st.font == "" && raw[id].attr1("type") == "paragraph" {
			st.font = font
		}
		out[id] = st
	}
	if def != "" {
		out[""] = out[def]
	} else {
		out[""] = style{font: font}
	}
	return out
}

// resolveStyle resolves a style with its basedOn chain, at most 20 deep
// (a loop in a broken file ends there).
func resolveStyle(id string, raw map[string]*node, depth int) style {
	n := raw[id]
	if n == nil || depth > 20 {
		return style{}
	}
	st := style{}
	if base, ok := n.val("basedOn"); ok && base != id {
		st = resolveStyle(base, raw, depth+1)
	}
	st.name, _ = n.val("name")
	ppr := n.child("pPr")
	if v, ok := ppr.val("outlineLvl"); ok {
		if lvl, err := strconv.Atoi(v); err == nil && lvl >= 0 && lvl < 9 {
			st.outline = lvl + 1
		}
	}
	if v, ok := ppr.val("jc"); ok {
		st.align = alignOf(v)
	}
	if np := ppr.child("numPr"); np != nil {
		st.numID, _ = np.val("numId")
		st.ilvl, _ = np.val("ilvl")
		st.hasNum = true
	}
	rpr := n.child("rPr")
	if f := fontOf(rpr); f != "" {
		st.font = f
	}
	if b, ok := rpr.flag("b"); ok {
		st.bold, st.boldSet = b, true
	}
	if i, ok := rpr.flag("i"); ok {
		st.italic, st.iSet = i, true
	}
	if st.outline == 0 {
		st.outline = headingLevel(st.name)
	}
	return st
}

func flagAttr(v string) (on, set bool) {
	switch v {
	case "":
		return false, false
	case "0", "false", "off":
		return false, true
	}
	return true, true
}

// headingLevel reads the level of a built-in heading style's name
// ("heading 2", "Heading 2", "Title" is 0).
func headingLevel(name string) int {
	low := strings.ToLower(name)
	if !strings.HasPrefix(low, "heading ") {
		return 0
	}
	n, err := strconv.Atoi(strings.TrimSpace(low[len("heading "):]))
	if err != nil || n < 1 || n > 9 {
		return 0
	}
	return n
}

func alignOf(jc string) string {
	switch jc {
	case "center":
		return "center"
	case "right", "end":
		return "right"
	case "both", "distribute", "lowKashida", "mediumKashida", "highKashida", "thaiDistribute":
		return "both"
	}
	return "left"
}
