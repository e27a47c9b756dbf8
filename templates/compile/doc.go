// Package compile gathers many units' reports into what the body above them
// sends on: a compiled report draft (báo cáo tổng hợp) on the source
// outline's "-tong-hop" outline, and a workbook with the staffing figures by
// unit, every problem of every report, the submissions against a deadline,
// and a sheet per statistics table (biểu) adding up the units' figures.
//
// Run reads the inputs (report JSON files, bundles of drafts, folders of
// them, and any other kind a Reader is given for) one report at a time: a
// reader goroutine sends each report (a bundle draft by draft) to a worker
// per core, which parses, checks and sums it, writes what the sheets and
// the draft read of it to a temporary spill file as a compact record, and
// keeps only a small index entry (see Unit); the sheets and the draft read
// the records back one at a time, in name order, so that memory does not
// grow with the number of reports, and each field of the draft holds at
// most model.MaxFieldLen characters. A file that cannot be read, or makes
// its reader panic, is returned as Skipped with its error and never stops
// the others. Load reads the same way but keeps the reports; Compile and
// Compiler compile reports already read.
//
// The compilation picks one report per unit, checks each against its
// outline and the staffing rules, adds up the tables of the same structure
// whatever outline each came on, and lists every inconsistency it finds (a
// unit that reported twice, a report on another outline, staffing errors,
// a report dated after the deadline, one unit name under different
// parents, units expected but missing or not expected, one table in
// different structures, table cells that are no number, names cut to fit
// a workbook cell) instead of resolving it silently. Result.Draft is the
// compiled report; WriteWorkbook writes the XLSX: excelize makes its
// skeleton (styles, widths, headers), and each sheet's rows are written
// into its part as the skeleton is copied to the output, none held in
// memory.
package compile
