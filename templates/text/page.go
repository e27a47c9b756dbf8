package text

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/baocao/baocao/model"

	"github.com/baocao/baocao/templates/layout"
)

// MinWidth is the narrowest page Page lays out; a smaller width is raised
// to it.
const MinWidth = 40

// Page lays d out as text width columns wide, the way the printed page
// looks: the issuing body and the motto side by side with their short
// rules, the date line, the centred title and subject, the body justified
// with a first-line indent, then Nơi nhận beside the signature. No line is
// wider than width (after raising it to MinWidth). Lines carry no trailing
// spaces.
func Page(d layout.Doc, width int) string {
	width = max(width, MinWidth)
	var out []string
	out = append(out, header(d.Header, d.Profile == model.ProfileParty, width)...)
	out = append(out, "")
	out = append(out, centre(d.Title, width)...)
	if d.Subject != "" {
		subject := subjectLines(d, width)
		out = append(out, centreLines(subject, width)...)
		if d.SubjectMark == "" {
			out = append(out, centre(rule(max(widest(subject)/3, 1)), width)...)
		}
	}
	if d.SubjectMark != "" {
		out = append(out, centre(d.SubjectMark, width)...)
	}
	out = append(out, "")
	out = append(out, toLines(d.To, width)...)
	indent := min(4, width/10)
	for _, bl := range d.Body {
		if bl.Kind == layout.Heading {
			out = append(out, "")
		}
		out = append(out, pageBlock(bl, width, indent)...)
	}
	out = append(out, "")
	out = append(out, footer(d, width)...)
	for _, a := range d.Appendices {
		out = append(out, pageAppendix(a, width, indent)...)
	}
	for i, l := range out {
		out[i] = strings.TrimRight(l, " ")
	}
	return strings.Join(out, "\n") + "\n"
}

// columns returns the widths of the left and right columns and the gap.
func columns(width int) (left, right, gap int) {
	gap = 2
	left = (width - gap) * 2 / 5
	return left, width - gap - left, gap
}

func header(h layout.Header, party bool, width int) []string {
	lw, rw, gap := columns(width)
	var left, right []string
	left = append(left, centreLines(fit(h.ParentLines, lw), lw)...)
	issuer := fit(h.IssuerLines, lw)
	left = append(left, centreLines(issuer, lw)...)
	if party {
		left = append(left, centre(layout.PartyMark, lw)...)
	} else {
		left = append(left, centre(rule(max(widest(issuer)*2/5, 3)), lw)...)
	}
	left = append(left, centreAll(h.Number, lw)...)
	left = append(left, centreLines(fit(h.AboutLines, lw), lw)...)
	motto := balance(h.Motto, rw)
	right = append(right, centreLines(motto, rw)...)
	under := motto
	if h.Slogan != "" {
		under = balance(h.Slogan, rw)
		right = append(right, centreLines(under, rw)...)
	}
	right = append(right, centre(rule(widest(under)), rw)...)
	right = append(right, centreAll(h.DateLine, rw)...)
	return sideBySide(left, right, lw, gap)
}

func footer(d layout.Doc, width int) []string {
	lw, rw, gap := columns(width)
	var left, right []string
	if len(d.Recipients.Items) > 0 {
		left = append(left, d.Recipients.Label)
		for _, it := range d.Recipients.Items {
			left = append(left, hanging(it, lw, 2)...)
		}
	}
	s := d.Signature
	right = append(right, centreAll(s.Above, rw)...)
	right = append(right, centreAll(s.Authority, rw)...)
	right = append(right, centreAll(s.Title, rw)...)
	right = append(right, "", "", "")
	right = append(right, centreAll(s.Name, rw)...)
	return sideBySide(left, right, lw, gap)
}

// subjectLines are the layout's balanced subject lines when each fits the
// page, else the subject balanced again for the page's width.
func subjectLines(d layout.Doc, width int) []string {
	if widest(d.SubjectLines) <= width {
		return d.SubjectLines
	}
	return balanceTo(d.Subject, int(float64(width)*layout.SubjectShare))
}

// sideBySide joins two columns, the left padded to lw.
func sideBySide(left, right []string, lw, gap int) []string {
	n := max(len(left), len(right))
	out := make([]string, n)
	for i := range n {
		var l, r string
		if i < len(left) {
			l = left[i]
		}
		if i < len(right) {
			r = right[i]
		}
		out[i] = pad(l, lw) + strings.Repeat(" ", gap) + r
	}
	return out
}

func rule(n int) string { return strings.Repeat("─", max(n, 1)) }

func widest(lines []string) int {
	w := 0
	for _, l := range lines {
		w = max(w, ansi.StringWidth(l))
	}
	return w
}

func pad(s string, w int) string {
	return s + strings.Repeat(" ", max(w-ansi.StringWidth(s), 0))
}

// centre wraps text to width and centres each line.
func centre(text string, width int) []string { return centreLines(wrap(text, width), width) }

// centreAll is centre that gives nothing for empty text.
func centreAll(text string, width int) []string {
	if text == "" {
		return nil
	}
	return centre(text, width)
}

func centreLines(lines []string, width int) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = strings.Repeat(" ", max(width-ansi.StringWidth(l), 0)/2) + l
	}
	return out
}
