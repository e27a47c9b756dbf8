package formcheck

import (
	"strings"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/templates"
)

// references warns of each citation of a document replaced before the
// document's date, naming the replacement; unconfirmed entries stay quiet.
func (k *run) references() {
	seen := map[string]bool{}
	for i, p := range k.doc.Paras {
		if p.Text == "" {
			continue
		}
		text := squeeze(p.Text)
		for _, ref := range k.c.refs {
			if !ref.Confirmed || k.r.Date.Before(ref.From) || seen[ref.ID] || !cites(text, ref) {
				continue
			}
			seen[ref.ID] = true
			k.add("references", model.Warning, i, ref.Source,
				"Hãy dẫn "+ref.ReplacedBy+", hoặc ghi rõ vì sao vẫn dẫn văn bản cũ.",
				"Văn bản dẫn %s, đã được thay thế từ ngày %s (trước ngày văn bản %s)", ref.Name, ref.From.Short(), k.r.Date.Short())
		}
	}
}

// cites reports whether text cites one of the reference's numbers, not as
// part of a longer number (136-HD/VPTW is not 36-HD/VPTW).
func cites(text string, ref templates.Reference) bool {
	for _, c := range ref.Cites {
		c = squeeze(c)
		for at := 0; ; {
			i := strings.Index(text[at:], c)
			if i < 0 {
				break
			}
			i += at
			before := byte(' ')
			if i > 0 {
				before = text[i-1]
			}
			if before < '0' || before > '9' {
				return true
			}
			at = i + len(c)
		}
	}
	return false
}

// squeeze drops spaces around "-" and "/" and unifies dashes, so that
// "36 - HD / VPTW" and "36–HD/VPTW" read as "36-HD/VPTW".
func squeeze(s string) string {
	s = strings.NewReplacer("–", "-", "‑", "-", "—", "-").Replace(s)
	for _, sep := range []string{"-", "/"} {
		s = strings.ReplaceAll(s, " "+sep, sep)
		s = strings.ReplaceAll(s, sep+" ", sep)
	}
	return strings.ToUpper(s)
}

// abolishedBodies warns of a parent body, issuer or recipient that had
// ceased to exist by the document's date (rules/abolished.rules).
func (k *run) abolishedBodies() {
	for i, p := range k.doc.Paras {
		switch k.l.roles[i] {
		case Parent, Issuer, Recipients:
		default:
			continue
		}
		a, words, ok := k.c.abolished.AbolishedOn(k.r.Date, p.Text)
		if !ok {
			continue
		}
		k.add("abolished", model.Warning, i, a.Basis, "Hãy ghi "+a.Instead+".",
			"%s nêu cơ quan %s (%q), nhưng %s đã kết thúc hoạt động từ ngày %s", capital(elementNames[k.l.roles[i]]),
			a.Level, words, a.Level, a.From.Short())
	}
}

// unitKind warns when the issuer names a kind of commune-level unit that
// did not exist on the document's date (a thị trấn after 1/7/2025), by the
// periods of rules/units.rules.
func (k *run) unitKind() {
	period, ok := k.c.abolished.UnitsOn(k.r.Date)
	if !ok {
		return
	}
	for i, p := range k.doc.Paras {
		if k.l.roles[i] != Issuer {
			continue
		}
		words := " " + strings.Join(strings.Fields(strings.ToLower(p.Text)), " ") + " "
		for _, kr := range k.c.kinds() {
			if _, exists := period.Kind(kr.Kind); exists || !strings.Contains(words, " "+strings.ToLower(kr.Label)+" ") {
				continue
			}
			k.add("unit-kind", model.Warning, i, period.Basis,
				"Hãy ghi đúng loại đơn vị hành chính hiện có vào ngày đó ("+kindLabels(period)+").",
				"Tên cơ quan ban hành có %q, nhưng vào ngày %s không còn đơn vị hành chính loại này", kr.Label, k.r.Date.Short())
			return
		}
	}
}

// kinds lists every commune-level kind of every period, once.
func (c *Checker) kinds() []model.KindRule {
	var out []model.KindRule
	seen := map[model.UnitKind]bool{}
	for _, p := range c.abolished.Units {
		for _, kr := range p.Kinds {
			if !seen[kr.Kind] {
				seen[kr.Kind] = true
				out = append(out, kr)
			}
		}
	}
	return out
}

func kindLabels(p model.UnitPeriod) string {
	var out []string
	for _, kr := range p.Kinds {
		out = append(out, strings.ToLower(kr.Label))
	}
	return strings.Join(out, ", ")
}
