// Package docx writes a laid-out report (layout.Doc) as an Office Open XML
// word-processing document that Word and LibreOffice open as an official
// document: A4, the form's margins, Times New Roman for every script,
// Vietnamese language, a borderless two-column header with the short rules
// of the form, the justified body, the Nơi nhận and signature block, and
// page numbers centred in the top margin from page 2 on. Every value comes
// from the layout.Form of the report's date: sizes, bold, italic and
// underline of each element, the body's alignment and line spacing (exact
// points for the party forms), the mark under the subject, the page
// number's distance from the top edge, and mirrored margins
// (w:mirrorMargins) when the form is set for two-sided printing. Table
// fields are real Word tables (table.go): borders, header rows repeated on
// each page, rows kept whole, merged cells, numbers right-aligned; each
// appendix starts a new page, in a landscape section when its table asks
// for one (appendix.go).
//
// The writer is small and knows nothing of reports: it places the Doc's
// text with the sizes of a layout.Form. Output is deterministic (fixed part
// order and zip timestamps), so the same report always gives the same bytes
// and golden tests can compare parts.
package docx
