package importer

import (
	"slices"
	"strings"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/templates/docread"
)

// Change is one part of a draft that an edited document changed.
type Change struct {
	// Where is the section ID, or the report part ("header", "basis",
	// "staffing", "closing", "recipients", "signer", "unplaced").
	Where string
	// What names it for the clerk, in Vietnamese.
	What string
}

// ImportInto reads an edited copy of a draft's document (typically the
// DOCX baocao exported, corrected by the leader in Word) against the
// draft's own outline and returns the draft's report with the changes the
// document makes, and the list of them. What the document states the way
// baocao printed it (upper-case names, "05" for 5, the default closing, the
// generated staffing paragraph, the list's final ";" or ".") is no change;
// a section whose heading the document lacks keeps its answers; lines that
// cannot be placed are added to the draft's unplaced list.
func ImportInto(doc docread.Document, base model.Report, o model.Outline, rules model.Rules) (model.Report, []Change, Summary, error) {
	res, err := ImportReport(doc, Options{Outlines: []model.Outline{o}, Outline: o.ID, Rules: rules, Composed: !base.Imported})
	if err != nil {
		return model.Report{}, nil, Summary{}, err
	}
	imp := res.Report
	out := base.Clone()
	var changes []Change
	for _, s := range o.Sections {
		for _, f := range s.Fields {
			if f.Bind != "" || !(f.Kind == model.FieldNarrative || f.Kind == model.FieldBullets || f.Kind == model.FieldLine || f.Kind == model.FieldTable) {
				continue
			}
			old, now := base.Answers[f.ID], imp.Answers[f.ID]
			if !res.Found[s.ID] && now.IsEmpty() || sameAnswer(old, now) {
				continue
			}
			setAnswer(&out, f.ID, now)
			changes = appendChange(changes, Change{Where: s.ID, What: "mục " + label(s)})
		}
	}
	changes = mergeParts(&out, base, imp, o, changes)
	if len(imp.Unplaced) > 0 {
		out.Unplaced = append(out.Unplaced, imp.Unplaced...)
		changes = append(changes, Change{Where: "unplaced", What: "đoạn chưa xếp được vào mục nào"})
	}
	return out, changes, res.Summary, nil
}

func label(s model.Section) string {
	if s.Number != "" {
		return s.Number + ". " + shorten(s.Heading, 50)
	}
	return shorten(s.Heading, 50)
}

func appendChange(list []Change, c Change) []Change {
	for _, x := range list {
		if x.Where == c.Where {
			return list
		}
	}
	return append(list, c)
}

func setAnswer(r *model.Report, id string, a model.Answer) {
	if r.Answers == nil {
		r.Answers = map[string]model.Answer{}
	}
	if a.IsEmpty() {
		delete(r.Answers, id)
		return
	}
	r.Answers[id] = a
}

// sameAnswer compares answers as printed: items and lines without their
// final punctuation and extra spaces.
func sameAnswer(a, b model.Answer) bool {
	if a.None != b.None {
		return false
	}
	if a.None {
		return true
	}
	return slices.Equal(printed(a), printed(b)) && sameTable(a.Table, b.Table)
}

func printed(a model.Answer) []string {
	var out []string
	for _, it := range a.Items {
		out = append(out, strings.Split(it, "\n")...)
	}
	out = append(out, strings.Split(a.Text, "\n")...)
	var clean []string
	for _, l := range out {
		l = strings.Join(strings.Fields(l), " ")
		l = strings.TrimRight(l, ";.,: ")
		if l != "" {
			clean = append(clean, l)
		}
	}
	return clean
}

// mergeParts takes the printed parts around the body from the document
// where they differ from the draft more than in how baocao prints them.
func mergeParts(out *model.Report, base, imp model.Report, o model.Outline, changes []Change) []Change {
	type part struct {
		where, what string
		old, now    *string
		same        func(a, b string) bool
	}
	parts := []part{
		{"header", "số văn bản", &out.Doc.Number, &imp.Doc.Number, sameNumber},
		{"header", "ngày ban hành", &out.Doc.Date, &imp.Doc.Date, sameDate},
		{"header", "trích yếu", &out.Doc.Subject, &imp.Doc.Subject, sameText},
		{"header", "cơ quan ban hành", &out.Unit.Issuer, &imp.Unit.Issuer, sameText},
		{"header", "cơ quan cấp trên", &out.Unit.Parent, &imp.Unit.Parent, sameText},
		{"header", "địa danh", &out.Unit.Place, &imp.Unit.Place, sameText},
		{"basis", "loại văn bản chỉ đạo", &out.Directive.Type, &imp.Directive.Type, sameText},
		{"basis", "số và ký hiệu văn bản chỉ đạo", &out.Directive.Ref, &imp.Directive.Ref, sameText},
		{"basis", "ngày văn bản chỉ đạo", &out.Directive.Date, &imp.Directive.Date, sameDate},
		{"basis", "cơ quan chỉ đạo", &out.Directive.Issuer, &imp.Directive.Issuer, sameText},
		{"basis", "nội dung văn bản chỉ đạo", &out.Directive.Subject, &imp.Directive.Subject, sameText},
		{"signer", "chức vụ người ký", &out.Signer.Title, &imp.Signer.Title, sameText},
		{"signer", "tên người ký", &out.Signer.Name, &imp.Signer.Name, sameText},
		{"signer", "thẩm quyền ký", &out.Signer.For, &imp.Signer.For, sameText},
	}
	for _, p := range parts {
		if strings.TrimSpace(*p.now) == "" || p.same(*p.old, *p.now) {
			continue
		}
		*p.old = *p.now
		changes = append(changes, Change{Where: p.where, What: p.what})
	}
	if imp.Signer.Authority != base.Signer.Authority && imp.Signer.Title != "" {
		out.Signer.Authority = imp.Signer.Authority
		changes = append(changes, Change{Where: "signer", What: "thẩm quyền ký"})
	}
	if c := strings.TrimSpace(imp.Closing); c != "" && !sameText(trimEnd(model.ClosingText(base, o)), trimEnd(c)) {
		out.Closing = c
		changes = append(changes, Change{Where: "closing", What: "câu kết"})
	}
	if len(imp.Staffing.Rows) > 0 && !sameRows(base.Staffing, imp.Staffing) {
		out.Staffing = imp.Staffing
		changes = append(changes, Change{Where: "staffing", What: "bảng cán bộ, công chức"})
	}
	if len(imp.Recipients) > 0 && !sameList(base.Recipients, imp.Recipients) {
		out.Recipients = imp.Recipients
		changes = append(changes, Change{Where: "recipients", What: "nơi nhận"})
	}
	return changes
}

func trimEnd(s string) string {
	return strings.TrimRight(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "./.")), ". ")
}

func sameText(a, b string) bool {
	return strings.EqualFold(strings.Join(strings.Fields(a), " "), strings.Join(strings.Fields(b), " "))
}

func sameNumber(a, b string) bool {
	return strings.TrimLeft(strings.TrimSpace(a), "0") == strings.TrimLeft(strings.TrimSpace(b), "0")
}

func sameDate(a, b string) bool {
	da, ea := model.ParseDate(a)
	db, eb := model.ParseDate(b)
	if ea == nil && eb == nil {
		return da == db
	}
	return sameText(a, b)
}

func sameList(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !sameText(strings.TrimRight(a[i], ";.,"), strings.TrimRight(b[i], ";.,")) {
			return false
		}
	}
	return true
}

// sameRows compares staffing tables by their rows' positions and counts
// and the term; the totals baocao printed are not the clerk's.
func sameRows(a, b model.Staffing) bool {
	if len(a.Rows) != len(b.Rows) || (b.Term != "" && a.Term != b.Term) {
		return false
	}
	count := map[string]int{}
	for _, r := range a.Rows {
		count[r.Key()+"|"+itoa(r.Start)+"/"+itoa(r.Now)]++
	}
	for _, r := range b.Rows {
		k := r.Key() + "|" + itoa(r.Start) + "/" + itoa(r.Now)
		if count[k] == 0 {
			return false
		}
		count[k]--
	}
	return true
}
