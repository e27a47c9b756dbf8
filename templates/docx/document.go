package docx

import (
	"fmt"
	"strings"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/templates/layout"
)

// Spacing of the parts around the body (points), chosen for a balanced
// page; the decree fixes none of them.
const (
	headerGap  = 6.0  // between the header lines that the form separates
	titleGap   = 12.0 // above the title, below the header table
	subjectGap = 12.0 // below the rule under the subject
	ruleWeight = 1.0  // type size of a rule paragraph's empty run
	ruleGap    = 3.0  // between a line of text and the rule under it
	// dashSpaceEm is the width of "- " in Times New Roman (hyphen 333 and
	// space 250 thousandths of an em): the hanging indent of a recipient.
	dashSpaceEm = 0.583
	// minRule is the shortest rule under the issuing body (mm), for a name
	// not typed yet or a very short one.
	minRule = 12.0
)

const nsMain = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ` +
	`xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`

// documentXML writes word/document.xml.
func documentXML(d layout.Doc, f layout.Form) string {
	var b strings.Builder
	b.WriteString(xmlHeader + `<w:document ` + nsMain + `><w:body>`)
	headerTable(&b, d.Header, f)
	for _, p := range append(titleParas(d, f), toParas(d, f)...) {
		p.write(&b)
	}
	for i, bl := range d.Body {
		if bl.Kind == layout.TableBlock {
			tableBlock(&b, bl.Table, f)
			continue
		}
		p := bodyPara(d.Body, i, f)
		if i == len(d.Body)-1 {
			// Keep the closing sentence with the signature block.
			p.keepNext = true
		}
		p.write(&b)
	}
	signatureTable(&b, d, f)
	appendicesAndSections(&b, d, f)
	b.WriteString(`</w:body></w:document>`)
	return b.String()
}

const xmlHeader = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"

// centred returns a centred paragraph. Upper-case names are broken into
// balanced lines (layout.NameLines, which never breaks inside a fixed
// name); mixed-case text is left for the word processor to wrap, as an
// estimate of its width is too rough to break it.
func centred(text string, st layout.Style, width float64, upper bool) para {
	lines := []string{text}
	if upper {
		lines = layout.NameLines(text, width, func(s string) float64 { return layout.Estimate(s, st.Size, upper) })
	}
	return centredLines(lines, st)
}

// centredLines returns a centred paragraph of the given lines.
func centredLines(lines []string, st layout.Style) para {
	return para{align: "center", runs: []run{styled(lines, st)}}
}

// styled is a run of lines in a form's style.
func styled(lines []string, st layout.Style) run {
	return run{lines: lines, size: st.Size, bold: st.Bold, italic: st.Italic, underline: st.Underline}
}

// rule is a short solid rule of length mm, centred in a space width mm wide.
func rule(length, width float64) para {
	if length > width {
		length = width
	}
	side := twips((width - length) / 2)
	// The rule is the paragraph's top border: ruleGap above it and, as in
	// the PDF, ruleGap under it, so that both prints break pages alike.
	return para{ruleTop: true, before: ptTwips(ruleGap), exact: ptTwips(ruleGap), indLeft: side, indRight: side,
		runs: []run{{size: ruleWeight}}}
}

// headerTable writes the header: the issuing body beside the motto, then
// the number line beside the place-and-date line in a row of their own, so
// that the two stand on one baseline as in issued documents.
func headerTable(b *strings.Builder, h layout.Header, f layout.Form) {
	left, right := f.HeaderLeftWidth-layout.HeaderPad, f.HeaderRightWidth-layout.HeaderPad
	lw, rw := twips(f.HeaderLeftWidth), twips(f.HeaderRightWidth)
	num := para{align: "center", runs: []run{styled([]string{h.Number}, f.Number)}}
	date := centred(h.DateLine, f.Date, right, false)
	num.before, date.before = baselineBefore(f.Number, f.Date)
	tableRows(b, []cell{{width: lw, paras: issuerParas(h, f, left)}, {width: rw, paras: mottoParas(h, f, right)}},
		[]cell{{width: lw, paras: append([]para{num}, aboutParas(h, f)...)}, {width: rw, paras: []para{date}}})
}

// aboutParas is a công văn's "V/v …" subject under the number.
func aboutParas(h layout.Header, f layout.Form) []para {
	if len(h.AboutLines) == 0 {
		return nil
	}
	return []para{centredLines(h.AboutLines, layout.Style{Size: f.Number.Size})}
}

// ascentEm is the ascent of Times New Roman (and Liberation Serif) in ems:
// the depth of the baseline under the top of a single-spaced line.
const ascentEm = 0.891

// baselineBefore returns the space before two first lines set side by side
// in sizes a and b so that their baselines meet: the header gap, plus the
// difference of their ascents for the smaller type.
func baselineBefore(a, b layout.Style) (int, int) {
	top := max(a.Size, b.Size) * ascentEm
	return ptTwips(headerGap + top - a.Size*ascentEm), ptTwips(headerGap + top - b.Size*ascentEm)
}

func issuerParas(h layout.Header, f layout.Form, width float64) []para {
	var ps []para
	if len(h.ParentLines) > 0 {
		ps = append(ps, centredLines(h.ParentLines, f.Parent))
	}
	issuer := centredLines(h.IssuerLines, f.Issuer)
	ps = append(ps, issuer)
	if f.IssuerMark != "" {
		return append(ps, para{align: "center", runs: []run{{lines: []string{f.IssuerMark}, size: f.Issuer.Size}}})
	}
	return append(ps, rule(issuerRule(issuer.runs[0].lines, f), width))
}

// issuerRule is the rule under the issuing body: 2/5 of its widest line,
// inside the 1/3 to 1/2 the form allows.
func issuerRule(lines []string, f layout.Form) float64 {
	widest := 0.0
	for _, l := range lines {
		widest = max(widest, layout.Estimate(l, f.Issuer.Size, true))
	}
	return max(widest*2/5, minRule)
}

func mottoParas(h layout.Header, f layout.Form, width float64) []para {
	ps := []para{centred(h.Motto, f.Motto, width, true)}
	if h.Slogan != "" {
		ps = append(ps, centred(h.Slogan, f.Slogan, width, false))
	}
	return append(ps, rule(f.MottoRule, width))
}

func titleParas(d layout.Doc, f layout.Form) []para {
	width := f.TextWidth()
	title := para{align: "center", before: ptTwips(titleGap), keepNext: true,
		runs: []run{styled([]string{d.Title}, f.Title)}}
	ps := []para{title}
	if d.Subject != "" {
		ps = append(ps, para{align: "center", keepNext: true, runs: []run{styled(d.SubjectLines, f.Subject)}})
	}
	// Under the subject (or the title): the form's mark, e.g. the party's
	// five hyphens, or a rule a third of the subject long.
	if f.SubjectMark != "" {
		m := para{align: "center", keepNext: true, after: ptTwips(subjectGap), runs: []run{{lines: []string{f.SubjectMark}, size: f.Subject.Size}}}
		return append(ps, m)
	}
	if d.Subject == "" {
		ps[0].after = ptTwips(subjectGap)
		return ps
	}
	widest := 0.0
	for _, l := range d.SubjectLines {
		widest = max(widest, layout.Estimate(l, f.Subject.Size, false))
	}
	r := rule(min(width, widest)/3, width)
	r.after = ptTwips(subjectGap)
	return append(ps, r)
}

// bodyPara is block i of list as a paragraph.
func bodyPara(list []layout.Block, i int, f layout.Form) para {
	bl := list[i]
	p := para{align: bodyAlign(f.Body), firstLine: twips(f.FirstLineIndent), after: ptTwips(f.ParagraphAfter),
		line: int(f.LineSpacing * 240), widows: true}
	if f.LineExact > 0 {
		p.line, p.exact = 0, ptTwips(f.LineExact)
	}
	st := f.Body
	if bl.Kind == layout.Heading {
		st.Bold = true
		st.Italic = bl.Level >= 3
		// A heading stays whole and with what follows
		// (layout.KeepsWithNext); the widow and orphan control of the
		// next paragraph keeps two of its lines here.
		p.keepNext, p.keepLines = layout.KeepsWithNext(list, i), true
		p.outline = bl.Level
	}
	p.runs = spanRuns(bl.BlockSpans(), st, bl.AsTyped)
	return p
}

func signatureTable(b *strings.Builder, d layout.Doc, f layout.Form) {
	table(b, cell{width: twips(f.HeaderLeftWidth), paras: recipientParas(d.Recipients, f)},
		cell{width: twips(f.HeaderRightWidth), paras: signParas(d.Signature, f)})
}

func recipientParas(r layout.Recipients, f layout.Form) []para {
	if len(r.Items) == 0 {
		return nil
	}
	label := para{before: ptTwips(f.ParagraphAfter), runs: []run{styled([]string{r.Label}, f.RecipientsLabel)}}
	ps := []para{label}
	for _, it := range r.Items {
		hang := twips(dashSpaceEm * f.Recipients.Size * 25.4 / 72)
		ps = append(ps, para{indLeft: hang, hanging: hang, runs: []run{styled([]string{layout.TieLastSpace(it)}, f.Recipients)}})
	}
	return ps
}

func signParas(s layout.Signature, f layout.Form) []para {
	var ps []para
	line := func(text string, st layout.Style) para {
		return para{align: "center", runs: []run{styled([]string{text}, st)}}
	}
	for _, a := range []string{s.Above, s.Authority} {
		if a != "" {
			ps = append(ps, line(a, f.Authority))
		}
	}
	if s.Title != "" {
		ps = append(ps, line(s.Title, f.SignTitle))
	}
	if len(ps) > 0 {
		ps[0].before = ptTwips(f.ParagraphAfter)
	}
	room := para{exact: twips(f.SignatureRoom), runs: []run{{size: f.SignName.Size}}}
	ps = append(ps, room)
	if s.Name != "" {
		ps = append(ps, line(s.Name, f.SignName))
	}
	return ps
}

func sectPr(b *strings.Builder, f layout.Form) {
	b.WriteString(`<w:sectPr>`)
	b.WriteString(`<w:headerReference w:type="default" r:id="rIdHeaderDefault"/>`)
	b.WriteString(`<w:headerReference w:type="first" r:id="rIdHeaderFirst"/>`)
	fmt.Fprintf(b, `<w:pgSz w:w="%d" w:h="%d"/>`, twips(f.PageWidth), twips(f.PageHeight))
	fmt.Fprintf(b, `<w:pgMar w:top="%d" w:right="%d" w:bottom="%d" w:left="%d" w:header="%d" w:footer="%d" w:gutter="0"/>`,
		twips(f.MarginTop), twips(f.MarginRight), twips(f.MarginBottom), twips(f.MarginLeft),
		twips(f.PageNumberTop), twips(f.MarginBottom/2))
	if !f.PageNumberFirst {
		b.WriteString(`<w:titlePg/>`)
	}
	b.WriteString(`</w:sectPr>`)
}

// bodyAlign is the w:jc value of the body's alignment.
func bodyAlign(st layout.Style) string {
	if st.Align == "left" {
		return "left"
	}
	return "both"
}

// profileName is the form's name in the core properties.
func profileName(f layout.Form) string {
	if f.Profile == model.ProfileParty {
		return "party"
	}
	return "state"
}
