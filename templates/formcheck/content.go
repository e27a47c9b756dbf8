package formcheck

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"github.com/baocao/baocao/model"
)

var (
	datePartsRe = regexp.MustCompile(`ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})`)
	numberShape = regexp.MustCompile(`^Số\s*(:?)\s*(\d+)\s*([-/])\s*(\S+)`)
)

// parseDocDate reads the date of "Place, ngày 05 tháng 3 năm 2026".
func parseDocDate(s string) (model.Date, bool) {
	m := datePartsRe.FindStringSubmatch(s)
	if m == nil {
		return model.Date{}, false
	}
	d, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	y, _ := strconv.Atoi(m[3])
	date := model.Date{Year: y, Month: mo, Day: d}
	return date, date.Valid()
}

// content checks the number, the date, the ending, the Nơi nhận and the
// signature's authority.
func (k *run) content() {
	k.number()
	k.date()
	k.ending()
	k.recipients()
	k.authority()
	k.lines()
}

// lines checks the marks under the heading: a line under the issuer (the
// Party's asterisk instead) and under the Tiêu ngữ, or under the Party's
// heading; a line drawn as a shape counts.
func (k *run) lines() {
	if last := k.last(Issuer); last >= 0 {
		if k.f.IssuerMark != "" && !k.markAfter(last, k.f.IssuerMark) {
			k.add("lines", model.Warning, last, k.formRef("issuer-mark"), "Hãy ghi dấu \""+k.f.IssuerMark+"\" dưới tên cơ quan ban hành.",
				"Dưới tên cơ quan ban hành thiếu dấu %q", k.f.IssuerMark)
		}
		if k.f.IssuerMark == "" && !k.lineAfter(last) {
			k.add("lines", model.Warning, last, k.formRef("issuer"), "Hãy kẻ một đường nét liền dưới tên cơ quan ban hành (khoảng 1/3 đến 1/2 độ dài dòng chữ, cân giữa).",
				"Dưới tên cơ quan ban hành thiếu đường kẻ")
		}
	}
	under := k.last(Slogan)
	if k.f.Slogan.Size == 0 {
		under = k.last(Motto)
	}
	if under >= 0 && !k.lineAfter(under) {
		k.add("lines", model.Warning, under, k.formRef("motto-rule"), "Hãy kẻ một đường nét liền dưới dòng này, dài bằng dòng chữ, cân giữa.",
			"Dưới %s thiếu đường kẻ", elementNames[k.l.roles[under]])
	}
}

// last returns the last paragraph of an element, or -1.
func (k *run) last(e Element) int {
	out := -1
	for i, r := range k.l.roles {
		if r == e {
			out = i
		}
	}
	return out
}

// lineAfter reports a line drawn with paragraph i or with one of the empty
// paragraphs right under it in the same place.
func (k *run) lineAfter(i int) bool {
	ps := k.doc.Paras
	if ps[i].Box != 0 && k.doc.boxLined[ps[i].Box] {
		return true
	}
	for j := i; j < len(ps) && j <= i+2; j++ {
		if j > i && (!samePlace(ps[j], ps[i]) || ps[j].Text != "") {
			return false
		}
		if ps[j].Drawn {
			return true
		}
	}
	return false
}

// markAfter reports the mark as one of the next two paragraphs in the
// same place, on the same side.
func (k *run) markAfter(i int, mark string) bool {
	ps := k.doc.Paras
	for j := i + 1; j < len(ps) && j <= i+2; j++ {
		if !samePlace(ps[j], ps[i]) {
			return false
		}
		if strings.TrimSpace(ps[j].Text) == mark {
			return ps[j].Side == ps[i].Side
		}
	}
	return false
}

// number checks "Số:" (state) or "Số" (Party), the zero before a number
// under 10 and the separator between number and symbol.
func (k *run) number() {
	i := k.find(Number)
	_, v, ok := k.rule("number")
	if i < 0 || !ok {
		return
	}
	text := k.doc.Paras[i].Text
	m := numberShape.FindStringSubmatch(text)
	want := numberShape.FindStringSubmatch(v.Value)
	if m == nil || want == nil {
		return
	}
	remedy := "Hãy viết theo mẫu \"" + v.Value + "\"."
	if m[1] != want[1] {
		old := strings.TrimSpace(text[:strings.Index(text, m[2])])
		p := k.addRule("number", i, remedy, "Sau chữ \"Số\" %s dấu hai chấm (đang viết %q)", map[bool]string{true: "phải có", false: "không có"}[want[1] == ":"], old)
		k.textFix(p, i, old+" "+m[2], "Số"+want[1]+" "+m[2])
	}
	if n, _ := strconv.Atoi(m[2]); n < 10 && len(m[2]) < 2 {
		p := k.addRule("number", i, remedy, "Số văn bản nhỏ hơn 10 phải ghi thêm số 0 phía trước (%s)", m[2])
		k.textFix(p, i, m[2]+m[3], "0"+m[2]+m[3])
	}
	if m[3] != want[3] {
		k.addRule("number", i, remedy, "Giữa số và ký hiệu phải là dấu %q, không phải %q", want[3], m[3])
	}
	k.symbol(i, m[4])
}

// symbol checks the type's abbreviation in the symbol against the type
// name at the head of the document (BÁO CÁO: BC).
func (k *run) symbol(i int, symbol string) {
	_, v, ok := k.rule("symbol")
	if !ok || k.l.title < 0 {
		return
	}
	title := letters(k.doc.Paras[k.l.title].Text)
	for _, pair := range strings.Split(v.Value, ",") {
		name, abbr, _ := strings.Cut(strings.TrimSpace(pair), "=")
		if letters(name) != title {
			continue
		}
		parts := strings.FieldsFunc(symbol, func(r rune) bool { return r == '-' || r == '/' })
		if len(parts) == 0 {
			return
		}
		if got := parts[0]; got != abbr {
			k.addRule("symbol", i, "Hãy viết ký hiệu tên loại là \""+abbr+"\".",
				"Văn bản là %s nhưng ký hiệu tên loại là %q, phải là %q", strings.ToUpper(name), parts[0], abbr)
		}
		return
	}
}

// date checks the zeros: a day under 10 and month 1 or 2 take one, other
// months none.
func (k *run) date() {
	i := k.l.date
	if i < 0 {
		k.add("date", model.Warning, -1, k.cite(k.c.rules["date"].Values[k.f.ID].Ref),
			"Hãy ghi địa danh và ngày tháng dưới Quốc hiệu, dạng \"Hòa Phong, ngày 05 tháng 3 năm 2026\".",
			"Không tìm thấy dòng địa danh, ngày tháng năm ban hành; đã kiểm tra theo ngày %s", k.r.Date.Short())
		return
	}
	text := k.doc.Paras[i].Text
	m := datePartsRe.FindStringSubmatch(text)
	if m == nil {
		k.addRule("date", i, "Hãy viết đủ \"ngày … tháng … năm …\" bằng chữ số.", "Ngày tháng năm không đúng dạng \"ngày 05 tháng 3 năm 2026\"")
		return
	}
	d, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	day, month := pad(d, d < 10), pad(mo, mo < 3)
	if day == m[1] && month == m[2] {
		return
	}
	good := "ngày " + day + " tháng " + month + " năm " + m[3]
	p := k.addRule("date", i, "Hãy viết \""+good+"\".", "Ngày tháng viết %q, phải là %q", m[0], good)
	k.textFix(p, i, m[0], good)
}

func pad(n int, zero bool) string {
	if zero {
		return fmt.Sprintf("%02d", n)
	}
	return strconv.Itoa(n)
}

// ending checks the last body paragraph's closing mark.
func (k *run) ending() {
	_, v, ok := k.rule("ending")
	last := -1
	for i, e := range k.l.roles {
		if e == Body {
			last = i
		}
	}
	if !ok || last < 0 {
		return
	}
	text := strings.TrimSpace(k.doc.Paras[last].Text)
	if strings.HasSuffix(text, v.Value) {
		return
	}
	p := k.addRule("ending", last, "Hãy kết thúc phần nội dung bằng \""+v.Value+"\".",
		"Phần nội dung phải kết thúc bằng \"%s\"", v.Value)
	trimmed := strings.TrimRight(text, ".;,:/ ")
	if tail := text[len(trimmed):]; tail != "" || trimmed != "" {
		k.textFixEnd(p, last, tail, v.Value)
	}
}

// recipients checks each Nơi nhận line's closing mark and the archive line.
func (k *run) recipients() {
	var lines []int
	for i, e := range k.l.roles {
		if e == Recipients {
			lines = append(lines, i)
		}
	}
	if len(lines) == 0 || k.f.RecipientSep == "" {
		return
	}
	if label := k.find(RecipientsLabel); label >= 0 && !strings.HasSuffix(strings.TrimSpace(k.doc.Paras[label].Text), ":") {
		p := k.add("recipients", model.Error, label, k.formRef("recipients-label"), "Hãy viết \"Nơi nhận:\" (có dấu hai chấm).",
			"Sau chữ \"Nơi nhận\" phải có dấu hai chấm")
		k.textFixEnd(p, label, "", ":")
	}
	ref := k.formRef("recipients-end")
	for n, i := range lines {
		want := k.f.RecipientSep
		if n == len(lines)-1 {
			want = k.f.RecipientEnd
		}
		text := strings.TrimSpace(k.doc.Paras[i].Text)
		if strings.HasSuffix(text, want) {
			continue
		}
		p := k.add("recipients", model.Error, i, ref, "Hãy kết thúc dòng bằng \""+want+"\".",
			"Dòng nơi nhận phải kết thúc bằng \"%s\"", want)
		k.textFixEnd(p, i, text[len(strings.TrimRight(text, ".;, ")):], want)
	}
	_, v, ok := k.rule("archive")
	last := strings.TrimLeftFunc(k.doc.Paras[lines[len(lines)-1]].Text, func(r rune) bool {
		return unicode.IsSpace(r) || r == '-' || r == '–' || r == '+'
	})
	if ok && !strings.HasPrefix(last, v.Value) {
		k.addRule("archive", lines[len(lines)-1], "Hãy ghi dòng cuối của Nơi nhận là \""+v.Value+" VT, …\" (nơi lưu văn bản).",
			"Dòng cuối của Nơi nhận phải là dòng lưu, bắt đầu bằng \"%s\"", v.Value)
	}
}

// authority checks the authority's abbreviation for the form and that a
// deputy signs KT. (K/T) with a deputy's title.
func (k *run) authority() {
	_, v, ok := k.rule("authority")
	i := k.find(Authority)
	if !ok || i < 0 {
		return
	}
	text := k.doc.Paras[i].Text
	word := strings.Fields(text)[0]
	allowed := strings.Fields(v.Value)
	if !contains(allowed, word) {
		k.addRule("authority", i, "Hãy viết một trong: "+strings.Join(allowed, ", ")+".",
			"Thẩm quyền ký %q không đúng cách viết của %s", word, k.f.Basis)
	}
	t := k.find(SignTitle)
	if t < 0 || (word != "KT." && word != "K/T") {
		return
	}
	title := model.Fold(k.doc.Paras[t].Text)
	if !strings.HasPrefix(title, "pho ") {
		k.addRule("authority", t, "Ký thay thì người ký là cấp phó: chức vụ phải bắt đầu bằng \"PHÓ\".",
			"Ký thay (%s) nhưng chức vụ người ký %q không phải cấp phó", word, k.doc.Paras[t].Text)
	}
}

// find returns the first paragraph of an element, or -1.
func (k *run) find(e Element) int {
	for i, r := range k.l.roles {
		if r == e {
			return i
		}
	}
	return -1
}

// textFix makes a problem fixable by replacing old with new inside one
// w:t of paragraph i; text split across runs is left to the clerk.
func (k *run) textFix(p *Problem, i int, old, new string) {
	for _, r := range k.doc.Paras[i].Runs {
		for _, t := range r.node.kids {
			if t.name == "t" && strings.Contains(t.text, old) {
				p.Fixable, p.fix = true, []edit{{owner: t, old: old, new: new}}
				return
			}
		}
	}
}

// textFixEnd replaces the paragraph's closing marks tail by want, in its
// last w:t with text.
func (k *run) textFixEnd(p *Problem, i int, tail, want string) {
	runs := k.doc.Paras[i].Runs
	for j := len(runs) - 1; j >= 0; j-- {
		ts := runs[j].node.kids
		for n := len(ts) - 1; n >= 0; n-- {
			t := ts[n]
			if t.name != "t" || strings.TrimSpace(t.text) == "" {
				continue
			}
			body := strings.TrimRight(t.text, " ")
			if !strings.HasSuffix(body, tail) {
				return
			}
			p.Fixable, p.fix = true, []edit{{owner: t, old: body, new: body[:len(body)-len(tail)] + want}}
			return
		}
	}
}
