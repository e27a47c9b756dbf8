package model

// Report is one báo cáo: everything the clerk fills in, and nothing the
// outline already says. Text fields hold NFC text as typed (dates and the
// document number too, so that a half-typed value is never lost); the
// validator parses them.
type Report struct {
	// Outline is the ID of the outline the report answers (e.g. "state").
	Outline   string            `json:"outline"`
	Unit      Unit              `json:"unit"`
	Doc       Document          `json:"document"`
	Directive Directive         `json:"directive"`
	Answers   map[string]Answer `json:"answers,omitempty"`
	Staffing  Staffing          `json:"staffing"`
	// Opening is the sentence that opens the body as the clerk wrote it;
	// when set it is printed instead of the căn cứ sentence composed from
	// Directive, whose fields then serve checks and compilation only.
	Opening    string   `json:"opening,omitempty"`
	Closing    string   `json:"closing,omitempty"`
	Recipients []string `json:"recipients,omitempty"`
	// To are the "Kính gửi" lines of a report sent as a công văn, as
	// written (the first starting "Kính gửi:").
	To     []string `json:"to,omitempty"`
	Signer Signer   `json:"signer"`
	// Unplaced holds paragraphs an import could not place in a section, in
	// document order, until the clerk moves or deletes them; the JSON form
	// writes it as a top-level "unplaced" list only when it is not empty,
	// so reports without it keep their exact bytes.
	Unplaced []string `json:"unplaced,omitempty"`
	// Headings are the section headings as the source wrote them, by
	// section ID; an imported draft prints these instead of the outline's
	// wording, and prints no heading the source did not have.
	Headings map[string]WrittenHeading `json:"headings,omitempty"`
	// Imported marks a draft read from a document: its words are the
	// source's, and nothing is written in the clerk's name (no composed
	// opening or closing sentence, staffing paragraphs or defaults).
	Imported bool `json:"imported,omitempty"`
	// OutlineFile is the draft's own outline, in the outline file format,
	// when an import derived it from the source's headings: the draft
	// follows it rather than a template of the ID Outline, and no other
	// draft is offered it until the clerk saves it as a template.
	OutlineFile string `json:"outlineFile,omitempty"`
}

// WrittenHeading is a section heading as the source wrote it.
type WrittenHeading struct {
	// Text is the heading line: its number, wording and punctuation.
	Text string `json:"text"`
	// RunIn is true when the section's first paragraph goes on in the
	// heading's own paragraph ("2. Văn hóa - xã hội: Tổ chức …").
	RunIn bool `json:"runIn,omitempty"`
}

// UnitKind is the kind of the reporting unit.
type UnitKind string

// The unit kinds. Commune-level kinds (xã, phường, thị trấn before 1/7/2025;
// xã, phường, đặc khu from then, see UnitPeriod) carry a staffing cap; an
// agency (cơ quan) or a party committee (cấp ủy) does not.
const (
	KindCommune     UnitKind = "xa"
	KindWard        UnitKind = "phuong"
	KindTownlet     UnitKind = "thi-tran"
	KindSpecialZone UnitKind = "dac-khu"
	KindAgency      UnitKind = "co-quan"
	KindCommittee   UnitKind = "cap-uy"
)

// UnitKinds lists the kinds in the order a chooser shows them; which of the
// commune-level ones existed on a date is data (Rules.UnitsOn).
var UnitKinds = []UnitKind{KindCommune, KindWard, KindTownlet, KindSpecialZone, KindAgency, KindCommittee}

// Label returns the kind's Vietnamese name as written in running text.
func (k UnitKind) Label() string {
	switch k {
	case KindCommune:
		return "xã"
	case KindWard:
		return "phường"
	case KindTownlet:
		return "thị trấn"
	case KindSpecialZone:
		return "đặc khu"
	case KindAgency:
		return "cơ quan"
	case KindCommittee:
		return "cấp ủy"
	}
	return string(k)
}

// IsCommuneLevel reports whether the kind is a commune-level administrative
// unit (đơn vị hành chính cấp xã), the only kind with a staffing cap.
func (k UnitKind) IsCommuneLevel() bool {
	return k == KindCommune || k == KindWard || k == KindTownlet || k == KindSpecialZone
}

// Unit is the reporting unit (đơn vị báo cáo).
type Unit struct {
	Kind UnitKind `json:"kind"`
	// Class is the unit's class (phân loại): "I", "II", "III", or "DB" (loại
	// đặc biệt, a phường or đặc khu under NĐ 307/2025).
	Class string `json:"class,omitempty"`
	// Name is the unit's proper name, e.g. "Phổ Minh".
	Name string `json:"name"`
	// Issuer is the issuing body (cơ quan ban hành) as printed in the
	// header, e.g. "Ủy ban nhân dân phường Phổ Minh"; the writers upper-case it.
	Issuer string `json:"issuer"`
	// IssuerCode is the body's abbreviation in the symbol, e.g. "UBND", "ĐU".
	IssuerCode string `json:"issuerCode"`
	// Parent is the superior body (cơ quan chủ quản), e.g. "UBND thị xã Đức Phổ".
	Parent string `json:"parent,omitempty"`
	// Place is the place name of the date line (địa danh), e.g. "Phổ Minh".
	Place string `json:"place"`
}

// Document is the report's own number, date and subject.
type Document struct {
	// Number is the document number as typed, e.g. "197" or "05".
	Number string `json:"number,omitempty"`
	// TypeCode is the abbreviation of the document type; "BC" for báo cáo.
	TypeCode string `json:"typeCode,omitempty"`
	// Date is the signing date as typed, e.g. "29/8/2023" (see ParseDate).
	Date string `json:"date,omitempty"`
	// Subject is the trích yếu under the title.
	Subject string `json:"subject,omitempty"`
	// Title is the document type's name as written ("KẾ HOẠCH", "TỜ
	// TRÌNH"); empty for a báo cáo.
	Title string `json:"title,omitempty"`
	// Letter marks a report sent as a công văn: no type name, the subject
	// printed as "V/v …" under the number, the Kính gửi lines (Report.To)
	// above the body.
	Letter bool `json:"letter,omitempty"`
}

// Directive is the document the report answers (căn cứ), e.g.
// Công văn 1364-CV/TU of 23/8/2023.
type Directive struct {
	// Type is the document type as written, e.g. "Công văn".
	Type string `json:"type,omitempty"`
	// Ref is the number and symbol, e.g. "1364-CV/TU" or "2598/UBND".
	Ref string `json:"ref,omitempty"`
	// Date is the directive's date as typed.
	Date string `json:"date,omitempty"`
	// Issuer is the body that sent it, e.g. "Ban Thường vụ Thị ủy Đức Phổ".
	Issuer string `json:"issuer,omitempty"`
	// Subject is what it is about (về việc …), optional.
	Subject string `json:"subject,omitempty"`
}

// Answer is the clerk's answer to one narrative or list field.
type Answer struct {
	// Text is the narrative, paragraphs separated by blank lines or newlines.
	Text string `json:"text,omitempty"`
	// Items are the entries of a bullet list, without the leading "- ".
	Items []string `json:"items,omitempty"`
	// None records a deliberate "Không" where the outline accepts one; it is
	// never inferred from an empty field.
	None bool `json:"none,omitempty"`
	// Table holds the rows of a table field (see TableSpec); nil for other
	// fields.
	Table *Table `json:"table,omitempty"`
}

// IsEmpty reports whether the answer says nothing at all.
func (a Answer) IsEmpty() bool {
	if a.None {
		return false
	}
	if trimmed(a.Text) != "" {
		return false
	}
	for _, it := range a.Items {
		if trimmed(it) != "" {
			return false
		}
	}
	return a.Table.IsEmpty()
}

// Authority is the signer's authority form (thẩm quyền ký).
type Authority string

// The authority forms of NĐ 30/2020 (TM., KT., TL., TUQ., Q.) and HD 36
// (T/M, K/T). AuthorityNone is a head signing in their own name.
const (
	AuthorityNone    Authority = ""
	AuthorityTM      Authority = "TM."
	AuthorityKT      Authority = "KT."
	AuthorityTL      Authority = "TL."
	AuthorityTUQ     Authority = "TUQ."
	AuthorityQ       Authority = "Q."
	AuthorityPartyTM Authority = "T/M"
	AuthorityPartyKT Authority = "K/T"
)

// Signer is the signature block.
type Signer struct {
	Authority Authority `json:"authority,omitempty"`
	// For is what follows the authority: the collective for TM. ("ỦY BAN
	// NHÂN DÂN", "BAN THƯỜNG VỤ") or the head's title for KT. ("CHỦ TỊCH").
	For string `json:"for,omitempty"`
	// Title is the signer's own title, e.g. "PHÓ CHỦ TỊCH".
	Title string `json:"title"`
	Name  string `json:"name"`
	// Above is an authority line the source has above the authority line,
	// as written ("TM. ỦY BAN NHÂN DÂN" over "KT. CHỦ TỊCH").
	Above string `json:"above,omitempty"`
}

// AuthorityLine returns the line above the title, e.g. "KT. CHỦ TỊCH" or
// "T/M BAN THƯỜNG VỤ"; empty when the head signs in their own name.
func (s Signer) AuthorityLine() string {
	if s.Authority == AuthorityNone {
		return ""
	}
	return string(s.Authority) + " " + upper(s.For)
}
