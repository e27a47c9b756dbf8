package templates

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/baocao/baocao/model"
)

func TestBuiltinFilesHaveNoProblem(t *testing.T) {
	for _, name := range builtinFiles {
		raw, err := data.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range CheckOutline(name, raw) {
			t.Errorf("%s:%d: %s", name, p.Line, p.Msg)
		}
	}
	if _, err := Rules(); err != nil {
		t.Errorf("built-in rules: %v", err)
	}
	if _, errs := Load(""); len(errs) != 0 {
		t.Errorf("Load(\"\") errors: %v", errs)
	}
}

// wizardOrder is the section order the state and party outlines follow.
var wizardOrder = []string{"header", "basis", "I", "I.1", "I.2", "II", "II.1", "II.2",
	"III", "III.1", "III.2", "III.3", "III.4", "III.5", "III.6", "IV", "closing"}

func TestBuiltinOutlines(t *testing.T) {
	list := Builtin()
	if len(list) != 3 || list[0].ID != "state" || list[1].ID != "party" || list[2].ID != "cchc-quy" {
		t.Fatalf("Builtin() = %d outlines, want state, party, cchc-quy", len(list))
	}
	if list[0].Profile != model.ProfileState || list[1].Profile != model.ProfileParty {
		t.Errorf("profiles = %s, %s; want state, party", list[0].Profile, list[1].Profile)
	}
	for i, o := range list {
		if o.Source != "built-in" || o.Subject == "" || !strings.Contains(o.Closing, "{issuer}") || !strings.Contains(o.Closing, "{directive}") {
			t.Errorf("%s: head incomplete: source %q, closing %q", o.ID, o.Source, o.Closing)
		}
		var ids []string
		for _, s := range o.Sections {
			ids = append(ids, s.ID)
		}
		if i < 2 && strings.Join(ids, " ") != strings.Join(wizardOrder, " ") {
			t.Errorf("%s: sections %v, want %v", o.ID, ids, wizardOrder)
		}
		if d := o.DefaultRecipients; len(d) == 0 || !strings.HasPrefix(d[len(d)-1], "Lưu") {
			t.Errorf("%s: default recipients %q must end with the archive line", o.ID, d)
		}
		if o.Defaults["doc.typeCode"] != "BC" || (i < 2 && o.Defaults["directive.type"] != "Công văn") {
			t.Errorf("%s: defaults %v", o.ID, o.Defaults)
		}
	}
}

func TestBuiltinFieldRules(t *testing.T) {
	type rule struct {
		outline, field string
		required, none bool
		kind           model.FieldKind
		bind           string
	}
	tests := []rule{
		{"state", "unit.class", true, false, model.FieldChoice, "unit.class"},
		{"party", "unit.class", false, false, model.FieldChoice, "unit.class"},
		{"state", "doc.number", false, false, model.FieldInteger, "doc.number"},
		{"state", "doc.date", true, false, model.FieldDate, "doc.date"},
		{"state", "staffing", true, false, model.FieldStaffing, "staffing"},
		{"party", "staffing", false, false, model.FieldStaffing, "staffing"},
		{"state", "I.text", false, false, model.FieldNarrative, ""},
		{"state", "I.1.text", true, false, model.FieldNarrative, ""},
		{"party", "I.2.text", true, true, model.FieldNarrative, ""},
		{"state", "II.1.text", true, true, model.FieldNarrative, ""},
		{"party", "II.2.text", true, true, model.FieldNarrative, ""},
		{"state", "III.1.items", true, true, model.FieldBullets, ""},
		{"party", "III.5.items", true, true, model.FieldBullets, ""},
		{"state", "III.6.items", false, true, model.FieldBullets, ""},
		{"state", "IV.items", true, true, model.FieldBullets, ""},
		{"party", "recipients", true, false, model.FieldRecipients, "recipients"},
		{"party", "signer", true, false, model.FieldSignature, "signer"},
	}
	set, _ := Load("")
	for _, tt := range tests {
		o, _ := set.Get(tt.outline)
		f, _, ok := o.Field(tt.field)
		if !ok || f.Required != tt.required || f.NoneOK != tt.none || f.Kind != tt.kind || f.Bind != tt.bind {
			t.Errorf("%s/%s = %+v (found %v), want required %v, none-ok %v, kind %s, bind %q",
				tt.outline, tt.field, f, ok, tt.required, tt.none, tt.kind, tt.bind)
		}
	}
	state, _ := set.Get("state")
	party, _ := set.Get("party")
	if kind, _, _ := state.Field("unit.kind"); hasOption(kind, "cap-uy") || !hasOption(kind, "phuong") {
		t.Errorf("state unit kinds = %v, want communes and agencies only", kind.Options)
	}
	if kind, _, _ := party.Field("unit.kind"); !hasOption(kind, "cap-uy") {
		t.Errorf("party unit kinds = %v, want cap-uy offered", kind.Options)
	}
}

func hasOption(f model.Field, value string) bool {
	for _, opt := range f.Options {
		if v, _ := model.SplitOption(opt); v == value {
			return true
		}
	}
	return false
}

// preReform is the catalogue the lead's tests depend on: ID, group, max.
var preReform = map[string]struct {
	group model.Group
	max   int
	kinds string
}{
	"bi-thu": {model.GroupCadre, 1, ""}, "pho-bi-thu": {model.GroupCadre, 0, ""},
	"ct-hdnd": {model.GroupCadre, 1, ""}, "pct-hdnd": {model.GroupCadre, 1, ""},
	"ct-ubnd": {model.GroupCadre, 1, ""}, "pct-ubnd": {model.GroupCadre, 2, ""},
	"ct-mttq": {model.GroupCadre, 1, ""}, "bt-doan": {model.GroupCadre, 1, ""},
	"ct-phu-nu": {model.GroupCadre, 1, ""}, "ct-nong-dan": {model.GroupCadre, 1, ""},
	"ct-ccb": {model.GroupCadre, 1, ""}, "cht-quan-su": {model.GroupCivilServ, 1, ""},
	"van-phong": {model.GroupCivilServ, 0, ""}, "dia-chinh-do-thi": {model.GroupCivilServ, 0, "phuong,thi-tran"},
	"dia-chinh-nong-nghiep": {model.GroupCivilServ, 0, "xa"}, "tai-chinh": {model.GroupCivilServ, 0, ""},
	"tu-phap": {model.GroupCivilServ, 0, ""}, "van-hoa": {model.GroupCivilServ, 0, ""},
}

func TestRulesCatalogues(t *testing.T) {
	rules, err := Rules()
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"nd34-2019", "nd33-2023"} {
		g := regimeByID(t, rules, id)
		for pid, want := range preReform {
			p, ok := g.Position(pid)
			var kinds []string
			for _, k := range p.Kinds {
				kinds = append(kinds, string(k))
			}
			if !ok || p.Group != want.group || p.Max != want.max || strings.Join(kinds, ",") != want.kinds || p.Title == "" || p.Short == "" {
				t.Errorf("%s: position %s = %+v (found %v), want %+v", id, pid, p, ok, want)
			}
		}
	}
	if n := len(regimeByID(t, rules, "nd33-2023").Positions); n != len(preReform) {
		t.Errorf("nd33-2023 has %d positions, want exactly the %d of NĐ 33", n, len(preReform))
	}
	reform := regimeByID(t, rules, "reform-2025")
	for _, id := range []string{"bi-thu", "ct-ubnd", "ct-mttq", "chanh-van-phong", "truong-phong-kinh-te", "truong-phong-vh-xh"} {
		if _, ok := reform.Position(id); !ok {
			t.Errorf("reform-2025 lacks %s", id)
		}
	}
	if _, ok := reform.Position("dia-chinh-do-thi"); ok {
		t.Error("reform-2025 still lists the NĐ 33 title dia-chinh-do-thi")
	}
}

func regimeByID(t *testing.T, rules model.Rules, id string) model.Regime {
	t.Helper()
	for _, g := range rules.Regimes {
		if g.ID == id {
			return g
		}
	}
	t.Fatalf("no regime %s", id)
	return model.Regime{}
}

func TestRulesByDate(t *testing.T) {
	rules, err := Rules()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		date   model.Date
		regime string
		kind   model.UnitKind
		class  string
		cap    int // 0: no cap
	}{
		{model.Date{Year: 2019, Month: 6, Day: 24}, "", model.KindWard, "I", 0},
		{model.Date{Year: 2021, Month: 5, Day: 1}, "nd34-2019", model.KindCommune, "I", 23},
		{model.Date{Year: 2023, Month: 7, Day: 31}, "nd34-2019", model.KindCommune, "III", 19},
		{model.Date{Year: 2023, Month: 8, Day: 1}, "nd33-2023", model.KindCommune, "I", 22},
		{model.Date{Year: 2023, Month: 9, Day: 12}, "nd33-2023", model.KindWard, "II", 21},
		{model.Date{Year: 2024, Month: 1, Day: 5}, "nd33-2023", model.KindTownlet, "III", 18},
		{model.Date{Year: 2025, Month: 6, Day: 30}, "nd33-2023", model.KindWard, "I", 23},
		{model.Date{Year: 2025, Month: 7, Day: 1}, "reform-2025", model.KindWard, "I", 0},
		{model.Date{Year: 2026, Month: 2, Day: 5}, "reform-2025", model.KindCommune, "II", 0},
	}
	for _, tt := range tests {
		g, ok := rules.For(tt.date)
		if g.ID != tt.regime || ok != (tt.regime != "") {
			t.Errorf("For(%s) = %q, want %q", tt.date.ISO(), g.ID, tt.regime)
			continue
		}
		n, has := g.Cap(tt.kind, tt.class)
		if n != tt.cap || has != (tt.cap > 0) {
			t.Errorf("%s: Cap(%s, %s) = %d, %v; want %d", tt.date.ISO(), tt.kind, tt.class, n, has, tt.cap)
		}
	}
}

func TestLoadUserDir(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("b-extra.outline", minimal)
	write("a-clash.outline", strings.Replace(minimal, "outline: t", "outline: state", 1))
	write("c-broken.outline", "outline: x\n")
	write("d-again.outline", minimal)
	write("notes.txt", "không phải dàn ý")

	set, errs := Load(dir)
	var ids []string
	for _, o := range set.All() {
		ids = append(ids, o.ID)
	}
	if strings.Join(ids, " ") != "state party cchc-quy t" {
		t.Errorf("outlines = %v, want built-ins then the one good user file", ids)
	}
	if o, ok := set.Get("t"); !ok || o.Source != filepath.Join(dir, "b-extra.outline") {
		t.Errorf("Get(t) = %q, %v", o.Source, ok)
	}
	if _, ok := set.Get("khong-co"); ok {
		t.Error("Get of an unknown ID succeeded")
	}
	wantErrs := []struct{ file, text string }{
		{"a-clash.outline:1:", `mã dàn ý "state" đã thuộc dàn ý có sẵn`},
		{"c-broken.outline:", "chưa có mục nào"},
		{"d-again.outline:1:", `mã dàn ý "t" đã thuộc b-extra.outline`},
	}
	if len(errs) != len(wantErrs) {
		t.Fatalf("errors = %v, want %d", errs, len(wantErrs))
	}
	for i, w := range wantErrs {
		var le *LoadError
		if !errors.As(errs[i], &le) || !strings.Contains(errs[i].Error(), w.file) || !strings.Contains(errs[i].Error(), w.text) {
			t.Errorf("error %d = %v, want a *LoadError naming %s with %q", i, errs[i], w.file, w.text)
		}
	}
}

func TestLoadMissingDir(t *testing.T) {
	set, errs := Load(filepath.Join(t.TempDir(), "chua-co"))
	if len(errs) != 0 || len(set.All()) != len(builtinFiles) {
		t.Errorf("Load of a missing dir = %d outlines, errors %v; want the %d built-ins and no error", len(set.All()), errs, len(builtinFiles))
	}
	if got := UserDir("/du-lieu"); got != filepath.Join("/du-lieu", "outlines") {
		t.Errorf("UserDir = %q", got)
	}
}

func TestBuiltinReturnsFreshValues(t *testing.T) {
	a := Builtin()
	a[0].Sections[0].Heading = "đã sửa"
	if Builtin()[0].Sections[0].Heading == "đã sửa" {
		t.Error("Builtin shares data between calls")
	}
}

func TestBuiltinSolutionsNeedContent(t *testing.T) {
	for _, o := range Builtin()[:2] {
		s, ok := o.Section("III")
		if !ok || !s.NeedContent {
			t.Errorf("%s: section III must require at least one group with content", o.ID)
		}
	}
}

// The party outline's guidance that names HD 36 also names HD 05, which
// replaced it on 27/5/2026: a clerk writing in 2026 is not sent to the old
// form.
func TestPartyGuidanceNamesBothForms(t *testing.T) {
	for _, o := range Builtin() {
		for _, s := range o.Sections {
			texts := []string{s.Guide}
			for _, f := range s.Fields {
				texts = append(texts, f.Hint)
			}
			for _, txt := range texts {
				if strings.Contains(txt, "36-HD/VPTW") && !strings.Contains(txt, "05-HD/VPTW") {
					t.Errorf("%s %s: %q names HD 36 only", o.ID, s.ID, txt)
				}
			}
		}
	}
}
