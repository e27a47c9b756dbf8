package importer

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/templates"
	"github.com/baocao/baocao/templates/docread"
)

// OutlineOptions steer DeriveOutline.
type OutlineOptions struct {
	// Profile is the document form the clerk chose.
	Profile model.Profile
	// ID and Name of the new outline; empty ones are made from the title.
	ID, Name string
	// Taken are outline IDs already in use; the new ID avoids them.
	Taken []string
}

// Derived is an outline read from a directive's đề cương.
type Derived struct {
	Outline model.Outline
	// Problems are headings that could not be read as a hierarchy (kept,
	// at the nearest level that fits) and other things the clerk should
	// look at, in Vietnamese.
	Problems []string
	// Sections counts the body sections made.
	Sections int
}

// DeriveOutline turns a directive's outline (đề cương) into an outline:
// its numbered headings (Phần thứ…, I., 1., 1.1., a), a.) become sections
// with the directive's wording; text under a heading (paragraphs, "- "
// items, bracketed or italic instructions) becomes the section's guide; a
// requested table becomes a table field of its section (see addTables),
// a table nested elsewhere is described in the guide; every leaf
// section gets a narrative field, and a request for staffing counts gets
// the staffing field. The title and the directive's reference prefill the
// subject and the directive. The parts around the body (header, căn cứ,
// closing) are those of the built-in outline of the profile.
func DeriveOutline(doc docread.Document, opt OutlineOptions) (Derived, error) {
	doc, found := takeTables(doc)
	lines := splitLines(doc)
	var heads []int
	for i, l := range lines {
		if l.isNum && l.para.Table == 0 {
			heads = append(heads, i)
		}
	}
	if len(heads) == 0 {
		return Derived{}, &Error{Msg: "không tìm thấy đề mục đánh số nào (Phần thứ…, I., 1., a)…) trong tệp; hãy kiểm tra tệp có đúng là đề cương báo cáo, hoặc đánh số các đề mục rồi đọc lại"}
	}
	frame, ok := builtinFor(opt.Profile)
	if !ok {
		return Derived{}, &Error{Msg: fmt.Sprintf("thể thức %q không có; hãy chọn state (văn bản hành chính) hoặc party (văn bản của Đảng)", opt.Profile)}
	}
	d := Derived{}
	o := model.Outline{Profile: frame.Profile, Closing: frame.Closing, Defaults: map[string]string{},
		DefaultRecipients: frame.DefaultRecipients}
	for k, v := range frame.Defaults {
		o.Defaults[k] = v
	}
	title, dir, intro := preamble(lines[:heads[0]])
	o.Subject = title
	prefillDirective(&o, dir)
	secs, probs := sections(lines, heads, kindLevels(lines, heads))
	addTables(secs, lines, heads, found)
	d.Problems = probs
	d.Sections = len(secs)
	o.Sections = append(o.Sections, frameSection(frame, "header"), basisSection(frame, intro))
	o.Sections = append(o.Sections, secs...)
	o.Sections = append(o.Sections, frameSection(frame, "closing"))
	o.ID, o.Name = outlineID(opt, title), opt.Name
	if o.Name == "" {
		o.Name = shorten(firstNonEmpty(title, "Dàn ý từ tệp"), 70)
	}
	d.Outline = o
	return d, nil
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if strings.TrimSpace(x) != "" {
			return x
		}
	}
	return ""
}

func builtinFor(p model.Profile) (model.Outline, bool) {
	for _, o := range templates.Builtin() {
		if o.Profile == p {
			return o, true
		}
	}
	return model.Outline{}, false
}

func frameSection(frame model.Outline, id string) model.Section {
	s, _ := frame.Section(id)
	return s
}

// basisSection is the frame's căn cứ section, its guide telling what the
// đề cương said before its first heading.
func basisSection(frame model.Outline, intro []string) model.Section {
	s := frameSection(frame, "basis")
	if len(intro) > 0 {
		s.Guide = strings.TrimSpace(s.Guide + "\nĐề cương ghi: " + strings.Join(intro, " "))
	}
	return s
}

// preamble reads the lines before the first heading: the title (after
// "ĐỀ CƯƠNG" / "BÁO CÁO"), the directive's reference, and the rest.
func preamble(lines []line) (title string, dir model.Directive, rest []string) {
	inTitle := false
	var titles []string
	for _, l := range lines {
		t := strings.Trim(l.text, "*_ ")
		f := strings.Join(Tokens(t), " ")
		switch {
		case f == "" || isMotto(f):
		case directiveRef(t, &dir):
		case strings.HasPrefix(f, "de cuong") || strings.HasPrefix(f, "bao cao") && isUpper(t) || strings.HasPrefix(f, "mau bao cao"):
			inTitle = true
			if tail := titleTail(t); tail != "" {
				titles = append(titles, tail)
			}
		case inTitle && (len(titles) == 0 || l.para.Bold || isUpper(t) || l.para.Align == "center"):
			titles = append(titles, t)
		default:
			inTitle = false
			rest = append(rest, t)
		}
	}
	title = strings.Join(titles, " ")
	if isUpper(title) {
		title = capitalize(strings.ToLower(title))
	}
	return strings.TrimSpace(title), dir, rest
}

// titleTail is what follows "ĐỀ CƯƠNG BÁO CÁO" on the same line.
func titleTail(t string) string {
	words := strings.Fields(t)
	i := 0
	for i < len(words) && (Fold(words[i]) == "de" || Fold(words[i]) == "cuong" || Fold(words[i]) == "bao" || Fold(words[i]) == "cao" || Fold(words[i]) == "mau") {
		i++
	}
	return strings.Trim(strings.Join(words[i:], " "), "():;-– ")
}

// directiveRef reads "(Kèm theo Công văn số 123/UBND ngày … của …)".
func directiveRef(t string, dir *model.Directive) bool {
	s := strings.Trim(t, "() ")
	f := Fold(s)
	for _, lead := range []string{"kem theo ", "ban hanh kem theo "} {
		if strings.HasPrefix(f, lead) {
			s = foldCut(s, f, len(lead))
			break
		}
	}
	if !strings.Contains(Fold(s), " so ") {
		return false
	}
	var r model.Report
	basis("Thực hiện "+s, &r)
	if r.Directive.Ref == "" {
		return false
	}
	*dir = r.Directive
	return true
}

func prefillDirective(o *model.Outline, d model.Directive) {
	for bind, v := range map[string]string{"directive.type": d.Type, "directive.ref": d.Ref,
		"directive.date": d.Date, "directive.issuer": d.Issuer, "directive.subject": d.Subject} {
		if v = model.CleanLine(v); v != "" {
			o.Defaults[bind] = v
		}
	}
}

// sections builds the body sections from the heading lines and the lines
// under them.
func sections(lines []line, heads []int, levels map[NumKind]int) ([]model.Section, []string) {
	var out []model.Section
	var probs []string
	ids := map[string]bool{}
	var path []string // IDs by level
	prevLevel := 0
	for n, hi := range heads {
		l := lines[hi]
		level := levels[l.head.Kind]
		end := len(lines)
		if n+1 < len(heads) {
			end = heads[n+1]
		}
		body := lines[hi+1 : end]
		if level > 3 {
			if len(out) == 0 {
				level = 1
			} else {
				probs = append(probs, fmt.Sprintf("đề mục %q ở cấp thứ %d, sâu hơn 3 cấp dàn ý cho phép: đã ghi vào hướng dẫn của mục %s", shorten(l.text, 60), level, out[len(out)-1].Number))
				out[len(out)-1].Guide = joinGuide(out[len(out)-1].Guide, append([]string{l.text}, guideLines(body)...))
				continue
			}
		}
		if level > prevLevel+1 {
			probs = append(probs, fmt.Sprintf("đề mục %q bỏ qua một cấp (nằm ngay sau đề mục cấp %d): đã đặt ở cấp %d; hãy xem lại thứ tự đề mục", shorten(l.text, 60), prevLevel, prevLevel+1))
			level = prevLevel + 1
		}
		path = append(path[:level-1], idPart(l.head.Number))
		id := uniqueID(strings.Join(path, "."), ids)
		heading, instr := Instruction(l.head.Title)
		guide := guideLines(body)
		if instr != "" {
			guide = append([]string{capitalize(instr)}, guide...)
		}
		if l.head.Rest != "" {
			guide = append([]string{l.head.Rest}, guide...)
		}
		if l.para.Italic && !l.para.Bold {
			probs = append(probs, fmt.Sprintf("đề mục %q viết nghiêng như lời hướng dẫn; đã coi là đề mục, hãy kiểm tra", shorten(l.text, 60)))
		}
		out = append(out, model.Section{ID: id, Number: l.head.Number, Level: level, Heading: heading,
			Guide: joinGuide("", guide)})
		prevLevel = level
	}
	addFields(out)
	return out, probs
}

func joinGuide(guide string, lines []string) string {
	all := []string{}
	if guide != "" {
		all = append(all, guide)
	}
	all = append(all, lines...)
	return strings.Join(all, "\n")
}

// guideLines turns the lines under a heading into guide paragraphs; a
// table becomes a description of its columns and rows.
func guideLines(body []line) []string {
	var out []string
	for i := 0; i < len(body); {
		l := body[i]
		if l.para.Table == 0 {
			out = append(out, l.text)
			i++
			continue
		}
		j := i
		for j < len(body) && body[j].para.Table == l.para.Table {
			j++
		}
		out = append(out, describeTable(body[i:j])...)
		i = j
	}
	return out
}

// describeTable writes a requested table as guide lines: its columns (the
// first row) and the rows it lists.
func describeTable(cells []line) []string {
	rows := map[int][]string{}
	var order []int
	for _, c := range cells {
		if _, ok := rows[c.para.Row]; !ok {
			order = append(order, c.para.Row)
		}
		rows[c.para.Row] = append(rows[c.para.Row], c.text)
	}
	out := []string{"Kèm bảng số liệu gồm các cột: " + strings.Join(rows[order[0]], "; ") + "."}
	for _, r := range order[1:] {
		out = append(out, "Dòng của bảng: "+strings.Join(rows[r], " | "))
	}
	return out
}

// addFields gives every section a narrative field (required, "Không"
// accepted, on a leaf; optional on a section with sub-sections) and the
// first section asking for staff counts the staffing fields.
func addFields(secs []model.Section) {
	staffed := false
	for i := range secs {
		s := &secs[i]
		leaf := i+1 >= len(secs) || secs[i+1].Level <= s.Level
		if !staffed && asksStaffing(s.Heading+" "+s.Guide) {
			staffed = true
			s.Fields = append(s.Fields,
				model.Field{ID: "staffing", Label: "Cán bộ, công chức đầu nhiệm kỳ và hiện nay", Kind: model.FieldStaffing, Bind: "staffing", Required: true,
					Hint: "Mỗi chức danh một dòng; chức vụ kiêm nhiệm ghi một dòng, tính là một người."},
				model.Field{ID: "staffing.term", Label: "Nhiệm kỳ", Kind: model.FieldLine, Bind: "staffing.term", Hint: "Ví dụ: 2020-2025."})
		}
		f := model.Field{ID: s.ID + ".text", Label: shorten(s.Heading, 60), Kind: model.FieldNarrative}
		if leaf {
			f.Required, f.NoneOK = true, true
		} else {
			f.Label = "Nội dung chung của mục " + s.Number
		}
		s.Fields = append(s.Fields, f)
	}
}

// asksStaffing reports a request for the number of cán bộ, công chức.
func asksStaffing(text string) bool {
	f := " " + strings.Join(Tokens(text), " ") + " "
	if !strings.Contains(f, " can bo cong chuc ") {
		return false
	}
	for _, w := range []string{" so luong ", " dau nhiem ky ", " hien co ", " so nguoi ", " tong so "} {
		if strings.Contains(f, w) {
			return true
		}
	}
	return false
}

// idPart writes a heading number as an ID part: letters without
// diacritics, digits and dots.
func idPart(num string) string {
	var b strings.Builder
	for _, r := range Fold(num) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == '.':
			b.WriteRune(r)
		}
	}
	s := strings.Trim(b.String(), ".")
	if s == "" {
		return "muc"
	}
	if romanValue(strings.ToUpper(s)) > 0 && isRoman(strings.ToUpper(s)) {
		return strings.ToUpper(s)
	}
	return s
}

func uniqueID(id string, taken map[string]bool) string {
	base, n := id, 2
	for taken[id] {
		id = fmt.Sprintf("%s-%d", base, n)
		n++
	}
	taken[id] = true
	return id
}

// outlineID is the chosen ID, else one made from the title, free of the
// taken ones.
func outlineID(opt OutlineOptions, title string) string {
	id := opt.ID
	if id == "" {
		id = slug(title, 40)
	}
	if id == "" {
		id = "de-cuong"
	}
	taken := map[string]bool{}
	for _, t := range opt.Taken {
		taken[t] = true
	}
	return uniqueID(id, taken)
}

// slug folds text into an ID: lower-case letters and digits joined by "-".
func slug(text string, maxLen int) string {
	s := strings.Join(Tokens(text), "-")
	var b strings.Builder
	for _, r := range s {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') || r == '-' {
			b.WriteRune(r)
		}
	}
	s = b.String()
	if len(s) > maxLen {
		cut := s[:maxLen]
		if i := strings.LastIndex(cut, "-"); i > maxLen/2 {
			cut = cut[:i]
		}
		s = strings.TrimRight(cut, "-")
	}
	return s
}

func shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	cut := string(r[:n])
	if i := strings.LastIndex(cut, " "); i > n/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:") + "…"
}

// deriveFromReport makes an outline from a report's own headings when no
// outline fits, so that any report imports.
func deriveFromReport(lines []line, idx []int, profile model.Profile, opt Options) model.Outline {
	var heads []int
	for _, i := range idx {
		if lines[i].isNum {
			heads = append(heads, i)
		}
	}
	frame, _ := builtinFor(profile)
	var taken []string
	for _, o := range opt.Outlines {
		taken = append(taken, o.ID)
	}
	// The report's own outline carries no other report's words: no subject,
	// closing, defaults or recipients of the built-in frame.
	o := model.Outline{Profile: profile, Defaults: map[string]string{}}
	o.ID = outlineID(OutlineOptions{Taken: taken}, "bao-cao-"+strings.TrimSuffix(slug(baseName(opt.Name), 30), "-docx"))
	o.Name = "Theo báo cáo " + baseName(opt.Name)
	secs := []model.Section{}
	if len(heads) > 0 {
		secs, _ = sections(onlyHeadings(lines, heads), seq(len(heads)), kindLevels(lines, heads))
	}
	// The source is the measure of its own sections: one with nothing
	// under its heading (a numbered item whose words are on its line) is
	// complete as written, not a field still to fill.
	for i := range secs {
		for j := range secs[i].Fields {
			if f := &secs[i].Fields[j]; f.Kind == model.FieldNarrative {
				f.Required = false
			}
		}
	}
	o.Sections = append(o.Sections, frameSection(frame, "header"), frameSection(frame, "basis"))
	o.Sections = append(o.Sections, secs...)
	o.Sections = append(o.Sections, frameSection(frame, "closing"))
	return o
}

// onlyHeadings keeps the heading lines, so that sections() sees no body
// (a report's paragraphs are answers, not guidance).
func onlyHeadings(lines []line, heads []int) []line {
	out := make([]line, len(heads))
	for i, h := range heads {
		out[i] = lines[h]
		out[i].head.Rest = ""
	}
	return out
}

func seq(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}

func baseName(name string) string {
	if i := strings.LastIndexAny(name, `/\`); i >= 0 {
		name = name[i+1:]
	}
	return name
}

// GuessProfile guesses a document's form: the Party's when it carries the
// Party's marks (its motto, T/M or K/T, a party symbol), else the state's.
func GuessProfile(doc docread.Document) model.Profile {
	if partySigns(splitLines(doc)) {
		return model.ProfileParty
	}
	return model.ProfileState
}
