package formcheck

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"sort"
	"strings"
)

// edit is one change Fix makes to document.xml: the properties element of
// owner (a w:r's rPr, a w:p's pPr, or owner itself when it is a sectPr)
// gets the children in set, each replacing the child of that name with
// its attributes merged; or, for a w:t, old text replaced by new.
type edit struct {
	owner    *node
	props    string
	set      []child
	old, new string
}

// child is a property element to set; an attribute with an empty value is
// removed.
type child struct {
	name  string
	attrs [][2]string
}

func attrs(kv ...string) [][2]string {
	out := make([][2]string, 0, len(kv)/2)
	for i := 0; i+1 < len(kv); i += 2 {
		out = append(out, [2]string{kv[i], kv[i+1]})
	}
	return out
}

func sectEdit(s Section, c child) edit { return edit{owner: s.node, set: []child{c}} }
func runEdit(r Run, c ...child) edit   { return edit{owner: r.node, props: "rPr", set: c} }
func paraEdit(p Para, c ...child) edit { return edit{owner: p.node, props: "pPr", set: c} }

// onOff is a toggle property set explicitly on or off.
func onOff(name string, on bool) child {
	if on {
		return child{name: name}
	}
	return child{name: name, attrs: attrs("val", "0")}
}

// Fix returns a copy of the file with every fixable problem corrected and
// the problems it could not fix. Only the changed properties and
// characters differ; every other part and byte is copied.
func (r *Result) Fix() ([]byte, []Problem, error) {
	var edits []edit
	var left []Problem
	for _, p := range r.Problems {
		if p.Fixable && len(p.fix) > 0 {
			edits = append(edits, p.fix...)
		} else {
			left = append(left, p)
		}
	}
	doc, err := applyEdits(r.doc.mainData, edits)
	if err != nil {
		return nil, nil, err
	}
	out, err := r.doc.rezip(doc)
	return out, left, err
}

// rezip writes the package again with the main part replaced.
func (d *Doc) rezip(main []byte) ([]byte, error) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range d.pkg.Names() {
		data := main
		if name != d.main {
			var err error
			if data, err = d.pkg.Part(name); err != nil {
				return nil, err
			}
		}
		method := zip.Deflate
		if name == "mimetype" {
			method = zip.Store
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: method})
		if err != nil {
			return nil, err
		}
		if _, err := w.Write(data); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// splice replaces data[from:to].
type splice struct {
	from, to int
	with     []byte
}

// applyEdits rewrites the elements the edits touch, merging edits of the
// same element, and copies the rest.
func applyEdits(data []byte, edits []edit) ([]byte, error) {
	type key struct {
		owner *node
		props string
	}
	merged := map[key][]child{}
	var order []key
	var splices []splice
	for _, e := range edits { // a text box's other copy is changed alike
		if e.owner != nil && e.owner.twin != nil {
			twin := e
			twin.owner = e.owner.twin
			edits = append(edits, twin)
		}
	}
	for _, e := range edits {
		if e.owner == nil {
			continue
		}
		if e.owner.name == "t" {
			splices = append(splices, textSplice(data, e))
			continue
		}
		k := key{e.owner, e.props}
		if _, ok := merged[k]; !ok {
			order = append(order, k)
		}
		merged[k] = append(merged[k], e.set...)
	}
	for _, k := range order {
		splices = append(splices, propsSplice(data, k.owner, k.props, merged[k]))
	}
	sort.Slice(splices, func(i, j int) bool { return splices[i].from < splices[j].from })
	var out bytes.Buffer
	at := 0
	for _, s := range splices {
		if s.from < at {
			continue // nested in an element already rewritten
		}
		out.Write(data[at:s.from])
		out.Write(s.with)
		at = s.to
	}
	out.Write(data[at:])
	return out.Bytes(), nil
}

// textSplice replaces the first occurrence of old in a w:t's content.
func textSplice(data []byte, e edit) splice {
	n := e.owner
	inner := data[n.open:n.end]
	if i := bytes.LastIndexByte(inner, '<'); i >= 0 {
		inner = inner[:i]
	}
	oldEsc, newEsc := escape(e.old), escape(e.new)
	i := bytes.Index(inner, []byte(oldEsc))
	if n.selfClosing || i < 0 {
		return splice{from: n.start, to: n.start}
	}
	return splice{from: n.open + i, to: n.open + i + len(oldEsc), with: []byte(newEsc)}
}

func escape(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}

// propsSplice rebuilds the properties element of owner (or owner itself
// for a sectPr) with the children set, in the schema's order.
func propsSplice(data []byte, owner *node, props string, set []child) splice {
	target := owner
	if props != "" {
		target = owner.child(props)
	}
	prefix := owner.prefix
	if target == nil { // no properties yet: insert them first in the owner
		var b bytes.Buffer
		writeProps(&b, data, prefix, props, nil, set)
		return splice{from: owner.open, to: owner.open, with: b.Bytes()}
	}
	var b bytes.Buffer
	writeProps(&b, data, prefix, target.name, target, set)
	return splice{from: target.start, to: target.end, with: b.Bytes()}
}

// writeProps writes <prefix:name …> with the old children kept (those set
// merged with the new attributes) and the new ones added, sorted in the
// schema's order.
func writeProps(b *bytes.Buffer, data []byte, prefix, name string, old *node, set []child) {
	type item struct {
		rank int
		raw  []byte
	}
	pick := map[string]child{}
	for _, c := range set {
		if p, ok := pick[c.name]; ok {
			p.attrs = append(p.attrs, c.attrs...)
			c = p
		}
		pick[c.name] = c
	}
	var items []item
	if old != nil {
		for _, k := range old.kids {
			if c, ok := pick[k.name]; ok {
				items = append(items, item{rankOf(name, k.name), element(prefix, c.name, mergeAttrs(k, c.attrs))})
				delete(pick, k.name)
				continue
			}
			items = append(items, item{rankOf(name, k.name), data[k.start:k.end]})
		}
	}
	for _, c := range set {
		if c, ok := pick[c.name]; ok {
			items = append(items, item{rankOf(name, c.name), element(prefix, c.name, mergeAttrs(nil, c.attrs))})
			delete(pick, c.name)
		}
	}
	sort.SliceStable(items, func(i, j int) bool { return items[i].rank < items[j].rank })
	if old != nil && !old.selfClosing {
		b.Write(data[old.start:old.open])
	} else if old != nil {
		b.Write(bytes.TrimSuffix(bytes.TrimSuffix(data[old.start:old.open], []byte("/>")), []byte(" ")))
		b.WriteString(">")
	} else {
		b.WriteString("<" + qname(prefix, name) + ">")
	}
	for _, it := range items {
		b.Write(it.raw)
	}
	b.WriteString("</" + qname(prefix, name) + ">")
}

func qname(prefix, name string) string {
	if prefix == "" {
		return name
	}
	return prefix + ":" + name
}

// mergeAttrs lays new attributes over an element's old ones; an empty
// value removes the attribute.
func mergeAttrs(old *node, set [][2]string) [][2]string {
	var out [][2]string
	if old != nil {
		for _, a := range old.attr {
			n := a.Name.Local
			if a.Name.Space != "" {
				n = a.Name.Space + ":" + a.Name.Local
			}
			out = append(out, [2]string{n, a.Value})
		}
	}
	for _, kv := range set {
		replaced := false
		for i := range out {
			if localOf(out[i][0]) == kv[0] {
				out[i][1], replaced = kv[1], true
			}
		}
		if !replaced {
			out = append(out, kv)
		}
	}
	kept := out[:0]
	for _, kv := range out {
		if kv[1] != "" {
			kept = append(kept, kv)
		}
	}
	return kept
}

func localOf(n string) string {
	if i := strings.IndexByte(n, ':'); i >= 0 {
		return n[i+1:]
	}
	return n
}

// element writes an empty element with attributes; an unprefixed
// attribute takes the element's prefix (w:val).
func element(prefix, name string, as [][2]string) []byte {
	var b bytes.Buffer
	b.WriteString("<" + qname(prefix, name))
	for _, kv := range as {
		n := kv[0]
		if !strings.Contains(n, ":") {
			n = qname(prefix, n)
		}
		b.WriteString(" " + n + "=\"" + escape(kv[1]) + "\"")
	}
	b.WriteString("/>")
	return b.Bytes()
}

// Schema order of the children of rPr, pPr and sectPr (ECMA-376 Part 1,
// 17.3.2.28, 17.3.1.26, 17.6.17); an unlisted child keeps its place among
// the listed ones by sorting after them.
var schemaOrder = map[string][]string{
	"rPr": {"rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline", "shadow",
		"emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing", "w", "kern", "position",
		"sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang",
		"eastAsianLayout", "specVanish", "oMath"},
	"pPr": {"pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
		"suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap", "overflowPunct",
		"topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind",
		"contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection", "textAlignment",
		"textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange"},
	"sectPr": {"headerReference", "footerReference", "footnotePr", "endnotePr", "type", "pgSz", "pgMar", "paperSrc",
		"pgBorders", "lnNumType", "pgNumType", "cols", "formProt", "vAlign", "noEndnote", "titlePg", "textDirection",
		"bidi", "rtlGutter", "docGrid", "printerSettings", "sectPrChange"},
}

func rankOf(parent, name string) int {
	for i, n := range schemaOrder[parent] {
		if n == name {
			return i
		}
	}
	return len(schemaOrder[parent])
}
