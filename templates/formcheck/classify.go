package formcheck

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/baocao/baocao/model"
)

// Element is a part of the form a paragraph plays (thành phần thể thức).
// Its names are the keys of templates/forms/forms.form.
type Element string

// The elements of a document's form.
const (
	Other           Element = ""
	Parent          Element = "parent"
	Issuer          Element = "issuer"
	Number          Element = "number"
	Motto           Element = "motto"
	Slogan          Element = "slogan"
	Date            Element = "date"
	Title           Element = "title"
	Subject         Element = "subject"
	Body            Element = "body"
	RecipientsLabel Element = "recipients-label"
	Recipients      Element = "recipients"
	Authority       Element = "authority"
	SignTitle       Element = "sign-title"
	SignName        Element = "sign-name"
)

// elementNames are the elements as messages name them.
var elementNames = map[Element]string{
	Parent: "tên cơ quan cấp trên", Issuer: "tên cơ quan ban hành", Number: "số, ký hiệu",
	Motto: "Quốc hiệu (tiêu đề)", Slogan: "Tiêu ngữ", Date: "địa danh, ngày tháng", Title: "tên loại văn bản",
	Subject: "trích yếu", Body: "nội dung", RecipientsLabel: "chữ \"Nơi nhận\"", Recipients: "nơi nhận",
	Authority: "thẩm quyền ký", SignTitle: "chức vụ người ký", SignName: "họ tên người ký",
}

var (
	stateMotto = "cong hoa xa hoi chu nghia viet nam"
	partyMotto = "dang cong san viet nam"
	sloganText = "doc lap tu do hanh phuc"
	numberRe   = regexp.MustCompile(`^Số\s*[:.]?\s*\d`)
	dateRe     = regexp.MustCompile(`(?i)^[^,\n]{1,60},\s*ngày\s+\S+\s+tháng\s+\S+\s+năm\s+\d{4}`)
	authRe     = regexp.MustCompile(`^(TM|KT|TL|TUQ|Q|T/M|K/T|T/L|T\.M|K\.T)[.\s]`)
)

// typeNames are the names of document types (tên loại), folded, so that a
// type name written in lower case is still found (and reported).
var typeNames = map[string]bool{"bao cao": true, "ke hoach": true, "to trinh": true, "quyet dinh": true,
	"thong bao": true, "chuong trinh": true, "nghi quyet": true, "chi thi": true, "huong dan": true,
	"quy che": true, "quy dinh": true, "de an": true, "phuong an": true, "bien ban": true, "cong dien": true,
	"giay moi": true, "ket luan": true, "thong tri": true, "tuyen bo": true, "loi keu goi": true}

// letters folds a line to its bare lower-case letters and single spaces,
// so "CỘNG HOÀ XÃ HỘI…" and "Độc lập – Tự do – Hạnh phúc" compare as words.
func letters(s string) string {
	f := model.Fold(s)
	return strings.Join(strings.FieldsFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }), " ")
}

// isUpper reports whether every letter of s is a capital.
func isUpper(s string) bool {
	seen := false
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			seen = true
		}
	}
	return seen
}

// layout is the document's form as read: each paragraph's element, the
// profile its heading shows, and the indexes of the key paragraphs.
type layout struct {
	roles   []Element
	profile model.Profile
	title   int // -1 when there is no type name
	date    int
	bodyEnd int // first paragraph after the body
}

// classify finds each paragraph's element: the heading by its fixed words,
// the number and date by their shape, the title as the first capitalised
// paragraph after them, the body up to the Nơi nhận and signature.
func classify(ps []Para) layout {
	l := layout{roles: make([]Element, len(ps)), title: -1, date: -1, bodyEnd: len(ps)}
	number, head := -1, -1
	for i, p := range ps {
		if i > 40 {
			break
		}
		switch t := letters(p.Text); {
		case t == stateMotto && l.profile == "":
			l.roles[i], l.profile, head = Motto, model.ProfileState, max(head, i)
		case t == partyMotto && l.profile == "":
			l.roles[i], l.profile, head = Motto, model.ProfileParty, max(head, i)
		case t == sloganText:
			l.roles[i], head = Slogan, max(head, i)
		case number < 0 && numberRe.MatchString(p.Text):
			l.roles[i], number, head = Number, i, max(head, i)
		case l.date < 0 && dateRe.MatchString(p.Text):
			l.roles[i], l.date, head = Date, i, max(head, i)
		}
	}
	l.issuers(ps, number)
	l.titleAndSubject(ps, head)
	l.signature(ps)
	start := head + 1
	for i := start; i < l.bodyEnd; i++ {
		if l.roles[i] == Other && hasWord(ps[i].Text) && ps[i].Table == 0 && ps[i].Box == 0 && i > l.title && !caption(ps, i) {
			l.roles[i] = Body
		}
	}
	return l
}

// issuers marks the capitalised lines above the number: the parent body,
// then the issuer. They are looked for in the number's column (of the
// heading table, whatever the row, or of lines typed with tabs), then, when
// the column has none, in the other. When all are bold they are the
// issuer's lines.
func (l *layout) issuers(ps []Para, number int) {
	if number < 0 {
		return
	}
	lines := l.capitalsAbove(ps, number, true)
	if len(lines) == 0 {
		lines = l.capitalsAbove(ps, number, false)
	}
	allBold := true
	for _, i := range lines {
		allBold = allBold && boldAll(ps[i])
	}
	for k, i := range lines {
		l.roles[i] = Issuer
		if k == 0 && len(lines) > 1 && !allBold {
			l.roles[i] = Parent
		}
	}
}

// capitalsAbove returns the capitalised lines above the number, up to
// another element, in the number's column or not.
func (l *layout) capitalsAbove(ps []Para, number int, column bool) []int {
	var lines []int
	n := ps[number]
	for i := number - 1; i >= 0 && len(lines) < 6; i-- {
		p := ps[i]
		if p.Table != n.Table && p.Box == n.Box {
			break
		}
		// another text box; the heading table's other column (in any row);
		// the other column of lines typed with tabs (a part after the first)
		if p.Box != n.Box || column && (n.Table != 0 && p.Cell != n.Cell || p.Part > 0 && (p.Part > 1) != (n.Part > 1)) {
			continue
		}
		if l.roles[i] != Other {
			break
		}
		if p.Text == "" || !isUpper(p.Text) {
			continue
		}
		lines = append([]int{i}, lines...)
	}
	return lines
}

// titleAndSubject marks the type name (the first short capitalised
// paragraph after the heading, outside the heading's table, not justified
// like the body) and the
// subject lines under it, down to the rule or the "-----" mark.
func (l *layout) titleAndSubject(ps []Para, head int) {
	seen := 0 // paragraphs with text looked at; empty ones make room for text boxes
	for i := head + 1; i < len(ps) && seen < 4; i++ {
		p := ps[i]
		if p.Text == "" {
			continue
		}
		seen++
		if head >= 0 && (p.Table != 0 && p.Table == ps[head].Table || p.Box != 0 && p.Box <= ps[head].Box) {
			continue
		}
		if (isUpper(p.Text) || typeNames[letters(p.Text)]) && len(strings.Fields(p.Text)) <= 6 && p.Align != "both" && !authRe.MatchString(p.Text) {
			l.roles[i], l.title = Title, i
		}
		break
	}
	if l.title < 0 {
		return
	}
	for i := l.title + 1; i < len(ps) && i <= l.title+4; i++ {
		p := ps[i]
		if p.Rule || strings.Trim(p.Text, "-–— ") == "" && p.Text != "" || p.Align != "center" && p.Align != ps[l.title].Align {
			break
		}
		if p.Text != "" {
			l.roles[i] = Subject
		}
	}
}

// signature marks the Nơi nhận block and the signature: the authority
// line, the signer's title under it and the name, the last line of its
// cell or block.
func (l *layout) signature(ps []Para) {
	label := -1
	for i := len(ps) - 1; i > l.title && i >= 0; i-- {
		if strings.HasPrefix(letters(ps[i].Text), "noi nhan") {
			label = i
			break
		}
	}
	var beside []int // the signature typed beside or under the Nơi nhận
	if label >= 0 {
		l.roles[label] = RecipientsLabel
		l.bodyEnd = label
		for i := label + 1; i < len(ps) && samePlace(ps[i], ps[label]); i++ {
			switch {
			case ps[i].Text == "":
			case ps[i].Table == 0 && signing(ps[i]):
				beside = append(beside, i)
			default:
				l.roles[i] = Recipients
			}
		}
	}
	sign := append(l.signBlock(ps, label), beside...)
	if len(sign) == 0 {
		return
	}
	if sign[0] < l.bodyEnd {
		l.bodyEnd = sign[0]
	}
	k := 0
	if authRe.MatchString(ps[sign[0]].Text) {
		l.roles[sign[0]] = Authority
		k = 1
	}
	if k < len(sign)-1 {
		l.roles[sign[k]] = SignTitle
	}
	if last := sign[len(sign)-1]; l.roles[last] == Other {
		l.roles[last] = SignName
	}
}

// samePlace reports two paragraphs in the same table cell or text box.
func samePlace(a, b Para) bool {
	return a.Table == b.Table && a.Cell == b.Cell && a.Box == b.Box
}

// signing reports a line of the signature among the Nơi nhận lines: on the
// right, or centred and not a "- …" line of the list.
func signing(p Para) bool {
	return p.Side == SideRight || p.Side == SideMiddle && p.Align == "center" && !strings.ContainsAny(p.Text[:1], "-–+")
}

// signBlock returns the non-empty paragraphs of the signature: the other
// cell of the Nơi nhận's table row, or the lines centred or on the right
// closing the document (or right above the Nơi nhận).
func (l *layout) signBlock(ps []Para, label int) []int {
	var out []int
	if label >= 0 && ps[label].Table != 0 {
		for i, p := range ps {
			if i > l.title && p.Table == ps[label].Table && p.Row == ps[label].Row && p.Cell != ps[label].Cell && p.Text != "" {
				out = append(out, i)
			}
		}
		return out
	}
	end := len(ps)
	if label >= 0 {
		end = label
	}
	for i := end - 1; i > l.title && len(out) < 4; i-- {
		p := ps[i]
		if p.Text == "" {
			continue
		}
		if p.Align != "center" && p.Align != "right" && p.Side != SideRight {
			break
		}
		out = append([]int{i}, out...)
	}
	return out
}

func boldAll(p Para) bool {
	seen := false
	for _, r := range p.Runs {
		if strings.TrimSpace(r.Text) == "" {
			continue
		}
		if !r.Bold {
			return false
		}
		seen = true
	}
	return seen
}

// hasWord reports a letter or digit: "*" and "-----" are marks, not text.
func hasWord(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// caption reports a table's title: a centred paragraph right above a
// table, which is not body text.
func caption(ps []Para, i int) bool {
	return ps[i].Align == "center" && i+1 < len(ps) && ps[i+1].Table != 0
}
