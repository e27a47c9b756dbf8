package templates

import (
	"embed"
	"fmt"
	"strconv"
	"strings"

	"github.com/baocao/baocao/model"
)

//go:embed forms/*.form
var formData embed.FS

// FormsFile is the embedded file of document forms.
const FormsFile = "forms/forms.form"

// Style is how one element of a document is set: its type size in points
// and whether it is bold, italic or underlined (none of them: upright).
// Align is set for the body only: "justify" or "left".
type Style struct {
	Size                    float64
	Bold, Italic, Underline bool
	Align                   string
}

// FormRule is one rule of a form as the data file records it: the key, the
// value and the paragraph of the legal text it comes from. Kept marks a
// value the form's own text does not give (HD 05 defers its sizes to a
// Phụ lục 2 that is not at hand), kept from the previous form.
type FormRule struct {
	Key, Value, Ref string
	Kept            bool
	Line            int
}

// Form is a document form (thể thức) as data: the paper, margins, header
// columns and the style of every element the writers print, with the legal
// basis it comes from and the dates it applies between. Sizes are in
// points, lengths in millimetres.
type Form struct {
	ID      string
	Profile model.Profile
	// Basis names the legal text, e.g. "Nghị định 30/2020/NĐ-CP, Phụ lục I".
	Basis string
	// From and Until are the first and last day the form applies (Until
	// zero: still in force).
	From, Until model.Date

	PageWidth, PageHeight                            float64
	MarginTop, MarginBottom, MarginLeft, MarginRight float64
	// BackLeft and BackRight are the left and right margins of the back of
	// a sheet printed on both sides (HD 36 II.4.3, HD 05 IV.4.2); zero when
	// the form says nothing. TwoSided asks the writers to use them on every
	// even page (a mirrored layout); the form data never sets it, the
	// caller does (WithTwoSided).
	BackLeft, BackRight float64
	TwoSided            bool
	HeaderLeftWidth     float64
	HeaderRightWidth    float64

	Parent, Issuer, Number, Motto, Slogan, Date Style
	Title, Subject, Body                        Style
	RecipientsLabel, Recipients                 Style
	Authority, SignTitle, SignName              Style
	PageNumber                                  Style

	// IssuerMark is printed under the issuing body instead of a rule (the
	// party's asterisk); empty draws a rule.
	IssuerMark string
	// SubjectMark is printed under the subject instead of a rule (the
	// party's five hyphens); empty draws a rule.
	SubjectMark string
	// RecipientSep ends each Nơi nhận line but the last; RecipientEnd ends
	// the last.
	RecipientSep, RecipientEnd string
	// Ending ends the body's text: "./." under NĐ 30, "." under the Party
	// guides.
	Ending string
	// FirstLineIndent is the body's first-line indent (mm).
	FirstLineIndent float64
	// ParagraphAfter is the space after each body paragraph (pt).
	ParagraphAfter float64
	// LineSpacing is the body's line spacing in lines; LineExact, when not
	// zero, is an exact line spacing in points and wins.
	LineSpacing, LineExact float64
	// MottoRule is the length of the rule under the motto or slogan (mm).
	MottoRule float64
	// SignatureRoom is the blank space for signature and seal (mm).
	SignatureRoom float64
	// PageNumberTop is the distance from the top edge of the page to the
	// page number (mm); PageNumberFirst prints a number on page 1 too.
	PageNumberTop   float64
	PageNumberFirst bool

	// Rules are the file's lines with their paragraphs, in file order.
	Rules []FormRule
}

// TextWidth returns the width between the margins (mm).
func (f Form) TextWidth() float64 { return f.PageWidth - f.MarginLeft - f.MarginRight }

// Mirrored reports whether even pages take the back margins.
func (f Form) Mirrored() bool { return f.TwoSided && f.BackLeft > 0 && f.BackRight > 0 }

// LeftOn returns the left margin of page n (1-based): the back margin on an
// even page of a mirrored form.
func (f Form) LeftOn(n int) float64 {
	if f.Mirrored() && n >= 2 && n%2 == 0 {
		return f.BackLeft
	}
	return f.MarginLeft
}

// WithTwoSided returns the form set for printing on both sides.
func (f Form) WithTwoSided(on bool) Form { f.TwoSided = on; return f }

// Covers reports whether the form applies on d.
func (f Form) Covers(d model.Date) bool {
	return !d.Before(f.From) && (f.Until.IsZero() || !f.Until.Before(d))
}

// Rule returns the recorded rule of a key, if any.
func (f Form) Rule(key string) (FormRule, bool) {
	for _, r := range f.Rules {
		if r.Key == key {
			return r, true
		}
	}
	return FormRule{}, false
}

// keptMark marks in the paragraph reference of a value kept from the previous
// form.
const keptMark = "giữ theo "

var (
	formsHead = schema{what: "phần đầu tệp"}
	formKeys  = schema{what: "thể thức", specs: []keySpec{
		{name: "profile", required: true}, {name: "basis", required: true},
		{name: "from", required: true}, {name: "until"}, {name: "note"},
		{name: "paper", required: true}, {name: "margins", required: true}, {name: "back-margins"},
		{name: "header-widths", required: true},
		{name: "parent", required: true}, {name: "issuer", required: true}, {name: "issuer-mark"},
		{name: "number", required: true}, {name: "motto", required: true}, {name: "slogan"},
		{name: "date", required: true}, {name: "title", required: true}, {name: "subject", required: true},
		{name: "subject-mark"}, {name: "body", required: true}, {name: "indent", required: true},
		{name: "paragraph-after", required: true}, {name: "line-spacing"}, {name: "line-exact"},
		{name: "recipients-label", required: true}, {name: "recipients", required: true},
		{name: "recipients-end", required: true}, {name: "ending", required: true},
		{name: "authority", required: true}, {name: "sign-title", required: true}, {name: "sign-name", required: true},
		{name: "signature-room", required: true}, {name: "motto-rule", required: true},
		{name: "page-number", required: true}, {name: "page-number-top", required: true},
		{name: "page-number-first", required: true},
		{name: "rule", multi: true}, {name: "example", multi: true},
	}}
)

// Forms returns the embedded document forms, checked.
func Forms() ([]Form, error) {
	data, err := formData.ReadFile(FormsFile)
	if err != nil {
		return nil, err
	}
	return ParseForms(FormsFile, data)
}

// ParseForms reads a forms file: one "== form ID" block per form, each
// value followed by "| paragraph" naming where it comes from. Any problem
// makes it fail with a *LoadError listing every problem with its line.
func ParseForms(name string, data []byte) ([]Form, error) {
	probs := &problems{}
	head, blocks := parseBlocks(data, "form", "part", probs)
	formsHead.check(head, probs)
	var forms []Form
	ids := map[string]int{}
	for _, b := range blocks {
		if first, dup := ids[b.ID]; dup && b.ID != "" {
			probs.add(b.Line, "mã thể thức %q đã dùng ở dòng %d; mỗi thể thức cần một mã riêng", b.ID, first)
		} else {
			ids[b.ID] = b.Line
		}
		for _, c := range b.Children {
			probs.add(c.Line, "thể thức không có khối con \"--\"; hãy xóa dòng này")
		}
		forms = append(forms, form(b, probs))
	}
	if len(blocks) == 0 {
		probs.add(0, "tệp chưa có thể thức nào; hãy thêm ít nhất một khối \"== form ID\"")
	}
	for i := range forms {
		for j := 0; j < i; j++ {
			a, c := forms[i], forms[j]
			if a.Profile == c.Profile && !a.From.IsZero() && !c.From.IsZero() && formsOverlap(a, c) {
				probs.add(blocks[i].Line, "thể thức %q trùng thời gian áp dụng với thể thức %q (dòng %d); hãy sửa from/until để mỗi ngày chỉ thuộc một thể thức",
					a.ID, c.ID, blocks[j].Line)
			}
		}
	}
	if len(probs.list) > 0 {
		return nil, &LoadError{File: name, Problems: probs.sorted()}
	}
	return forms, nil
}

func formsOverlap(a, b Form) bool {
	end := func(f Form) model.Date {
		if f.Until.IsZero() {
			return model.Date{Year: 9999, Month: 12, Day: 31}
		}
		return f.Until
	}
	return !end(a).Before(b.From) && !end(b).Before(a.From)
}

// formReader reads the values of one block, splitting off references.
type formReader struct {
	b     *block
	probs *problems
	f     *Form
}

// value returns the value of a key without its reference, recording the
// rule; ok is false when the key is missing or has no reference.
func (r formReader) value(key string) (string, entry, bool) {
	e, found := r.b.get(key)
	if !found || e.Value == "" {
		return "", e, false
	}
	return r.record(e)
}

func (r formReader) record(e entry) (string, entry, bool) {
	v, ref, hasRef := strings.Cut(e.Value, "|")
	v, ref = strings.TrimSpace(v), strings.TrimSpace(strings.ReplaceAll(ref, "\n", " "))
	v = strings.ReplaceAll(v, "\n", " ")
	if !hasRef || ref == "" {
		r.probs.add(e.Line, "khóa %q thiếu nguồn; hãy ghi sau giá trị \"| điểm, khoản của văn bản\", ví dụ \"| Phần II, mục IV, điểm 4.1\"", e.Key)
		return v, e, false
	}
	if v == "" {
		r.probs.add(e.Line, "khóa %q chưa có giá trị trước dấu \"|\"", e.Key)
		return v, e, false
	}
	r.f.Rules = append(r.f.Rules, FormRule{Key: e.Key, Value: v, Ref: ref, Kept: strings.Contains(ref, keptMark), Line: e.Line})
	return v, e, true
}

// numbers reads n numbers (mm or pt) from a value.
func (r formReader) numbers(key string, n int, form string) []float64 {
	v, e, ok := r.value(key)
	if !ok {
		return nil
	}
	fields := strings.Fields(strings.NewReplacer("x", " ", "×", " ", ",", " ").Replace(v))
	if len(fields) != n {
		r.probs.add(e.Line, "%q phải có dạng %q", key, form)
		return nil
	}
	out := make([]float64, n)
	for i, s := range fields {
		x, err := strconv.ParseFloat(s, 64)
		if err != nil || x < 0 || x > 1000 {
			r.probs.add(e.Line, "%q: %q không phải số từ 0 đến 1000; hãy viết dạng %q", key, s, form)
			return nil
		}
		out[i] = x
	}
	return out
}

func (r formReader) number(key string) float64 {
	if xs := r.numbers(key, 1, "số"); xs != nil {
		return xs[0]
	}
	return 0
}

// styleWords are the words a style may hold after its size.
var styleWords = "đứng, đậm, nghiêng, gạch chân, dàn đều, căn trái"

// style reads "14 đậm nghiêng" into a Style.
func (r formReader) style(key string) Style {
	v, e, ok := r.value(key)
	if !ok {
		return Style{}
	}
	fields := strings.Fields(strings.ReplaceAll(v, ",", " "))
	if len(fields) == 0 {
		fields = []string{""}
	}
	size, err := strconv.ParseFloat(fields[0], 64)
	if err != nil || size < 6 || size > 72 {
		r.probs.add(e.Line, "%q phải bắt đầu bằng cỡ chữ từ 6 đến 72, ví dụ \"14 đậm\"", key)
		return Style{}
	}
	s := Style{Size: size}
	for i := 1; i < len(fields); i++ {
		switch w := fields[i]; {
		case w == "đứng":
		case w == "đậm":
			s.Bold = true
		case w == "nghiêng":
			s.Italic = true
		case w == "gạch" && i+1 < len(fields) && fields[i+1] == "chân":
			s.Underline = true
			i++
		case (w == "dàn" && i+1 < len(fields) && fields[i+1] == "đều") || (w == "căn" && i+1 < len(fields) && fields[i+1] == "trái"):
			if key != "body" {
				r.probs.add(e.Line, "%q: chỉ nội dung (body) mới ghi cách căn lề", key)
			}
			s.Align = map[string]string{"dàn": "justify", "căn": "left"}[w]
			i++
		default:
			r.probs.add(e.Line, "%q: không hiểu %q; sau cỡ chữ chỉ ghi: %s", key, w, styleWords)
		}
	}
	if key == "body" && s.Align == "" {
		s.Align = "justify"
	}
	return s
}

func (r formReader) flag(key string) bool {
	v, e, ok := r.value(key)
	if !ok {
		return false
	}
	switch v {
	case "có":
		return true
	case "không":
		return false
	}
	r.probs.add(e.Line, "%q phải là \"có\" hoặc \"không\", không phải %q", key, v)
	return false
}

func form(b *block, probs *problems) Form {
	formKeys.check(b, probs)
	f := Form{ID: b.ID}
	r := formReader{b: b, probs: probs, f: &f}
	if e, ok := b.get("profile"); ok && e.Value != "" {
		v := e.Value
		f.Profile = model.Profile(v)
		if f.Profile != model.ProfileState && f.Profile != model.ProfileParty {
			probs.add(e.Line, "profile %q không có; hãy ghi %q hoặc %q", v, model.ProfileState, model.ProfileParty)
		}
	}
	f.Basis = b.value("basis")
	if e, ok := b.get("from"); ok && e.Value != "" {
		f.From, _ = date(e, probs)
	}
	if e, ok := b.get("until"); ok && e.Value != "" {
		if d, ok := date(e, probs); ok {
			f.Until = d
			if !f.From.IsZero() && d.Before(f.From) {
				probs.add(e.Line, "ngày hết áp dụng %s sớm hơn ngày bắt đầu %s; hãy kiểm tra lại hai ngày", d.ISO(), f.From.ISO())
			}
		}
	}
	if xs := r.numbers("paper", 2, "rộng x cao (mm)"); xs != nil {
		f.PageWidth, f.PageHeight = xs[0], xs[1]
	}
	if xs := r.numbers("margins", 4, "trên dưới trái phải (mm)"); xs != nil {
		f.MarginTop, f.MarginBottom, f.MarginLeft, f.MarginRight = xs[0], xs[1], xs[2], xs[3]
	}
	if _, ok := b.get("back-margins"); ok {
		if xs := r.numbers("back-margins", 4, "trên dưới trái phải (mm)"); xs != nil {
			e, _ := b.get("back-margins")
			if xs[0] != f.MarginTop || xs[1] != f.MarginBottom {
				probs.add(e.Line, "lề trên và lề dưới của mặt sau phải bằng mặt trước (%g, %g mm); chương trình chỉ đổi lề trái và lề phải", f.MarginTop, f.MarginBottom)
			}
			f.BackLeft, f.BackRight = xs[2], xs[3]
			if xs[2] != f.MarginRight || xs[3] != f.MarginLeft {
				probs.add(e.Line, "lề mặt sau phải đối xứng với mặt trước (trái %g, phải %g mm) để in hai mặt; chương trình chỉ in được lề đối xứng", f.MarginRight, f.MarginLeft)
			}
		}
	}
	if xs := r.numbers("header-widths", 2, "cột trái cột phải (mm)"); xs != nil {
		f.HeaderLeftWidth, f.HeaderRightWidth = xs[0], xs[1]
		if e, _ := b.get("header-widths"); f.PageWidth > 0 && xs[0]+xs[1] > f.TextWidth()+0.01 {
			probs.add(e.Line, "hai cột tiêu đề rộng %g mm, quá khổ chữ %g mm; hãy thu hẹp", xs[0]+xs[1], f.TextWidth())
		}
	}
	f.Parent, f.Issuer, f.Number = r.style("parent"), r.style("issuer"), r.style("number")
	f.Motto, f.Date = r.style("motto"), r.style("date")
	if _, ok := b.get("slogan"); ok {
		f.Slogan = r.style("slogan")
	}
	f.Title, f.Subject, f.Body = r.style("title"), r.style("subject"), r.style("body")
	f.RecipientsLabel, f.Recipients = r.style("recipients-label"), r.style("recipients")
	f.Authority, f.SignTitle, f.SignName = r.style("authority"), r.style("sign-title"), r.style("sign-name")
	f.PageNumber = r.style("page-number")
	if _, ok := b.get("issuer-mark"); ok {
		f.IssuerMark, _, _ = r.value("issuer-mark")
	}
	if _, ok := b.get("subject-mark"); ok {
		f.SubjectMark, _, _ = r.value("subject-mark")
	}
	if v, e, ok := r.value("recipients-end"); ok {
		sep, end, found := strings.Cut(v, " ")
		if !found || (sep != ";" && sep != ",") || end != "." {
			probs.add(e.Line, "\"recipients-end\" phải là dấu sau mỗi dòng (\";\" hoặc \",\"), một dấu cách, rồi dấu cuối \".\"")
		} else {
			f.RecipientSep, f.RecipientEnd = sep, end
		}
	}
	if v, e, ok := r.value("ending"); ok {
		if v != "./." && v != "." {
			probs.add(e.Line, "\"ending\" phải là \"./.\" hoặc \".\", không phải %q", v)
		} else {
			f.Ending = v
		}
	}
	f.FirstLineIndent = r.number("indent")
	f.ParagraphAfter = r.number("paragraph-after")
	_, hasSpacing := b.get("line-spacing")
	_, hasExact := b.get("line-exact")
	switch {
	case hasSpacing == hasExact:
		probs.add(b.Line, "thể thức %q phải ghi đúng một trong hai khóa \"line-spacing\" (số dòng) hoặc \"line-exact\" (pt, Exactly)", b.ID)
	case hasSpacing:
		f.LineSpacing = r.number("line-spacing")
	default:
		f.LineExact = r.number("line-exact")
		f.LineSpacing = 1
	}
	f.MottoRule = r.number("motto-rule")
	f.SignatureRoom = r.number("signature-room")
	f.PageNumberTop = r.number("page-number-top")
	f.PageNumberFirst = r.flag("page-number-first")
	for _, key := range []string{"rule", "example", "note"} {
		for _, e := range b.all(key) {
			if key == "note" {
				continue
			}
			r.record(e)
		}
	}
	if f.Profile == model.ProfileState && f.Slogan.Size == 0 {
		probs.add(b.Line, "thể thức nhà nước %q thiếu khóa \"slogan\" (Tiêu ngữ)", b.ID)
	}
	return f
}

// String names a form for messages: its basis and dates.
func (f Form) String() string {
	until := "nay"
	if !f.Until.IsZero() {
		until = f.Until.ISO()
	}
	return fmt.Sprintf("%s (%s – %s)", f.Basis, f.From.ISO(), until)
}
