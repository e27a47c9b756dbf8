package layout

import (
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/baocao/baocao/model"
)

// Doc is a report laid out for printing, independent of the file format.
type Doc struct {
	Profile model.Profile
	Header  Header
	// Title is the document type, "BÁO CÁO".
	Title string
	// Subject is the trích yếu under the title, possibly empty.
	Subject string
	// SubjectMark is printed under the subject by the form of the report's
	// date (the party's "-----"); empty when the form draws a rule.
	SubjectMark string
	// SubjectLines is Subject broken into balanced lines (see
	// SubjectLines) for the form's text width.
	SubjectLines []string
	// To is the Kính gửi block of a document that has one (a công văn, a
	// report sent up), as the source wrote it: one line, centred under the
	// title, or a list (see ToList, ToShare, ToLabel); nil when none.
	To []string
	// Body is the căn cứ sentence, the sections and the closing sentence.
	Body       []Block
	Recipients Recipients
	Signature  Signature
	// Appendices follow the signature and Nơi nhận, each from a new page.
	Appendices []Appendix
}

// Header is the block above the title: the issuing body on the left, the
// motto or party name and the date line on the right.
type Header struct {
	// Parent is the superior body (cơ quan chủ quản), upper case, possibly
	// empty, on one line (the clerk's forced breaks removed).
	Parent string
	// ParentLines is Parent as printed in the form's left header column
	// (see NameLines); nil when Parent is empty.
	ParentLines []string
	// Issuer is the issuing body (cơ quan ban hành), upper case, on one
	// line.
	Issuer string
	// IssuerLines is Issuer as printed in the form's left header column.
	IssuerLines []string
	// Number is the number-and-symbol line, e.g. "Số: 197/BC-UBND".
	Number string
	// Motto is the national name ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") or
	// the party name ("ĐẢNG CỘNG SẢN VIỆT NAM").
	Motto string
	// Slogan is the Tiêu ngữ "Độc lập - Tự do - Hạnh phúc"; empty for the
	// party profile.
	Slogan string
	// DateLine is the place-and-date line.
	DateLine string
	// AboutLines are the "V/v …" subject of a công văn, broken for the left
	// column, printed under the number; nil for other documents.
	AboutLines []string
}

// The fixed texts of the header and title.
const (
	StateMotto  = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
	StateSlogan = "Độc lập - Tự do - Hạnh phúc"
	PartyMotto  = "ĐẢNG CỘNG SẢN VIỆT NAM"
	ReportTitle = "BÁO CÁO"
	// PartyMark is the asterisk under a party body's name (HD 36).
	PartyMark = "*"
	// NoneText is what a deliberate "Không" answer prints.
	NoneText = "Không."
	// RecipientsLabel heads the Nơi nhận list.
	RecipientsLabel = "Nơi nhận:"
)

// Kind is what a body block is.
type Kind int

// The block kinds.
const (
	// Paragraph is running text, justified with a first-line indent.
	Paragraph Kind = iota
	// Heading is a numbered section heading.
	Heading
	// Bullet is a "- " line; its Text starts with "- ".
	Bullet
	// TableBlock is a table field; the block's Table holds it.
	TableBlock
)

// Block is one paragraph of the body.
type Block struct {
	Kind Kind
	// Level is the heading level (1 for I., 2 for 1., 3 for a)); 0 for
	// paragraphs and bullets.
	Level int
	// Number is the heading's number as printed with its punctuation
	// ("I.", "1.", "a)"); empty for other blocks.
	Number string
	// Text is the text without the number.
	Text string
	// AsTyped marks the source's text in an imported draft: writers print
	// its hyphens and spaces as typed, without Protect's non-breaking
	// characters, so that search and copy find what the clerk wrote.
	AsTyped bool
	// Table is the laid-out table of a TableBlock; nil for other blocks.
	Table *Table
	// Spans are Text in runs of one emphasis with the marks of the notes
	// it cites (see inline.go); nil when Text has neither.
	Spans []Span
	// Notes are the footnotes the block cites, in order.
	Notes []Note
}

// Line returns the block as one line of text: the number, a space and the
// text for a heading; the text otherwise.
func (b Block) Line() string {
	if b.Number == "" {
		return b.Text
	}
	return b.Number + " " + b.Text
}

// KeepsWithNext reports whether block i of blocks is a heading to keep on
// the page of the block after it: its own content (a paragraph, a table or
// a deeper heading). A heading followed by one of its own level or above
// heads an empty section; keeping it too would chain every empty section of
// a half-filled draft onto the next page and leave the page before it
// blank.
func KeepsWithNext(blocks []Block, i int) bool {
	if blocks[i].Kind != Heading || i+1 >= len(blocks) {
		return false
	}
	next := blocks[i+1]
	return next.Kind != Heading || next.Level > blocks[i].Level
}

// ChainStart reports whether block i of blocks is a heading that starts a
// run kept together (see KeepsWithNext).
func ChainStart(blocks []Block, i int) bool {
	return blocks[i].Kind == Heading && (i == 0 || !KeepsWithNext(blocks, i-1))
}

// Recipients is the Nơi nhận block.
type Recipients struct {
	Label string
	// Items are the lines, each starting "- " and ending ";" (the last ".").
	Items []string
}

// Signature is the signature block (phần ký).
type Signature struct {
	// Above is a second authority line printed above Authority, as the
	// source wrote it; usually empty.
	Above string
	// Authority is the line above the title, e.g. "KT. CHỦ TỊCH"; empty
	// when the head signs in their own name.
	Authority string
	Title     string
	Name      string
}

// Compose lays a report out. It never fails: missing parts come out empty
// or as blanks to fill in by hand, as a half-finished draft must still
// preview. Rules give the catalogue that names the staffing positions.
func Compose(r model.Report, o model.Outline, rules model.Rules) Doc {
	p := profileOf(o)
	f := FormFor(p, r.Doc.Date)
	d := Doc{
		Profile:     p,
		Title:       titleOf(r.Doc),
		Subject:     clean(r.Doc.Subject),
		SubjectMark: f.SubjectMark,
		Recipients:  recipients(r.Recipients, f, r.Imported),
		Signature:   signature(r.Signer, r.Imported),
		To:          to(r),
	}
	d.Header = header(r, d.Profile, f)
	d.SubjectLines = SubjectLines(d.Subject, f)
	if r.Doc.Letter {
		d.Title, d.Subject, d.SubjectLines = "", "", nil
		if s := clean(r.Doc.Subject); s != "" {
			d.Header.AboutLines = Balance("V/v "+s, f.HeaderLeftWidth-HeaderPad, func(t string) float64 { return Estimate(t, f.Number.Size, false) })
		}
	}
	// The body names the issuer in running text: without forced breaks.
	r.Unit.Issuer, r.Unit.Parent = StripBreaks(r.Unit.Issuer), StripBreaks(r.Unit.Parent)
	d.Body = body(r, o, rules, f)
	d.Appendices = appendices(r, o, f)
	n := 0
	d.Body = footnotes(d.Body, &n)
	for i := range d.Appendices {
		d.Appendices[i].Body = footnotes(d.Appendices[i].Body, &n)
	}
	return d
}

// titleOf is the document type's name as the report has it, "BÁO CÁO"
// when it says none.
func titleOf(d model.Document) string {
	if t := strings.TrimSpace(clean(d.Title)); t != "" {
		return model.Upper(t)
	}
	return ReportTitle
}

// HeaderPad is the room (mm) that a header column loses to its cell
// margins; the names are broken to the column's width less it.
const HeaderPad = 2.0

// SubjectShare is the share of the text width that the subject's balanced
// lines may fill: seed reports set a long trích yếu in shorter, even lines
// well inside the margins.
const SubjectShare = 0.9

// SubjectLines breaks a subject into balanced lines for form f, measured
// with Estimate (bold, mixed case).
func SubjectLines(subject string, f Form) []string {
	return Balance(subject, f.TextWidth()*SubjectShare, func(s string) float64 { return Estimate(s, f.Subject.Size, false) })
}

// EstimateSlack narrows the room a header name is broken to, as Estimate
// can be a few per cent short of the font's real width for an upper-case
// name; a word processor would otherwise wrap a line again.
const EstimateSlack = 0.96

// headerLines breaks an upper-case name for the left header column of f.
func headerLines(name string, size float64, f Form) []string {
	return NameLines(name, (f.HeaderLeftWidth-HeaderPad)*EstimateSlack, func(s string) float64 { return Estimate(s, size, true) })
}

func profileOf(o model.Outline) model.Profile {
	if o.Profile == model.ProfileParty {
		return model.ProfileParty
	}
	return model.ProfileState
}

func header(r model.Report, p model.Profile, f Form) Header {
	parent, issuer := nameText(r.Unit.Parent), nameText(r.Unit.Issuer)
	h := Header{
		Parent:      StripBreaks(parent),
		ParentLines: headerLines(parent, f.Parent.Size, f),
		Issuer:      StripBreaks(issuer),
		IssuerLines: headerLines(issuer, f.Issuer.Size, f),
		// NumberLine leaves spaces for a number written by hand; keep them.
		Number:   norm.NFC.String(strings.TrimSpace(model.NumberLine(p, clean(r.Doc.Number), clean(r.Doc.TypeCode), clean(r.Unit.IssuerCode)))),
		DateLine: dateLine(clean(r.Unit.Place), r.Doc.Date),
	}
	if p == model.ProfileParty {
		h.Motto = PartyMotto
	} else {
		h.Motto, h.Slogan = StateMotto, StateSlogan
	}
	return h
}

// nameText is a body's name upper case, a line break typed in it kept as
// a ForcedBreak.
func nameText(s string) string {
	s = strings.NewReplacer("\r\n", ForcedBreak, "\n", ForcedBreak, "\r", ForcedBreak).Replace(s)
	return model.Upper(clean(s))
}

// dateLine writes the place-and-date line, or one with dots to fill in by
// hand when the date is not a valid date yet.
func dateLine(place, date string) string {
	if place == "" {
		place = "…………"
	}
	if month, year, ok := model.ParseBlankDay(date); ok {
		return model.BlankDayLine(place, month, year)
	}
	d, err := model.ParseDate(date)
	if err != nil || !d.Valid() {
		return place + ", ngày … tháng … năm ……"
	}
	return model.DateLine(place, d)
}

// recipients punctuates the Nơi nhận lines as the form of the report's date
// wants: "," after each line under HD 36, ";" under NĐ 30 and HD 05. An
// imported draft's lines keep the source's punctuation.
func recipients(list []string, f Form, imported bool) Recipients {
	var items []string
	for _, it := range list {
		it = strings.TrimSpace(strings.TrimLeft(clean(it), "-+• "))
		if !imported {
			it = strings.TrimRight(it, ";.,: ")
		}
		if it != "" {
			items = append(items, it)
		}
	}
	if imported {
		for i, it := range items {
			items[i] = "- " + it
		}
		return Recipients{Label: RecipientsLabel, Items: items}
	}
	return Recipients{Label: RecipientsLabel, Items: punctuate(items, f.RecipientSep, f.RecipientEnd)}
}

// punctuate prefixes each item with "- " and ends it with sep, the last with
// last; an item already ending in a stop or other punctuation keeps it.
func punctuate(items []string, sep, last string) []string {
	if sep == "" {
		sep, last = ";", "."
	}
	out := make([]string, len(items))
	for i, it := range items {
		end := sep
		if i == len(items)-1 {
			end = last
		}
		if strings.HasSuffix(it, "./.") || strings.ContainsAny(it[len(it)-1:], ".;:!?") {
			end = ""
		}
		out[i] = "- " + it + end
	}
	return out
}

// signature lays out the signer: upper-cased as NĐ 30 writes it for a
// draft started in baocao, exactly as the source wrote it for an imported
// one (the form checker is where a non-uppercase title is flagged).
func signature(s model.Signer, asWritten bool) Signature {
	s.For, s.Title, s.Name = clean(s.For), clean(s.Title), clean(s.Name)
	s.Authority = model.Authority(clean(string(s.Authority)))
	auth := ""
	switch {
	case s.Authority == model.AuthorityNone:
	case asWritten:
		auth = strings.TrimSpace(string(s.Authority) + " " + s.For)
	default:
		auth = strings.TrimSpace(s.AuthorityLine())
	}
	title := model.Upper(s.Title)
	if asWritten {
		title = s.Title
	}
	return Signature{Above: clean(s.Above), Authority: auth, Title: title, Name: s.Name}
}

// clean makes a one-line text NFC with single inner spaces.
func clean(s string) string {
	return strings.Join(strings.Fields(norm.NFC.String(s)), " ")
}
