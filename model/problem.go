package model

// Severity says whether a problem blocks a finished report.
type Severity int

// The severities. An error must be fixed before export (or exported with an
// explicit confirmation); a warning is shown but does not block.
const (
	Error Severity = iota
	Warning
)

// Label returns the severity's Vietnamese name.
func (s Severity) Label() string {
	if s == Error {
		return "lỗi"
	}
	return "cảnh báo"
}

// Problem is one thing still wrong with a report.
type Problem struct {
	// Path locates the value: a bind ("doc.date"), "answers.<field ID>",
	// "staffing.rows[3].now", "recipients[2]" …
	Path string
	// Section and Field are the outline's IDs of where to fix it; empty
	// when the problem belongs to no field of the outline.
	Section  string
	Field    string
	Severity Severity
	// Message says in Vietnamese what is wrong and what to do.
	Message string
}

// HasErrors reports whether any problem is an error.
func HasErrors(ps []Problem) bool {
	for _, p := range ps {
		if p.Severity == Error {
			return true
		}
	}
	return false
}

// Count returns the number of errors and warnings.
func Count(ps []Problem) (errors, warnings int) {
	for _, p := range ps {
		if p.Severity == Error {
			errors++
		} else {
			warnings++
		}
	}
	return errors, warnings
}
