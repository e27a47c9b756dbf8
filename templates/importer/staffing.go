package importer

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/baocao/baocao/model"
)

// StaffItem is one "title: count" of a staffing paragraph.
type StaffItem struct {
	Title string // as written, e.g. "PCT UBND"
	Count int
	// Roles are the catalogue positions recognised in Title (several for a
	// combined post, "… kiêm …"); none for an unknown title.
	Roles []string
}

// StaffText is what a staffing paragraph says.
type StaffText struct {
	Snapshot model.Snapshot
	Items    []StaffItem
	// Declared holds the totals the paragraph states; nil fields were not
	// stated.
	Cadre, CivilServ, All *int
	// Term is the term named, e.g. "2020-2025".
	Term string
}

var (
	countRe = regexp.MustCompile(`(?:^|[\s:(,;])(\d{1,3})(\s*(?:người|đồng chí|đ/c|đ/ c))?`)
	termRe  = regexp.MustCompile(`nhiệm kỳ[^0-9]{0,24}(\d{4})\s*[-–]\s*(\d{4})`)
)

// ReadStaffing reads a paragraph listing staff by position ("Chủ tịch
// UBND: 01, …, VP-TK: 02"), as clerks write it: positions by full title or
// usual abbreviation, combined posts with "kiêm", counts after a colon or
// before "đồng chí", stated totals ("hiện có 18 người", "cán bộ 10
// người"). It returns false when the paragraph names fewer than three
// catalogue positions: counts of anything else are not staffing. cat recognises the positions; unknown titles are kept as they
// are.
func ReadStaffing(text string, cat model.Catalogue) (StaffText, bool) {
	st := StaffText{Snapshot: snapshotOf(text)}
	if m := termRe.FindStringSubmatch(text); m != nil {
		st.Term = m[1] + "-" + m[2]
	}
	prev := 0
	for _, m := range countRe.FindAllStringSubmatchIndex(text, -1) {
		numStart, numEnd, end := m[2], m[3], m[1]
		if numEnd < len(text) && isDigit(rune(text[numEnd])) {
			continue
		}
		n, _ := strconv.Atoi(text[numStart:numEnd])
		if isYearish(text, numStart, numEnd) {
			continue
		}
		title := itemTitle(text[prev:numStart])
		if title == "" {
			title, end = titleAfter(text, end)
		}
		if title == "" {
			continue
		}
		prev = end
		st.add(title, n, cat)
	}
	positions := 0
	for _, it := range st.Items {
		if len(it.Roles) > 0 {
			positions++
		}
	}
	return st, positions >= 3
}

func snapshotOf(text string) model.Snapshot {
	f := Fold(text)
	start := strings.Index(f, "dau nhiem ky")
	now := -1
	for _, w := range []string{"hien nay", "den nay", "hien co"} {
		if i := strings.Index(f, w); i >= 0 && (now < 0 || i < now) {
			now = i
		}
	}
	if start >= 0 && (now < 0 || start < now) {
		return model.AtStart
	}
	return model.AtNow
}

func isYearish(text string, i, j int) bool {
	return (i > 0 && text[i-1] == '/') || (j < len(text) && (text[j] == '/' || text[j] == '-'))
}

// itemTitle takes the title of an item from the text since the last one:
// after the last ":" (ignoring the one right before the count), without
// list marks, brackets, "và", "Trong đó" or the phrase leading into the
// list ("… giữ các chức vụ").
func itemTitle(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimRight(s, ": ")
	if i := strings.LastIndexAny(s, ":;,(.)"); i >= 0 {
		s = s[i+1:]
	}
	s = strings.TrimSpace(s)
	f := Fold(s)
	for _, lead := range []string{"chuc vu ", "chuc danh "} {
		if i := strings.LastIndex(f, lead); i >= 0 {
			s = foldCut(s, f, i+len(lead))
			f = Fold(s)
		}
	}
	for _, w := range []string{"va ", "trong do ", "gom ", "- "} {
		if strings.HasPrefix(f+" ", w) {
			s = foldCut(s, f, min(len(w), len(f)))
			f = Fold(s)
		}
	}
	s, _ = Bullet(strings.TrimSpace(s))
	return strings.TrimSpace(s)
}

// foldCut cuts s at the rune matching byte offset i of its fold f (Fold
// keeps one rune per rune, so rune counts line up).
func foldCut(s, f string, i int) string {
	runes := len([]rune(f[:i]))
	r := []rune(s)
	if runes > len(r) {
		return ""
	}
	return string(r[runes:])
}

// titleAfter reads a title written after its count ("02 đồng chí ủy viên
// UBND"): the words up to the next separator.
func titleAfter(text string, from int) (string, int) {
	end := strings.IndexAny(text[from:], ",;()0123456789")
	if end < 0 {
		end = len(text) - from
	}
	if i := strings.Index(text[from:from+end], " và "); i >= 0 {
		end = i
	}
	t := strings.TrimSpace(strings.TrimRight(text[from:from+end], ". "))
	return t, from + end
}

// add records one item, or a stated total.
func (st *StaffText) add(title string, n int, cat model.Catalogue) {
	f := " " + strings.Join(Tokens(title), " ") + " "
	switch {
	case strings.Contains(f, " hien co ") || strings.Contains(f, " tong so ") || strings.Contains(f, " tong cong ") || strings.HasSuffix(f, " co ") || strings.HasSuffix(f, " la "):
		st.All = &n
	case f == " can bo ":
		st.Cadre = &n
	case f == " cong chuc ":
		st.CivilServ = &n
	default:
		st.Items = append(st.Items, StaffItem{Title: title, Count: n, Roles: Roles(title, cat)})
	}
}

// Rows turns the start-of-term and current lists into table rows: each
// start item its own row (so a position listed twice stays twice, for the
// check to report), each current item filling the first row of its
// position not yet filled, else a row of its own.
func Rows(start, now StaffText, cat model.Catalogue) model.Staffing {
	var s model.Staffing
	s.Term = start.Term
	if s.Term == "" {
		s.Term = now.Term
	}
	for _, it := range start.Items {
		s.Rows = append(s.Rows, row(it, cat, it.Count, 0))
	}
	filled := make([]bool, len(s.Rows))
	for _, it := range now.Items {
		r := row(it, cat, 0, it.Count)
		placed := false
		for i := range s.Rows {
			if !filled[i] && s.Rows[i].Key() == r.Key() {
				s.Rows[i].Now, filled[i], placed = it.Count, true, true
				break
			}
		}
		if !placed {
			s.Rows = append(s.Rows, r)
			filled = append(filled, true)
		}
	}
	s.Declared.Start = declared(start, s, model.AtStart, cat)
	s.Declared.Now = declared(now, s, model.AtNow, cat)
	return s
}

func row(it StaffItem, cat model.Catalogue, start, now int) model.StaffRow {
	r := model.StaffRow{Roles: it.Roles, Start: start, Now: now}
	if len(it.Roles) == 0 {
		r.Title = model.CleanLine(it.Title)
		r.Group = guessGroup(it.Title)
	}
	return r
}

// guessGroup puts an unknown title among cán bộ when it names a leading
// post, else among công chức.
func guessGroup(title string) model.Group {
	f := " " + strings.Join(Tokens(title), " ") + " "
	for _, w := range []string{" chu tich ", " bi thu ", " uy vien ", " truong ", " pho "} {
		if strings.Contains(f, w) {
			return model.GroupCadre
		}
	}
	return model.GroupCivilServ
}

// declared returns the totals the paragraph stated, the missing ones taken
// from the rows; nil when it stated none.
func declared(st StaffText, s model.Staffing, snap model.Snapshot, cat model.Catalogue) *model.Totals {
	if st.All == nil && st.Cadre == nil && st.CivilServ == nil {
		return nil
	}
	t := s.Sum(snap, cat)
	if st.Cadre != nil {
		t.Cadre = *st.Cadre
	}
	if st.CivilServ != nil {
		t.CivilServ = *st.CivilServ
	}
	if st.All != nil {
		t.All = *st.All
	}
	return &t
}
