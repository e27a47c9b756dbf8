// Package importer turns what a clerk already has into baocao's drafts and
// outlines: an earlier report (.docx, .txt, .md, read by package docread)
// into a draft (ImportReport, ImportInto), and the outline sent with a
// directive into an outline file (DeriveOutline).
//
// The rule it keeps: baocao never writes words in the clerk's name. The
// opening and closing sentences, headings with their numbering and
// punctuation, the issuing block as stacked, the signer, the Nơi nhận lines,
// the number and the date are kept as the source writes them; fields read
// from them serve checks and compile, not rewriting. A built-in outline is
// chosen only when the source's headings really match it; otherwise the
// draft gets an outline derived from its own headings. Tables become table
// fields in the section where they stand (those after the signature,
// appendices); the document's layout tables (the header, the signature and
// Nơi nhận block) are read as layout. Every paragraph that cannot be placed
// is kept, in order, in the draft's unplaced list, and the Summary names
// what was read and what could not be kept.
package importer
