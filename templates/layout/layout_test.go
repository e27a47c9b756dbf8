package layout

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"github.com/baocao/baocao/model"
	fixtures "github.com/baocao/baocao/templates/internal/fixture"
)

// fixture returns an example report with its built-in outline and the rules.
func fixture(t testing.TB, id string) (model.Report, model.Outline, model.Rules) {
	return fixtures.Example(t, id)
}

// after returns the blocks after the heading whose number and text start
// with prefix, up to the next heading.
func after(d Doc, prefix string) ([]Block, bool) {
	for i, bl := range d.Body {
		if bl.Kind == Heading && strings.HasPrefix(bl.Line(), prefix) {
			var out []Block
			for _, b := range d.Body[i+1:] {
				if b.Kind == Heading {
					break
				}
				out = append(out, b)
			}
			return out, true
		}
	}
	return nil, false
}

func texts(bs []Block) []string {
	out := make([]string, len(bs))
	for i, b := range bs {
		out[i] = b.Text
	}
	return out
}

func TestBody(t *testing.T) {
	tests := []struct {
		name    string
		edit    func(r *model.Report)
		heading string
		present bool
		want    []string
	}{
		{"None prints Không.", func(r *model.Report) { r.Answers["II.1.text"] = model.Answer{None: true} },
			"1. Nguyên nhân khách quan", true, []string{"Không."}},
		{"bullets punctuated", func(r *model.Report) {
			r.Answers["III.1.items"] = model.Answer{Items: []string{"Rà soát quy chế", "Sửa quy trình;", "Kiến nghị cấp trên."}}
		}, "1. Nhiệm vụ, giải pháp về hoàn thiện", true, []string{"- Rà soát quy chế;", "- Sửa quy trình;", "- Kiến nghị cấp trên."}},
		{"narrative lines, bullets inside", func(r *model.Report) {
			r.Answers["II.2.text"] = model.Answer{Text: "Đoạn một.\n\n- ý a\n+ ý b\nĐoạn hai."}
		}, "2. Nguyên nhân chủ quan", true, []string{"Đoạn một.", "- ý a", "+ ý b", "Đoạn hai."}},
		{"optional empty section left out", func(r *model.Report) { delete(r.Answers, "III.6.items") },
			"6. Nhiệm vụ, giải pháp khác", false, nil},
		{"required empty section keeps its heading", func(r *model.Report) { delete(r.Answers, "III.2.items") },
			"2. Nhiệm vụ, giải pháp liên quan", true, []string{}},
		{"staffing paragraphs lead section I.1", func(r *model.Report) {}, "1. Thực trạng né tránh", true, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, o, rules := fixture(t, "state")
			tt.edit(&r)
			d := Compose(r, o, rules)
			got, ok := after(d, tt.heading)
			if ok != tt.present {
				t.Fatalf("heading %q present = %v, want %v", tt.heading, ok, tt.present)
			}
			if tt.want == nil {
				return
			}
			if strings.Join(texts(got), "|") != strings.Join(tt.want, "|") {
				t.Errorf("under %q got %q, want %q", tt.heading, texts(got), tt.want)
			}
		})
	}
}

func TestStaffingInBody(t *testing.T) {
	r, o, rules := fixture(t, "state")
	d := Compose(r, o, rules)
	got, _ := after(d, "1. Thực trạng né tránh")
	want := rules.StaffingParagraphs(r, o.Profile)
	if len(want) != 2 || len(got) < 2 || got[0].Text != want[0] || got[1].Text != want[1] {
		t.Errorf("staffing paragraphs not first under I.1:\n got %q\nwant %q", texts(got), want)
	}
}

func TestFrame(t *testing.T) {
	tests := []struct {
		name string
		id   string
		edit func(r *model.Report)
		got  func(d Doc) string
		want string
	}{
		{"state number", "state", func(r *model.Report) { r.Doc.Number = "5" }, func(d Doc) string { return d.Header.Number }, "Số: 05/BC-UBND"},
		{"number left to write by hand", "state", func(r *model.Report) { r.Doc.Number = "" }, func(d Doc) string { return d.Header.Number }, "Số:      /BC-UBND"},
		{"party number", "party", func(r *model.Report) { r.Doc.Number = "5"; r.Unit.IssuerCode = "ĐU" }, func(d Doc) string { return d.Header.Number }, "Số 05-BC/ĐU"},
		{"date line zeros", "state", func(r *model.Report) { r.Doc.Date = "5/2/2026"; r.Unit.Place = "Phổ Minh" },
			func(d Doc) string { return d.Header.DateLine }, "Phổ Minh, ngày 05 tháng 02 năm 2026"},
		{"date missing", "state", func(r *model.Report) { r.Doc.Date = "" }, func(d Doc) string { return d.Header.DateLine }, "An Thịnh, ngày … tháng … năm ……"},
		{"issuer upper case", "state", func(r *model.Report) {}, func(d Doc) string { return d.Header.Issuer }, "ỦY BAN NHÂN DÂN PHƯỜNG AN THỊNH"},
		{"state motto", "state", func(r *model.Report) {}, func(d Doc) string { return d.Header.Motto + "/" + d.Header.Slogan }, StateMotto + "/" + StateSlogan},
		{"party motto", "party", func(r *model.Report) {}, func(d Doc) string { return d.Header.Motto + "/" + d.Header.Slogan }, PartyMotto + "/"},
		{"authority", "state", func(r *model.Report) {}, func(d Doc) string { return d.Signature.Authority + "/" + d.Signature.Title }, "KT. CHỦ TỊCH/PHÓ CHỦ TỊCH"},
		{"party authority", "party", func(r *model.Report) {}, func(d Doc) string { return d.Signature.Authority }, "T/M BAN THƯỜNG VỤ"},
		{"head signs", "state", func(r *model.Report) { r.Signer = model.Signer{Title: "chủ tịch", Name: "A"} },
			func(d Doc) string { return d.Signature.Authority + "/" + d.Signature.Title }, "/CHỦ TỊCH"},
		{"recipients punctuated", "state", func(r *model.Report) { r.Recipients = []string{"- Như trên;", " ", "Lưu: VT."} },
			func(d Doc) string { return strings.Join(d.Recipients.Items, "|") }, "- Như trên;|- Lưu: VT."},
		{"closing ends ./.", "state", func(r *model.Report) { r.Closing = "Trên đây là báo cáo." },
			func(d Doc) string { return d.Body[len(d.Body)-1].Text }, "Trên đây là báo cáo./."},
		{"basis first", "state", func(r *model.Report) {}, func(d Doc) string { return d.Body[0].Text[:len("Thực hiện")] }, "Thực hiện"},
		{"profile", "party", func(r *model.Report) {}, func(d Doc) string { return string(d.Profile) }, "party"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, o, rules := fixture(t, tt.id)
			tt.edit(&r)
			if got := tt.got(Compose(r, o, rules)); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestHeadingNumbers(t *testing.T) {
	tests := []struct {
		s    model.Section
		want string
	}{
		{model.Section{Number: "I", Level: 1}, "I."},
		{model.Section{Number: "2", Level: 2}, "2."},
		{model.Section{Number: "a", Level: 3}, "a)"},
		{model.Section{Number: "3.", Level: 2}, "3."},
		{model.Section{Number: "", Level: 2}, ""},
	}
	for _, tt := range tests {
		if got := numberText(tt.s); got != tt.want {
			t.Errorf("numberText(%q, level %d) = %q, want %q", tt.s.Number, tt.s.Level, got, tt.want)
		}
	}
}

func TestBalance(t *testing.T) {
	runes := func(s string) float64 { return float64(len([]rune(s))) }
	tests := []struct {
		text string
		max  float64
		want string
	}{
		{"ỦY BAN NHÂN DÂN PHƯỜNG AN THỊNH", 40, "ỦY BAN NHÂN DÂN PHƯỜNG AN THỊNH"},
		{"ỦY BAN NHÂN DÂN PHƯỜNG AN THỊNH", 25, "ỦY BAN NHÂN DÂN|PHƯỜNG AN THỊNH"},
		{"ĐẢNG BỘ TỈNH LÂM HÀ", 10, "ĐẢNG|BỘ TỈNH|LÂM HÀ"},
		{"MỘTTỪRẤTDÀIKHÔNGVỪA", 5, "MỘTTỪRẤTDÀIKHÔNGVỪA"},
		{"", 10, ""},
	}
	for _, tt := range tests {
		if got := strings.Join(Balance(tt.text, tt.max, runes), "|"); got != tt.want {
			t.Errorf("Balance(%q, %v) = %q, want %q", tt.text, tt.max, got, tt.want)
		}
	}
}

func TestFormFor(t *testing.T) {
	tests := []struct {
		p    model.Profile
		date string
		want string
	}{
		{model.ProfileState, "29/8/2023", StateForm.Basis},
		{model.ProfileParty, "20/9/2023", PartyForm.Basis},
		{model.ProfileParty, "", PartyForm05.Basis},
		{model.ProfileState, "1/1/2019", StateForm.Basis},
		{"", "1/1/2024", StateForm.Basis},
	}
	for _, tt := range tests {
		if got := FormFor(tt.p, tt.date).Basis; got != tt.want {
			t.Errorf("FormFor(%q, %q) = %q, want %q", tt.p, tt.date, got, tt.want)
		}
	}
}

// FuzzCompose checks that any answer text composes without panic into
// NFC blocks, none of them empty.
func FuzzCompose(f *testing.F) {
	f.Add("Đoạn một.\n- ý\n\n", "mục;", "Lưu: VT")
	f.Add("\u0065\u0301\x00\x1b[31m", "", "-")
	r0, o, rules := fixture(f, "state")
	f.Fuzz(func(t *testing.T, text, item, recipient string) {
		r := r0
		r.Answers = map[string]model.Answer{"I.1.text": {Text: text}, "III.1.items": {Items: []string{item, text}}}
		r.Recipients = []string{recipient, text}
		r.Unit.Issuer = text
		d := Compose(r, o, rules)
		for _, bl := range d.Body {
			if strings.TrimSpace(bl.Text) == "" {
				t.Fatalf("empty block %+v", bl)
			}
			if !norm.NFC.IsNormalString(bl.Text) {
				t.Fatalf("block not NFC: %q", bl.Text)
			}
		}
		for _, it := range d.Recipients.Items {
			if !strings.HasPrefix(it, "- ") {
				t.Fatalf("recipient without its dash: %q", it)
			}
		}
	})
}
