// Package layout composes a report, its outline and the staffing rules into
// a neutral document (Doc): the header, the title, the body blocks, the Nơi
// nhận list and the signature, each as the final text to print. The writers
// (packages docx, pdf and text) only place and style that text; every rule
// about what is printed lives here, and how it looks is the Form of the
// report's date (FormFor), read from templates/forms/forms.form.
//
// # Composition rules
//
//   - Header: the parent body (cơ quan chủ quản) and the issuing body upper
//     case, each also broken into the lines it is printed in (NameLines:
//     never inside a fixed name such as ỦY BAN NHÂN DÂN, best before the
//     unit word XÃ, PHƯỜNG…, balanced, and at the clerk's "|"); the number
//     line from model.NumberLine; the place-and-date line
//     from model.DateLine, or a line with dots to fill in by hand when the
//     date is missing or invalid; the national motto (state profile) or the
//     party name (party profile).
//   - Body: the opening sentence (model.OpeningText: the clerk's own, else
//     the căn cứ sentence model.BasisText), then each numbered
//     section of the outline in order: its heading with its number ("I.",
//     "1.", "a)"), then its fields in outline order. A staffing field
//     becomes the staffing paragraphs (Rules.StaffingParagraphs; none in an
//     imported draft, which keeps its own staffing text); a narrative
//     field one paragraph per non-empty line, a line starting with "- ",
//     "+ ", "– " or "• " becoming a bullet with that mark; a bullet field
//     one "- " line per item, ending ";" and the last "." (an imported
//     draft's items as written); an answer marked None becomes "Không.". Fields
//     bound to other report parts (unit, document, closing…) are printed in
//     their fixed places, not in the body.
//   - Empty sections: a section with no content in it or in any section
//     under it is left out when it is optional (no field in it or under it
//     is required, e.g. III.6 "Nhiệm vụ, giải pháp khác"); a required one
//     keeps its heading with nothing under it, so that the gap shows on the
//     page and the validator's problem has a place to point to.
//   - The closing sentence (model.ClosingText) ends the body with the
//     ending of the form of the report's date: "./." under NĐ 30, "." under
//     HD 36 and HD 05 (an imported draft's as written, and none when the
//     source had none).
//   - Imported drafts (model.Report.Imported) print the source's words:
//     nothing is composed in the clerk's name.
//   - Nơi nhận: each recipient one "- " line ending with the separator of
//     the form of the report's date ("," under HD 36, ";" under NĐ 30 and
//     HD 05), the last ".".
//   - Signature: the authority line (model.Signer.AuthorityLine), the title
//     upper case, then the name.
//   - Tables: a table field is a TableBlock (see Table): its label as
//     caption, the header rows with merged cells, STT numbers, the cells as
//     typed, the computed total row and column; column widths from content
//     for the portrait or landscape text width; 13 pt, 12 pt from seven
//     columns on. An empty optional table is left out; an empty required
//     biểu prints its rows to fill by hand.
//   - Appendices: level-1 sections marked Appendix and the sections under
//     them are printed after the signature (Doc.Appendices), each headed
//     "PHỤ LỤC I" ("PHỤ LỤC" when alone), its title, and the note "(Kèm
//     theo Báo cáo số … ngày … của …)" from the report's own number, date
//     and issuer.
//
// # Emphasis and footnotes
//
// The draft's text carries model's inline markup (model.ParseInline):
// each block's Text is resolved into plain text, its Spans (runs of one
// emphasis and footnote marks) and its Notes, numbered 1, 2, 3… through
// the body and the appendices in the order cited (see inline.go). A note's
// line "[^1]: …" leaves the body for the foot of the page; one nothing
// cites, and a reference to no note, print as typed. Headings are plain
// text; a heading run in with its first paragraph is a paragraph led by
// the heading's words in bold, as the source sets it.
//
// # Line breaks
//
// The writers share the breaking rules: Words gives the units a line may
// break between (a document's symbol such as 1364-CV/TU whole, a spaced
// dash bound to the word before it, so that "kinh tế - xã hội" never sets
// "- xã hội" at a line's start); Protect marks the same for a word
// processor (non-breaking hyphens and spaces); SubjectLines sets the trích
// yếu in balanced lines; headings are kept with what follows by each
// writer.
//
// All text in a Doc is NFC.
package layout
