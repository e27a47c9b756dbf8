package importer

import (
	"strings"
	"testing"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/templates"
)

func catalogue(t testing.TB) model.Catalogue {
	rules, err := templates.Rules()
	if err != nil {
		t.Fatal(err)
	}
	return rules.CatalogueFor("15/9/2024")
}

func TestRoles(t *testing.T) {
	cat := catalogue(t)
	cases := map[string]string{
		"Chủ tịch UBND": "ct-ubnd",
		"PCT UBND":      "pct-ubnd",
		"Phó chủ tịch Ủy ban nhân dân xã": "pct-ubnd",
		"Chủ tịch UBMTTQVN phường":        "ct-mttq",
		"Bí thư Đoàn TNCSHCM":             "bt-doan",
		"Chủ tịch Hội LHPN":               "ct-phu-nu",
		"chủ tịch Hội ND":                 "ct-nong-dan",
		"Chủ tịch Hội CCB":                "ct-ccb",
		"VP-TK":                           "van-phong",
		"TP-HT":                           "tu-phap",
		"VH-XH":                           "van-hoa",
		"TC-KT":                           "tai-chinh",
		"ĐC-XD-ĐT&MT":                     "dia-chinh-do-thi",
		"Địa chính – Đô thị- Xây dựng - Môi trường": "dia-chinh-do-thi",
		"CHT BCHQS": "cht-quan-su",
		"Phó Bí thư Đảng ủy kiêm Chủ tịch HĐND": "pho-bi-thu+ct-hdnd",
		"Bí thư Đảng ủy":                        "bi-thu",
		"Phó Bí thư Đảng uỷ":                    "pho-bi-thu",
		"Ủy viên UBND":                          "",
		"Bí thư kiêm Trưởng ban Dân vận":        "",
	}
	for title, want := range cases {
		if got := strings.Join(Roles(title, cat), "+"); got != want {
			t.Errorf("Roles(%q) = %q, want %q", title, got, want)
		}
	}
}

// TestReadStaffing reads fresh paragraphs written the way clerks write
// them (the seed's style, not its sentences).
func TestReadStaffing(t *testing.T) {
	cat := catalogue(t)
	start := "- Số cán bộ, công chức xã đầu nhiệm kỳ 2021-2026: Bí thư Đảng ủy kiêm Chủ tịch HĐND: 01 người, Phó Bí thư Đảng ủy: 01, " +
		"PCT HĐND: 01, CT UBND: 01, PCT UBND: 02, Chủ tịch UBMTTQVN xã: 01, Chủ tịch UBND: 01 và 01 đồng chí ủy viên UBND phụ trách quân sự), " +
		"VP-TK: 02, TP-HT 02; ĐC-NN-XD&MT: 01, Thủ quỹ: 01."
	now := "Hiện nay xã có 15 người (trong đó: cán bộ 08 người giữ các chức vụ: Bí thư Đảng ủy kiêm Chủ tịch HĐND: 01, CT UBND: 01, " +
		"PCT UBND: 02 và công chức 07 người giữ các chức danh: VP-TK: 02; Tư pháp - Hộ tịch: 02; Địa chính - Nông nghiệp - Xây dựng và Môi trường: 02, Kế toán ngân sách: 01)."
	st, ok := ReadStaffing(start, cat)
	if !ok || st.Snapshot != model.AtStart || st.Term != "2021-2026" {
		t.Fatalf("start: ok %v %+v", ok, st)
	}
	var got []string
	for _, it := range st.Items {
		got = append(got, strings.Join(it.Roles, "+")+"="+itoa(it.Count))
	}
	want := "bi-thu+ct-hdnd=1 pho-bi-thu=1 pct-hdnd=1 ct-ubnd=1 pct-ubnd=2 ct-mttq=1 ct-ubnd=1 =1 van-phong=2 tu-phap=2 dia-chinh-nong-nghiep=1 =1"
	if strings.Join(got, " ") != want {
		t.Errorf("start items:\n got %s\nwant %s", strings.Join(got, " "), want)
	}
	if st.Items[7].Title != "ủy viên UBND phụ trách quân sự" || st.Items[11].Title != "Thủ quỹ" {
		t.Errorf("custom titles: %q, %q", st.Items[7].Title, st.Items[11].Title)
	}
	nw, ok := ReadStaffing(now, cat)
	if !ok || nw.Snapshot != model.AtNow || nw.All == nil || *nw.All != 15 || *nw.Cadre != 8 || *nw.CivilServ != 7 {
		t.Fatalf("now: ok %v %+v", ok, nw)
	}
	s := Rows(st, nw, cat)
	if len(s.Rows) != 13 || s.Declared.Now == nil || s.Declared.Now.All != 15 || s.Declared.Start != nil {
		t.Errorf("rows: %d, declared %+v", len(s.Rows), s.Declared)
	}
	if r := s.Rows[6]; r.Key() != "ct-ubnd" || r.Start != 1 || r.Now != 0 {
		t.Errorf("the position listed twice must stay a second row with nothing now: %+v", r)
	}
	if r := s.Rows[12]; r.Title != "Kế toán ngân sách" || r.Start != 0 || r.Now != 1 || r.Group != model.GroupCivilServ {
		t.Errorf("a position only listed now: %+v", r)
	}
	if _, ok := ReadStaffing("Năm 2023 xã có 3 thôn và 2 tổ dân phố.", cat); ok {
		t.Error("a sentence with counts read as a staffing paragraph")
	}
}

// TestStaffingOnlyPositions: a paragraph is read as staffing only when it
// names at least three catalogue positions; counts of anything else (news
// items, broadcasts, households) never become staffing rows.
func TestStaffingOnlyPositions(t *testing.T) {
	cat := catalogue(t)
	cases := []struct {
		text string
		ok   bool
	}{
		{"Trong tháng, Đài truyền thanh xã phát 120 tin, Cổng thông tin đăng 85 bài, báo tỉnh đưa 60 tin, truyền hình 40 phóng sự, mạng xã hội 30 bài.", false},
		{"Hộ nghèo: 45, hộ cận nghèo: 60, hộ chính sách: 120, hộ mới thoát nghèo: 12, hộ tái nghèo: 3.", false},
		{"Hiện nay xã có 05 người: Chủ tịch UBND: 01, PCT UBND: 02, VP-TK: 01, TC-KT: 01.", true},
	}
	for _, c := range cases {
		if _, ok := ReadStaffing(c.text, cat); ok != c.ok {
			t.Errorf("%q read as staffing %v, want %v", c.text, ok, c.ok)
		}
	}
}
