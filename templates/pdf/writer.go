package pdf

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"codeberg.org/go-pdf/fpdf"
	"golang.org/x/text/unicode/norm"

	"github.com/baocao/baocao/templates/layout"
)

// ptMM is one point in millimetres.
const ptMM = 25.4 / 72

// Spacing of the parts around the body (points), as in package docx.
const (
	headerGap  = 6.0
	titleGap   = 12.0
	subjectGap = 12.0
	ruleGap    = 3.0
	ruleWidth  = 0.3  // mm, the weight of the short rules
	minRule    = 12.0 // mm, the shortest rule under the issuing body
	// em multiples: the height of a single-spaced line and the baseline
	// below its top, for Times New Roman metrics.
	lineEm     = 1.15
	baselineEm = 0.9
)

// style is a font size and face.
type style struct {
	size                    float64
	bold, italic, underline bool
}

// styleOf is a form element's style.
func styleOf(s layout.Style) style {
	return style{size: s.Size, bold: s.Bold, italic: s.Italic, underline: s.Underline}
}

// left is the left margin of the current page: on a form printed on both
// sides, an even page (the back of a sheet) takes the back margin.
func (w *writer) left() float64 { return w.form.LeftOn(w.f.PageNo()) }

// bodyLine is the height of a body line: the form's exact spacing, or its
// spacing in lines.
func (w *writer) bodyLine() float64 {
	if w.form.LineExact > 0 {
		return w.form.LineExact * ptMM
	}
	return lineHeight(w.form.Body.Size, w.form.LineSpacing)
}

// writer draws a Doc, keeping a cursor: the frame (x, width) being filled
// and the top y of the next line.
type writer struct {
	f        *fpdf.Fpdf
	form     layout.Form
	x, width float64
	y        float64
	glyphs   glyphLog
	notes    pageNotes
}

// Render writes d as a PDF in form f, stamped as created at created (the
// export time; the same time gives the same bytes). When some characters
// have no glyph in the PDF's fonts it still returns the whole PDF, with a
// *MissingGlyphsError naming them: they print as blanks, and the caller
// must say so (or refuse the file) rather than pass it on in silence.
func Render(d layout.Doc, form layout.Form, created time.Time) ([]byte, error) {
	f := fpdf.New("P", "mm", "", "")
	f.SetCatalogSort(true)
	f.SetCreationDate(created)
	f.SetModificationDate(created)
	f.SetTitle(text(d.Title+" "+d.Subject), true)
	f.SetCreator("baocao", true)
	f.SetLang("vi-VN")
	f.SetMargins(form.MarginLeft, form.MarginTop, form.MarginRight)
	f.SetAutoPageBreak(false, form.MarginBottom)
	addFonts(f)
	w := &writer{f: f, form: form, notes: pageNotes{all: collectNotes(d), sizes: map[int]float64{}}}
	f.SetHeaderFunc(w.pageNumber)
	w.newPage()
	w.document(d)
	w.flushNotes()
	var buf bytes.Buffer
	if err := f.Output(&buf); err != nil {
		return nil, fmt.Errorf("pdf: %w", err)
	}
	return buf.Bytes(), w.glyphs.err()
}

// nfc makes a string NFC.
func nfc(s string) string { return norm.NFC.String(s) }

// text makes a string NFC before it is drawn, each character the fonts
// cannot draw shown as Substitute (Render reports them).
func text(s string) string {
	s = norm.NFC.String(s)
	if len(Missing(s)) == 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		if !CanDraw(r) {
			return Substitute
		}
		return r
	}, s)
}

// Substitute is drawn in place of a character the fonts cannot draw, so
// that the gap shows on paper (a white square).
const Substitute = '□'

func (w *writer) newPage() {
	w.flushNotes()
	before := w.left()
	w.f.AddPageFormat("P", fpdf.SizeType{Wd: w.form.PageWidth, Ht: w.form.PageHeight})
	w.y = w.form.MarginTop
	// The frame moves with the margin of a mirrored page.
	if w.f.PageNo() > 1 {
		w.x += w.left() - before
	}
}

// pageNumber draws the number centred over the text, its top the form's
// distance from the top edge (HD 05 IV.5.1: 10 mm), from page 2 on unless
// the form numbers page 1 too.
func (w *writer) pageNumber() {
	n := w.f.PageNo()
	if n < 2 && !w.form.PageNumberFirst {
		return
	}
	st := styleOf(w.form.PageNumber)
	w.use(st)
	s := fmt.Sprint(n)
	x := w.left() + (w.form.TextWidth()-w.f.GetStringWidth(s))/2
	w.f.Text(x, w.form.PageNumberTop+st.size*ptMM*baselineEm, s)
}

func (w *writer) use(s style) {
	st := ""
	if s.bold {
		st += "B"
	}
	if s.italic {
		st += "I"
	}
	w.f.SetFont(family, st, s.size)
}

// lineHeight is the height of a line of size pt at the form's spacing.
func lineHeight(size, spacing float64) float64 { return size * ptMM * lineEm * spacing }

// ensure starts a new page when h millimetres do not fit on this one.
func (w *writer) ensure(h float64) {
	if w.y+h > w.bottom() {
		w.newPage()
	}
}

// frame sets the area being filled.
func (w *writer) frame(x, width float64) { w.x, w.width = x, width }

// measure returns the width of s in style st, as drawn (see text).
func (w *writer) measure(s string, st style) float64 {
	w.use(st)
	return w.f.GetStringWidth(text(s))
}

// line draws one line of text at the cursor, aligned in the frame, and moves
// down by the line height.
func (w *writer) line(s string, st style, align string, spacing float64) {
	h := lineHeight(st.size, spacing)
	w.ensure(h)
	w.use(st)
	w.glyphs.note(nfc(s))
	s = text(s)
	x := w.x
	tw := w.f.GetStringWidth(s)
	if align == "C" {
		x += (w.width - tw) / 2
	}
	base := w.y + (h-st.size*ptMM*lineEm)/2 + st.size*ptMM*baselineEm
	w.f.Text(x, base, s)
	if st.underline {
		w.f.SetLineWidth(ruleWidth / 2)
		w.f.Line(x, base+0.6, x+tw, base+0.6)
	}
	w.y += h
}

// rule draws a short solid rule, length mm, centred in the frame.
func (w *writer) rule(length float64) {
	length = min(length, w.width)
	y := w.y + ruleGap*ptMM
	w.f.SetLineWidth(ruleWidth)
	x := w.x + (w.width-length)/2
	w.f.Line(x, y, x+length, y)
	w.y = y + ruleGap*ptMM
}

// centred draws text centred in the frame: an upper-case name broken into
// balanced lines (layout.NameLines), other text wrapped; text that fits
// keeps its spaces (the room a blank number or day leaves for the văn
// thư, "Số:      /BC-UBND").
func (w *writer) centred(s string, st style, balance bool) {
	s = nfc(s)
	measure := func(t string) float64 { return w.measure(t, st) }
	var lines []string
	switch {
	case balance:
		lines = layout.NameLines(s, w.width, measure)
	case measure(s) <= w.width:
		lines = []string{s}
	default:
		for _, l := range wrap(layout.Words(s), w.width, w.width, measure) {
			lines = append(lines, strings.Join(l, " "))
		}
	}
	for _, l := range lines {
		w.line(l, st, "C", 1)
	}
}
