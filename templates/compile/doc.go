// Package compile gathers many units' reports into what the body above them
// sends on: a compiled report draft (báo cáo tổng hợp) on the source
// outline's "-tong-hop" outline, and a workbook with the staffing figures by
// unit, every problem of every report and the submissions against a
// deadline.
//
// Load reads the inputs (report JSON files, bundles of drafts, folders of
// them, and any other kind a Reader is given for), in parallel, and never
// stops at a broken file: it is returned as Skipped with its error.
// Compile picks one report per unit, checks each against its outline and
// the staffing rules, and lists every inconsistency it finds (a unit that
// reported twice, a report on another outline, staffing errors, a report
// dated after the deadline, one unit name under different parents, units
// expected but missing or not expected) instead of resolving it silently.
// Result.Draft is the compiled report; WriteWorkbook writes the XLSX.
package compile
