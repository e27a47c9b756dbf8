package formcheck

import (
	"path"
	"strings"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/templates/docread"
)

// Doc is what the checker reads of a Word file: its sections' page setup
// and its paragraphs with resolved formatting, in reading order.
type Doc struct {
	Sections []Section
	Paras    []Para
	// Mirror is settings.xml's mirrorMargins (two-sided layout).
	Mirror bool
	// PagesKnown is true when Word saved where pages break
	// (lastRenderedPageBreak), so Para.Page is meaningful.
	PagesKnown bool
	// boxLined marks the text boxes (by Para.Box) anchored in a paragraph
	// that also draws a shape, such as the rule under a heading.
	boxLined map[int]bool

	pkg      *docread.Package
	main     string
	mainData []byte
}

// Section is one section's page setup, lengths in millimetres.
type Section struct {
	Width, Height, Top, Bottom, Left, Right, Gutter float64
	Landscape                                       bool
	// TitlePage is Word's "different first page"; Numbered a PAGE field
	// in the default header or footer; NumberedFirst one in the first
	// page's (or the default one's when there is no different first page).
	TitlePage, Numbered, NumberedFirst bool
	// firstHasPage is a PAGE field in the first page's own header or
	// footer, shown only with TitlePage.
	firstHasPage bool
	// First and Last are the indexes of the section's first and last
	// paragraphs in Doc.Paras (Last is -1 for an empty section).
	First, Last int

	node *node
}

// Para is one paragraph with its runs and resolved layout.
type Para struct {
	Text      string
	Runs      []Run
	Align     string
	FirstLine float64 // mm; negative for a hanging indent
	After     float64 // pt
	Line      float64 // lines when LineRule is "auto", else points
	LineRule  string
	// Table is 1 + the index of the top-level table holding the paragraph
	// (0 outside tables); Row and Cell locate it. Box is 1 + the index of
	// the text box holding it (0 outside text boxes).
	Table, Row, Cell, Box int
	// Num is the paragraph's number in the file (from 1). A line typed
	// with tabs or spaces ("UBND XÃ A<TAB>CỘNG HÒA…") is read as one Para per part,
	// each with the line's Num and Part its place among them (from 1; 0
	// for a paragraph not split).
	Num, Part int
	// Center is where the text's middle sits across the page (mm from the
	// left margin) and Side the region that makes it: SideLeft, SideMiddle
	// or SideRight, whether a table, tabs, indents, a frame or a text box
	// put it there.
	Center float64
	Side   string
	// Tabbed is true when tabs or runs of spaces place the text, so the
	// paragraph's alignment says nothing of where it is.
	Tabbed bool
	// Page is the page the paragraph starts on when Doc.PagesKnown.
	Page int
	// Rule marks an empty paragraph drawn as a horizontal rule (a border).
	Rule bool
	// Drawn is a line drawn with the paragraph: a top or bottom border,
	// or a drawing (shape) anchored in it.
	Drawn bool

	node *node
}

// Run is a run of text with one resolved formatting.
type Run struct {
	Text                          string
	Font                          string
	Size                          float64
	Bold, Italic, Caps, Underline bool

	node *node
	// split is true when the run holds a tab between two parts of a typed
	// line, so its properties are shared by two elements.
	split bool
}

// Read opens a Word file through package docread (so it is refused or
// accepted exactly as the importer does) and reads what the checker needs.
func Read(name string, data []byte) (*Doc, error) {
	if _, err := docread.Read(name, data); err != nil {
		return nil, err
	}
	pkg, err := docread.Open(name, data)
	if err != nil {
		return nil, err
	}
	d := &Doc{pkg: pkg, main: pkg.Main()}
	if d.mainData, err = pkg.Part(d.main); err != nil {
		return nil, err
	}
	root, err := parseXML(d.mainData)
	if err != nil {
		return nil, broken(name, d.main, err)
	}
	body := root.path("document", "body")
	if body == nil {
		return nil, &docread.Error{Msg: "tệp " + path.Base(name) + " không có phần thân văn bản; hãy mở bằng Word và lưu lại thành .docx"}
	}
	rels, err := d.relations()
	if err != nil {
		return nil, err
	}
	st := readStyles(d.tree(rels["styles"]), readTheme(d.tree(rels["theme"])))
	if set := d.tree(path.Dir(d.main) + "/settings.xml"); set != nil {
		_, d.Mirror = set.path("settings").val("mirrorMargins")
	}
	w := &walker{doc: d, st: st, rels: rels, areas: areas(body), defTab: 12.7}
	if set := d.tree(path.Dir(d.main) + "/settings.xml"); set != nil {
		if v, ok := set.path("settings").val("defaultTabStop"); ok && twipsToMM(v) >= 1 {
			w.defTab = twipsToMM(v)
		}
	}
	w.block(body)
	w.endSection(body.child("sectPr"))
	return d, nil
}

func broken(name, part string, err error) error {
	return &docread.Error{Msg: "tệp " + path.Base(name) + " bị hỏng ở phần " + part + " (" + err.Error() + "); hãy mở bằng Word, để Word sửa tệp rồi lưu lại thành .docx"}
}

// relations maps the main part's relationship kinds ("styles", "theme")
// and IDs ("id:rId3") to part names.
func (d *Doc) relations() (map[string]string, error) {
	rels, err := d.pkg.Relationships()
	out := map[string]string{}
	for _, r := range rels {
		out[r.Kind] = r.Target
		out["id:"+r.ID] = r.Target
	}
	return out, err
}

// tree parses a part; a missing, unreadable or broken part is nil (the
// checker then judges by defaults, as Word would).
func (d *Doc) tree(part string) *node {
	if part == "" {
		return nil
	}
	data, err := d.pkg.Part(part)
	if err != nil || data == nil {
		return nil
	}
	root, err := parseXML(data)
	if err != nil {
		return nil
	}
	return root
}

func readTheme(root *node) map[string]string {
	fs := root.path("x:theme", "x:themeElements", "x:fontScheme")
	if fs == nil {
		return nil
	}
	return map[string]string{
		"major": fs.path("x:majorFont", "x:latin").attr1("typeface"),
		"minor": fs.path("x:minorFont", "x:latin").attr1("typeface"),
	}
}

// walker reads the body in order.
type walker struct {
	doc  *Doc
	st   *styles
	rels map[string]string

	tables, table, row, cell int
	page                     int
	sectionStart             int
	paras                    int

	// areas are the sections' text areas, defTab Word's default tab stop
	// (mm); inside is the cell or text box being read, nil for the page.
	areas  []sectionArea
	defTab float64
	inside *hspan
	boxes  int
	box    int
	// pending are the text boxes of the paragraph being read, read after
	// it; shapes counts its drawings that are not text boxes.
	pending []textBox
	shapes  int
}

func (w *walker) block(n *node) {
	for _, k := range n.children() {
		switch k.name {
		case "p":
			w.para(k)
		case "tbl":
			w.tbl(k)
		case "sdt":
			w.block(k.child("sdtContent"))
		case "customXml", "ins", "moveTo", "sdtContent":
			w.block(k)
		}
	}
}

func (w *walker) tbl(n *node) {
	saved, savedIn := [3]int{w.table, w.row, w.cell}, w.inside
	if w.table == 0 {
		w.tables++
		w.table = w.tables
	}
	grid, box := tableGrid(n, w.container())
	w.row = 0
	for _, tr := range n.children() {
		if tr.name != "tr" {
			continue
		}
		w.row++
		w.cell = 0
		cells := rowCells(tr, grid, box)
		for _, tc := range tr.children() {
			if tc.name != "tc" {
				continue
			}
			w.inside = &cells[w.cell]
			w.cell++
			w.block(tc)
			w.inside = savedIn
		}
	}
	w.table, w.row, w.cell = saved[0], saved[1], saved[2]
}

func (w *walker) para(n *node) {
	ppr := n.child("pPr")
	styleID, _ := ppr.val("pStyle")
	pprs, rprs := w.st.paraChain(styleID)
	var pp paraProps
	for _, l := range append(pprs, ppr) {
		pp.apply(l)
	}
	if _, ok := ppr.val("pageBreakBefore"); ok {
		w.page++
	}
	w.paras++
	p := Para{Align: pp.align, FirstLine: pp.firstLine, After: pp.after, Line: pp.line, LineRule: pp.lineRule,
		Table: w.table, Row: w.row, Cell: w.cell, Box: w.box, Num: w.paras, Page: w.page + 1, node: n}
	if p.Align == "" {
		p.Align = "left"
	}
	w.pending, w.shapes = nil, 0
	w.runs(n, &p, rprs)
	p.Text = model.CleanLine(joinRuns(p.Runs))
	p.Rule = p.Text == "" && ppr.child("pBdr") != nil
	bordered := false
	for _, l := range append(pprs, ppr) { // a style's border counts unless the paragraph's own replaces it
		if b := l.child("pBdr"); b != nil {
			bordered = border(b)
		}
	}
	p.Drawn = p.Drawn || bordered
	boxes, lined := w.pending, w.shapes > 0
	w.pending = nil
	for _, b := range boxes {
		if b.above {
			w.readBox(b, lined)
		}
	}
	w.add(p, append(pprs, ppr), pp)
	for _, b := range boxes {
		if !b.above {
			w.readBox(b, lined)
		}
	}
	if sp := ppr.child("sectPr"); sp != nil {
		w.endSection(sp)
	}
}

// add places a paragraph and appends it: a line typed with tabs as one
// Para per part.
func (w *walker) add(p Para, layers []*node, pp paraProps) {
	savedIn := w.inside
	defer func() { w.inside = savedIn }()
	if box, ok := w.framed(layers[len(layers)-1].child("framePr"), textWidth(p.Text, 13)); ok {
		w.inside = &box
	}
	pieces := w.place(&p, tabStops(layers), pp.left, pp.right)
	texts := make([]string, len(pieces))
	for i, pc := range pieces {
		texts[i] = model.CleanLine(joinRuns(pc.runs))
	}
	width := w.area().width
	if len(pieces) < 2 || !typedLine(texts, p.Align) {
		p.Center = (w.container().l + w.container().r) / 2
		if len(pieces) > 0 {
			p.Center = pieces[0].center
		}
		p.Side = sideOf(p.Center, width)
		w.doc.Paras = append(w.doc.Paras, p)
		return
	}
	for i, pc := range pieces {
		part := p
		part.Runs, part.Text, part.Part = pc.runs, texts[i], i+1
		part.Center, part.Side = pc.center, sideOf(pc.center, width)
		w.doc.Paras = append(w.doc.Paras, part)
	}
}

// readBox reads the paragraphs of a text box, laid in its stretch.
func (w *walker) readBox(b textBox, lined bool) {
	savedIn, savedBox := w.inside, w.box
	w.boxes++
	if lined {
		if w.doc.boxLined == nil {
			w.doc.boxLined = map[int]bool{}
		}
		w.doc.boxLined[w.boxes] = true
	}
	w.box, w.inside = w.boxes, &b.at
	w.block(b.content)
	w.inside, w.box = savedIn, savedBox
}

func joinRuns(runs []Run) string {
	var b strings.Builder
	for _, r := range runs {
		b.WriteString(r.Text)
	}
	return b.String()
}

// runs reads the runs of a paragraph, through hyperlinks, fields and
// tracked insertions; field instructions and deletions are not text.
func (w *walker) runs(n *node, p *Para, rprs []*node) {
	for _, k := range n.children() {
		switch k.name {
		case "r":
			w.run(k, p, rprs)
		case "ins", "moveTo", "hyperlink", "smartTag", "customXml", "fldSimple", "sdtContent":
			w.runs(k, p, rprs)
		case "sdt":
			w.runs(k.child("sdtContent"), p, rprs)
		}
	}
}

func (w *walker) run(r *node, p *Para, prs []*node) {
	rpr := r.child("rPr")
	var rp runProps
	for _, l := range prs {
		rp.apply(l, w.st.theme)
	}
	if id, ok := rpr.val("rStyle"); ok {
		for _, l := range w.st.charChain(id) {
			rp.apply(l, w.st.theme)
		}
	}
	rp.apply(rpr, w.st.theme)
	var b strings.Builder
	for _, k := range r.children() {
		switch k.name {
		case "t":
			b.WriteString(k.text)
		case "tab", "ptab":
			b.WriteString("\t")
		case "br", "cr":
			if k.attr1("type") == "page" {
				w.page++
			}
			b.WriteString("\n")
		case "noBreakHyphen":
			b.WriteString("-")
		case "drawing", "pict", "x:AlternateContent":
			p.Drawn = true
			found := w.boxesIn(k, textBox{at: w.container()})
			if len(found) == 0 {
				w.shapes++
			}
			w.pending = append(w.pending, found...)
		case "lastRenderedPageBreak":
			w.doc.PagesKnown = true
			w.page++
		}
	}
	p.Runs = append(p.Runs, Run{Text: b.String(), Font: rp.font, Size: rp.size, Bold: rp.bold,
		Italic: rp.italic, Caps: rp.caps, Underline: rp.underline, node: r})
}

// endSection closes the section that ends here with its sectPr.
func (w *walker) endSection(sp *node) {
	if sp == nil && len(w.doc.Sections) > 0 {
		return
	}
	s := Section{First: w.sectionStart, Last: len(w.doc.Paras) - 1, node: sp}
	if sz := sp.child("pgSz"); sz != nil {
		s.Width, s.Height = twipsToMM(sz.attr1("w")), twipsToMM(sz.attr1("h"))
		s.Landscape = sz.attr1("orient") == "landscape" || s.Width > s.Height
	}
	if m := sp.child("pgMar"); m != nil {
		s.Top, s.Bottom = twipsToMM(m.attr1("top")), twipsToMM(m.attr1("bottom"))
		s.Left, s.Right, s.Gutter = twipsToMM(m.attr1("left")), twipsToMM(m.attr1("right")), twipsToMM(m.attr1("gutter"))
	}
	_, s.TitlePage = sp.val("titlePg")
	if on, set := sp.flag("titlePg"); set {
		s.TitlePage = on
	}
	for _, k := range sp.children() {
		if k.name != "headerReference" && k.name != "footerReference" {
			continue
		}
		has := w.hasPageField(w.rels["id:"+k.attr1("id")])
		switch k.attr1("type") {
		case "first":
			s.firstHasPage = s.firstHasPage || has
		case "default", "":
			s.Numbered = s.Numbered || has
		}
	}
	s.NumberedFirst = s.Numbered
	if s.TitlePage {
		s.NumberedFirst = s.firstHasPage
	}
	w.doc.Sections = append(w.doc.Sections, s)
	w.sectionStart = len(w.doc.Paras)
}

// hasPageField reports whether a header or footer part shows a PAGE field.
func (w *walker) hasPageField(part string) bool {
	root := w.doc.tree(part)
	found := false
	var walk func(*node)
	walk = func(n *node) {
		for _, k := range n.children() {
			if k.name == "instrText" && strings.Contains(strings.ToUpper(k.text), "PAGE") ||
				k.name == "fldSimple" && strings.Contains(strings.ToUpper(k.attr1("instr")), "PAGE") {
				found = true
			}
			walk(k)
		}
	}
	if root != nil {
		walk(root)
	}
	return found
}

// border reports a visible top or bottom paragraph border.
func border(b *node) bool {
	for _, side := range []string{"top", "bottom"} {
		if v, ok := b.val(side); ok && v != "nil" && v != "none" {
			return true
		}
	}
	return false
}
