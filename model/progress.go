package model

import "strings"

// Status is a section's mark in the wizard's sidebar.
type Status int

// The section marks.
const (
	StatusEmpty      Status = iota // nothing typed yet
	StatusInProgress               // something typed, a required field still empty
	StatusDone                     // every required field filled, no error
	StatusProblems                 // an error in one of its fields
)

// Tally is how far a report is. It is the one definition of progress: the
// wizard's header and sidebar and the drafts list all show it, so they
// always agree.
type Tally struct {
	// Done and Required count the sections that need an answer (those with
	// a required field) and those of them done (StatusDone).
	Done, Required int
	// Unfilled counts what is still to be written: required fields left empty,
	// and sections that must say something and say nothing yet. They are
	// shown as "chưa điền" (to do), not as errors.
	Unfilled int
	// Errors and Warnings count the other problems.
	Errors, Warnings int
}

// Measure returns the report's tally from its problems (from Validate). It
// takes time in proportion to the outline's fields and the problems, once.
func Measure(r Report, o Outline, problems []Problem) Tally {
	var t Tally
	t.Done, t.Required = Progress(r, o, problems)
	unfilled := UnfilledFlags(r, o, problems)
	for i, p := range problems {
		switch {
		case p.Severity == Warning:
			t.Warnings++
		case unfilled[i]:
			t.Unfilled++
		default:
			t.Errors++
		}
	}
	return t
}

// UnfilledFlags reports, for each problem, whether it only says that something is
// still to be written: a required field left empty ("Chưa điền …"), or a
// section that must have content and has none yet. A fresh draft's
// problems are all to-dos.
func UnfilledFlags(r Report, o Outline, problems []Problem) []bool {
	fields := make(map[string]Field)
	sections := make(map[string]int, len(o.Sections))
	for i, s := range o.Sections {
		sections[s.ID] = i
		for _, f := range s.Fields {
			fields[f.ID] = f
		}
	}
	out := make([]bool, len(problems))
	for i, p := range problems {
		if p.Severity != Error {
			continue
		}
		if f, ok := fields[p.Field]; ok {
			out[i] = p.Path == pathOf(f) && !Filled(r, f)
			continue
		}
		if id, ok := strings.CutPrefix(p.Path, "sections."); ok && p.Field == "" {
			if k, ok := sections[id]; ok {
				out[i] = !anyFilled(r, o.Subtree(k))
			}
		}
	}
	return out
}

// anyFilled reports whether a field of the sections has a value.
func anyFilled(r Report, ss []Section) bool {
	for _, s := range ss {
		for _, f := range s.Fields {
			if Filled(r, f) {
				return true
			}
		}
	}
	return false
}

// Statuses returns the mark of every section of the outline, as
// SectionStatus does, in one pass over the problems.
func Statuses(r Report, o Outline, problems []Problem) []Status {
	bySection := make(map[string][]Problem)
	for _, p := range problems {
		if p.Severity == Error {
			bySection[p.Section] = append(bySection[p.Section], p)
		}
	}
	out := make([]Status, len(o.Sections))
	for i, s := range o.Sections {
		out[i] = SectionStatus(r, s, bySection[s.ID])
	}
	return out
}

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
// field) and how many of them are done; it is Measure's Done and Required.
func Progress(r Report, o Outline, problems []Problem) (done, required int) {
	for i, st := range Statuses(r, o, problems) {
		if hasRequired(o.Sections[i]) {
			required++
			if st == StatusDone {
				done++
			}
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
