// Package model holds what a report (báo cáo) is, what a directive's outline
// asks of it, and every rule that checks it: staffing arithmetic, document
// number and date forms, signer authority, the Nơi nhận block and text
// hygiene, and the inline markup of a draft's text (emphasis and
// footnotes, inline.go).
//
// The package is pure: it does no I/O and imports nothing of the project.
// Outlines and staffing rules are data read by package templates and passed
// in; the store keeps reports in the JSON form defined here (see json.go).
package model
