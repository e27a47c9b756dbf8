package formcheck

import (
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// Where a paragraph's text sits across the page decides the region of the
// form it is in, whatever the clerk placed it with: a table's column, tab
// stops, an indent, a frame or a text box. Lengths are millimetres from
// the left margin.

// Sides of the page, as Para.Side gives them.
const (
	SideLeft   = "left"
	SideMiddle = "middle"
	SideRight  = "right"
)

// sideOf is the side of a text centred at c in a text area of width w:
// left of 42 %, right of 58 %, else the middle.
func sideOf(c, w float64) string {
	switch {
	case c < 0.42*w:
		return SideLeft
	case c > 0.58*w:
		return SideRight
	}
	return SideMiddle
}

// span is a stretch across the page, from the left margin.
type hspan struct{ l, r float64 }

// sectionArea is the text area of a section: its left margin and width.
type sectionArea struct{ left, width float64 }

// areas reads the text area of each section in order, from the sectPr
// elements of the body, so that paragraphs can be placed as they are read.
func areas(body *node) []sectionArea {
	var out []sectionArea
	add := func(sp *node) {
		a := sectionArea{left: 30, width: 165} // A4 with the form's margins, when the file gives none
		if sz := sp.child("pgSz"); sz != nil && twips(sz.attr1("w")) > 0 {
			a.width = twipsToMM(sz.attr1("w")) - 30 - 15
		}
		if m := sp.child("pgMar"); m != nil {
			a.left = twipsToMM(m.attr1("left")) + twipsToMM(m.attr1("gutter"))
			if sz := sp.child("pgSz"); sz != nil && twips(sz.attr1("w")) > 0 {
				a.width = twipsToMM(sz.attr1("w")) - a.left - twipsToMM(m.attr1("right"))
			}
		}
		if a.width < 20 {
			a.width = 165
		}
		out = append(out, a)
	}
	for _, k := range body.children() {
		if k.name == "p" {
			if sp := k.path("pPr", "sectPr"); sp != nil {
				add(sp)
			}
		}
	}
	add(body.child("sectPr"))
	return out
}

// area is the text area of the section being read.
func (w *walker) area() sectionArea {
	i := min(len(w.doc.Sections), len(w.areas)-1)
	if i < 0 {
		return sectionArea{left: 30, width: 165}
	}
	return w.areas[i]
}

// container is the stretch a paragraph is laid in: the table cell or text
// box holding it, else the text area.
func (w *walker) container() hspan {
	if w.inside != nil {
		return *w.inside
	}
	return hspan{0, w.area().width}
}

// tableGrid reads a table's column widths (mm) and the stretch it spans in
// its container: from its indent, as wide as its columns, or as its
// stated width (in twips or fiftieths of a percent), or as the container.
func tableGrid(tbl *node, in hspan) ([]float64, hspan) {
	var grid []float64
	sum := 0.0
	for _, g := range tbl.path("tblGrid").children() {
		if g.name == "gridCol" {
			grid = append(grid, max(twipsToMM(g.attr1("w")), 0))
			sum += grid[len(grid)-1]
		}
	}
	l := in.l + twipsToMM(tbl.path("tblPr", "tblInd").attr1("w"))
	width := widthOf(tbl.path("tblPr", "tblW"), in.r-in.l)
	switch {
	case sum > 0:
		width = sum
	case width <= 0:
		width = in.r - in.l
	}
	return grid, hspan{l, l + width}
}

// widthOf reads a w:tblW or w:tcW: twips ("dxa", or no type) or fiftieths
// of a percent of whole ("pct", "50%" too); 0 when auto or absent.
func widthOf(n *node, whole float64) float64 {
	v := n.attr1("w")
	if pct, ok := strings.CutSuffix(v, "%"); ok {
		return twips(pct) / 100 * whole
	}
	switch n.attr1("type") {
	case "pct":
		return twips(v) / 5000 * whole
	case "dxa", "":
		return max(twipsToMM(v), 0)
	}
	return 0
}

// rowCells is the stretch of each cell of a table row: by the grid
// columns it spans, else by its own width, else an equal share of the
// table.
func rowCells(tr *node, grid []float64, table hspan) []hspan {
	var tcs []*node
	for _, tc := range tr.children() {
		if tc.name == "tc" {
			tcs = append(tcs, tc)
		}
	}
	out := make([]hspan, len(tcs))
	x, col := table.l, 0
	for i, tc := range tcs {
		span := 1
		if v, ok := tc.path("tcPr").val("gridSpan"); ok {
			span = max(1, min(int(twips(v)), 64))
		}
		width := 0.0
		if col+span <= len(grid) {
			for _, g := range grid[col : col+span] {
				width += g
			}
		}
		if width <= 0 {
			width = widthOf(tc.path("tcPr", "tcW"), table.r-table.l)
		}
		if width <= 0 {
			width = (table.r - table.l) / float64(len(tcs))
		}
		out[i] = hspan{x, x + width}
		x, col = x+width, col+span
	}
	return out
}

// tabStop is a tab stop: its position from the paragraph's container's
// left edge and its kind (left, center, right).
type tabStop struct {
	pos  float64
	kind string
}

// tabStops resolves the paragraph's tab stops through its style chain; a
// "clear" stop removes one a style set.
func tabStops(layers []*node) []tabStop {
	at := map[int]string{}
	for _, l := range layers {
		for _, t := range l.child("tabs").children() {
			if t.name != "tab" {
				continue
			}
			pos := int(math.Round(twips(t.attr1("pos"))))
			switch kind := t.attr1("val"); kind {
			case "clear":
				delete(at, pos)
			case "center", "right":
				at[pos] = kind
			case "end":
				at[pos] = "right"
			case "bar":
			default:
				at[pos] = "left"
			}
		}
	}
	var out []tabStop
	for pos, kind := range at {
		out = append(out, tabStop{pos: float64(pos) * 25.4 / 1440, kind: kind})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].pos < out[j].pos })
	return out
}

// textWidth estimates the width of text at size pt in Times New Roman:
// capitals about 0.7 em, other letters 0.5 em, spaces 0.25 em.
func textWidth(s string, size float64) float64 {
	em := 0.0
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			em += 0.25
		case unicode.IsUpper(r):
			em += 0.7
		case unicode.IsMark(r):
		default:
			em += 0.5
		}
	}
	return em * size * 25.4 / 72
}

// piece is one tab-separated part of a typed line with the runs it spans.
type piece struct {
	runs   []Run
	center float64
}

// place lays the paragraph's text out in its container: each part after
// a tab at its tab stop (the explicit ones, else Word's default stops),
// each part after a run of spaces that far on, a text without either by
// the paragraph's alignment. It returns the parts with text, each with its
// centre, and marks the paragraph Tabbed when tabs or spaces place it.
func (w *walker) place(p *Para, stops []tabStop, indL, indR float64) []piece {
	box := w.container()
	l, r := box.l+indL, box.r-indR
	if r-l < 10 {
		r = l + 10
	}
	parts := splitRuns(p.Runs)
	p.Tabbed = len(parts) > 1
	x := l + max(p.FirstLine, -indL)
	var out []piece
	for k, part := range parts {
		width := 0.0
		for _, run := range part.runs {
			width += textWidth(run.Text, size(run))
		}
		kind, prev := "", x
		switch {
		case k > 0 && part.spaces > 0:
			x, kind = x+part.spaces, "left"
		case k > 0:
			var stop float64
			stop, kind = w.nextStop(x-box.l, stops, indL)
			x = box.l + stop
		}
		var c float64
		switch { // text at a centre or right stop never starts before the text ahead of it ends
		case kind == "center":
			c = max(x, prev+width/2)
		case kind == "right":
			c = max(x-width/2, prev+width/2)
		case kind == "left" || len(parts) > 1:
			c = x + width/2
		case p.Align == "center":
			c = (l + r) / 2
		case p.Align == "right":
			c = r - min(width, r-l)/2
		default:
			c = l + max(p.FirstLine, -indL) + min(width, r-l)/2
		}
		x = c + width/2
		if hasText(part.runs) {
			out = append(out, piece{runs: part.runs, center: c})
		}
	}
	return out
}

// nextStop is the first tab stop right of x: an explicit one, else the
// next of Word's default stops (every 12.7 mm), or the hanging indent.
func (w *walker) nextStop(x float64, stops []tabStop, indL float64) (float64, string) {
	for _, s := range stops {
		if s.pos > x+0.5 {
			return s.pos, s.kind
		}
	}
	if indL > x+0.5 {
		return indL, "left"
	}
	step := w.defTab
	return (math.Floor((x+0.5)/step) + 1) * step, "left"
}

// gapRe is what sets the parts of a typed line apart: a tab, or three
// spaces or more (ordinary or no-break).
var gapRe = regexp.MustCompile("\t|[ \u00a0]{3,}")

// part is one part of a typed line: its runs, and the width (mm) of the
// spaces before it when spaces rather than a tab set it apart.
type part struct {
	runs   []Run
	spaces float64
}

// splitRuns cuts a paragraph's runs at its tabs and wide spaces: the runs
// of each part, a run holding text on both sides of a gap split into runs
// on the same element, marked split.
func splitRuns(runs []Run) []part {
	parts := []part{{}}
	for _, r := range runs {
		gaps := gapRe.FindAllStringIndex(r.Text, -1)
		filled, at := 0, 0
		for _, g := range append(gaps, []int{len(r.Text), len(r.Text)}) {
			if strings.TrimSpace(r.Text[at:g[0]]) != "" {
				filled++
			}
			at = g[1]
		}
		at = 0
		for k := 0; k <= len(gaps); k++ {
			end := len(r.Text)
			if k < len(gaps) {
				end = gaps[k][0]
			}
			if k > 0 {
				gap := r.Text[gaps[k-1][0]:gaps[k-1][1]]
				next := part{}
				if gap != "\t" {
					next.spaces = textWidth(gap, size(r))
				}
				parts = append(parts, next)
			}
			if t := r.Text[at:end]; t != "" {
				piece := r
				piece.Text, piece.split = t, filled > 1
				parts[len(parts)-1].runs = append(parts[len(parts)-1].runs, piece)
			}
			if k < len(gaps) {
				at = gaps[k][1]
			}
		}
	}
	return parts
}

func hasText(runs []Run) bool {
	for _, r := range runs {
		if strings.TrimSpace(r.Text) != "" {
			return true
		}
	}
	return false
}

// typedLine reports whether a line of tab-separated parts is a heading or
// signature typed with tabs ("UBND XÃ A<TAB>CỘNG HÒA…") rather than a body
// paragraph with a tab in it: a part is an element of the form by its
// fixed words or shape, or every part is short and the line is not
// justified like the body.
func typedLine(parts []string, align string) bool {
	short := align != "both"
	for _, s := range parts {
		t := letters(s)
		if t == stateMotto || t == partyMotto || t == sloganText || numberRe.MatchString(s) || dateRe.MatchString(s) ||
			authRe.MatchString(s) || strings.HasPrefix(t, "noi nhan") {
			return true
		}
		short = short && len(strings.Fields(s)) <= 12
	}
	return short
}

// framed is the stretch of a paragraph in a frame (w:framePr), from its
// x or xAlign and width, or false when it is not framed.
func (w *walker) framed(fp *node, text float64) (hspan, bool) {
	if fp == nil {
		return hspan{}, false
	}
	a := w.area()
	width := twipsToMM(fp.attr1("w"))
	if width <= 0 {
		width = min(text, a.width)
	}
	return alignedSpan(a, twipsToMM(fp.attr1("x")), width, fp.attr1("hAnchor") == "page", fp.attr1("xAlign")), true
}

// alignedSpan is the stretch of an object width wide at x (from the page's
// edge when fromPage, else from the margin), or where its alignment puts
// it in the text area: left, center, right (inside and outside as on a
// one-sided page).
func alignedSpan(a sectionArea, x, width float64, fromPage bool, align string) hspan {
	if fromPage {
		x -= a.left
	}
	switch align {
	case "center":
		x = (a.width - width) / 2
	case "right", "outside":
		x = a.width - width
	case "left", "inside":
		x = 0
	}
	return hspan{x, x + width}
}

// textBox is a text box found in a run, with the stretch it is anchored
// at; above is true when it sits above its anchor paragraph (at the top of
// the page, or lifted above the paragraph), so it is read before it.
type textBox struct {
	content *node
	at      hspan
	above   bool
}

// boxesIn finds the text boxes of a drawing (wps:txbx), a VML shape
// (v:textbox) or both alternatives of mc:AlternateContent (the first that
// has one, so a box is read once).
func (w *walker) boxesIn(n *node, at textBox) []textBox {
	var out []textBox
	switch n.name {
	case "txbxContent":
		at.content = n
		return []textBox{at}
	case "x:AlternateContent":
		var found []textBox
		for _, alt := range n.children() {
			boxes := w.boxesIn(alt, at)
			if found == nil {
				found = boxes
			} else if len(boxes) == len(found) {
				for i := range boxes {
					twins(found[i].content, boxes[i].content)
				}
			}
		}
		return found
	case "x:anchor", "x:inline":
		at.at, at.above = w.anchorSpan(n, at.at), anchorAbove(n.child("x:positionV"))
	case "x:shape", "x:rect", "x:roundrect":
		at.at, at.above = w.vmlSpan(n.attr1("style"), at.at), vmlAbove(n.attr1("style"))
	}
	for _, k := range n.children() {
		out = append(out, w.boxesIn(k, at)...)
	}
	return out
}

// twins pairs the elements of two copies of a text box's content, element
// by element while their names agree, so that a fix of one is made in the
// other.
func twins(a, b *node) {
	if a.name != b.name || a.twin != nil {
		return
	}
	a.twin = b
	for i := range min(len(a.kids), len(b.kids)) {
		twins(a.kids[i], b.kids[i])
	}
}

// anchorSpan reads a DrawingML anchor's horizontal position (an offset or
// an alignment, from the margin or the page) and width (extent, in EMU).
func (w *walker) anchorSpan(n *node, at hspan) hspan {
	a := w.area()
	width := emu(n.child("x:extent").attr1("cx"))
	if width <= 0 {
		width = at.r - at.l
	}
	ph := n.child("x:positionH")
	if ph == nil {
		return at
	}
	x := 0.0
	if off := ph.child("x:posOffset"); off != nil {
		x = emu(off.text)
	}
	return alignedSpan(a, x, width, ph.attr1("relativeFrom") == "page", ph.child("x:align").content())
}

// topOfPage is how far down the page (mm, from the page's or the margin's
// top) a box still sits in the heading.
const topOfPage = 80

// anchorAbove reads a DrawingML anchor's vertical position: at the top of
// the page or margin, or lifted above its paragraph.
func anchorAbove(pv *node) bool {
	off := emu(pv.child("x:posOffset").content())
	switch pv.attr1("relativeFrom") {
	case "page", "margin", "topMargin":
		align := pv.child("x:align").content()
		return align == "top" || align == "" && off < topOfPage
	}
	return off < -1
}

// vmlAbove reads a VML shape's vertical position the same way.
func vmlAbove(style string) bool {
	props := cssProps(style)
	top := cssLength(props["margin-top"]) + cssLength(props["top"])
	switch props["mso-position-vertical-relative"] {
	case "page", "margin", "top-margin-area":
		return props["mso-position-vertical"] == "top" || top < topOfPage
	}
	return top < -1
}

// cssProps splits a VML style into its properties.
func cssProps(style string) map[string]string {
	props := map[string]string{}
	for _, decl := range strings.Split(style, ";") {
		k, v, _ := strings.Cut(decl, ":")
		props[strings.TrimSpace(k)] = strings.TrimSpace(v)
	}
	return props
}

// vmlSpan reads a VML shape's style: margin-left and width in pt, or the
// horizontal alignment, relative to the margin or the page.
func (w *walker) vmlSpan(style string, at hspan) hspan {
	a := w.area()
	props := cssProps(style)
	width := cssLength(props["width"])
	if width <= 0 {
		width = at.r - at.l
	}
	x := cssLength(props["margin-left"]) + cssLength(props["left"])
	return alignedSpan(a, x, width, props["mso-position-horizontal-relative"] == "page", props["mso-position-horizontal"])
}

// emu converts English Metric Units to millimetres.
func emu(v string) float64 {
	n, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
	if err != nil || !(math.Abs(n) <= 1e9) { // NaN too
		return 0
	}
	return n / 36000
}

// cssLength reads a VML length ("12pt", "1.5in", "30mm", "2cm").
func cssLength(v string) float64 {
	for unit, mm := range map[string]float64{"pt": 25.4 / 72, "in": 25.4, "mm": 1, "cm": 10, "px": 25.4 / 96} {
		if num, ok := strings.CutSuffix(v, unit); ok {
			n, err := strconv.ParseFloat(num, 64)
			if err != nil || !(math.Abs(n) <= 1e6) { // NaN too
				return 0
			}
			return n * mm
		}
	}
	return 0
}
