package compile

import (
	"cmp"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/templates"
)

// OutlineSet finds outlines by ID (templates.Set is one).
type OutlineSet interface {
	All() []model.Outline
	Get(id string) (model.Outline, bool)
	// Of returns the outline a report follows (its own, else by ID).
	Of(r model.Report) (model.Outline, bool)
}

var _ OutlineSet = templates.Set{}

// Options say what to compile against.
type Options struct {
	// Outlines holds the units' outlines and the "-tong-hop" ones.
	Outlines OutlineSet
	Rules    model.Rules
	// Outline is the ID of the outline the units answered; empty means the
	// one most reports follow.
	Outline string
	// Deadline is the last day a report may be dated; zero means none.
	Deadline model.Date
	// Expected are the units that must report (see ParseExpected); empty
	// means no list was given.
	Expected []string
}

// Unit is one report in the compilation: its index entry, only what the
// compilation sorts, matches and groups units by, kept in memory whatever
// their number. The rest of what is known of it (its file's name, what is
// kept of the report, its staffing totals, see unitHead) is the head of
// its record in the spill file, with what the sheets and the draft read
// (problems, staffing rows, texts, tables).
type Unit struct {
	// label is the unit's (see Label).
	label string
	// received and receivedNsec are the input's Received, as Unix seconds
	// and nanoseconds.
	received int64
	// at places the unit's record in the spill file, size is its length.
	at           int64
	size         int32
	receivedNsec int32
	// date is the report's date packed (packDate), zero when missing or
	// invalid.
	date int32
	// parent is the index of the report's parent unit in the
	// compilation's names of parents, which units share.
	parent int32
	// file and seq are the input's (see Input).
	file, seq int32
	// outline is the index of the unit's outlines in the compilation's
	// (see unitOutline).
	outline int32
	// Known is false when the set has no outline of the report's outline
	// ID (the report could not be checked).
	Known bool
	// Late is true when the date is after the deadline.
	Late bool
}

// Label names the unit in the draft and the workbook ("Xã Tân Lập",
// "Đảng ủy phường Hòa Bình").
func (u *Unit) Label() string { return u.label }

// Date is the report's date, zero when missing or invalid.
func (u *Unit) Date() model.Date { return unpackDate(u.date) }

// Received is when the report was received (see Input).
func (u *Unit) Received() time.Time { return time.Unix(u.received, int64(u.receivedNsec)) }

// unitOutline is a unit's outlines, one copy kept for the units that share
// them: the outline the report follows (the set's, or its own), the one
// derived from its headings (see Input.Derived) and the outline ID it
// names.
type unitOutline struct {
	outline, derived *model.Outline
	id               string
}

// Head is what a unit's record keeps of its report: the outline's ID, the
// unit without its place and class, the document's number, type and date,
// the staffing term.
type Head struct {
	Outline string
	Unit    HeadUnit
	Doc     HeadDoc
	Term    string
}

// HeadUnit is what Head keeps of the report's unit (see model.Unit).
type HeadUnit struct {
	Kind                             model.UnitKind
	Name, Issuer, IssuerCode, Parent string
}

// HeadDoc is what Head keeps of the report's document (see
// model.Document).
type HeadDoc struct {
	Number, TypeCode, Date string
}

// compare orders units as they were given.
func (u *Unit) compare(o *Unit) int {
	return cmp.Or(cmp.Compare(u.file, o.file), cmp.Compare(u.seq, o.seq))
}

// IssueKind says what kind of inconsistency an Issue is.
type IssueKind int

// The inconsistencies Compile lists.
const (
	IssueDuplicate  IssueKind = iota // a unit reported more than once
	IssueOutline                     // a report on another outline
	IssueStaffing                    // errors in a staffing table
	IssueLate                        // dated after the deadline
	IssueUndated                     // no valid date, so no deadline check
	IssueSameName                    // one name under different parents
	IssueUnexpected                  // a unit not on the expected list
	IssueMissing                     // an expected unit that did not report
	IssueNoPlace                     // a source field the compiled outline has no field for
	IssueCut                         // a text too long for a workbook cell, cut there
	IssueTable                       // a table's cells that are no number, sums too large, rows past the limit
	IssueTableShape                  // one table in different structures
	IssueFull                        // a field of the draft full, units' texts left out
)

// Label names the kind in Vietnamese.
func (k IssueKind) Label() string {
	return [...]string{"Báo cáo nhiều lần", "Khác dàn ý", "Lỗi số liệu cán bộ", "Sau thời hạn",
		"Thiếu ngày báo cáo", "Trùng tên đơn vị", "Ngoài danh sách", "Chưa báo cáo", "Không có chỗ gom", "Cắt bớt trong bảng tính", "Số liệu biểu", "Biểu khác cấu trúc", "Bản tổng hợp đầy mục"}[k]
}

// Issue is one inconsistency, listed and never resolved silently.
type Issue struct {
	Kind IssueKind
	// Unit is the unit's label (or the expected name, or the field).
	Unit    string
	Message string
}

// Result is a compilation.
type Result struct {
	// Source is the outline the units answered; Target the "-tong-hop"
	// outline of the compiled draft.
	Source, Target model.Outline
	// Units are the reports used, one per unit, in Vietnamese name order.
	Units []*Unit
	// Superseded are older reports of units that reported again.
	Superseded []*Unit
	// Expected is the number of units on the expected list (0: no list);
	// Missing are those that did not report.
	Expected int
	Missing  []string
	Deadline model.Date
	Issues   []Issue
	Skipped  []Skipped
	// Draft is the compiled report.
	Draft model.Report
	// all is every regime's positions, newest regime first: the order of
	// positions in the totals.
	all model.Catalogue
	// tables are the units' tables by structure.
	tables []*tableGroup
	// spill holds the units' records (see Close).
	spill *spill
	// outlines are the units' outlines (see Unit.outline), parents the
	// names of their parent units (see Unit.parent).
	outlines []unitOutline
	parents  []string
	// staff are the staffing rows summed by position, held the positions
	// held in any unit, terms the units' terms, fields the units' texts
	// gathered by field: what readRecords found.
	staff  map[string]*aggRow
	held   map[string]bool
	terms  map[string]bool
	fields map[string]*gathered
}

// Close removes the spill file the workbook reads the units' records
// from; WriteWorkbook cannot be called after it.
func (res *Result) Close() error { return res.spill.close() }

// ErrNothing is returned when no input could be read.
var ErrNothing = errors.New("không đọc được báo cáo nào trong các tệp đã chỉ ra; hãy kiểm tra danh sách tệp bị bỏ qua")

// Compile checks the inputs and compiles them (see the package doc).
// skipped are Load's, carried into the result. The result must be closed.
func Compile(inputs []Input, skipped []Skipped, opt Options) (*Result, error) {
	c := NewCompiler(opt)
	var wg sync.WaitGroup
	workers := runtime.GOMAXPROCS(0)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(inputs); i += workers {
				in := inputs[i]
				in.file, in.seq = 0, i
				c.add(in)
			}
		}()
	}
	wg.Wait()
	return c.Compile(skipped)
}

// Compiler compiles reports handed to it one at a time, as they are read
// from wherever they come (the drafts store, for the compile screen): each
// is checked and summed when added, what the sheets and the draft read of
// it is written to the spill file, and only its index entry is kept.
type Compiler struct {
	opt Options
	// all is every regime's positions (Result.all).
	all   model.Catalogue
	mu    sync.Mutex
	units []*Unit
	// outlines are the units' outlines, one copy each, found by key (see
	// intern).
	outlines []unitOutline
	byKey    map[outlineKey]int32
	// parents are the names of the units' parents, one copy each, found
	// by name in byParent.
	parents  []string
	byParent map[string]int32
	next     int
	spill    *spill
	err      error
}

// NewCompiler returns a Compiler compiling against opt.
func NewCompiler(opt Options) *Compiler {
	return &Compiler{opt: opt, all: opt.Rules.CatalogueFor("")}
}

// Add checks one report and keeps what the compilation needs of it. It
// may be called from several goroutines; ties between reports of one unit
// go to the one added last.
func (c *Compiler) Add(in Input) {
	c.mu.Lock()
	in.file, in.seq = 0, c.next
	c.next++
	c.mu.Unlock()
	c.add(in)
}

// add checks in, placed by its file and seq, and spills its record.
func (c *Compiler) add(in Input) {
	u, uo, rec := newUnit(in, c.opt, c.all)
	e := encoders.Get().(*encoder)
	defer encoders.Put(e)
	rec.encode(e)
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.spill == nil && c.err == nil {
		c.spill, c.err = newSpill()
	}
	if c.err != nil {
		return
	}
	u.size = int32(len(e.b))
	u.outline = c.intern(uo)
	u.parent = c.internParent(rec.head.Report.Unit.Parent)
	u.at, c.err = c.spill.put(e.b)
	c.units = append(c.units, u)
}

// Compile compiles the reports added; skipped are the inputs that could not
// be read, carried into the result. It is called once: the result takes
// the spill file, and must be closed.
func (c *Compiler) Compile(skipped []Skipped) (*Result, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	res, err := c.compile(skipped)
	if err != nil && c.spill != nil {
		c.spill.close()
	}
	c.spill, c.units = nil, nil
	return res, err
}

func (c *Compiler) compile(skipped []Skipped) (*Result, error) {
	if c.err != nil {
		return nil, c.err
	}
	if len(c.units) == 0 {
		return nil, ErrNothing
	}
	if err := c.spill.flush(); err != nil {
		return nil, err
	}
	slices.SortFunc(c.units, (*Unit).compare)
	return compile(c.units, c.outlines, c.parents, c.spill, skipped, c.opt, c.all)
}

// Run reads the inputs named by paths (as Load does) and compiles them,
// one report at a time: each is parsed, checked and summed in a worker as
// it is read, and only its index entry is kept in memory (see Unit), the
// rest spilled to a temporary file, so that memory stays flat in the
// number of reports. The result must be closed.
func Run(paths []string, lopt LoadOptions, opt Options) (*Result, error) {
	c := NewCompiler(opt)
	sc := scan(paths, lopt, c.add)
	c.units = slices.DeleteFunc(c.units, func(u *Unit) bool { return sc.refused[int(u.file)] })
	res, err := c.Compile(sc.skipped)
	if err != nil {
		return nil, &RunError{Err: err, Skipped: sc.skipped}
	}
	return res, nil
}

// RunError is Run's error when the reports read cannot be compiled: why,
// and the inputs skipped on the way (which may be the reason).
type RunError struct {
	Err     error
	Skipped []Skipped
}

func (e *RunError) Error() string { return e.Err.Error() }

// Unwrap returns why nothing was compiled.
func (e *RunError) Unwrap() error { return e.Err }

// compile compiles the checked units, in the order they were given, their
// records in sp.
func compile(units []*Unit, outlines []unitOutline, parents []string, sp *spill, skipped []Skipped, opt Options, all model.Catalogue) (*Result, error) {
	src, err := sourceOutline(units, outlines, opt)
	if err != nil {
		return nil, err
	}
	target, ok := opt.Outlines.Get(src.ID + "-tong-hop")
	if !ok {
		return nil, fmt.Errorf("chưa có dàn ý tổng hợp %q cho dàn ý %q; hãy viết tệp %s-tong-hop.outline (theo mẫu state-tong-hop) và đặt vào thư mục dàn ý riêng",
			src.ID+"-tong-hop", src.ID, src.ID)
	}
	res := &Result{Source: src, Target: target, Deadline: opt.Deadline, Skipped: skipped, Expected: len(opt.Expected),
		all: all, spill: sp, outlines: outlines, parents: parents}
	r := &reader{sp: sp}
	if err := res.pickNewest(r, units); err != nil {
		return nil, err
	}
	res.sortUnits()
	for _, pass := range []func(*reader) error{res.checkUnits, res.sameNames, res.matchExpected(opt.Expected), res.cellLimits, res.readRecords} {
		if err := pass(r); err != nil {
			return nil, err
		}
	}
	res.shapeIssues()
	for _, g := range res.tables {
		if g.overflow {
			res.issue(IssueTable, g.title, "tổng của biểu quá lớn để tính (vượt 100.000 tỷ ở một ô); các ô đó để trống")
		}
	}
	res.Draft = res.draft()
	return res, nil
}

// sourceOutline is the outline asked for, or the one most reports follow
// among those that have a "-tong-hop" outline (the first seen on a tie), so
// that a compiled draft marked by mistake does not take over.
func sourceOutline(units []*Unit, outlines []unitOutline, opt Options) (model.Outline, error) {
	id := opt.Outline
	if id == "" {
		count := map[string]int{}
		for _, u := range units {
			oid := outlines[u.outline].id
			_, compiled := opt.Outlines.Get(oid + "-tong-hop")
			if u.Known && compiled {
				count[oid]++
				if count[oid] > count[id] {
					id = oid
				}
			}
		}
	}
	o, ok := opt.Outlines.Get(id)
	if !ok {
		var ids []string
		for _, o := range opt.Outlines.All() {
			if _, ok := opt.Outlines.Get(o.ID + "-tong-hop"); ok {
				ids = append(ids, o.ID)
			}
		}
		if id == "" {
			return o, fmt.Errorf("không báo cáo nào theo dàn ý tổng hợp được (%s); hãy kiểm tra trường \"outline\" của các báo cáo", strings.Join(ids, ", "))
		}
		return o, fmt.Errorf("không có dàn ý %q; các dàn ý tổng hợp được: %s", id, strings.Join(ids, ", "))
	}
	return o, nil
}

// newUnit checks and sums a report: its index entry, its outlines, and
// the record of what the sheets and the draft read of it. all is every
// regime's positions.
func newUnit(in Input, opt Options, all model.Catalogue) (*Unit, unitOutline, *record) {
	r := in.Report
	u := &Unit{received: in.Received.Unix(), receivedNsec: int32(in.Received.Nanosecond()), file: int32(in.file), seq: int32(in.seq)}
	u.label = unitLabel(in)
	rec := &record{head: unitHead{Name: in.Name, Report: reportHead(r)}}
	o, known := opt.Outlines.Of(r)
	u.Known = known
	if u.Known {
		if ps := model.Validate(r, o, opt.Rules); len(ps) > 0 {
			rec.problems, rec.unfilled = ps, make([]bool, len(ps))
			if model.HasErrors(ps) {
				rec.unfilled = model.UnfilledFlags(r, o, ps) // flags errors only
			}
		}
		rec.head.staffErrs = staffingErrors(rec.problems, rec.unfilled)
	}
	if d, err := model.ParseDate(r.Doc.Date); err == nil && d.Valid() {
		u.date = packDate(d)
		u.Late = !opt.Deadline.IsZero() && opt.Deadline.Before(d)
	}
	cat := all
	if u.date != 0 {
		cat = opt.Rules.CatalogueFor(r.Doc.Date)
	}
	rec.head.Start = r.Staffing.Sum(model.AtStart, cat)
	rec.head.Now = r.Staffing.Sum(model.AtNow, cat)
	for _, row := range r.Staffing.Rows {
		rec.rows = append(rec.rows, staffRow{StaffRow: row, key: row.Key(), title: cat.RowTitle(row), group: cat.GroupOf(row), order: positionOrder(all, row)})
	}
	switch {
	case u.Known:
		rec.tables = keepTables(r, o)
		rec.texts = keepTexts(r, o)
	case in.Derived != nil:
		rec.tables = keepTables(r, *in.Derived)
	}
	return u, unitOutline{outline: &o, derived: in.Derived, id: r.Outline}, rec
}

// staffingErrors are check's errors in the staffing table, joined; a
// table left empty (unfilled, as model.Measure counts it) is no error of
// its figures and is not among them.
func staffingErrors(ps []model.Problem, unfilled []bool) string {
	var msgs []string
	for i, p := range ps {
		if p.Severity == model.Error && !unfilled[i] && strings.HasPrefix(p.Path, "staffing") {
			msgs = append(msgs, p.Message)
		}
	}
	return strings.Join(msgs, " ")
}

// keepTexts are the answers to o's fields as gathered text, in o's order.
func keepTexts(r model.Report, o model.Outline) []fieldText {
	var out []fieldText
	for _, s := range o.Sections {
		for _, f := range s.Fields {
			if text := answerText(r, f); f.Bind == "" && text != "" {
				out = append(out, fieldText{f.ID, text})
			}
		}
	}
	return out
}

func reportHead(r model.Report) Head {
	u := r.Unit
	return Head{Outline: r.Outline, Term: r.Staffing.Term,
		Unit: HeadUnit{Kind: u.Kind, Name: u.Name, Issuer: u.Issuer, IssuerCode: u.IssuerCode, Parent: u.Parent},
		Doc:  HeadDoc{Number: r.Doc.Number, TypeCode: r.Doc.TypeCode, Date: r.Doc.Date}}
}

// outlineKey tells a unit's outlines apart: the outline by ID and by
// where its sections are, which the set's outlines share and a report's
// own outline does not; the derived one by its address; the ID named.
type outlineKey struct {
	id      string
	first   *model.Section
	derived *model.Outline
	named   string
}

// intern returns the index of the one copy of uo kept for the units, c.mu
// held.
func (c *Compiler) intern(uo unitOutline) int32 {
	k := outlineKey{id: uo.outline.ID, derived: uo.derived, named: uo.id}
	if len(uo.outline.Sections) > 0 {
		k.first = &uo.outline.Sections[0]
	}
	if i, ok := c.byKey[k]; ok {
		return i
	}
	if c.byKey == nil {
		c.byKey = map[outlineKey]int32{}
	}
	i := int32(len(c.outlines))
	c.byKey[k] = i
	c.outlines = append(c.outlines, uo)
	return i
}

// internParent returns the index of the one copy of a parent's name kept
// for the units, c.mu held.
func (c *Compiler) internParent(name string) int32 {
	if i, ok := c.byParent[name]; ok {
		return i
	}
	if c.byParent == nil {
		c.byParent = map[string]int32{}
	}
	i := int32(len(c.parents))
	c.byParent[name] = i
	c.parents = append(c.parents, name)
	return i
}

// parentOf is u's parent unit, as the report names it.
func (res *Result) parentOf(u *Unit) string { return res.parents[u.parent] }

// unitLabel names a unit: "Xã Tân Lập" for a commune-level unit, else its
// issuing body, its name, or the file it came from.
func unitLabel(in Input) string {
	u := in.Report.Unit
	switch {
	case u.Kind.IsCommuneLevel() && u.Name != "":
		return capitalize(u.Kind.Label()) + " " + u.Name
	case u.Issuer != "":
		return u.Issuer
	case u.Name != "":
		return u.Name
	}
	return in.Name
}

func capitalize(s string) string {
	for i, r := range s {
		return model.Upper(string(r)) + s[i+len(string(r)):]
	}
	return s
}

// pickNewest keeps one report per unit: the latest dated, then the latest
// received, then the last given; the others are listed as superseded.
func (res *Result) pickNewest(r *reader, units []*Unit) error {
	gr := groupBy(units, func(u *Unit) string { return fold(u.Label()) + "|" + fold(res.parentOf(u)) })
	for g, first := range gr.first {
		if gr.size(g) == 1 {
			res.Units = append(res.Units, units[first])
			continue
		}
		group := gr.of(units, g)
		best := group[0]
		for _, u := range group[1:] {
			if !newer(best, u) {
				best = u
			}
		}
		res.Units = append(res.Units, best)
		var names []string
		var bestName string
		for _, u := range group {
			if u != best {
				res.Superseded = append(res.Superseded, u)
			}
			h, err := readHead(r, u)
			if err != nil {
				return err
			}
			if u == best {
				bestName = h.Name
			}
			names = append(names, fmt.Sprintf("%s (số %s, ngày %s)", h.Name, orDash(h.Report.Doc.Number), orDash(h.Report.Doc.Date)))
		}
		res.issue(IssueDuplicate, best.Label(), fmt.Sprintf("gửi %d báo cáo: %s; dùng báo cáo %s (mới hơn)",
			len(group), strings.Join(names, "; "), bestName))
	}
	return nil
}

// newer reports whether a is strictly newer than b.
func newer(a, b *Unit) bool {
	return cmp.Or(cmp.Compare(a.date, b.date), cmp.Compare(a.received, b.received), cmp.Compare(a.receivedNsec, b.receivedNsec)) > 0
}

func orDash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "—"
	}
	return s
}

func (res *Result) sortUnits() {
	c := collate.New(language.Vietnamese)
	slices.SortStableFunc(res.Units, func(a, b *Unit) int {
		if r := c.CompareString(a.Label(), b.Label()); r != 0 {
			return r
		}
		return c.CompareString(res.parents[a.parent], res.parents[b.parent])
	})
}

func (res *Result) issue(k IssueKind, unit, msg string) {
	res.Issues = append(res.Issues, Issue{Kind: k, Unit: unit, Message: msg})
}

// checkUnits lists, per unit, another outline, staffing errors, a late or
// missing date.
func (res *Result) checkUnits(r *reader) error {
	for _, u := range res.Units {
		h, err := readHead(r, u)
		if err != nil {
			return err
		}
		switch {
		case !u.Known && res.outlines[u.outline].derived != nil:
			res.issue(IssueOutline, u.Label(), fmt.Sprintf("%s: các đề mục của báo cáo không khớp dàn ý nào đã cài, nên không kiểm tra được; các biểu số liệu vẫn được cộng theo cấu trúc, số liệu cán bộ vẫn được cộng, phần lời không được gom", h.Name))
		case !u.Known:
			res.issue(IssueOutline, u.Label(), fmt.Sprintf("%s: báo cáo theo dàn ý %q mà chương trình không có, nên không kiểm tra được; số liệu cán bộ vẫn được cộng, nội dung không được gom", h.Name, res.outlines[u.outline].id))
		case res.outlines[u.outline].outline.ID != res.Source.ID:
			res.issue(IssueOutline, u.Label(), fmt.Sprintf("%s: báo cáo theo dàn ý %q, khác dàn ý %q của đợt tổng hợp; số liệu cán bộ vẫn được cộng, nội dung không được gom", h.Name, res.outlines[u.outline].outline.ID, res.Source.ID))
		}
		if h.staffErrs != "" {
			res.issue(IssueStaffing, u.Label(), fmt.Sprintf("%s: %s", h.Name, h.staffErrs))
		}
		switch {
		case u.Late:
			res.issue(IssueLate, u.Label(), fmt.Sprintf("báo cáo ngày %s, sau thời hạn %s", u.Date().Short(), res.Deadline.Short()))
		case u.date == 0:
			res.issue(IssueUndated, u.Label(), fmt.Sprintf("%s: ngày báo cáo %q thiếu hoặc sai, nên không xét được thời hạn và danh mục chức danh", h.Name, h.Report.Doc.Date))
		}
	}
	return nil
}

// sameNames lists a unit name that appears under different parents, and
// adds the parent to those units' labels so that the draft tells them apart.
func (res *Result) sameNames(r *reader) error {
	gr := groupBy(res.Units, func(u *Unit) string { return fold(u.Label()) })
	for g := range gr.first {
		if gr.size(g) == 1 {
			continue
		}
		group := gr.of(res.Units, g)
		parents := map[string]bool{}
		for _, u := range group {
			parents[fold(res.parentOf(u))] = true
		}
		if len(parents) < 2 {
			continue
		}
		var names []string
		for _, u := range group {
			h, err := readHead(r, u)
			if err != nil {
				return err
			}
			names = append(names, fmt.Sprintf("%s thuộc %s (%s)", u.Label(), orDash(res.parentOf(u)), h.Name))
		}
		res.issue(IssueSameName, group[0].Label(), "cùng tên nhưng khác cấp trên: "+strings.Join(names, "; ")+"; hãy xác định đây là một hay nhiều đơn vị")
		for _, u := range group {
			u.label += " (" + orDash(res.parentOf(u)) + ")"
		}
	}
	return nil
}

// matchExpected returns the pass that finds the expected units that did
// not report and the units not on the list. A name matches a unit's label,
// name or issuing body, compared by fold. Only the list is indexed; the
// units are read against it one at a time.
func (res *Result) matchExpected(expected []string) func(*reader) error {
	return func(r *reader) error {
		if len(expected) == 0 {
			return nil
		}
		index := map[string][]int{}
		for i, name := range expected {
			index[fold(name)] = append(index[fold(name)], i)
		}
		found := make([]bool, len(expected))
		onList := make([]bool, len(res.Units))
		for j, u := range res.Units {
			h, err := readHead(r, u)
			if err != nil {
				return err
			}
			un := h.Report.Unit
			for _, n := range []string{u.Label(), un.Name, un.Issuer, un.Kind.Label() + " " + un.Name} {
				if strings.TrimSpace(n) == "" {
					continue
				}
				for _, i := range index[fold(n)] {
					found[i], onList[j] = true, true
				}
			}
		}
		for i, name := range expected {
			if !found[i] {
				res.Missing = append(res.Missing, name)
				res.issue(IssueMissing, name, "có trong danh sách phải báo cáo nhưng chưa có báo cáo")
			}
		}
		for j, u := range res.Units {
			if onList[j] {
				continue
			}
			h, err := readHead(r, u)
			if err != nil {
				return err
			}
			res.issue(IssueUnexpected, u.Label(), fmt.Sprintf("%s: đơn vị không có trong danh sách phải báo cáo; hãy kiểm tra tên trong danh sách", h.Name))
		}
		return nil
	}
}
