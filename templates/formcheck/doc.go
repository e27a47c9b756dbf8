// Package formcheck is the office's form checker for any Word document
// ("baocao check FILE.docx"): it reads a .docx through package docread
// (so it refuses what the importer refuses, with the same message), finds
// each element of the form (Quốc hiệu, issuer, number, date, type name,
// subject, body, Nơi nhận, signature) and checks it against the form in
// force on the document's date — NĐ 30/2020 for state documents, HD 36 or
// HD 05 for Party ones — and the writing against Vietnamese spelling.
//
// Every rule is data: element sizes and styles come from
// templates/forms/forms.form, the allowed ranges and the content rules
// from templates/rules/checks.rules, replaced documents from
// templates/rules/references.rules, bodies that ceased to exist from
// templates/rules/abolished.rules. Each Problem names the rule's clause.
//
// Fix writes a corrected copy: page setup, fonts, sizes and styles of the
// elements, body layout, and the date, "Số", Nơi nhận and ending marks.
// It changes only those properties and characters; everything else in the
// file is copied byte for byte.
package formcheck
