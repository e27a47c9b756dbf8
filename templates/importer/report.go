package importer

import (
	"strings"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/templates/docread"
)

// Options steer ImportReport.
type Options struct {
	// Outlines are the outlines to choose from (built-in and the user's).
	Outlines []model.Outline
	// Outline forces an outline by ID; empty chooses the best match.
	Outline string
	// Rules give the staffing catalogue.
	Rules model.Rules
	// Name is the source file's name, for a derived outline's ID.
	Name string
	// Composed is true when the source is baocao's own export of a draft
	// started in baocao (see ImportInto): its opening, closing and staffing
	// paragraphs were composed, so the draft is not marked Imported.
	Composed bool
}

// Result is an imported report.
type Result struct {
	Report  model.Report
	Outline model.Outline
	// Derived is true when no outline fitted and Outline was derived from
	// the report's own headings; the draft carries it (Report.OutlineFile,
	// written by WriteOutline) until the clerk saves it as a template.
	Derived bool
	// Fit is how well the outline matched, 0 to 1.
	Fit     float64
	Summary Summary
	// Found lists the sections whose heading the source has (section IDs).
	Found map[string]bool
}

// Summary counts what an import did.
type Summary struct {
	Paragraphs int // source lines read
	Placed     int // lines that went into the report
	Sections   int // body sections with an answer
	Unplaced   int
	StaffRows  int
	Tables     int      // source tables read into table fields
	Fields     []string // the report's parts read from the source, named
	NotKept    []string // what the source has that the draft does not keep as it is
	Notes      []string // what the reader resolved (tracked changes)
}

// minFit is the least fit for an existing outline to be used; below it an
// outline is derived from the report's headings.
const minFit = 0.45

// ImportReport turns an earlier report into a draft: header, directive,
// body paragraphs under the outline's headings, staffing rows, "Không"
// answers, Nơi nhận and signer. Every source line ends up in the report or
// in Report.Unplaced, with its words as written: the opening and closing
// sentences are kept verbatim (the directive's fields are read from the
// opening for checks), no outline default fills the draft, and the draft
// is marked Imported so that nothing is composed in the clerk's name.
func ImportReport(doc docread.Document, opt Options) (Result, error) {
	doc, found := takeTables(doc)
	lines := splitLines(doc)
	if err := representable(lines); err != nil {
		return Result{}, err
	}
	appx := appendixStart(lines)
	z := zones(lines[:appx])
	o, a, fit, derived, err := chooseOutline(lines, z, opt)
	if err != nil {
		return Result{}, err
	}
	res := Result{Outline: o, Derived: derived, Fit: fit, Found: map[string]bool{}}
	r := model.Report{Outline: o.ID, Imported: !opt.Composed, Doc: model.Document{TypeCode: "BC"}}
	var unplaced []int
	unplaced = append(unplaced, shift(header(lines[:z.opening], &r), 0)...)
	if z.hasOpening {
		basis(lines[z.opening].text, &r)
		if r.Imported {
			r.Opening = lines[z.opening].marked
		}
	}
	b := &builder{lines: lines, o: o, r: &r, rules: opt.Rules, content: map[int][]piece{}, res: &res}
	unplaced = append(unplaced, b.body(z, a)...)
	if z.closing >= 0 {
		r.Closing = joinTexts(lines[z.closing:z.tail])
	}
	unplaced = append(unplaced, shift(tail(lines[z.tail:appx], &r), z.tail)...)
	unplaced = append(unplaced, b.fill()...)
	groups, rest := appendixLines(lines, appx)
	unplaced = append(unplaced, rest...)
	unplaced = append(unplaced, b.emptyAppendices(found, groups, appx)...)
	rows := b.tables(found, a, appx, groups)
	for _, i := range sortInts(unplaced) {
		r.Unplaced = append(r.Unplaced, lines[i].marked)
		r.Unplaced = append(r.Unplaced, lines[i].notes...)
	}
	r.Unplaced = append(r.Unplaced, rows...)
	res.Report = r
	if derived {
		res.Report.OutlineFile = string(WriteOutline(res.Outline, opt.Name))
	}
	res.Summary.Paragraphs = len(lines)
	res.Summary.Unplaced = len(unplaced) + len(rows)
	res.Summary.Placed = len(lines) - len(unplaced)
	res.Summary.Notes = append(doc.Notes(), res.Summary.Notes...)
	res.Summary.Fields = readFields(r)
	res.Summary.NotKept = notKept(doc)
	return res, nil
}

// joinTexts joins lines as paragraphs of one text, their notes after them.
func joinTexts(lines []line) string {
	var out []string
	for _, l := range lines {
		out = append(out, l.marked)
		out = append(out, l.notes...)
	}
	return strings.Join(out, "\n")
}

func shift(idx []int, by int) []int {
	for i := range idx {
		idx[i] += by
	}
	return idx
}

// zoning splits the lines: header [0, opening), the opening sentence, the
// body (opening, bodyEnd), the closing sentence, the tail [tail, end).
type zoning struct {
	opening    int
	hasOpening bool
	bodyStart  int
	bodyEnd    int
	closing    int
	tail       int
}

func zones(lines []line) zoning {
	z := zoning{closing: -1, bodyEnd: len(lines), tail: len(lines)}
	for i, l := range lines {
		if l.isNum && (l.head.Kind == NumRoman || l.head.Kind == NumPart || l.head.Kind == NumUpper) {
			break
		}
		if isOpening(l.text) {
			z.opening, z.hasOpening, z.bodyStart = i, true, i+1
			break
		}
	}
	if !z.hasOpening {
		z.opening = firstBody(lines)
		z.bodyStart = z.opening
		if end, ok := afterTo(lines[:headerLimit(lines, z.opening)]); ok && end < len(lines) && (z.opening == 0 || end < z.opening) {
			// The body starts after the Kính gửi block; a sentence there
			// is its opening (a công văn's "Ủy ban nhân dân xã … báo
			// cáo như sau:").
			z.opening, z.hasOpening, z.bodyStart = end, !lines[end].isNum, end
			if z.hasOpening {
				z.bodyStart++
			}
		}
	}
	for i := len(lines) - 1; i >= z.bodyStart; i-- {
		if isRecipientsMark(lines[i].text) {
			z.tail, z.bodyEnd = i, i
			break
		}
	}
	for i := z.bodyEnd - 1; i >= z.bodyStart && i >= z.bodyEnd-4; i-- {
		if isClosing(lines[i].text) {
			z.closing, z.bodyEnd = i, i
			if z.tail == len(lines) {
				z.tail = i + 1
			}
			break
		}
	}
	if z.tail == len(lines) {
		z.tail = signatureStart(lines, z.bodyStart)
		z.bodyEnd = min(z.bodyEnd, z.tail)
	}
	return z
}

// headerLimit is how far the header may reach: up to the first body
// line, or the first lines when no body line is known.
func headerLimit(lines []line, first int) int {
	if first > 0 {
		return first
	}
	return min(len(lines), 20)
}

// afterTo returns the index of the first line after the Kính gửi block
// of lines: the "Kính gửi" line, then its "- …" recipients, or the one
// line naming the recipient when "Kính gửi:" stands alone.
func afterTo(lines []line) (int, bool) {
	for i, l := range lines {
		if !strings.HasPrefix(Fold(l.text), "kinh gui") {
			continue
		}
		j := i + 1
		for j < len(lines) {
			if _, item := Bullet(strings.TrimSpace(lines[j].text)); !item {
				break
			}
			j++
		}
		_, rest, _ := strings.Cut(l.text, ":")
		if j == i+1 && strings.TrimSpace(rest) == "" && j < len(lines) && !strings.HasSuffix(strings.TrimSpace(lines[j].text), ":") {
			j++
		}
		return j, true
	}
	return 0, false
}

// firstBody is where the body starts when there is no opening sentence:
// the first numbered heading of a top kind, else the first line after the
// header's title or date line.
func firstBody(lines []line) int {
	for i, l := range lines {
		if l.isNum && l.head.Kind <= NumArabic {
			return i
		}
	}
	return 0
}

// signatureStart finds a trailing signature block without a Nơi nhận mark:
// an authority line in the last lines.
func signatureStart(lines []line, from int) int {
	for i := len(lines) - 1; i >= from && i >= len(lines)-6; i-- {
		if authorityRe.MatchString(lines[i].text) && isUpper(lines[i].text) {
			return i
		}
	}
	return len(lines)
}

func sortInts(a []int) []int {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
	return a
}

// candidates lists the body lines that may be headings.
func candidates(lines []line, z zoning) []int {
	var idx []int
	for i := z.bodyStart; i < z.bodyEnd; i++ {
		if lines[i].candidate() {
			idx = append(idx, i)
		}
	}
	return idx
}

// chooseOutline picks the forced outline, else the one whose headings fit
// best, else derives one from the report's headings.
func chooseOutline(lines []line, z zoning, opt Options) (model.Outline, alignment, float64, bool, error) {
	idx := candidates(lines, z)
	party := partySigns(lines)
	var best model.Outline
	var bestA alignment
	bestFit := -1.0
	for _, o := range opt.Outlines {
		if opt.Outline != "" && o.ID != opt.Outline {
			continue
		}
		a := align(lines, idx, o)
		fit := min(a.score/float64(max(min(bodyCount(o), numbered(lines, idx)), 1)), 1)
		if (o.Profile == model.ProfileParty) == party {
			fit += 0.01
		}
		if fit > bestFit {
			best, bestA, bestFit = o, a, fit
		}
	}
	if opt.Outline != "" {
		if bestFit < 0 {
			return model.Outline{}, alignment{}, 0, false, &Error{Msg: "không có dàn ý \"" + opt.Outline + "\"; xem danh sách bằng \"baocao templates\""}
		}
		return best, bestA, bestFit, false, nil
	}
	if bestFit >= minFit && covered(lines, idx, bestA, best) >= minCover {
		return best, bestA, bestFit, false, nil
	}
	profile := model.ProfileState
	if party {
		profile = model.ProfileParty
	}
	d := deriveFromReport(lines, idx, profile, opt)
	return d, align(lines, idx, d), 1, true, nil
}

// minCover is the least share of the source's numbered headings that an
// existing outline must match to be used: an outline that matches a few of
// a report's headings would replace the others' words and scatter their
// text (a weekly report forced onto a thematic outline).
const minCover = 0.6

// covered is the share of the numbered candidates that the alignment took
// as outline headings with their wording (not their number) alike; 1 when
// there are none.
func covered(lines []line, idx []int, a alignment, o model.Outline) float64 {
	n, got := 0, 0
	for _, i := range idx {
		if !lines[i].isNum {
			continue
		}
		n++
		if si, ok := a.section[i]; ok && wordsAlike(lines[i], o.Sections[si]) {
			got++
		}
	}
	if n == 0 {
		return 1
	}
	return float64(got) / float64(n)
}

// minBack is the least share of a section heading's words that a source
// heading matched to it must have: a clerk may shorten the outline's long
// heading, but three words found inside it ("Lĩnh vực kinh tế") are not it.
const minBack = 0.3

// wordsAlike reports a source heading whose wording is the section's, by
// similarity alone (the number and level bonuses of pairScore left out),
// that also holds a fair share of the section's words or begins it.
func wordsAlike(l line, s model.Section) bool {
	h, _ := Instruction(s.Heading)
	st, lt := Tokens(h), l.tokens()
	if len(st) == 0 || similarity(lt, st) < minScore {
		return false
	}
	return float64(matches(lt, st)) >= minBack*float64(len(st)) || prefixOf(lt, st)
}

// numbered counts the candidates with a heading number.
func numbered(lines []line, idx []int) int {
	n := 0
	for _, i := range idx {
		if lines[i].isNum {
			n++
		}
	}
	return n
}

func bodyCount(o model.Outline) int {
	n := 0
	for _, s := range o.Sections {
		if s.InBody() {
			n++
		}
	}
	return n
}

// partySigns reports the marks of a Party document in its first and last
// lines: the Party's motto, "T/M" or "K/T", a party symbol ("-BC/").
func partySigns(lines []line) bool {
	for i, l := range lines {
		if i >= 20 && i < len(lines)-20 {
			continue
		}
		f := Fold(firstWords(l.text, 6))
		if strings.HasPrefix(f, "dang cong san viet nam") || strings.HasPrefix(l.text, "T/M ") ||
			strings.HasPrefix(l.text, "K/T ") || partyNumRe.MatchString(l.text) && !stateNumRe.MatchString(l.text) {
			return true
		}
	}
	return false
}

// Error is an import that cannot be done, with what to do, in Vietnamese.
type Error struct{ Msg string }

func (e *Error) Error() string { return e.Msg }
