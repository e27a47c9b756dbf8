package formcheck

import (
	"fmt"
	"strings"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/templates"
)

// Problem is one thing wrong with a document.
type Problem struct {
	Severity model.Severity `json:"-"`
	// Level is "error" or "warning", for --json.
	Level string `json:"severity"`
	// Rule is the check's ID in rules/checks.rules ("margins", "date").
	Rule string `json:"rule"`
	// What says what is wrong.
	What string `json:"what"`
	// Page is the page when known, Para the paragraph's number (from 1)
	// and Excerpt its first words; all zero for the whole document.
	Page    int    `json:"page,omitempty"`
	Para    int    `json:"paragraph,omitempty"`
	Excerpt string `json:"excerpt,omitempty"`
	// Source is the rule's legal basis and clause.
	Source string `json:"source"`
	// Remedy says what to do.
	Remedy string `json:"remedy"`
	// Fixable is true when Fix corrects it.
	Fixable bool `json:"fixable"`

	fix []edit
}

// Options choose the form and the date instead of reading them from the
// document.
type Options struct {
	Profile model.Profile
	Date    model.Date
	// Today stands for the date when neither the options nor the
	// document give one; zero takes the computer's date.
	Today model.Date
}

// Result is a checked document.
type Result struct {
	Form templates.Form
	// Date is the date judged by; DateSource says where it came from:
	// "document", "option" or "today".
	Date       model.Date
	DateSource string
	Problems   []Problem

	doc    *Doc
	layout layout
}

// Errors counts the problems that are errors.
func (r *Result) Errors() int {
	n := 0
	for _, p := range r.Problems {
		if p.Severity == model.Error {
			n++
		}
	}
	return n
}

// Checker holds the rules the checks read.
type Checker struct {
	forms     []templates.Form
	rules     map[string]templates.CheckRule
	refs      []templates.Reference
	abolished model.Rules
}

// New returns a checker on the embedded rules.
func New() (*Checker, error) {
	forms, err := templates.Forms()
	if err != nil {
		return nil, err
	}
	list, err := templates.CheckRules()
	if err != nil {
		return nil, err
	}
	refs, err := templates.References()
	if err != nil {
		return nil, err
	}
	rules, err := templates.Rules()
	if err != nil {
		return nil, err
	}
	c := &Checker{forms: forms, rules: map[string]templates.CheckRule{}, refs: refs, abolished: rules}
	for _, r := range list {
		c.rules[r.ID] = r
	}
	return c, nil
}

// Check reads a Word file and checks it. A file the importer refuses is
// refused with its message (a *docread.Error).
func (c *Checker) Check(name string, data []byte, opt Options) (*Result, error) {
	doc, err := Read(name, data)
	if err != nil {
		return nil, err
	}
	return c.CheckDoc(doc, opt), nil
}

// CheckDoc checks a document already read.
func (c *Checker) CheckDoc(doc *Doc, opt Options) *Result {
	r := &Result{doc: doc, layout: classify(doc.Paras)}
	r.Date, r.DateSource = opt.Date, "option"
	if r.Date.IsZero() && r.layout.date >= 0 {
		if d, ok := parseDocDate(doc.Paras[r.layout.date].Text); ok {
			r.Date, r.DateSource = d, "document"
		}
	}
	if r.Date.IsZero() {
		r.Date, r.DateSource = opt.Today, "today"
		if r.Date.IsZero() {
			r.Date = c.abolished.Today
		}
	}
	profile := opt.Profile
	if profile == "" {
		profile = r.layout.profile
	}
	if profile == "" {
		profile = model.ProfileState
	}
	r.Form = c.formFor(profile, r.Date)
	k := &run{c: c, r: r, doc: doc, l: r.layout, f: r.Form}
	k.page()
	k.fonts()
	k.elements()
	k.positions()
	k.body()
	k.content()
	k.writing()
	k.references()
	k.abolishedBodies()
	k.unitKind()
	k.unitClasses()
	return r
}

// formFor is the form of the profile in force on d: the earliest when d
// is before every form, the latest when after.
func (c *Checker) formFor(p model.Profile, d model.Date) templates.Form {
	var first templates.Form
	for _, f := range c.forms {
		if f.Profile != p {
			continue
		}
		if f.Covers(d) {
			return f
		}
		if first.ID == "" || f.From.Before(first.From) {
			first = f
		}
	}
	return first
}

// run is one check in progress.
type run struct {
	c   *Checker
	r   *Result
	doc *Doc
	l   layout
	f   templates.Form
}

// rule returns a check rule's value and source for the document's form.
func (k *run) rule(id string) (templates.CheckRule, templates.CheckValue, bool) {
	cr, ok := k.c.rules[id]
	if !ok {
		return cr, templates.CheckValue{}, false
	}
	v, ok := cr.For(k.f.ID)
	return cr, v, ok
}

// cite is "NĐ 30/2020, clause": the form's short name and a clause.
func (k *run) cite(clause string) string {
	if _, v, ok := k.rule("cite"); ok && !strings.HasPrefix(clause, v.Value) {
		return v.Value + ", " + clause
	}
	return clause
}

// formRef is the source of one of forms.form's keys.
func (k *run) formRef(key string) string {
	if fr, ok := k.f.Rule(key); ok {
		return k.cite(fr.Ref)
	}
	return k.f.Basis
}

// add records a problem; at is the paragraph index or -1.
func (k *run) add(id string, sev model.Severity, at int, source, remedy, format string, args ...any) *Problem {
	p := Problem{Severity: sev, Rule: id, What: fmt.Sprintf(format, args...), Source: source, Remedy: remedy}
	p.Level = "warning"
	if sev == model.Error {
		p.Level = "error"
	}
	if at >= 0 && at < len(k.doc.Paras) {
		p.Para = k.doc.Paras[at].Num
		p.Excerpt = excerpt(k.doc.Paras[at].Text)
		if k.doc.PagesKnown {
			p.Page = k.doc.Paras[at].Page
		}
	}
	k.r.Problems = append(k.r.Problems, p)
	return &k.r.Problems[len(k.r.Problems)-1]
}

// addRule records a problem of a check rule with its severity and source;
// a rule of every form ("all") is not the form's, so its source stands
// alone.
func (k *run) addRule(id string, at int, remedy, format string, args ...any) *Problem {
	cr, v, _ := k.rule(id)
	src := v.Ref
	if _, own := cr.Values[k.f.ID]; own {
		src = k.cite(v.Ref)
	}
	return k.add(id, cr.Severity, at, src, remedy, format, args...)
}

// excerpt is a paragraph's first words, at most eight.
func excerpt(s string) string {
	words := strings.Fields(s)
	if len(words) > 8 {
		return strings.Join(words[:8], " ") + "…"
	}
	return strings.Join(words, " ")
}

// Where says where a problem is, in Vietnamese.
func (p Problem) Where() string {
	switch {
	case p.Para == 0:
		return "toàn văn bản"
	case p.Page > 0:
		return fmt.Sprintf("trang %d, đoạn %d “%s”", p.Page, p.Para, p.Excerpt)
	}
	return fmt.Sprintf("đoạn %d “%s”", p.Para, p.Excerpt)
}
