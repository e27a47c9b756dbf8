package newdraft

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/templates"
	"github.com/baocao/baocao/ui/common"
	"github.com/baocao/baocao/ui/field"
	"github.com/baocao/baocao/ui/internal/uitest"
)

var testNow = time.Date(2026, 11, 23, 14, 32, 5, 0, time.Local)

// form returns the form at 80×24 with the built-in outlines and rules.
func form(t *testing.T) *Model {
	t.Helper()
	rules, err := templates.Rules()
	if err != nil {
		t.Fatal(err)
	}
	set, _ := templates.Load("")
	st, str := common.DefaultStyles(), common.Vietnamese()
	c := common.Common{Width: 80, Height: 24, Styles: &st, Str: &str, Now: func() time.Time { return testNow },
		Svc: common.Services{Outlines: set, Rules: rules}}
	return New(c, set.All())
}

// keys sends key presses and returns the last command.
func keys(m *Model, names ...string) tea.Cmd {
	var cmd tea.Cmd
	for _, k := range names {
		cmd = m.Update(uitest.Key(k))
	}
	return cmd
}

func typeText(m *Model, s string) {
	for _, r := range s {
		m.Update(uitest.Key(string(r)))
	}
}

// focus tabs to the input bound to bind.
func focus(t *testing.T, m *Model, bind string) {
	t.Helper()
	for range nInputs {
		if m.Focused() == bind {
			return
		}
		keys(m, "tab")
	}
	t.Fatalf("no input %q", bind)
}

// choose presses ← to the first option (the choice does not wrap round),
// then → until the choice holds value.
func choose(t *testing.T, m *Model, bind, value string) {
	t.Helper()
	focus(t, m, bind)
	for range 10 {
		keys(m, "left")
	}
	for range 10 {
		if m.Value(bind) == value {
			return
		}
		keys(m, "right")
	}
	t.Fatalf("%s never offers %q; offers %v", bind, value, m.Options(bind))
}

func view(m *Model) string { return ansi.Strip(m.View()) }

func TestKindsAndClassesFollowTheDate(t *testing.T) {
	tests := []struct {
		date       string
		kinds      []string
		ward       []string // classes of a phường
		specialOK  bool
		townletOK  bool
		parentHint string
	}{
		{"", []string{"xa", "phuong", "dac-khu", "co-quan"}, []string{"DB", "I", "II", "III"}, true, false, "UBND tỉnh Lâm Hà"},
		{"30/6/2025", []string{"xa", "phuong", "thi-tran", "co-quan"}, []string{"I", "II", "III"}, false, true, "UBND huyện Đông Sơn"},
		{"1/7/2025", []string{"xa", "phuong", "dac-khu", "co-quan"}, []string{"I", "II", "III"}, true, false, "UBND tỉnh Lâm Hà"},
		{"26/11/2025", []string{"xa", "phuong", "dac-khu", "co-quan"}, []string{"I", "II", "III"}, true, false, "UBND tỉnh Lâm Hà"},
		{"27/11/2025", []string{"xa", "phuong", "dac-khu", "co-quan"}, []string{"DB", "I", "II", "III"}, true, false, "UBND tỉnh Lâm Hà"},
		{"14/9/2023", []string{"xa", "phuong", "thi-tran", "co-quan"}, []string{"I", "II", "III"}, false, true, "UBND huyện Đông Sơn"},
	}
	for _, tt := range tests {
		t.Run(tt.date, func(t *testing.T) {
			m := form(t)
			focus(t, m, "doc.date")
			typeText(m, tt.date)
			if got := m.Options("unit.kind"); !slices.Equal(got, tt.kinds) {
				t.Fatalf("kinds %v, want %v", got, tt.kinds)
			}
			choose(t, m, "unit.kind", "phuong")
			if got := m.Options("unit.class"); !slices.Equal(got, tt.ward) {
				t.Fatalf("classes of a phường %v, want %v", got, tt.ward)
			}
			if !strings.Contains(view(m), tt.parentHint) {
				t.Fatalf("parent hint %q missing:\n%s", tt.parentHint, view(m))
			}
		})
	}
}

// At 80×24 with the date of today (late 2026) the form shows đặc khu and
// loại đặc biệt, and no thị trấn.
func TestSpecialZoneOffered(t *testing.T) {
	m := form(t)
	choose(t, m, "unit.kind", "dac-khu")
	keys(m, "tab")
	v := view(m)
	for _, want := range []string{"Đặc khu", "Loại đặc biệt", "Loại III"} {
		if !strings.Contains(v, want) {
			t.Errorf("view lacks %q:\n%s", want, v)
		}
	}
	if strings.Contains(v, "Thị trấn") || slices.Contains(m.Options("unit.kind"), "thi-tran") {
		t.Errorf("a 2026 form offers thị trấn:\n%s", v)
	}
	uitest.Golden(t, "newdraft_2026_dac_khu", m.View())
}

// A kind chosen on one date that did not exist on the date typed next is
// replaced by the first kind; one that exists is kept.
func TestKindKeptAcrossDates(t *testing.T) {
	m := form(t)
	choose(t, m, "unit.kind", "phuong")
	choose(t, m, "unit.class", "DB")
	focus(t, m, "doc.date")
	typeText(m, "1/7/2024")
	if m.Value("unit.kind") != "phuong" || m.Value("unit.class") != "" {
		t.Fatalf("kind %q class %q, want phuong and no class (DB did not exist)", m.Value("unit.kind"), m.Value("unit.class"))
	}
	choose(t, m, "unit.kind", "thi-tran")
	focus(t, m, "doc.date")
	keys(m, "ctrl+u")
	typeText(m, "1/7/2026")
	if m.Value("unit.kind") != "xa" {
		t.Fatalf("a thị trấn dated 2026 kept its kind: %q", m.Value("unit.kind"))
	}
}

func TestQIsTyped(t *testing.T) {
	m := form(t)
	for _, bind := range []string{"outline", "unit.kind", "unit.name"} {
		focus(t, m, bind)
		if !m.Typing() {
			t.Fatalf("%s: Typing() = false, so the root would quit on q", bind)
		}
	}
	focus(t, m, "unit.name")
	if cmd := keys(m, "q"); cmd != nil {
		if _, quit := cmd().(tea.QuitMsg); quit {
			t.Fatal("q quit the form")
		}
	}
	typeText(m, "uảng Yên")
	if got := m.Value("unit.name"); got != "quảng Yên" {
		t.Fatalf("name %q, want %q", got, "quảng Yên")
	}
}

func TestLeavingAsksWhenTyped(t *testing.T) {
	m := form(t)
	if msg := keys(m, "esc")(); msg != (common.ShowDraftsMsg{}) {
		t.Fatalf("esc on an untouched form: %v, want to leave at once", msg)
	}
	m = form(t)
	focus(t, m, "unit.name")
	typeText(m, "Tân Lập")
	if cmd := keys(m, "esc"); cmd != nil {
		t.Fatalf("esc with typed input left without asking: %v", cmd())
	}
	if !strings.Contains(view(m), "Bỏ báo cáo mới đang điền?") {
		t.Fatalf("no question:\n%s", view(m))
	}
	if cmd := keys(m, "q"); cmd != nil {
		t.Fatal("q answered the question")
	}
	keys(m, "n")
	if strings.Contains(view(m), "Bỏ báo cáo mới") || m.Value("unit.name") != "Tân Lập" {
		t.Fatalf("n did not return to the form intact:\n%s", view(m))
	}
	keys(m, "esc")
	if msg := keys(m, "y")(); msg != (common.ShowDraftsMsg{}) {
		t.Fatalf("y: %v, want to leave", msg)
	}
}

func TestFilledValueIsSelected(t *testing.T) {
	m := form(t)
	focus(t, m, "unit.issuerCode")
	typeText(m, "UBND")
	if got := m.Value("unit.issuerCode"); got != "UBND" {
		t.Fatalf("typing over the filled-in code gave %q", got)
	}
	focus(t, m, "directive.type")
	keys(m, "backspace")
	if got := m.Value("directive.type"); got != "" {
		t.Fatalf("backspace on a selected value left %q", got)
	}
	typeText(m, "Kế hoạch")
	keys(m, "tab", "shift+tab")
	typeText(m, " số")
	if got := m.Value("directive.type"); got != "Kế hoạch số" {
		t.Fatalf("a value the clerk typed was replaced: %q", got)
	}
	focus(t, m, "unit.issuerCode")
	keys(m, "left")
	typeText(m, "X")
	if got := m.Value("unit.issuerCode"); got != "UBNXD" {
		t.Fatalf("after ← the value is no longer selected; got %q", got)
	}
}

func TestPartyIssuerFollowsKind(t *testing.T) {
	m := form(t)
	choose(t, m, "outline", "party")
	choose(t, m, "unit.kind", "xa")
	focus(t, m, "unit.name")
	typeText(m, "Tân Lập")
	if got := m.Value("unit.issuer"); got != "Đảng ủy xã Tân Lập" {
		t.Fatalf("issuer %q", got)
	}
	choose(t, m, "unit.kind", "dac-khu")
	if got := m.Value("unit.issuer"); got != "Đảng ủy đặc khu Tân Lập" {
		t.Fatalf("issuer did not follow the kind: %q", got)
	}
	v := view(m)
	if strings.Contains(v, "thị xã") || strings.Contains(v, "Thị ủy") || !strings.Contains(v, "Ban Thường vụ Tỉnh ủy Lâm Hà") {
		t.Fatalf("party hints do not match the form and date:\n%s", v)
	}
	focus(t, m, "unit.issuer")
	keys(m, "end")
	typeText(m, " (mới)")
	choose(t, m, "unit.kind", "phuong")
	if got := m.Value("unit.issuer"); got != "Đảng ủy đặc khu Tân Lập (mới)" {
		t.Fatalf("an issuer the clerk edited was rewritten: %q", got)
	}
}

func TestDefaultRecipients(t *testing.T) {
	m := form(t)
	tests := []struct {
		outline, issuer string
		first           string
	}{
		{"state", "UBND tỉnh Lâm Hà", "UBND tỉnh Lâm Hà (b/c)"},
		{"party", "Ban Thường vụ Tỉnh ủy Lâm Hà", "Ban Thường vụ Tỉnh ủy Lâm Hà (báo cáo)"},
		{"state", "", "Thường trực Đảng ủy"},
	}
	for _, tt := range tests {
		o, _ := m.c.Svc.Outlines.Get(tt.outline)
		r := model.New(o)
		r.Unit.Name, r.Directive.Issuer = "Tân Lập", tt.issuer
		m.fillDerived(&r, o)
		last := r.Recipients[len(r.Recipients)-1]
		if r.Recipients[0] != tt.first || !strings.HasPrefix(last, "Lưu") {
			t.Errorf("%s: recipients %q, want first %q and the archive line last", tt.outline, r.Recipients, tt.first)
		}
	}
}

func TestSubmitKeepsTheDate(t *testing.T) {
	m := form(t)
	focus(t, m, "doc.date")
	typeText(m, "12/6/2026")
	choose(t, m, "unit.kind", "dac-khu")
	choose(t, m, "unit.class", "DB")
	focus(t, m, "unit.name")
	typeText(m, "Hòn Mây")
	o, _ := m.outline()
	r := model.New(o)
	for _, in := range m.inputs[1:] {
		r.SetText(in.Field(), inputValue(in))
	}
	if r.Doc.Date != "12/6/2026" || r.Unit.Kind != model.KindSpecialZone || r.Unit.Class != "DB" {
		t.Fatalf("report %+v %+v", r.Doc, r.Unit)
	}
	if _, ok := m.inputs[iKind].(*field.ChoiceInput); !ok {
		t.Fatal("kind is not a choice")
	}
}

// The date's hint says what an empty date does (the draft keeps it empty;
// the choices follow today) and is read whole at 80 columns.
func TestDateHintFitsAndTellsTheTruth(t *testing.T) {
	m := form(t)
	for _, line := range strings.Split(ansi.Strip(m.View()), "\n") {
		if !strings.HasPrefix(line, m.t.FieldDate) {
			continue
		}
		if strings.Contains(line, "…") || !strings.Contains(line, "để trống được") || !strings.Contains(line, "23/11/2026") {
			t.Fatalf("date row %q: want the whole hint, saying it may stay empty and the choices follow today", line)
		}
		return
	}
	t.Fatalf("no date row:\n%s", ansi.Strip(m.View()))
}

// TestShortYearAskedBack: a date with a two-digit year is written out in
// full and asked back before the draft is made; a second ctrl+s makes it.
// A four-digit year, in either order, is taken at once.
func TestShortYearAskedBack(t *testing.T) {
	tests := []struct {
		bind, typed, full string
		ask               string
	}{
		{"doc.date", "15/12/26", "15/12/2026", "Ngày báo cáo “15/12/26” ghi năm hai chữ số: có phải năm 2026?"},
		{"directive.date", "3.1.26", "3.1.2026", "Ngày văn bản chỉ đạo “3.1.26” ghi năm hai chữ số: có phải năm 2026?"},
		{"doc.date", "2026-06-30", "2026-06-30", ""},
		{"doc.date", "30/6/2026", "30/6/2026", ""},
	}
	for _, tt := range tests {
		for _, size := range [][2]int{{80, 24}, {40, 12}} {
			t.Run(fmt.Sprintf("%s/%dx%d", tt.typed, size[0], size[1]), func(t *testing.T) {
				m := form(t)
				m.SetSize(size[0], size[1])
				focus(t, m, "unit.name")
				typeText(m, "Tân Lập")
				focus(t, m, tt.bind)
				typeText(m, tt.typed)
				keys(m, "tab", "ctrl+s")
				// the question is in view, however small the screen
				flat := strings.Join(strings.Fields(view(m)), " ")
				if tt.ask == "" {
					if !m.busy {
						t.Fatalf("%q was not taken:\n%s", tt.typed, view(m))
					}
					return
				}
				if m.busy || !strings.Contains(flat, tt.ask) || m.Value(tt.bind) != tt.full || m.Focused() != tt.bind {
					t.Fatalf("busy %v, %s = %q, focus %s:\n%s", m.busy, tt.bind, m.Value(tt.bind), m.Focused(), view(m))
				}
				keys(m, "ctrl+s")
				if !m.busy {
					t.Errorf("the second ctrl+s made no draft:\n%s", view(m))
				}
			})
		}
	}
}

// TestPartyFormForACommune: the Party form starts as a xã's Đảng ủy
// ("Đảng ủy xã Tân Lập"), and a cấp ủy is offered no class.
func TestPartyFormForACommune(t *testing.T) {
	m := form(t)
	choose(t, m, "outline", "party")
	focus(t, m, "unit.name")
	typeText(m, "Tân Lập")
	if got := m.Value("unit.issuer"); got != "Đảng ủy xã Tân Lập" {
		t.Errorf("issuer %q, want Đảng ủy xã Tân Lập", got)
	}
	choose(t, m, "unit.kind", "cap-uy")
	focus(t, m, "unit.class")
	v := view(m)
	if len(m.Options("unit.class")) != 0 || strings.Contains(v, "Loại I") || !strings.Contains(v, "(không áp dụng cho loại đơn vị này)") {
		t.Errorf("a cấp ủy's classes %v:\n%s", m.Options("unit.class"), v)
	}
}

// TestOutlineNamedByDate: the built-in outline is named by the units of
// the form's date: thị trấn before 1/7/2025, đặc khu from then.
func TestOutlineNamedByDate(t *testing.T) {
	for _, tt := range []struct{ date, want, not string }{
		{"14/9/2023", "UBND xã, phường, thị trấn (văn bản hành chính)", "đặc khu"},
		{"30/6/2025", "UBND xã, phường, thị trấn (văn bản hành chính)", "đặc khu"},
		{"1/7/2025", "UBND xã, phường, đặc khu (văn bản hành chính)", "thị trấn"},
		{"", "UBND xã, phường, đặc khu (văn bản hành chính)", "thị trấn"},
	} {
		m := form(t)
		focus(t, m, "doc.date")
		typeText(m, tt.date)
		v := view(m)
		if !strings.Contains(v, tt.want) || strings.Contains(v, "UBND xã, phường, "+tt.not) {
			t.Errorf("%q: the outline is not named %q:\n%s", tt.date, tt.want, v)
		}
	}
}
