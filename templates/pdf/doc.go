// Package pdf writes a laid-out report (layout.Doc) as a PDF with the same
// layout as the DOCX: the form's page, margins and type sizes, the header in
// two columns with its short rules, the justified body with first-line
// indents, Nơi nhận beside the signature, page numbers from page 2 on, and
// on a form set for two-sided printing the back margins on even pages.
// Tables and appendices are drawn as in the DOCX: borders, the header
// repeated at the top of each page a table runs onto, rows kept whole,
// each appendix from a new page, turned for a landscape one.
//
// Text is drawn in Liberation Serif 2 (metric-compatible with Times New
// Roman), embedded from fonts/ under the SIL Open Font License (fonts/OFL.txt),
// and normalised to NFC before drawing, so that pdftotext gives back the
// text the clerk typed. Output is deterministic (fixed dates, sorted
// catalogue).
package pdf
