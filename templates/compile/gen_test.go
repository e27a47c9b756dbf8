package compile

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/templates"
)

// Generated unit reports: names, figures and sentences made up here, with
// a fixed seed, so that tests and benchmarks work on many different units.

var (
	namePartsA = []string{"Tân", "Hòa", "Phú", "An", "Bình", "Long", "Thạnh", "Mỹ", "Đức", "Quảng", "Xuân",
		"Hưng", "Vĩnh", "Thuận", "Phước", "Lộc", "Hải", "Sơn", "Trung", "Đông", "Tây", "Nghĩa", "Cẩm"}
	namePartsB = []string{"Lợi", "Thành", "Hiệp", "Định", "Khánh", "Lạc", "Điền", "Giang", "Phong", "Tiến",
		"Yên", "Hà", "Mai", "Minh", "Nhơn", "Quý", "Sang", "Tường", "Uyên", "Vọng", "Xương", "Ân", "Bảo"}
	fields  = []string{"đất đai", "trật tự xây dựng", "hộ tịch", "đầu tư công", "an sinh xã hội", "thu ngân sách", "cấp phép kinh doanh"}
	actions = []string{"rà soát lại quy trình", "giao rõ người chủ trì", "rút ngắn thời hạn trả lời", "lập sổ theo dõi hồ sơ",
		"tổ chức đối thoại với người dân", "cử công chức đi bồi dưỡng", "kiểm tra đột xuất bộ phận một cửa"}
	causes = []string{"quy định thay đổi nhiều lần", "hướng dẫn của cấp trên chưa kịp thời", "số công chức ít so với khối lượng việc",
		"phân công chưa rõ người, rõ việc", "tự kiểm tra chưa thường xuyên", "tâm lý chờ ý kiến cấp trên"}
)

// genName is the unit's name and kind for index i, unique for every i.
func genName(i int) (string, model.UnitKind) {
	per := len(namePartsA) * len(namePartsB)
	name := namePartsA[i%len(namePartsA)] + " " + namePartsB[(i/len(namePartsA))%len(namePartsB)]
	kind := model.KindCommune
	if (i/per)%2 == 1 {
		kind = model.KindWard
	}
	if k := i / (2 * per); k > 0 {
		name += fmt.Sprintf(" %d", k+1)
	}
	return name, kind
}

func pick(rng *rand.Rand, list []string) string { return list[rng.IntN(len(list))] }

// genReport makes unit i's report on outline o, dated date (d/m/yyyy),
// complete enough to pass check.
func genReport(rng *rand.Rand, i int, o model.Outline, rules model.Rules, date string) model.Report {
	name, kind := genName(i)
	r := model.New(o)
	r.Unit = model.Unit{Kind: kind, Class: []string{"I", "II", "III"}[rng.IntN(3)], Name: name,
		Issuer: "Ủy ban nhân dân " + kind.Label() + " " + name, IssuerCode: "UBND",
		Parent: "UBND tỉnh Lâm Hà", Place: name}
	if o.Profile == model.ProfileParty {
		r.Unit = model.Unit{Kind: model.KindCommittee, Name: name, Issuer: "Đảng ủy " + kind.Label() + " " + name,
			IssuerCode: "ĐU", Parent: "Đảng bộ tỉnh Lâm Hà", Place: name}
	}
	r.Doc.Number = fmt.Sprint(100 + rng.IntN(300))
	r.Doc.Date = date
	r.Directive = model.Directive{Type: "Công văn", Ref: "2210/SNV-XDCQ", Date: "28/8/2023", Issuer: "Sở Nội vụ tỉnh Lâm Hà"}
	r.Signer = model.Signer{Authority: r.Signer.Authority, For: r.Signer.For, Title: r.Signer.Title, Name: "Trần Văn " + name}
	r.Staffing = genStaffing(rng, kind, rules, date)
	r.Answers = map[string]model.Answer{}
	for _, s := range o.Sections {
		for _, f := range s.Fields {
			if f.Bind != "" {
				continue
			}
			r.Answers[f.ID] = genAnswer(rng, f, name)
		}
	}
	return r
}

func genStaffing(rng *rand.Rand, kind model.UnitKind, rules model.Rules, date string) model.Staffing {
	d, _ := model.ParseDate(date)
	g, _ := rules.For(d)
	s := model.Staffing{Term: "2020-2025"}
	for _, p := range g.PositionsFor(kind) {
		limit := p.Max
		if limit == 0 {
			limit = 2
		}
		s.Rows = append(s.Rows, model.StaffRow{Roles: []string{p.ID}, Start: rng.IntN(limit + 1), Now: 1 + rng.IntN(limit)})
	}
	s.Rows = append(s.Rows, model.StaffRow{Title: "Công chức hợp đồng " + pick(rng, fields), Group: model.GroupCivilServ, Now: rng.IntN(2)})
	return s
}

func genAnswer(rng *rand.Rand, f model.Field, unit string) model.Answer {
	if f.Kind == model.FieldTable {
		return model.Answer{Table: genTable(rng, f.Table, unit)}
	}
	if f.NoneOK && rng.IntN(6) == 0 {
		return model.Answer{None: true}
	}
	if f.Kind == model.FieldBullets {
		var items []string
		for range 1 + rng.IntN(3) {
			items = append(items, fmt.Sprintf("Trong lĩnh vực %s, %s tại %s", pick(rng, fields), pick(rng, actions), unit))
		}
		return model.Answer{Items: items}
	}
	var paras []string
	for range 1 + rng.IntN(2) {
		paras = append(paras, fmt.Sprintf("Ở %s, việc %s còn chậm vì %s; đơn vị đã %s.", unit, pick(rng, fields), pick(rng, causes), pick(rng, actions)))
	}
	return model.Answer{Text: strings.Join(paras, "\n")}
}

// genTable fills a table: a biểu's every row, a free table's 0 to 3 rows,
// numbers in Vietnamese form ("1.234", "12,5").
func genTable(rng *rand.Rand, spec *model.TableSpec, unit string) *model.Table {
	t := model.NewTable(*spec)
	if !spec.Fixed() {
		for range rng.IntN(4) {
			t.Rows = append(t.Rows, model.TableRow{Cells: make([]string, len(spec.Columns))})
		}
	}
	for i := range t.Rows {
		for j, c := range spec.Columns {
			t.Rows[i].Cells[j] = genCell(rng, c, unit)
		}
	}
	return t
}

func genCell(rng *rand.Rand, c model.TableColumn, unit string) string {
	switch c.Kind {
	case model.ColumnInteger:
		return model.Number(rng.IntN(3000) * model.NumberScale).Format(0)
	case model.ColumnPercent:
		return model.Number(rng.IntN(1000) * model.NumberScale / 10).Format(1)
	case model.ColumnDecimal, model.ColumnMoney:
		return model.Number(rng.IntN(1_000_000) * model.NumberScale / 100).Format(2)
	}
	return fmt.Sprintf("%s ở %s", pick(rng, fields), unit)
}

// fixture is what the tests compile against.
type fixture struct {
	set   templates.Set
	rules model.Rules
	state model.Outline
	cchc  model.Outline
}

func newFixture(t testing.TB) fixture {
	t.Helper()
	set, errs := templates.Load("")
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	rules, err := templates.Rules()
	if err != nil {
		t.Fatal(err)
	}
	o, _ := set.Get("state")
	cchc, ok := set.Get("cchc-quy")
	if !ok {
		t.Fatal("no built-in outline cchc-quy")
	}
	return fixture{set: set, rules: rules, state: o, cchc: cchc}
}

// genMany makes n reports on the state outline, dated within the first
// half of September 2023.
func (fx fixture) genMany(n int, seed uint64) []model.Report {
	return fx.genOn(fx.state, n, seed)
}

func newRand(seed uint64) *rand.Rand { return rand.New(rand.NewPCG(seed, 7)) }

// genOn makes n reports on outline o.
func (fx fixture) genOn(o model.Outline, n int, seed uint64) []model.Report {
	rng := newRand(seed)
	out := make([]model.Report, n)
	for i := range out {
		out[i] = genReport(rng, i, o, fx.rules, fmt.Sprintf("%d/9/2023", 1+rng.IntN(15)))
	}
	return out
}
