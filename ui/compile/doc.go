// Package compile is the screen that compiles the drafts marked in the
// drafts list into a compiled report (see package templates/compile): the
// clerk gives the deadline, the list of expected units and where to write
// the workbook; a progress bar follows the drafts being read; the result
// lists the inconsistencies and opens the compiled draft in the wizard.
// The screen reads and writes only through commands built from the
// services it is given; its texts (Vietnamese and English) are its own.
package compile
