package model

// Profile is the document form an outline's report takes.
type Profile string

// The two document forms.
const (
	ProfileState Profile = "state" // Nghị định 30/2020/NĐ-CP
	ProfileParty Profile = "party" // Hướng dẫn 36-HD/VPTW
)

// Outline is a directive's template: the sections a report must answer, in
// order, with the fields of each. Outlines are data (package templates
// loads them); the wizard walks Sections in order.
type Outline struct {
	ID      string
	Name    string // shown in choosers, e.g. "UBND xã, phường, thị trấn"
	Profile Profile
	// Subject is the default trích yếu of a new report.
	Subject string
	// Closing is the default closing sentence; {issuer} and {directive} are
	// replaced by the unit's issuing body and the directive's reference.
	Closing string
	// Defaults are values a new report starts with, keyed by Bind
	// (e.g. "doc.typeCode" → "BC", "signer.for" → "CHỦ TỊCH").
	Defaults map[string]string
	// DefaultRecipients start the Nơi nhận list of a new report.
	DefaultRecipients []string
	Sections          []Section
	// Source is where the outline came from ("built-in" or a file path).
	Source string
}

// Section is one step of the wizard and, for body sections, one heading of
// the document.
type Section struct {
	ID string
	// Number is the heading number as printed: "I", "1", "a"; empty for
	// parts that are not numbered headings (header, căn cứ, signature).
	Number string
	// Level is 1 for a roman heading (I.), 2 for an arabic one (1.), 3 for a
	// letter (a); 0 for the parts around the body.
	Level   int
	Heading string
	// Guide tells the clerk what to write; Example shows a sample answer.
	Guide   string
	Example string
	Fields  []Field
	// NeedContent asks that at least one field of the section or of its
	// subsections says something more than "Không" (e.g. III. Nhiệm vụ,
	// giải pháp: every group may answer "Không", but not all of them).
	NeedContent bool
	// Appendix places a level-1 section after the signature and Nơi nhận,
	// as a Phụ lục (numbered I, II… in order), each from a new page.
	Appendix bool
}

// InBody reports whether the section is a numbered heading of the body.
func (s Section) InBody() bool { return s.Level > 0 }

// FieldKind is what a field holds and how it is edited.
type FieldKind string

// The field kinds.
const (
	FieldLine       FieldKind = "line"
	FieldNarrative  FieldKind = "narrative"
	FieldBullets    FieldKind = "bullets"
	FieldInteger    FieldKind = "integer"
	FieldDate       FieldKind = "date"
	FieldChoice     FieldKind = "choice"
	FieldStaffing   FieldKind = "staffing"
	FieldRecipients FieldKind = "recipients"
	FieldSignature  FieldKind = "signature"
)

// FieldKinds lists every kind, for the outline checker.
var FieldKinds = []FieldKind{FieldLine, FieldNarrative, FieldBullets, FieldInteger,
	FieldDate, FieldChoice, FieldStaffing, FieldRecipients, FieldSignature, FieldTable}

// Field is one input of a section.
type Field struct {
	// ID is unique in the outline; answers are stored under it.
	ID    string
	Label string
	Kind  FieldKind
	// Bind ties the field to a typed part of the report ("unit.name",
	// "doc.date", "staffing", …, see Binds); empty stores the value as an
	// Answer under ID.
	Bind     string
	Required bool
	// NoneOK accepts an explicit "Không" as a complete answer.
	NoneOK bool
	// Options are the choices of a choice field, as "value=Label" or "value".
	Options []string
	Hint    string
	// Table is the shape of a table field; nil for other kinds.
	Table *TableSpec
}

// Binds lists the report parts a field may bind to, with the field kinds
// each accepts.
var Binds = map[string][]FieldKind{
	"unit.kind":         {FieldChoice},
	"unit.class":        {FieldChoice},
	"unit.name":         {FieldLine},
	"unit.issuer":       {FieldLine},
	"unit.issuerCode":   {FieldLine},
	"unit.parent":       {FieldLine},
	"unit.place":        {FieldLine},
	"doc.number":        {FieldInteger, FieldLine},
	"doc.typeCode":      {FieldLine},
	"doc.date":          {FieldDate},
	"doc.subject":       {FieldLine, FieldNarrative},
	"directive.type":    {FieldLine, FieldChoice},
	"directive.ref":     {FieldLine},
	"directive.date":    {FieldDate},
	"directive.issuer":  {FieldLine},
	"directive.subject": {FieldLine, FieldNarrative},
	"staffing":          {FieldStaffing},
	"staffing.term":     {FieldLine},
	"staffing.termFrom": {FieldDate},
	"closing":           {FieldNarrative, FieldLine},
	"recipients":        {FieldRecipients},
	"signer":            {FieldSignature},
}

// Subtree returns the section at index i and the sections under it: those
// that follow with a deeper level, up to the next one at its level or above.
func (o Outline) Subtree(i int) []Section {
	end := i + 1
	for end < len(o.Sections) && o.Sections[i].Level > 0 && o.Sections[end].Level > o.Sections[i].Level {
		end++
	}
	return o.Sections[i:end]
}

// Section returns the section with the given ID.
func (o Outline) Section(id string) (Section, bool) {
	for _, s := range o.Sections {
		if s.ID == id {
			return s, true
		}
	}
	return Section{}, false
}

// Field returns the field with the given ID and the section holding it.
func (o Outline) Field(id string) (Field, Section, bool) {
	for _, s := range o.Sections {
		for _, f := range s.Fields {
			if f.ID == id {
				return f, s, true
			}
		}
	}
	return Field{}, Section{}, false
}
