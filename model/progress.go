package model

// Status is a section's mark in the wizard's sidebar.
type Status int

// The section marks.
const (
	StatusEmpty      Status = iota // nothing typed yet
	StatusInProgress               // something typed, a required field still empty
	StatusDone                     // every required field filled, no error
	StatusProblems                 // an error in one of its fields
)

// SectionStatus returns the mark of one section, given the report's problems
// (from Validate). An error in a filled field marks the section as having
// problems; a required field still empty only keeps it in progress.
func SectionStatus(r Report, s Section, problems []Problem) Status {
	filled, missing := 0, 0
	for _, f := range s.Fields {
		switch {
		case Filled(r, f):
			filled++
		case Asked(r, f):
			missing++
		}
	}
	for _, p := range problems {
		if p.Section == s.ID && p.Severity == Error && !isMissing(r, s, p) {
			return StatusProblems
		}
	}
	switch {
	case missing > 0 && filled == 0:
		return StatusEmpty
	case missing > 0:
		return StatusInProgress
	}
	return StatusDone
}

// isMissing reports whether a problem is only "this required field is empty".
func isMissing(r Report, s Section, p Problem) bool {
	for _, f := range s.Fields {
		if f.ID == p.Field {
			return !Filled(r, f)
		}
	}
	return false
}

// Progress counts the sections that need an answer (those with a required
// field) and how many of them are done.
func Progress(r Report, o Outline, problems []Problem) (done, required int) {
	for _, s := range o.Sections {
		if !hasRequired(s) {
			continue
		}
		required++
		if SectionStatus(r, s, problems) == StatusDone {
			done++
		}
	}
	return done, required
}

func hasRequired(s Section) bool {
	for _, f := range s.Fields {
		if f.Required {
			return true
		}
	}
	return false
}
