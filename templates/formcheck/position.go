package formcheck

import "strings"

// sideNames are the sides as messages name them.
var sideNames = map[string]string{SideLeft: "bên trái", SideMiddle: "ở giữa", SideRight: "bên phải"}

// positions checks that each element sits on its side of the page, as the
// form's layout places it (rules/checks.rules "position"), and that the
// place and date are under the Quốc hiệu and Tiêu ngữ. The side is where
// the text really is (Para.Side), so a heading typed with tabs, indents,
// frames or text boxes is judged like one in a table. One problem per
// element; moving text is left to the clerk.
func (k *run) positions() {
	_, v, ok := k.rule("position")
	if !ok {
		return
	}
	want := map[Element]string{}
	for _, item := range strings.Split(v.Value, ",") {
		if f := strings.Fields(item); len(f) == 2 {
			want[Element(f[0])] = f[1]
		}
	}
	done := map[Element]bool{}
	for i, p := range k.doc.Paras {
		e := k.l.roles[i]
		side, ok := want[e]
		if !ok || done[e] || p.Text == "" || p.Side == side {
			continue
		}
		done[e] = true
		k.addRule("position", i, "Hãy đưa "+elementNames[e]+" về "+sideNames[side]+" trang, như sơ đồ bố trí của thể thức (ví dụ đặt vào cột tương ứng của bảng không viền).",
			"%s phải ở %s trang, đang ở %s", capital(elementNames[e]), sideNames[side], sideNames[p.Side])
	}
	k.dateUnderMotto()
	k.numberUnderIssuer()
}

// numberUnderIssuer checks that the number is under the issuer's name: a
// document whose number has no issuer above it but capitals right under
// it, on its side, has the two swapped.
func (k *run) numberUnderIssuer() {
	number := k.find(Number)
	if number < 0 || k.find(Issuer) >= 0 {
		return
	}
	ps := k.doc.Paras
	for i := number + 1; i < len(ps) && i <= number+4 && k.l.roles[i] == Other; i++ {
		if ps[i].Side == ps[number].Side && ps[i].Text != "" && isUpper(ps[i].Text) && hasWord(ps[i].Text) {
			k.addRule("position", number, "Hãy đặt số, ký hiệu ngay dưới tên cơ quan ban hành.",
				"Số, ký hiệu phải ở dưới tên cơ quan ban hành, đang ở trên")
			return
		}
	}
}

// dateUnderMotto checks that the place and date come after the Quốc hiệu
// and the Tiêu ngữ (the Party's heading), in the same column.
func (k *run) dateUnderMotto() {
	date := k.l.date
	if date < 0 {
		return
	}
	for _, e := range []Element{Motto, Slogan} {
		if above := k.find(e); above > date {
			k.addRule("position", date, "Hãy đặt dòng địa danh, ngày tháng ngay dưới "+elementNames[e]+".",
				"Địa danh, ngày tháng phải ở dưới %s, đang ở trên", elementNames[e])
			return
		}
	}
}
