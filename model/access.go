package model

import (
	"maps"
	"slices"
	"strings"
)

// text returns a pointer to the string a one-value bind refers to, or nil
// for binds that hold structured values (staffing, recipients, signer).
func (r *Report) text(bind string) *string {
	switch bind {
	case "unit.kind":
		return (*string)(&r.Unit.Kind)
	case "unit.class":
		return &r.Unit.Class
	case "unit.name":
		return &r.Unit.Name
	case "unit.issuer":
		return &r.Unit.Issuer
	case "unit.issuerCode":
		return &r.Unit.IssuerCode
	case "unit.parent":
		return &r.Unit.Parent
	case "unit.place":
		return &r.Unit.Place
	case "closing":
		return &r.Closing
	case "staffing.term":
		return &r.Staffing.Term
	case "staffing.termFrom":
		return &r.Staffing.TermFrom
	}
	return r.docText(bind)
}

func (r *Report) docText(bind string) *string {
	switch bind {
	case "doc.number":
		return &r.Doc.Number
	case "doc.typeCode":
		return &r.Doc.TypeCode
	case "doc.date":
		return &r.Doc.Date
	case "doc.subject":
		return &r.Doc.Subject
	case "directive.type":
		return &r.Directive.Type
	case "directive.ref":
		return &r.Directive.Ref
	case "directive.date":
		return &r.Directive.Date
	case "directive.issuer":
		return &r.Directive.Issuer
	case "directive.subject":
		return &r.Directive.Subject
	case "signer.for":
		return &r.Signer.For
	case "signer.title":
		return &r.Signer.Title
	case "signer.name":
		return &r.Signer.Name
	case "signer.authority":
		return (*string)(&r.Signer.Authority)
	}
	return nil
}

// Text returns a text field's value: a bound report part, or the answer's
// text. Bullet lists come back one item per line.
func (r *Report) Text(f Field) string {
	if p := r.text(f.Bind); p != nil {
		return *p
	}
	a := r.Answers[f.ID]
	if f.Kind == FieldBullets {
		return strings.Join(a.Items, "\n")
	}
	return a.Text
}

// SetText stores a text field's value after Clean (CleanLine for one-line
// kinds). A bullet list is split into items, one per non-empty line, with
// any leading "- " or "+ " removed; an imported report's items keep their
// marks and punctuation as written ("+ …;", "– …", "a) …"). Setting text
// clears an explicit "Không".
func (r *Report) SetText(f Field, value string) {
	if f.Kind == FieldNarrative || f.Kind == FieldBullets {
		value = Clean(value)
	} else {
		value = CleanLine(value)
	}
	if p := r.text(f.Bind); p != nil {
		*p = value
		return
	}
	a := r.Answers[f.ID]
	switch {
	case f.Kind == FieldBullets && r.Imported:
		a.Items = writtenItems(value)
	case f.Kind == FieldBullets:
		a.Items = SplitItems(value)
	default:
		a.Text = value
	}
	if strings.TrimSpace(value) != "" {
		a.None = false
	}
	r.setAnswer(f.ID, a)
}

// SetNone records or withdraws an explicit "Không" answer. It does not touch
// the text, so withdrawing it gives back what was typed before.
func (r *Report) SetNone(f Field, none bool) {
	a := r.Answers[f.ID]
	a.None = none
	r.setAnswer(f.ID, a)
}

func (r *Report) setAnswer(id string, a Answer) {
	if r.Answers == nil {
		r.Answers = map[string]Answer{}
	}
	if a.IsEmpty() && len(a.Items) == 0 && a.Text == "" {
		delete(r.Answers, id)
		return
	}
	r.Answers[id] = a
}

// SplitItems splits text into list items: one per non-empty line, trimmed,
// with a leading bullet ("- ", "+ ", "• ") and a trailing ";" removed.
func SplitItems(text string) []string {
	var items []string
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		for _, b := range []string{"- ", "+ ", "• ", "-", "•"} {
			if strings.HasPrefix(line, b) {
				line = strings.TrimSpace(strings.TrimPrefix(line, b))
				break
			}
		}
		line = strings.TrimSpace(strings.TrimSuffix(line, ";"))
		if line != "" {
			items = append(items, line)
		}
	}
	return items
}

// writtenItems splits text into items, one per non-empty line, each kept
// as written but for the spaces around it.
func writtenItems(text string) []string {
	var items []string
	for _, line := range strings.Split(text, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			items = append(items, line)
		}
	}
	return items
}

// New returns an empty report for an outline, filled with its defaults.
func New(o Outline) Report {
	r := Report{Outline: o.ID, Doc: Document{TypeCode: "BC", Subject: o.Subject}}
	for bind, v := range o.Defaults {
		if p := r.text(bind); p != nil {
			*p = v
		}
	}
	r.Recipients = append([]string(nil), o.DefaultRecipients...)
	return r
}

// Carry returns the start of next period's report from this one: unit,
// staffing, recipients and signer are kept; number, dates, directive and
// answers are cleared. A draft's own outline (OutlineFile) goes with it.
func (r Report) Carry(o Outline) Report {
	next := New(o)
	next.OutlineFile = r.OutlineFile
	next.Unit = r.Unit
	next.Staffing = r.Staffing.Clone()
	next.Recipients = append([]string(nil), r.Recipients...)
	next.Signer = r.Signer
	next.Doc.TypeCode = r.Doc.TypeCode
	next.Doc.Subject = r.Doc.Subject
	return next
}

// Clone returns a deep copy of the report, sharing no slice, map or
// pointer with it, so that a command may hold it while editing goes on.
func (r Report) Clone() Report {
	c := r
	if r.Answers != nil {
		c.Answers = make(map[string]Answer, len(r.Answers))
		for k, a := range r.Answers {
			a.Items = slices.Clone(a.Items)
			a.Table = a.Table.Clone()
			c.Answers[k] = a
		}
	}
	c.Recipients = slices.Clone(r.Recipients)
	c.To = slices.Clone(r.To)
	c.Unplaced = slices.Clone(r.Unplaced)
	c.Headings = maps.Clone(r.Headings)
	c.Staffing = r.Staffing.Clone()
	return c
}

// Clone returns a deep copy of the staffing table.
func (s Staffing) Clone() Staffing {
	c := s
	c.Rows = slices.Clone(s.Rows)
	for i := range c.Rows {
		c.Rows[i].Roles = slices.Clone(c.Rows[i].Roles)
	}
	if s.Declared.Start != nil {
		t := *s.Declared.Start
		c.Declared.Start = &t
	}
	if s.Declared.Now != nil {
		t := *s.Declared.Now
		c.Declared.Now = &t
	}
	return c
}
