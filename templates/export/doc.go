// Package export is the one entry point for turning a report into a file:
// Render in one of Formats (DOCX, PDF, Markdown, plain text, the report's
// JSON form), DefaultName for the proposed file name, WriteFile to write it
// atomically without overwriting by accident, and Page for the preview.
//
// # Wiring
//
// The CLI (baocao export DRAFT|FILE.json --format F [-o PATH] [--force])
// calls, in order: model.Validate to list problems (and stop unless the
// user allowed errors), Render(format, r, o, rules), then WriteFile(path,
// data, force) with path from -o or filepath.Join(dir, DefaultName(r, o,
// format)). errors.Is(err, ErrExists) tells the CLI to exit with a usage
// error; the message already says to use --force or choose another name.
//
// The UI takes an Exporter value, whose methods match ui.Exporter; set
// Exporter.Exists to ui.ErrFileExists so that the refusal to overwrite
// also matches the UI's sentinel:
//
//	svc.Export = export.Exporter{Exists: ui.ErrFileExists}
package export
