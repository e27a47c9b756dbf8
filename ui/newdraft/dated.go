package newdraft

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/ui/common"
	"github.com/baocao/baocao/ui/field"
)

// date is the date the form's choices follow: the one typed, or today while
// it is empty or not (yet) a date.
func (m *Model) date() model.Date {
	if d, err := model.ParseDate(m.Value("doc.date")); err == nil && d.Valid() {
		return d
	}
	return common.Today(m.c.Now)
}

// refreshChoices rebuilds the kind and class choices for the date's
// period, keeping the chosen kind and class where they still exist, and
// the hints that give examples of the bodies of that date.
func (m *Model) refreshChoices(kind, class string) {
	o, _ := m.outline()
	p, _ := m.c.Svc.Rules.UnitsOn(m.date())
	own := []string{}
	if f, ok := outlineField(o, "unit.kind"); ok {
		own = f.Options
	}
	if len(own) == 0 {
		for _, k := range model.UnitKinds {
			own = append(own, string(k)+"="+m.c.Str.KindName(k))
		}
	}
	m.setChoice(iKind, "unit.kind", m.c.Str.FieldKind, p.KindOptions(own), kind)
	m.setChoice(iClass, "unit.class", m.c.Str.FieldClass, p.ClassOptions(model.UnitKind(m.Value("unit.kind"))), class)
	m.setHints(o.Profile, p)
	if in, ok := m.inputs[iOutline].(*field.ChoiceInput); ok {
		in.SetOptions(m.outlineOptions())
	}
	m.period = p.ID
}

// outlineOptions are the outline chooser's options, each outline named as
// the units of the form's date call themselves.
func (m *Model) outlineOptions() []string {
	var opts []string
	for _, o := range m.outlines {
		opts = append(opts, o.ID+"="+common.OutlineName(m.c.Svc.Rules, o, m.date()))
	}
	return opts
}

// setChoice replaces a choice's options, keeping value when offered (else
// the first option for the kind, none for the class).
func (m *Model) setChoice(i int, bind, label string, options []string, value string) {
	in := m.choice(bind, label, options)
	idx := -1
	for j, opt := range options {
		if v, _ := model.SplitOption(opt); v == value {
			idx = j
		}
	}
	if idx < 0 && i == iKind && len(options) > 0 {
		idx = 0
	}
	in.SetIndex(idx)
	if m.focus == i {
		in.Focus()
	}
	m.inputs[i] = in
}

// setHints gives the parent, issuer and directive issuer examples of the
// form (state or party) and of the date's period.
func (m *Model) setHints(profile model.Profile, p model.UnitPeriod) {
	parent, directive, issuer := p.ParentState, p.IssuerState, m.t.IssuerStateExample
	if profile == model.ProfileParty {
		parent, directive, issuer = p.ParentParty, p.IssuerParty, m.t.IssuerPartyExample
	}
	m.hint(iParent, m.t.Example(parent))
	m.hint(iDirIssuer, m.t.Example(directive))
	m.hint(iIssuer, m.t.IssuerHint(issuer))
	now := m.c.Now()
	m.hint(iDate, m.t.DateHint(model.Date{Year: now.Year(), Month: int(now.Month()), Day: now.Day()}.Short()))
}

// hint replaces a line input's hint, keeping its value.
func (m *Model) hint(i int, hint string) {
	old, ok := m.inputs[i].(*field.LineInput)
	if !ok || old.Field().Hint == hint {
		return
	}
	f := old.Field()
	in := m.line(f.Bind, f.Label, hint)
	in.SetValue(old.Value())
	if m.focus == i {
		in.Focus()
	}
	m.inputs[i] = in
}

// Recipients is the default Nơi nhận of a new report: the body it answers
// to first (the directive's issuer, marked "(b/c)" in a state document,
// "(báo cáo)" in a party one: a report carries no "Kính gửi", so no "Như
// trên"), then the outline's own lines, the archive line last.
func Recipients(o model.Outline, directiveIssuer string) []string {
	var out []string
	if up := strings.TrimSpace(directiveIssuer); up != "" {
		suffix := " (b/c)"
		if o.Profile == model.ProfileParty {
			suffix = " (báo cáo)"
		}
		out = append(out, up+suffix)
	}
	return append(out, o.DefaultRecipients...)
}

// shortYear is a day/month/year date whose year has two digits.
var shortYear = regexp.MustCompile(`^\s*(\d{1,2})([/.-])(\d{1,2})[/.-](\d{2})\s*$`)

// askShortYear writes out a two-digit year of a date field in full, in
// the century of today ("15/12/26" → "15/12/2026"), focuses the field
// and says so, so that the clerk confirms with ctrl+s or corrects it;
// false when no date field has a two-digit year.
func (m *Model) askShortYear() (tea.Cmd, bool) {
	for _, i := range []int{iDate, iDirDate} {
		in, ok := m.inputs[i].(*field.LineInput)
		if !ok {
			continue
		}
		typed := in.Value()
		p := shortYear.FindStringSubmatch(typed)
		if p == nil {
			continue
		}
		yy, _ := strconv.Atoi(p[4])
		year := m.c.Now().Year()/100*100 + yy
		full := fmt.Sprintf("%s%s%s%s%d", p[1], p[2], p[3], p[2], year)
		in.SetValue(full)
		m.changed(i)
		m.err = m.t.ShortYear(in.Field().Label, strings.TrimSpace(typed), full, year)
		return m.move(i - m.focus), true
	}
	return nil, false
}
