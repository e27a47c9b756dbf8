// Package field holds the inputs of forms: a one-line input, a multi-line
// editor, a choice, the signer's lines and the staffing table. Each reads
// its value from a report (Load) and writes it back (Apply) only when the
// clerk changed it. The wizard, the new-draft form and the export form build
// their rows from these.
package field
