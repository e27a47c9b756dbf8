package export

import (
	"io"
	"time"

	"github.com/baocao/baocao/model"
)

// Exporter bundles the package's functions as methods, the shape the UI's
// Exporter interface asks for.
type Exporter struct {
	// Exists, when set, is also matched by the error WriteFile returns for
	// an existing file (the UI's own sentinel).
	Exists error
	// TwoSided lays DOCX and PDF out for printing on both sides of the
	// sheet (mirrored margins), see Options.
	TwoSided bool
	// Clock, when set, gives the time a PDF is stamped with (see
	// Options.Created); unset stamps the time of rendering.
	Clock func() time.Time
	// Guard, when set, is asked before WriteFile writes a path; its error
	// (for a file that must never be replaced, such as the drafts file)
	// is returned, whatever force says.
	Guard func(path string) error
}

// Formats returns a copy of Formats.
func (Exporter) Formats() []string { return append([]string(nil), Formats...) }

// Render is the package's RenderWith with the exporter's options.
func (e Exporter) Render(format string, r model.Report, o model.Outline, rules model.Rules) ([]byte, error) {
	opt := Options{TwoSided: e.TwoSided}
	if e.Clock != nil {
		opt.Created = e.Clock()
	}
	return RenderWith(format, r, o, rules, opt)
}

// DefaultName is the package's DefaultName, format being the extension.
func (Exporter) DefaultName(r model.Report, o model.Outline, format string) string {
	return DefaultName(r, o, format)
}

// WriteFile is the package's WriteFile, after e.Guard; its refusal to
// overwrite also matches e.Exists.
func (e Exporter) WriteFile(path string, data []byte, force bool) error {
	if e.Guard != nil {
		if err := e.Guard(path); err != nil {
			return err
		}
	}
	return writeFile(path, data, force, e.Exists)
}

// WriteFileFrom is WriteFile with the content written by write straight
// into the temporary file, so that a large file (a compiled workbook) is
// never held whole in memory; an error from write leaves path as it was.
func (e Exporter) WriteFileFrom(path string, write func(io.Writer) error, force bool) error {
	if e.Guard != nil {
		if err := e.Guard(path); err != nil {
			return err
		}
	}
	return writeFileFrom(path, write, force, e.Exists)
}

// Page is the package's Page.
func (Exporter) Page(r model.Report, o model.Outline, rules model.Rules, width int) string {
	return Page(r, o, rules, width)
}
