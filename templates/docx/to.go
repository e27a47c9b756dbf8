package docx

import "github.com/baocao/baocao/templates/layout"

// toParas sets the Kính gửi block (layout.Doc.To) in the body's type: one
// line centred, or a list from layout.ToShare of the text width in, each
// recipient under the text after "Kính gửi: " and wrapping under its
// own start; kept with the body that follows.
func toParas(d layout.Doc, f layout.Form) []para {
	if len(d.To) == 0 {
		return nil
	}
	line := func(text string) para {
		r := styled([]string{text}, f.Body)
		r.typed = true
		return para{keepNext: true, runs: []run{r}}
	}
	if !layout.ToList(d.To) {
		p := line(d.To[0])
		p.align, p.after = "center", ptTwips(f.ParagraphAfter)
		return []para{p}
	}
	indent := layout.ToShare * f.TextWidth()
	hang := layout.Estimate(layout.ToLabel(d.To[0]), f.Body.Size, false)
	ps := make([]para, len(d.To))
	for i, t := range d.To {
		at := indent
		if i > 0 {
			at = min(indent+hang, f.TextWidth()/2)
		}
		ps[i] = line(t)
		ps[i].indLeft = twips(at)
	}
	ps[len(ps)-1].after = ptTwips(f.ParagraphAfter)
	return ps
}
