package model

import (
	"fmt"
	"strings"
)

// dates checks that the report is not dated before the directive it
// answers. Each date's own form is checked with its field.
func (v *validator) dates() {
	doc, err1 := ParseDate(v.r.Doc.Date)
	dir, err2 := ParseDate(v.r.Directive.Date)
	if err1 != nil || err2 != nil || !doc.Valid() || !dir.Valid() {
		return
	}
	if doc.Before(dir) {
		v.add("doc.date", Error, fmt.Sprintf(
			"Ngày báo cáo %s sớm hơn ngày văn bản chỉ đạo %s; báo cáo trả lời văn bản nên không thể có trước nó — hãy kiểm tra lại hai ngày.",
			doc.Short(), dir.Short()))
	}
}

// recipients checks the Nơi nhận block: it must end with the archive line
// ("Lưu: VT, …" for a state document, "Lưu …" for a party one).
func (v *validator) recipients() {
	items := v.r.Recipients
	last := -1
	for i, it := range items {
		if strings.TrimSpace(it) != "" {
			last = i
		}
	}
	for i, it := range items {
		if i != last && isArchive(it) {
			v.add(fmt.Sprintf("recipients[%d]", i), Error, "Dòng lưu trữ (Lưu: VT) phải là dòng cuối của Nơi nhận; hãy chuyển nó xuống cuối.")
		}
	}
	if last < 0 {
		return
	}
	path := fmt.Sprintf("recipients[%d]", last)
	switch {
	case !isArchive(items[last]):
		v.add(path, Error, "Nơi nhận phải kết thúc bằng dòng lưu trữ, ví dụ \"Lưu: VT, VP\"; hãy thêm dòng đó ở cuối.")
	case v.o.Profile == ProfileState && !strings.HasPrefix(strings.TrimSpace(items[last]), "Lưu:"):
		v.add(path, Error, "Văn bản hành chính viết dòng lưu là \"Lưu: VT, …\" (có dấu hai chấm sau \"Lưu\"); hãy sửa lại.")
	}
}

func isArchive(item string) bool {
	return strings.HasPrefix(strings.TrimSpace(item), "Lưu")
}

// signerRules checks authority and title: KT. is signed by a deputy of the
// head named after it, TM. by the head, and a party committee signs T/M.
func (v *validator) signerRules() {
	if !v.hasKind(FieldSignature) {
		return
	}
	s := v.r.Signer
	if strings.TrimSpace(s.Name) == "" {
		return // reported with the field, as missing
	}
	if strings.TrimSpace(s.Title) == "" {
		v.add("signer.title", Error, "Chưa ghi chức vụ người ký (ví dụ CHỦ TỊCH, PHÓ CHỦ TỊCH).")
		return
	}
	if v.o.Profile == ProfileParty {
		v.partyAuthority(s)
		return
	}
	v.stateAuthority(s)
}

func (v *validator) hasKind(k FieldKind) bool {
	for _, s := range v.o.Sections {
		for _, f := range s.Fields {
			if f.Kind == k {
				return true
			}
		}
	}
	return false
}

func (v *validator) stateAuthority(s Signer) {
	title := fold(s.Title)
	switch s.Authority {
	case AuthorityNone, AuthorityTL, AuthorityTUQ, AuthorityQ:
	case AuthorityKT:
		head := fold(s.For)
		switch {
		case head == "":
			v.add("signer.for", Error, "Ký thay (KT.) phải ghi chức vụ của người đứng đầu, ví dụ \"KT. CHỦ TỊCH\".")
		case title != "phó "+head:
			v.add("signer.title", Error, fmt.Sprintf("Ký thay (KT. %s) thì người ký là cấp phó: chức vụ phải là \"PHÓ %s\".", Upper(s.For), Upper(s.For)))
		}
	case AuthorityTM:
		if strings.HasPrefix(title, "phó ") {
			v.add("signer.title", Error, "Thay mặt tập thể (TM.) do người đứng đầu ký; cấp phó ký thì dùng \"KT.\" (ví dụ KT. CHỦ TỊCH / PHÓ CHỦ TỊCH).")
		}
		if strings.TrimSpace(s.For) == "" {
			v.add("signer.for", Error, "Thay mặt (TM.) phải ghi tên tập thể, ví dụ \"TM. ỦY BAN NHÂN DÂN\".")
		}
	case AuthorityPartyTM, AuthorityPartyKT:
		v.add("signer.authority", Error, fmt.Sprintf("Văn bản hành chính viết %q theo Nghị định 30/2020; hãy chọn \"TM.\" hoặc \"KT.\".", s.Authority))
	default:
		v.add("signer.authority", Error, fmt.Sprintf("Thẩm quyền ký %q không hợp lệ; hãy chọn TM., KT., TL., TUQ. hoặc Q.", s.Authority))
	}
}

func (v *validator) partyAuthority(s Signer) {
	switch s.Authority {
	case AuthorityPartyTM:
		if strings.TrimSpace(s.For) == "" {
			v.add("signer.for", Error, "Cấp ủy ký \"T/M\" phải ghi tập thể, ví dụ \"T/M BAN THƯỜNG VỤ\".")
		}
		if !strings.Contains(fold(s.Title), "bí thư") {
			v.add("signer.title", Warning, "Thay mặt cấp ủy thường do Bí thư hoặc Phó Bí thư ký; hãy kiểm tra chức vụ người ký.")
		}
	case AuthorityPartyKT:
		if v.r.Unit.Kind != KindAgency {
			v.add("signer.authority", Error, "Cấp ủy luôn ký \"T/M\" (thay mặt); \"K/T\" chỉ dùng cho cơ quan tham mưu (ban, văn phòng).")
		}
	case AuthorityTM, AuthorityKT:
		v.add("signer.authority", Error, fmt.Sprintf("Văn bản của Đảng viết \"T/M\" hoặc \"K/T\" (Hướng dẫn 36-HD/VPTW), không viết %q.", s.Authority))
	default:
		v.add("signer.authority", Error, "Cấp ủy phải ký \"T/M\" (ví dụ T/M BAN THƯỜNG VỤ); hãy chọn lại thẩm quyền ký.")
	}
}

// partyEnding warns of a "./." typed in a Party report: the Party's guides
// end the text with a full stop (HD 36 II.1.6.2; HD 05 Phần II, I.6.2.2),
// and the export prints one.
func (v *validator) partyEnding() {
	if v.o.Profile != ProfileParty {
		return
	}
	const msg = `Văn bản của Đảng kết thúc nội dung bằng dấu chấm (HD 36 mục II.1.6.2; HD 05 Phần II, mục I.6.2.2), không bằng "./." như văn bản hành chính; hãy xóa "/." ở cuối câu này.`
	if strings.HasSuffix(strings.TrimSpace(v.r.Closing), "./.") {
		v.add("closing", Warning, msg)
	}
	for _, s := range v.o.Sections {
		for _, f := range s.Fields {
			if strings.HasSuffix(strings.TrimSpace(v.r.Answers[f.ID].Text), "./.") {
				v.add("answers."+f.ID, Warning, msg)
			}
		}
	}
}
