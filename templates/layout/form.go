package layout

import "github.com/baocao/baocao/model"

// Form is a document form (thể thức) as data: the paper, margins, header
// columns and every type size the writers use, with the legal basis it
// comes from and the date it applies from. Sizes are in points, lengths in
// millimetres. Package docx and package pdf draw from the same Form so that
// the two files match.
type Form struct {
	Profile model.Profile
	// Basis names the rule, e.g. "Nghị định 30/2020/NĐ-CP, Phụ lục I".
	Basis string
	// From is the date the rule applies from.
	From model.Date

	PageWidth, PageHeight                            float64
	MarginTop, MarginBottom, MarginLeft, MarginRight float64
	HeaderLeftWidth, HeaderRightWidth                float64
	ParentSize, IssuerSize, NumberSize               float64
	MottoSize, SloganSize, DateSize                  float64
	TitleSize, SubjectSize, BodySize                 float64
	RecipientsLabelSize, RecipientsSize              float64
	SignSize, PageNumberSize                         float64
	// RecipientsLabelBold, RecipientsLabelItalic and
	// RecipientsLabelUnderline style "Nơi nhận:".
	RecipientsLabelBold, RecipientsLabelItalic, RecipientsLabelUnderline bool
	// IssuerMark is printed under the issuing body instead of a rule
	// (the party's asterisk); empty draws a rule.
	IssuerMark string
	// FirstLineIndent is the body's first-line indent (mm).
	FirstLineIndent float64
	// ParagraphAfter is the space after each body paragraph (pt).
	ParagraphAfter float64
	// LineSpacing is the body's line spacing in lines (1 to 1.5).
	LineSpacing float64
	// MottoRule is the length of the rule under the motto or slogan (mm):
	// the measured width of the text it underlines.
	MottoRule float64
	// SignatureRoom is the blank space for signature and seal (mm).
	SignatureRoom float64
}

// A4 paper, portrait (NĐ 30/2020 Phụ lục I, khổ giấy; HD 36).
const (
	A4Width  = 210.0
	A4Height = 297.0
)

// State-form constants: Nghị định 30/2020/NĐ-CP of 05/3/2020, Phụ lục I
// (thể thức và kỹ thuật trình bày văn bản hành chính). Each picks a value
// inside the range the appendix allows.
const (
	StateMarginTop       = 20.0 // định lề trang: top 20–25 mm
	StateMarginBottom    = 20.0 // định lề trang: bottom 20–25 mm
	StateMarginLeft      = 30.0 // định lề trang: left 30–35 mm
	StateMarginRight     = 15.0 // định lề trang: right 15–20 mm
	StateHeaderLeft      = 68.0 // vị trí, ô số 2: issuing body, left part of the header
	StateHeaderRight     = 97.0 // vị trí, ô số 1: Quốc hiệu, right part (165 mm text width)
	StateParentSize      = 13.0 // tên cơ quan: parent body 12–13 pt, upright
	StateIssuerSize      = 13.0 // tên cơ quan: issuing body 12–13 pt, bold
	StateNumberSize      = 13.0 // số, ký hiệu: number and symbol 13 pt, upright
	StateMottoSize       = 12.0 // Quốc hiệu và Tiêu ngữ: Quốc hiệu 12–13 pt, bold (12 keeps it on one line)
	StateSloganSize      = 13.0 // Quốc hiệu và Tiêu ngữ: Tiêu ngữ 13–14 pt, bold
	StateDateSize        = 14.0 // địa danh và thời gian: place and date 13–14 pt, italic
	StateTitleSize       = 14.0 // tên loại và trích yếu: document type 13–14 pt, bold
	StateSubjectSize     = 14.0 // tên loại và trích yếu: subject 13–14 pt, bold
	StateBodySize        = 14.0 // nội dung: body 13–14 pt
	StateRecipLabelSize  = 12.0 // nơi nhận: "Nơi nhận:" 12 pt, bold italic
	StateRecipSize       = 11.0 // nơi nhận: the list 11 pt, upright
	StateSignSize        = 14.0 // chức vụ, họ tên người ký: authority, title and name 13–14 pt, bold
	StatePageNumberSize  = 14.0 // số trang: page numbers 13–14 pt, upright, centred in the top margin
	StateFirstLineIndent = 12.7 // nội dung: first-line indent 1–1.27 cm
	StateParagraphAfter  = 6.0  // nội dung: at least 6 pt between paragraphs
	StateLineSpacing     = 1.15 // nội dung: single to 1.5 lines
	// StateSloganRule is the width of "Độc lập - Tự do - Hạnh phúc" in
	// Times New Roman (Liberation Serif metrics) bold 13 pt: Phụ lục I wants the
	// rule as long as the line.
	StateSloganRule = 56.1
)

// Party-form constants: Hướng dẫn 36-HD/VPTW of 03/4/2018 (thể thức và kỹ
// thuật trình bày văn bản của Đảng), as quoted by published summaries; the
// guidance's own text was not at hand (see the issue note). Values marked
// "unconfirmed" come from secondary sources only.
const (
	PartyMarginTop       = 20.0 // top 20 mm (unconfirmed)
	PartyMarginBottom    = 20.0 // bottom 20 mm (unconfirmed)
	PartyMarginLeft      = 30.0 // left 30–35 mm (unconfirmed)
	PartyMarginRight     = 15.0 // right 15 mm (unconfirmed)
	PartyHeaderLeft      = 80.0 // party body's name, top left
	PartyHeaderRight     = 85.0 // "ĐẢNG CỘNG SẢN VIỆT NAM", top right
	PartyParentSize      = 14.0 // superior party body 14 pt, upright
	PartyIssuerSize      = 14.0 // issuing body 14 pt, bold
	PartyNumberSize      = 14.0 // "Số 123-BC/ThU" 14 pt
	PartyMottoSize       = 15.0 // "ĐẢNG CỘNG SẢN VIỆT NAM" 15 pt, bold
	PartyDateSize        = 14.0 // place and date 14 pt, italic
	PartyTitleSize       = 16.0 // document type 15–16 pt, bold
	PartySubjectSize     = 14.0 // subject 14–15 pt, bold
	PartyBodySize        = 14.0 // body 14–15 pt
	PartyRecipLabelSize  = 14.0 // "Nơi nhận:" 14 pt, underlined (unconfirmed)
	PartyRecipSize       = 12.0 // the list 12 pt (unconfirmed)
	PartySignSize        = 14.0 // authority, title and name 14 pt, bold
	PartyPageNumberSize  = 14.0 // page numbers 14 pt, centred in the top margin
	PartyFirstLineIndent = 12.7 // first-line indent 1–1.27 cm (as the state form)
	PartyParagraphAfter  = 6.0  // at least 6 pt between paragraphs
	PartyLineSpacing     = 1.15 // single to 1.5 lines
	// PartyMottoRule is the width of "ĐẢNG CỘNG SẢN VIỆT NAM" in Times New
	// Roman bold 15 pt: the rule under it is as long as the text.
	PartyMottoRule = 72.9
)

// signatureRoom is the blank for signature and seal, about four lines.
const signatureRoom = 25.0

// StateForm is the state document form of NĐ 30/2020/NĐ-CP.
var StateForm = Form{
	Profile: model.ProfileState, Basis: "Nghị định 30/2020/NĐ-CP, Phụ lục I",
	From:      model.Date{Year: 2020, Month: 3, Day: 5},
	PageWidth: A4Width, PageHeight: A4Height,
	MarginTop: StateMarginTop, MarginBottom: StateMarginBottom, MarginLeft: StateMarginLeft, MarginRight: StateMarginRight,
	HeaderLeftWidth: StateHeaderLeft, HeaderRightWidth: StateHeaderRight,
	ParentSize: StateParentSize, IssuerSize: StateIssuerSize, NumberSize: StateNumberSize,
	MottoSize: StateMottoSize, SloganSize: StateSloganSize, DateSize: StateDateSize,
	TitleSize: StateTitleSize, SubjectSize: StateSubjectSize, BodySize: StateBodySize,
	RecipientsLabelSize: StateRecipLabelSize, RecipientsSize: StateRecipSize,
	SignSize: StateSignSize, PageNumberSize: StatePageNumberSize,
	RecipientsLabelBold: true, RecipientsLabelItalic: true,
	FirstLineIndent: StateFirstLineIndent, ParagraphAfter: StateParagraphAfter, LineSpacing: StateLineSpacing,
	MottoRule: StateSloganRule, SignatureRoom: signatureRoom,
}

// PartyForm is the party document form of HD 36-HD/VPTW.
var PartyForm = Form{
	Profile: model.ProfileParty, Basis: "Hướng dẫn 36-HD/VPTW",
	From:      model.Date{Year: 2018, Month: 4, Day: 3},
	PageWidth: A4Width, PageHeight: A4Height,
	MarginTop: PartyMarginTop, MarginBottom: PartyMarginBottom, MarginLeft: PartyMarginLeft, MarginRight: PartyMarginRight,
	HeaderLeftWidth: PartyHeaderLeft, HeaderRightWidth: PartyHeaderRight,
	ParentSize: PartyParentSize, IssuerSize: PartyIssuerSize, NumberSize: PartyNumberSize,
	MottoSize: PartyMottoSize, DateSize: PartyDateSize,
	TitleSize: PartyTitleSize, SubjectSize: PartySubjectSize, BodySize: PartyBodySize,
	RecipientsLabelSize: PartyRecipLabelSize, RecipientsSize: PartyRecipSize,
	SignSize: PartySignSize, PageNumberSize: PartyPageNumberSize,
	RecipientsLabelUnderline: true, IssuerMark: PartyMark,
	FirstLineIndent: PartyFirstLineIndent, ParagraphAfter: PartyParagraphAfter, LineSpacing: PartyLineSpacing,
	MottoRule: PartyMottoRule, SignatureRoom: signatureRoom,
}

// Forms lists the known forms, oldest first within a profile.
var Forms = []Form{StateForm, PartyForm}

// Lay composes a report and picks the form it is printed in: the one of its
// outline's profile in force on the report's date.
func Lay(r model.Report, o model.Outline, rules model.Rules) (Doc, Form) {
	d := Compose(r, o, rules)
	return d, FormFor(d.Profile, r.Doc.Date)
}

// FormFor returns the form of a profile in force on a report's date (as
// typed): the newest whose From is not after the date. A missing date, or
// one before every form, gets the newest form of the profile.
func FormFor(p model.Profile, date string) Form {
	d, err := model.ParseDate(date)
	known := err == nil && d.Valid()
	var best, newest Form
	found := false
	for _, f := range Forms {
		if f.Profile != p {
			continue
		}
		newest = f
		if known && !d.Before(f.From) {
			best, found = f, true
		}
	}
	if found {
		return best
	}
	if newest.Profile == "" {
		return StateForm
	}
	return newest
}

// TextWidth returns the width between the margins (mm).
func (f Form) TextWidth() float64 { return f.PageWidth - f.MarginLeft - f.MarginRight }
