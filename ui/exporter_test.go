package ui

import (
	"errors"
	"io/fs"
	"os"
	"strings"

	"github.com/baocao/baocao/model"
)

// jsonExporter writes the report's JSON form; the tests use it where the
// document writers are not the subject.
type jsonExporter struct{}

func testExporter() Exporter { return jsonExporter{} }

func (jsonExporter) Formats() []string { return []string{"json"} }

func (jsonExporter) Render(_ string, r model.Report, _ model.Outline, _ model.Rules) ([]byte, error) {
	return model.MarshalReport(r)
}

func (jsonExporter) DefaultName(r model.Report, _ model.Outline, format string) string {
	return "bao-cao-" + strings.ToLower(fold(strings.ReplaceAll(r.Unit.Name, " ", "-"))) + "." + format
}

func (jsonExporter) WriteFile(path string, data []byte, force bool) error {
	flag := os.O_WRONLY | os.O_CREATE | os.O_EXCL
	if force {
		flag = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	}
	f, err := os.OpenFile(path, flag, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return ErrFileExists
	}
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func (jsonExporter) Page(r model.Report, o model.Outline, _ model.Rules, _ int) string {
	lines := []string{model.Upper(r.Unit.Issuer), "BÁO CÁO", r.Doc.Subject, model.BasisText(r)}
	for _, s := range o.Sections {
		lines = append(lines, sectionTitle(s, &Strings{SectionNames: func(id string) string { return id }}))
		for _, f := range s.Fields {
			if f.Bind == "" {
				lines = append(lines, r.Text(f))
			}
		}
	}
	return strings.Join(append(lines, model.ClosingText(r, o)), "\n")
}
