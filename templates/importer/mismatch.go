package importer

import (
	"strings"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/templates/docread"
)

// Mismatch names, in Vietnamese, what makes a document look like another
// report than the draft it is to be read into: another issuing unit in its
// header, another form (state or party), or headings that fit another of
// the outlines better than the draft's. It is empty when the document
// looks like the draft's own, so ImportInto can go ahead without asking.
func Mismatch(doc docread.Document, base model.Report, o model.Outline, outlines []model.Outline, rules model.Rules) []string {
	var out []string
	own, err := ImportReport(doc, Options{Outlines: []model.Outline{o}, Outline: o.ID, Rules: rules})
	if err == nil {
		was, now := oneName(base.Unit.Issuer), oneName(own.Report.Unit.Issuer)
		if was != "" && now != "" && model.Fold(was) != model.Fold(now) {
			out = append(out, "tệp là báo cáo của "+quote(now)+", bản nháp là của "+quote(was))
		}
	}
	if p := GuessProfile(doc); o.Profile != "" && p != o.Profile {
		out = append(out, "tệp theo thể thức "+profileName(p)+", bản nháp theo thể thức "+profileName(o.Profile))
	}
	best, err := ImportReport(doc, Options{Outlines: outlines, Rules: rules})
	if err == nil && !best.Derived && best.Outline.ID != o.ID && best.Fit > own.Fit {
		// Names hold the units of the draft's time ("UBND {units}").
		d, _, _ := rules.ReportDate(base)
		units, _ := rules.UnitsOn(d)
		out = append(out, "các đề mục của tệp khớp với dàn ý "+quote(units.OutlineName(best.Outline.Name))+
			" hơn dàn ý "+quote(units.OutlineName(o.Name))+" của bản nháp")
	}
	return out
}

func quote(s string) string { return "“" + s + "”" }

// oneName writes a name printed on several lines ("|" or "\n" between
// them) on one.
func oneName(s string) string {
	return strings.Join(strings.Fields(strings.NewReplacer("|", " ", "\n", " ").Replace(s)), " ")
}

func profileName(p model.Profile) string {
	if p == model.ProfileParty {
		return "văn bản của Đảng"
	}
	return "văn bản hành chính"
}
