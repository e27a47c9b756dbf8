package pdf

import (
	"fmt"
	"strings"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/templates/layout"
)

// Check finds the characters of a report that the PDF's fonts cannot draw
// (a stray CJK word or emoji pasted from a source) and returns a warning
// for each, naming the character (U+XXXX and the glyph) and the field it
// is in, so that the clerk can fix it before the PDF is made. Text printed
// outside the outline's fields (fixed texts, a directive with no field)
// is checked too, as the printed document.
func Check(r model.Report, o model.Outline, rules model.Rules) []model.Problem {
	var out []model.Problem
	seen := map[rune]bool{}
	for _, s := range o.Sections {
		for _, f := range s.Fields {
			for _, t := range fieldTexts(r, f) {
				for _, c := range Missing(t.text) {
					out = append(out, glyphProblem(c, t.text, t.path, s, f))
					seen[c] = true
				}
			}
		}
	}
	for _, t := range docTexts(layout.Compose(r, o, rules)) {
		for _, c := range Missing(t) {
			if !seen[c] {
				seen[c] = true
				out = append(out, model.Problem{Path: "document", Severity: model.Warning, Message: fmt.Sprintf(
					"Ký tự %s trong “%s” không có trong phông chữ của bản PDF nên sẽ in thành ô trống %c; hãy xóa hoặc thay ký tự đó.",
					RuneName(c), excerpt(t, c), Substitute)})
			}
		}
	}
	return out
}

func glyphProblem(c rune, text, path string, s model.Section, f model.Field) model.Problem {
	where := strings.TrimSpace(s.Number + ". " + s.Heading)
	if s.Number == "" {
		where = s.Heading
	}
	return model.Problem{Path: path, Section: s.ID, Field: f.ID, Severity: model.Warning, Message: fmt.Sprintf(
		"Ký tự %s trong mục %q (phần %s), ở “%s”, không có trong phông chữ của bản PDF nên sẽ in thành ô trống %c; hãy xóa hoặc thay ký tự đó.",
		RuneName(c), f.Label, where, excerpt(text, c), Substitute)}
}

type located struct{ path, text string }

// fieldTexts returns the texts a field holds, with their problem paths.
func fieldTexts(r model.Report, f model.Field) []located {
	switch f.Kind {
	case model.FieldRecipients:
		var out []located
		for i, it := range r.Recipients {
			out = append(out, located{fmt.Sprintf("recipients[%d]", i), it})
		}
		return out
	case model.FieldSignature:
		return []located{{"signer", r.Signer.For + " " + r.Signer.Title + " " + r.Signer.Name}}
	case model.FieldStaffing:
		var out []located
		for i, row := range r.Staffing.Rows {
			out = append(out, located{fmt.Sprintf("staffing.rows[%d].title", i), row.Title})
		}
		return out
	}
	path := f.Bind
	if path == "" {
		path = "answers." + f.ID
	}
	return []located{{path, r.Text(f)}}
}

// docTexts lists every text a laid-out document prints.
func docTexts(d layout.Doc) []string {
	h := d.Header
	out := []string{h.Parent, h.Issuer, h.Number, h.Motto, h.Slogan, h.DateLine, d.Title, d.Subject}
	out = append(out, d.To...)
	for _, bl := range d.Body {
		out = append(out, bl.Line())
	}
	out = append(out, d.Recipients.Items...)
	return append(out, d.Signature.Authority, d.Signature.Title, d.Signature.Name)
}
