package field

import (
	"slices"

	"github.com/baocao/baocao/model"
)

// DatedOptions returns f with the unit kinds or the classes that existed on
// the report's date (today's while the report has no valid date), as the
// new-draft form offers them: no thị trấn in a report of 2026, no loại đặc
// biệt before NĐ 307/2025. Other fields are returned as they are.
func DatedOptions(f model.Field, r model.Report, rules model.Rules) model.Field {
	if f.Kind != model.FieldChoice || (f.Bind != "unit.kind" && f.Bind != "unit.class") {
		return f
	}
	d, _, ok := rules.ReportDate(r)
	if !ok {
		return f
	}
	p, ok := rules.UnitsOn(d)
	if !ok {
		return f
	}
	if f.Bind == "unit.kind" {
		f.Options = p.KindOptions(f.Options)
	} else {
		f.Options = p.ClassOptions(r.Unit.Kind)
	}
	return f
}

// SameOptions reports whether two fields offer the same options.
func SameOptions(a, b model.Field) bool { return slices.Equal(a.Options, b.Options) }
