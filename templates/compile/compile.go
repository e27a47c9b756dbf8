package compile

import (
	"errors"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"

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

// Unit is one report in the compilation.
type Unit struct {
	// Input is the report as read, without what the compilation does not
	// use (see keepTexts).
	Input
	// Label names the unit in the draft and the workbook ("Xã Tân Lập",
	// "Đảng ủy phường Hòa Bình").
	Label string
	// Outline is the outline the report follows; Known is false when the
	// set has no outline of that ID (the report could not be checked).
	Outline model.Outline
	Known   bool
	// Problems are check's errors and warnings.
	Problems []model.Problem
	// Date is the report's date, zero when missing or invalid.
	Date model.Date
	// Late is true when Date is after the deadline.
	Late bool
	// Start and Now are the staffing totals of the two snapshots.
	Start, Now model.Totals
	// Held counts, per catalogue position ID, the holders at the start
	// and now; a combined post counts under each of its roles, a custom
	// position under "".
	Held map[string][2]int
	cat  model.Catalogue
	key  string
	// texts are the unit's answers as gathered text, by field ID of its
	// own outline, and tables its tables parsed: what the compilation
	// needs of the answers, which are not kept.
	texts  map[string]string
	tables []*unitTable
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
)

// Label names the kind in Vietnamese.
func (k IssueKind) Label() string {
	return [...]string{"Báo cáo nhiều lần", "Khác dàn ý", "Lỗi số liệu cán bộ", "Sau thời hạn",
		"Thiếu ngày báo cáo", "Trùng tên đơn vị", "Ngoài danh sách", "Chưa báo cáo", "Không có chỗ gom", "Cắt bớt trong bảng tính", "Số liệu biểu", "Biểu khác cấu trúc"}[k]
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
}

// ErrNothing is returned when no input could be read.
var ErrNothing = errors.New("không đọc được báo cáo nào trong các tệp đã chỉ ra; hãy kiểm tra danh sách tệp bị bỏ qua")

// Compile checks the inputs and compiles them (see the package doc).
// skipped are Load's, carried into the result.
func Compile(inputs []Input, skipped []Skipped, opt Options) (*Result, error) {
	units := make([]*Unit, len(inputs))
	var wg sync.WaitGroup
	workers := runtime.GOMAXPROCS(0)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(inputs); i += workers {
				in := inputs[i]
				in.file, in.seq = 0, i
				units[i] = newUnit(in, opt)
			}
		}()
	}
	wg.Wait()
	return compile(units, skipped, opt)
}

// Compiler compiles reports handed to it one at a time, as they are read
// from wherever they come (the drafts store, for the compile screen): each
// is checked and summed when added, and only what the compilation needs of
// it is kept.
type Compiler struct {
	opt   Options
	mu    sync.Mutex
	units []*Unit
}

// NewCompiler returns a Compiler compiling against opt.
func NewCompiler(opt Options) *Compiler { return &Compiler{opt: opt} }

// Add checks one report and keeps what the compilation needs of it. It
// may be called from several goroutines; ties between reports of one unit
// go to the one added last.
func (c *Compiler) Add(in Input) {
	c.mu.Lock()
	in.file, in.seq = 0, len(c.units)
	c.units = append(c.units, nil)
	c.mu.Unlock()
	u := newUnit(in, c.opt)
	c.mu.Lock()
	c.units[in.seq] = u
	c.mu.Unlock()
}

// Compile compiles the reports added; skipped are the inputs that could not
// be read, carried into the result.
func (c *Compiler) Compile(skipped []Skipped) (*Result, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return compile(c.units, skipped, c.opt)
}

// Run reads the inputs named by paths (as Load does) and compiles them,
// one report at a time: each is parsed, checked and summed in a worker as
// it is read, and only what the compilation needs of it is kept (see Unit),
// never the whole report, so that memory stays far below the inputs' size.
func Run(paths []string, lopt LoadOptions, opt Options) (*Result, error) {
	var mu sync.Mutex
	var units []*Unit
	sc := scan(paths, lopt, func(in Input) {
		u := newUnit(in, opt)
		mu.Lock()
		units = append(units, u)
		mu.Unlock()
	})
	units = slices.DeleteFunc(units, func(u *Unit) bool { return sc.refused[u.file] })
	slices.SortFunc(units, func(a, b *Unit) int { return a.compare(b.Input) })
	res, err := compile(units, sc.skipped, opt)
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

// compile compiles the checked units, in the order they were given.
func compile(units []*Unit, skipped []Skipped, opt Options) (*Result, error) {
	if len(units) == 0 {
		return nil, ErrNothing
	}
	src, err := sourceOutline(units, opt)
	if err != nil {
		return nil, err
	}
	target, ok := opt.Outlines.Get(src.ID + "-tong-hop")
	if !ok {
		return nil, fmt.Errorf("chưa có dàn ý tổng hợp %q cho dàn ý %q; hãy viết tệp %s-tong-hop.outline (theo mẫu state-tong-hop) và đặt vào thư mục dàn ý riêng",
			src.ID+"-tong-hop", src.ID, src.ID)
	}
	res := &Result{Source: src, Target: target, Deadline: opt.Deadline, Skipped: skipped, Expected: len(opt.Expected),
		all: opt.Rules.CatalogueFor("")}
	res.pickNewest(units)
	sortUnits(res.Units)
	res.checkUnits()
	res.sameNames()
	res.matchExpected(opt.Expected)
	res.cellLimits()
	res.groupTables()
	res.Draft = res.draft()
	return res, nil
}

// sourceOutline is the outline asked for, or the one most reports follow
// among those that have a "-tong-hop" outline (the first seen on a tie), so
// that a compiled draft marked by mistake does not take over.
func sourceOutline(units []*Unit, opt Options) (model.Outline, error) {
	id := opt.Outline
	if id == "" {
		count := map[string]int{}
		for _, u := range units {
			oid := u.Report.Outline
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

func newUnit(in Input, opt Options) *Unit {
	r := in.Report
	u := &Unit{Input: in, Label: unitLabel(in), Held: map[string][2]int{}}
	u.Outline, u.Known = opt.Outlines.Of(r)
	if u.Known {
		u.Problems = model.Validate(r, u.Outline, opt.Rules)
	}
	if d, err := model.ParseDate(r.Doc.Date); err == nil && d.Valid() {
		u.Date = d
		u.Late = !opt.Deadline.IsZero() && opt.Deadline.Before(d)
	}
	u.cat = opt.Rules.CatalogueFor(r.Doc.Date)
	u.Start = r.Staffing.Sum(model.AtStart, u.cat)
	u.Now = r.Staffing.Sum(model.AtNow, u.cat)
	for _, row := range r.Staffing.Rows {
		roles := row.Roles
		if len(roles) == 0 {
			roles = []string{""}
		}
		for _, id := range roles {
			h := u.Held[id]
			h[0] += max(row.Start, 0)
			h[1] += max(row.Now, 0)
			u.Held[id] = h
		}
	}
	u.key = fold(u.Label) + "|" + fold(r.Unit.Parent)
	switch {
	case u.Known:
		u.keepTables(u.Outline)
	case in.Derived != nil:
		u.keepTables(*in.Derived)
	}
	u.keepTexts()
	return u
}

// keepTexts keeps the answers as gathered text and drops from the report
// what the compilation does not use: the answers and unplaced paragraphs
// (the bulk of a report), the basis, closing, recipients and signer.
func (u *Unit) keepTexts() {
	if u.Known {
		u.texts = map[string]string{}
		for _, s := range u.Outline.Sections {
			for _, f := range s.Fields {
				if text := answerText(u.Report, f); f.Bind == "" && text != "" {
					u.texts[f.ID] = text
				}
			}
		}
	}
	u.Report.Answers, u.Report.Unplaced = nil, nil
	u.Report.Directive, u.Report.Closing, u.Report.Recipients, u.Report.Signer = model.Directive{}, "", nil, model.Signer{}
	u.Report.Staffing.Rows = slices.Clone(u.Report.Staffing.Rows)
	u.Problems = slices.Clone(u.Problems)
}

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
func (res *Result) pickNewest(units []*Unit) {
	byKey := map[string][]*Unit{}
	var order []string
	for _, u := range units {
		if _, seen := byKey[u.key]; !seen {
			order = append(order, u.key)
		}
		byKey[u.key] = append(byKey[u.key], u)
	}
	for _, k := range order {
		group := byKey[k]
		best := group[0]
		for _, u := range group[1:] {
			if !newer(best, u) {
				best = u
			}
		}
		res.Units = append(res.Units, best)
		if len(group) == 1 {
			continue
		}
		var names []string
		for _, u := range group {
			if u != best {
				res.Superseded = append(res.Superseded, u)
			}
			names = append(names, fmt.Sprintf("%s (số %s, ngày %s)", u.Name, orDash(u.Report.Doc.Number), orDash(u.Report.Doc.Date)))
		}
		res.issue(IssueDuplicate, best.Label, fmt.Sprintf("gửi %d báo cáo: %s; dùng báo cáo %s (mới hơn)",
			len(group), strings.Join(names, "; "), best.Name))
	}
}

// newer reports whether a is strictly newer than b.
func newer(a, b *Unit) bool {
	if a.Date != b.Date {
		return b.Date.Before(a.Date)
	}
	return a.Received.After(b.Received)
}

func orDash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "—"
	}
	return s
}

func sortUnits(units []*Unit) {
	c := collate.New(language.Vietnamese)
	slices.SortStableFunc(units, func(a, b *Unit) int {
		if r := c.CompareString(a.Label, b.Label); r != 0 {
			return r
		}
		return c.CompareString(a.Report.Unit.Parent, b.Report.Unit.Parent)
	})
}

func (res *Result) issue(k IssueKind, unit, msg string) {
	res.Issues = append(res.Issues, Issue{Kind: k, Unit: unit, Message: msg})
}

// checkUnits lists, per unit, another outline, staffing errors, a late or
// missing date.
func (res *Result) checkUnits() {
	for _, u := range res.Units {
		switch {
		case !u.Known && u.Derived != nil:
			res.issue(IssueOutline, u.Label, fmt.Sprintf("%s: các đề mục của báo cáo không khớp dàn ý nào đã cài, nên không kiểm tra được; các biểu số liệu vẫn được cộng theo cấu trúc, số liệu cán bộ vẫn được cộng, phần lời không được gom", u.Name))
		case !u.Known:
			res.issue(IssueOutline, u.Label, fmt.Sprintf("%s: báo cáo theo dàn ý %q mà chương trình không có, nên không kiểm tra được; số liệu cán bộ vẫn được cộng, nội dung không được gom", u.Name, u.Report.Outline))
		case u.Outline.ID != res.Source.ID:
			res.issue(IssueOutline, u.Label, fmt.Sprintf("%s: báo cáo theo dàn ý %q, khác dàn ý %q của đợt tổng hợp; số liệu cán bộ vẫn được cộng, nội dung không được gom", u.Name, u.Outline.ID, res.Source.ID))
		}
		var msgs []string
		for _, p := range u.Problems {
			if p.Severity == model.Error && strings.HasPrefix(p.Path, "staffing") {
				msgs = append(msgs, p.Message)
			}
		}
		if len(msgs) > 0 {
			res.issue(IssueStaffing, u.Label, fmt.Sprintf("%s: %s", u.Name, strings.Join(msgs, " ")))
		}
		switch {
		case u.Late:
			res.issue(IssueLate, u.Label, fmt.Sprintf("báo cáo ngày %s, sau thời hạn %s", u.Date.Short(), res.Deadline.Short()))
		case u.Date.IsZero():
			res.issue(IssueUndated, u.Label, fmt.Sprintf("%s: ngày báo cáo %q thiếu hoặc sai, nên không xét được thời hạn và danh mục chức danh", u.Name, u.Report.Doc.Date))
		}
	}
}

// sameNames lists a unit name that appears under different parents, and
// adds the parent to those units' labels so that the draft tells them apart.
func (res *Result) sameNames() {
	byName := map[string][]*Unit{}
	var order []string
	for _, u := range res.Units {
		k := fold(u.Label)
		if _, seen := byName[k]; !seen {
			order = append(order, k)
		}
		byName[k] = append(byName[k], u)
	}
	for _, k := range order {
		group := byName[k]
		parents := map[string]bool{}
		var names []string
		for _, u := range group {
			parents[fold(u.Report.Unit.Parent)] = true
			names = append(names, fmt.Sprintf("%s thuộc %s (%s)", u.Label, orDash(u.Report.Unit.Parent), u.Name))
		}
		if len(parents) > 1 {
			res.issue(IssueSameName, group[0].Label, "cùng tên nhưng khác cấp trên: "+strings.Join(names, "; ")+"; hãy xác định đây là một hay nhiều đơn vị")
			for _, u := range group {
				u.Label += " (" + orDash(u.Report.Unit.Parent) + ")"
			}
		}
	}
}

// matchExpected finds the expected units that did not report and the
// units not on the list. A name matches a unit's label, name or issuing
// body, compared by fold.
func (res *Result) matchExpected(expected []string) {
	if len(expected) == 0 {
		return
	}
	found := map[string]bool{}
	onList := map[*Unit]bool{}
	index := map[string][]*Unit{}
	for _, u := range res.Units {
		un := u.Report.Unit
		for _, n := range []string{u.Label, un.Name, un.Issuer, un.Kind.Label() + " " + un.Name} {
			if strings.TrimSpace(n) != "" {
				index[fold(n)] = append(index[fold(n)], u)
			}
		}
	}
	for _, name := range expected {
		for _, u := range index[fold(name)] {
			found[name] = true
			onList[u] = true
		}
		if !found[name] {
			res.Missing = append(res.Missing, name)
			res.issue(IssueMissing, name, "có trong danh sách phải báo cáo nhưng chưa có báo cáo")
		}
	}
	for _, u := range res.Units {
		if !onList[u] {
			res.issue(IssueUnexpected, u.Label, fmt.Sprintf("%s: đơn vị không có trong danh sách phải báo cáo; hãy kiểm tra tên trong danh sách", u.Name))
		}
	}
}
