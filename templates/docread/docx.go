package docread

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/baocao/baocao/model"
)

// readDOCX reads a Word document's body.
func readDOCX(name string, data []byte, lim Limits) (Document, error) {
	p, err := openPackage(name, data, lim)
	if err != nil {
		return Document{}, err
	}
	rels, err := p.Related()
	if err != nil {
		return Document{}, err
	}
	parts := map[string]*node{}
	for _, kind := range []string{"styles", "numbering", "footnotes", "endnotes"} {
		if rels[kind] == "" {
			continue
		}
		if parts[kind], err = p.tree(rels[kind]); err != nil {
			return Document{}, err
		}
	}
	root, err := p.tree(p.main)
	if err != nil {
		return Document{}, err
	}
	body := root.path("document", "body")
	if body == nil {
		return Document{}, fail("tệp %s không có phần thân văn bản (word/document.xml hỏng hoặc thiếu); hãy mở bằng Word và lưu lại thành .docx", base(name))
	}
	w := &walker{st: readStyles(parts["styles"]), nb: readNumbering(parts["numbering"]),
		doc: &Document{Format: "docx"}, b: &budget{lim: lim, name: name}, legacy: map[string]int{}}
	w.notes = map[string]string{}
	for _, kind := range []string{"footnotes", "endnotes"} {
		w.readNotes(parts[kind], kind)
	}
	w.block(body)
	if w.b.err != nil {
		return Document{}, w.b.err
	}
	if s := body.child("sectPr"); s != nil {
		w.sections = append(w.sections, sectionEnd(s, len(w.doc.Paras)))
	}
	markLandscape(w.doc.Tables, w.sections)
	w.doc.Converted = append(p.notes, legacyNotes(w.legacy)...)
	return *w.doc, nil
}

// walker turns the body's elements into paragraphs.
type walker struct {
	st     styles
	nb     *numbering
	doc    *Document
	b      *budget
	notes  map[string]string // "footnotes:3" → text
	noteN  int
	legacy map[string]int // legacy encoding → runs converted

	tables, table, row, cell int
	box                      bool
	sections                 []section // the section ends met, in order
}

// readNotes reads footnotes or endnotes (kind) into w.notes, skipping the
// separators.
func (w *walker) readNotes(root *node, kind string) {
	if root == nil {
		return
	}
	for _, n := range root.path(kind).kids {
		if t := n.attr1("type"); t != "" && t != "normal" {
			continue
		}
		sub := &walker{st: w.st, nb: readNumbering(nil), doc: &Document{}, b: w.b, notes: map[string]string{}, legacy: w.legacy}
		sub.block(n)
		var texts []string
		for _, p := range sub.doc.Paras {
			texts = append(texts, p.Full())
		}
		w.notes[kind+":"+n.attr1("id")] = strings.Join(texts, " ")
		w.doc.Inserted += sub.doc.Inserted
		w.doc.Deleted += sub.doc.Deleted
	}
}

// block reads block-level content: paragraphs, tables, content controls,
// tracked block insertions.
func (w *walker) block(n *node) {
	if n == nil {
		return
	}
	for _, k := range n.kids {
		if w.b.err != nil {
			return
		}
		switch k.name {
		case "p":
			w.para(k)
		case "tbl":
			w.tbl(k)
		case "sdt":
			w.block(k.child("sdtContent"))
		case "customXml", "ins", "moveTo", "sdtContent", "txbxContent", "footnote", "endnote":
			w.block(k)
		case "del", "moveFrom":
			w.doc.Deleted++
		case "mc:AlternateContent":
			w.block(choice(k))
		}
	}
}

// choice returns the branch of mc:AlternateContent to read: the first
// Choice, else the Fallback. Never both, or text boxes come out twice.
func choice(n *node) *node {
	if c := n.child("mc:Choice"); c != nil {
		return c
	}
	return n.child("mc:Fallback")
}

func (w *walker) tbl(n *node) {
	saved := [3]int{w.table, w.row, w.cell}
	top, start := w.table == 0, len(w.doc.Paras)
	if top {
		w.tables++
		w.table = w.tables
	}
	w.row = 0
	for _, tr := range rows(n) {
		w.row++
		w.cell = 0
		for _, tc := range cells(tr) {
			w.cell++
			w.block(tc)
		}
	}
	if top {
		t := tableOf(n, w.table, w.doc.Paras[start:])
		t.At = len(w.doc.Paras)
		w.doc.Tables = append(w.doc.Tables, t)
	}
	w.table, w.row, w.cell = saved[0], saved[1], saved[2]
}

// rows and cells look through content controls and custom XML around rows
// and cells.
func rows(n *node) []*node  { return collect(n, "tr") }
func cells(n *node) []*node { return collect(n, "tc") }

func collect(n *node, name string) []*node {
	var out []*node
	for _, k := range n.kids {
		switch k.name {
		case name:
			out = append(out, k)
		case "sdt":
			out = append(out, collect(k.child("sdtContent"), name)...)
		case "customXml", "ins":
			out = append(out, collect(k, name)...)
		}
	}
	return out
}

// inline is the state of one paragraph being read.
type inline struct {
	style  style
	spans  []Span
	boxes  []*node
	notes  []string
	fields []bool // per open complex field: true once its result begins
	size   int    // bytes of text so far
}

func (w *walker) para(n *node) {
	ppr := n.child("pPr")
	id, _ := ppr.val("pStyle")
	st := w.st[id]
	in := &inline{style: st}
	w.inline(n, in)
	if !w.b.para() {
		return
	}
	p := Para{Style: st.name, Outline: st.outline, Align: st.align, Table: w.table, Row: w.row, Cell: w.cell, Box: w.box, Notes: in.notes}
	if v, ok := ppr.val("jc"); ok {
		p.Align = alignOf(v)
	}
	if p.Align == "" {
		p.Align = "left"
	}
	if v, ok := ppr.val("outlineLvl"); ok {
		if lvl, err := strconv.Atoi(v); err == nil && lvl >= 0 && lvl < 9 {
			p.Outline = lvl + 1
		}
	}
	num := w.number(ppr, st)
	if !w.b.spend(len(num)) {
		return
	}
	p.Num = model.CleanLine(num)
	p.Spans = cleanSpans(joinSpans(in.spans))
	p.Text = tidy(spanText(p.Spans))
	if !w.b.paraLen(w.b.paras, p.Full()) {
		return
	}
	p.Bold = allOf(p.Spans, func(s Span) bool { return s.Bold })
	p.Italic = allOf(p.Spans, func(s Span) bool { return s.Italic })
	if p.Text != "" {
		w.doc.Paras = append(w.doc.Paras, p)
	}
	if s := ppr.child("sectPr"); s != nil && w.table == 0 {
		w.sections = append(w.sections, sectionEnd(s, len(w.doc.Paras)))
	}
	for _, box := range in.boxes {
		saved := w.box
		w.box = true
		w.block(box)
		w.box = saved
	}
}

// number returns the paragraph's numbering text, direct or from its style.
func (w *walker) number(ppr *node, st style) string {
	numID, ilvl := st.numID, st.ilvl
	if np := ppr.child("numPr"); np != nil {
		if v, ok := np.val("numId"); ok {
			numID = v
		}
		if v, ok := np.val("ilvl"); ok {
			ilvl = v
		}
	}
	if numID == "" {
		return ""
	}
	l, _ := strconv.Atoi(ilvl)
	return w.nb.next(numID, l)
}

// inline reads the content of a paragraph (or of a hyperlink, field,
// insertion … inside it).
func (w *walker) inline(n *node, in *inline) {
	if n == nil { // a content control without content
		return
	}
	for _, k := range n.kids {
		if w.b.err != nil {
			return
		}
		switch k.name {
		case "r":
			w.run(k, in)
		case "ins":
			w.doc.Inserted++
			w.inline(k, in)
		case "moveTo":
			w.doc.Moved++
			w.inline(k, in)
		case "del":
			w.doc.Deleted++
		case "moveFrom":
		case "hyperlink", "smartTag", "customXml", "fldSimple", "bdo", "dir", "sdtContent":
			w.inline(k, in)
		case "sdt":
			w.inline(k.child("sdtContent"), in)
		case "mc:AlternateContent":
			w.inline(choice(k), in)
		}
	}
}

// visible reports whether text read now is shown: not inside a field's
// instructions.
func (in *inline) visible() bool {
	for _, result := range in.fields {
		if !result {
			return false
		}
	}
	return true
}

func (w *walker) run(r *node, in *inline) {
	rpr := r.child("rPr")
	bold, italic := w.runFormat(rpr, in.style)
	under := underlined(rpr)
	enc, caps := fontEncoding(w.runFont(rpr, in.style))
	add := func(s string) {
		if !in.visible() {
			return
		}
		if enc != "" {
			var ok bool
			if s, ok = convertLegacy(s, enc, caps); ok {
				w.legacy[enc]++
			}
		}
		in.size += len(s)
		if !w.b.spend(len(s)) {
			return
		}
		if in.size > utf8.UTFMax*w.b.lim.ParaLen {
			w.b.paraLen(w.b.paras+1, spanText(in.spans)+s)
			return
		}
		in.spans = append(in.spans, Span{Text: s, Bold: bold, Italic: italic, Underline: under})
	}
	for _, k := range r.kids {
		switch k.name {
		case "t":
			add(k.text)
		case "tab", "ptab":
			add(" ")
		case "br", "cr":
			if k.attr1("type") == "page" || k.attr1("type") == "column" {
				add(" ")
			} else {
				add("\n")
			}
		case "noBreakHyphen":
			add("-")
		case "sym":
			add(symText(k.attr1("char")))
		case "fldChar":
			w.fieldChar(k.attr1("fldCharType"), in)
		case "footnoteReference", "endnoteReference":
			w.noteRef(k, in, add)
		case "drawing", "pict", "object", "mc:AlternateContent", "x:txbx":
			in.boxes = append(in.boxes, findBoxes(k)...)
		case "delText":
			w.doc.Deleted++
		}
	}
}

func (w *walker) fieldChar(kind string, in *inline) {
	switch kind {
	case "begin":
		if len(in.fields) < 64 {
			in.fields = append(in.fields, false)
		}
	case "separate":
		if n := len(in.fields); n > 0 {
			in.fields[n-1] = true
		}
	case "end":
		if n := len(in.fields); n > 0 {
			in.fields = in.fields[:n-1]
		}
	}
}

// noteRef leaves "[n]" in the text and keeps the note with the paragraph.
func (w *walker) noteRef(k *node, in *inline, add func(string)) {
	kind := "footnotes"
	if k.name == "endnoteReference" {
		kind = "endnotes"
	}
	text, ok := w.notes[kind+":"+k.attr1("id")]
	if !ok || !in.visible() || !w.b.spend(len(text)) {
		return
	}
	w.noteN++
	n := strconv.Itoa(w.noteN)
	mark := "[" + n + "]"
	before := len(in.spans)
	add(mark)
	if len(in.spans) > before {
		in.spans[before].Note = n
	}
	in.notes = append(in.notes, mark+" "+model.CleanLine(text))
}

// findBoxes returns the text box contents under a drawing, reading one
// branch of each mc:AlternateContent.
func findBoxes(n *node) []*node {
	if n == nil {
		return nil
	}
	switch n.name {
	case "txbxContent":
		return []*node{n}
	case "mc:AlternateContent":
		return findBoxes(choice(n))
	}
	var out []*node
	for _, k := range n.kids {
		out = append(out, findBoxes(k)...)
	}
	return out
}

// runFormat resolves a run's bold and italic: direct formatting, else its
// character style, else the paragraph's style.
func (w *walker) runFormat(rpr *node, pst style) (bold, italic bool) {
	bold, italic = pst.bold, pst.italic
	if id, ok := rpr.val("rStyle"); ok {
		cs := w.st[id]
		if cs.boldSet {
			bold = cs.bold
		}
		if cs.iSet {
			italic = cs.italic
		}
	}
	if b, ok := rpr.flag("b"); ok {
		bold = b
	}
	if i, ok := rpr.flag("i"); ok {
		italic = i
	}
	return bold, italic
}

// runFont returns the font a run's Latin text is drawn in: its own, else
// its character style's, else its paragraph style's (which holds the
// document's default).
func (w *walker) runFont(rpr *node, pst style) string {
	if f := fontOf(rpr); f != "" {
		return f
	}
	if id, ok := rpr.val("rStyle"); ok && w.st[id].font != "" {
		return w.st[id].font
	}
	return pst.font
}

// fontOf reads the font of the high ANSI range (where legacy Vietnamese
// letters are), else of ASCII, from a w:rPr.
func fontOf(rpr *node) string {
	f := rpr.child("rFonts")
	if f == nil {
		return ""
	}
	for _, a := range f.attr {
		if a.Name.Local == "hAnsi" && a.Value != "" {
			return a.Value
		}
	}
	return f.attr1("ascii")
}

// legacyNotes says which runs were converted from legacy font encodings.
func legacyNotes(counts map[string]int) []string {
	var out []string
	for _, enc := range []string{encTCVN3, encVNI} {
		if n := counts[enc]; n > 0 {
			out = append(out, sprintf("%d đoạn chữ gõ bằng phông %s", n, enc))
		}
	}
	return out
}

// underlined reports a run's direct underline (w:u other than "none").
func underlined(rpr *node) bool {
	v, ok := rpr.val("u")
	return ok && v != "" && v != "none"
}

// symText is the character of a w:sym, unless it is a symbol-font glyph.
func symText(hex string) string {
	v, err := strconv.ParseUint(hex, 16, 32)
	if err != nil || (v >= 0xe000 && v <= 0xf8ff) || v < 0x20 {
		return ""
	}
	return string(rune(v))
}

func cleanSpans(spans []Span) []Span {
	for i := range spans {
		spans[i].Text = model.Clean(spans[i].Text)
	}
	return spans
}

// tidy trims each line of a paragraph and the paragraph itself, and
// collapses runs of spaces (Word users align with spaces).
func tidy(s string) string {
	lines := strings.Split(s, "\n")
	out := lines[:0]
	for _, l := range lines {
		l = strings.Join(strings.Fields(l), " ")
		out = append(out, l)
	}
	return strings.Trim(strings.Join(out, "\n"), "\n ")
}
