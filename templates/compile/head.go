package compile

import (
	"github.com/baocao/baocao/model"
)

// unitHead is what a unit's record keeps of it besides what the sheets
// and the draft sum (its first section, secHead): what the compilation
// reads of a unit only when it lists or writes it, so that the index in
// memory (Unit) keeps only what units are compared by.
type unitHead struct {
	// Name is the input's (see Input).
	Name string
	// Report is what is kept of the report.
	Report Head
	// Start and Now are the staffing totals of the two snapshots.
	Start, Now model.Totals
	// staffErrs are check's staffing errors, joined.
	staffErrs string
}

func (h *unitHead) encode(e *encoder) {
	e.str(h.Name)
	r := h.Report
	for _, s := range []string{r.Outline, string(r.Unit.Kind), r.Unit.Name, r.Unit.Issuer, r.Unit.IssuerCode, r.Unit.Parent,
		r.Doc.Number, r.Doc.TypeCode, r.Doc.Date, r.Term, h.staffErrs} {
		e.str(s)
	}
	for _, t := range []model.Totals{h.Start, h.Now} {
		e.int(int64(t.Cadre))
		e.int(int64(t.CivilServ))
		e.int(int64(t.All))
	}
}

func (d *decoder) head() unitHead {
	h := unitHead{Name: d.str()}
	r := &h.Report
	r.Outline = d.str()
	r.Unit = HeadUnit{Kind: model.UnitKind(d.str()), Name: d.str(), Issuer: d.str(), IssuerCode: d.str(), Parent: d.str()}
	r.Doc = HeadDoc{Number: d.str(), TypeCode: d.str(), Date: d.str()}
	r.Term, h.staffErrs = d.str(), d.str()
	for _, t := range []*model.Totals{&h.Start, &h.Now} {
		t.Cadre, t.CivilServ, t.All = int(d.int()), int(d.int()), int(d.int())
	}
	return h
}

// readHead reads u's head back from its record.
func readHead(r *reader, u *Unit) (unitHead, error) {
	b, err := r.section(u, secHead)
	if err != nil {
		return unitHead{}, err
	}
	d := &decoder{b: b}
	h := d.head()
	return h, d.err
}

// packDate packs a valid date into an int32 (0 for the zero date), in
// the dates' order.
func packDate(d model.Date) int32 {
	return int32(d.Year<<9 | d.Month<<5 | d.Day)
}

func unpackDate(p int32) model.Date {
	return model.Date{Year: int(p >> 9), Month: int(p >> 5 & 15), Day: int(p & 31)}
}
