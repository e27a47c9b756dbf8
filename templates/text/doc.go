// Package text renders a laid-out report (layout.Doc) as text: Markdown
// and plain text with the same content, for e-mail and quick reading, and
// Page, the page-like layout the preview screen shows (header in two
// columns, centred title, justified body, Nơi nhận beside the signature).
// Tables are pipe tables in Markdown and aligned columns in plain text and
// on the page; appendices follow the signature.
//
// Widths are display widths (grapheme clusters, wide characters count two,
// combining marks zero), so Vietnamese text typed with combining marks
// lines up as well as precomposed text.
package text
