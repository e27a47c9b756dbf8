package formcheck

import "strings"

// sideNames are the sides as messages name them.
var sideNames = map[string]string{SideLeft: "bên trái", SideMiddle: "giữa", SideRight: "bên phải"}

// place is where the form puts an element: its side and the clause that
// says so.
type place struct{ side, clause string }

// places reads rules/checks.rules "position" for the document's form:
// "element side clause" items, and the source the clauses complete.
func (k *run) places() (map[Element]place, string, bool) {
	_, v, ok := k.rule("position")
	out := map[Element]place{}
	for _, item := range strings.Split(v.Value, ",") {
		if f := strings.Fields(item); len(f) >= 2 {
			out[Element(f[0])] = place{f[1], strings.Join(f[2:], " ")}
		}
	}
	return out, v.Ref, ok
}

// positions checks that each element sits on its side of the page, as the
// form's layout places it, the place and date under the Quốc hiệu and
// Tiêu ngữ, and the number under the issuer. The side is where the text
// really is (Para.Side), so a heading typed with tabs, indents, frames or
// text boxes is judged like one in a table. One problem per element;
// moving text is left to the clerk.
func (k *run) positions() {
	want, ref, ok := k.places()
	if !ok {
		return
	}
	source := func(e Element) string { return k.cite(strings.TrimSpace(ref + " " + want[e].clause)) }
	sev := k.c.rules["position"].Severity
	done := map[Element]bool{}
	for i, p := range k.doc.Paras {
		e := k.l.roles[i]
		w, ok := want[e]
		if !ok || done[e] || p.Text == "" || p.Side == w.side {
			continue
		}
		done[e] = true
		k.add("position", sev, i, source(e),
			"Hãy đưa "+elementNames[e]+" về "+sideNames[w.side]+" trang, như sơ đồ bố trí của thể thức (ví dụ đặt vào cột tương ứng của bảng không viền).",
			"%s phải ở %s trang, đang ở %s", capital(elementNames[e]), sideNames[w.side], sideNames[p.Side])
	}
	if at, above := k.dateAbove(); at >= 0 {
		k.add("position", sev, at, source(Date), "Hãy đặt dòng địa danh, ngày tháng ngay dưới "+elementNames[above]+".",
			"Địa danh, ngày tháng phải ở dưới %s, đang ở trên", elementNames[above])
	}
	if at := k.numberAbove(); at >= 0 {
		k.add("position", sev, at, source(Number), "Hãy đặt số, ký hiệu ngay dưới tên cơ quan ban hành.",
			"Số, ký hiệu phải ở dưới tên cơ quan ban hành, đang ở trên")
	}
}

// dateAbove returns the place and date when it comes before the Quốc hiệu
// or the Tiêu ngữ (the Party's heading), and the element it should be
// under; -1 when it is in place.
func (k *run) dateAbove() (int, Element) {
	date := k.l.date
	if date < 0 {
		return -1, ""
	}
	for _, e := range []Element{Motto, Slogan} {
		if above := k.find(e); above > date {
			return date, e
		}
	}
	return -1, ""
}

// numberAbove returns the number when it has no issuer above it but
// capitals right under it, on its side (the two swapped); else -1.
func (k *run) numberAbove() int {
	number := k.find(Number)
	if number < 0 || k.find(Issuer) >= 0 {
		return -1
	}
	ps := k.doc.Paras
	for i := number + 1; i < len(ps) && i <= number+4 && k.l.roles[i] == Other; i++ {
		if ps[i].Side == ps[number].Side && ps[i].Text != "" && isUpper(ps[i].Text) && hasWord(ps[i].Text) {
			return number
		}
	}
	return -1
}
