package export

import (
	"fmt"
	"strings"
	"time"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/templates/docx"
	"github.com/baocao/baocao/templates/layout"
	"github.com/baocao/baocao/templates/pdf"
	"github.com/baocao/baocao/templates/text"
)

// Formats lists the export formats, the default first: docx (Word), pdf,
// md (Markdown), txt (plain text) and json (the report's own form, which
// baocao reads back).
var Formats = []string{"docx", "pdf", "md", "txt", "json"}

// FormatError says a format name is not one of Formats.
type FormatError struct{ Format string }

// Error says which formats there are.
func (e *FormatError) Error() string {
	return fmt.Sprintf("không có định dạng %q; hãy chọn một trong: %s", e.Format, strings.Join(Formats, ", "))
}

// normalFormat lower-cases a format name and drops a leading dot.
func normalFormat(format string) string {
	return strings.TrimPrefix(strings.ToLower(strings.TrimSpace(format)), ".")
}

// Render lays the report out and writes it in format (one of Formats; case
// and a leading dot are ignored). The document form follows the outline's
// profile and the report's date (layout.FormFor). It renders a report with
// problems as it stands; checking it first is the caller's business.
func Render(format string, r model.Report, o model.Outline, rules model.Rules) ([]byte, error) {
	return RenderWith(format, r, o, rules, Options{})
}

// Options are the printing choices a form leaves to the clerk.
type Options struct {
	// TwoSided prints for both sides of the sheet: even pages take the
	// form's back margins (HD 36 II.4.3, HD 05 IV.4.2), in DOCX and PDF.
	TwoSided bool
	// Created is the time a PDF is stamped with; zero stamps the time of
	// rendering.
	Created time.Time
}

// RenderWith is Render with printing options.
func RenderWith(format string, r model.Report, o model.Outline, rules model.Rules, opt Options) ([]byte, error) {
	format = normalFormat(format)
	if format == "json" {
		return model.MarshalReport(r)
	}
	d, form := layout.Lay(r, o, rules)
	form = form.WithTwoSided(opt.TwoSided)
	switch format {
	case "docx":
		return docx.Render(d, form)
	case "pdf":
		return pdf.Render(d, form, createdAt(opt.Created))
	case "md":
		return []byte(text.Markdown(d)), nil
	case "txt":
		return []byte(text.Plain(d)), nil
	}
	return nil, &FormatError{Format: format}
}

// createdAt is t, or now when t is zero.
func createdAt(t time.Time) time.Time {
	if t.IsZero() {
		return time.Now()
	}
	return t
}

// Page lays the report out as text width columns wide, like the printed
// page, for the preview screen (see text.Page).
func Page(r model.Report, o model.Outline, rules model.Rules, width int) string {
	return text.Page(layout.Compose(r, o, rules), width)
}
