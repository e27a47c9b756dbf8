// Package templates holds the data baocao is driven by: the directive
// outlines (dàn ý báo cáo) a report follows and the staffing rules (danh mục
// chức danh và số lượng tối đa cán bộ, công chức cấp xã) it is checked
// against. Both are plain text files embedded in the program
// (outlines/*.outline, rules/*.rules); a clerk or a district office may drop
// more outlines into the user's data directory (see UserDir) and they are
// offered next to the built-in ones.
//
// # The block format
//
// Outline and rules files share one small, line-based format meant to be
// edited by hand in any text editor:
//
//   - The file is UTF-8 text. A line starting with "#" in its first column
//     is a comment; blank lines are ignored.
//   - "key: value" sets a key of the current block. Keys are lower-case
//     ASCII ("heading", "none-ok"). Some keys may repeat ("option",
//     "recipient", "default", "cap"); the others appear at most once.
//   - A line indented by two spaces (or a tab) continues the value of the
//     key above it; each continuation line becomes one line of the value,
//     which for guidance and example texts is one paragraph.
//   - "== section ID" (outlines) or "== regime ID" (rules) opens a block;
//     "-- field ID" or "-- position ID" opens a block inside it. Keys before
//     the first "==" belong to the file itself. IDs are letters, digits,
//     ".", "_" and "-".
//   - Values pass through model.CleanLine: Unicode NFC, control characters
//     and terminal escapes removed.
//
// Every problem is reported with its 1-based line and a Vietnamese message
// that says what to fix (LoadError, LineProblem); a file with any problem is
// not used. The parser never panics, whatever the input.
//
// # Outline files
//
// File keys: outline (ID), name, profile (state or party), subject, closing
// (with the placeholders {issuer} and {directive}), default ("bind = value",
// repeatable: a new report's starting values), recipient (repeatable: the
// starting Nơi nhận list). Section keys: level (0 for the parts around the
// body, 1 for I., 2 for 1., 3 for a)), number, heading, guide, example,
// need-content (yes: at least one field of the section or its subsections
// must say more than "Không"), appendix (yes: a level-1 section printed
// after the signature as a Phụ lục).
// Field keys: label, kind (see model.FieldKinds), bind (see model.Binds),
// required, none-ok (yes/no, có/không), option (repeatable, "value=Label"),
// hint. The header of outlines/state.outline shows every key in use. A
// table field (kind: table) also takes column ("ID | Title | kind | unit",
// repeatable), header (a header row of "|"-separated cells, "*N" spanning
// columns and "^N" header rows), row (a fixed row label, repeatable),
// label-title, numbered, total-row, total-column and landscape; the header
// of outlines/cchc-quy.outline explains them (outline_table.go).
//
// # Rules files
//
// Regime keys: basis, from, until (dates, YYYY-MM-DD; an empty until means
// still in force), cap ("kind/class = number", repeatable), note. Position
// keys: title, short, group (can-bo or cong-chuc), max (0 = no limit), kinds
// (comma-separated unit kinds; empty means every kind).
//
// # Forms file
//
// forms/forms.form holds the document forms (thể thức), one "== form ID"
// block each, with profile, basis, from and until like a regime. Every other
// value is followed by "| paragraph": the point of the legal text it comes
// from; a paragraph containing "giữ theo" marks a value kept from the
// previous form because the new text does not give it (FormRule.Kept).
// Styles are a size in points then any of đứng, đậm, nghiêng, gạch chân
// (and dàn đều or căn trái for the body). The header of the file lists
// every key; ParseForms checks it and Forms returns the embedded one.
package templates
