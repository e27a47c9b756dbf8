package diff

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/baocao/baocao/model"
)

// mark writes parts as "[-deleted-]" and "{+inserted+}".
func mark(parts []Part) string {
	var b strings.Builder
	for _, p := range parts {
		switch p.Op {
		case Delete:
			b.WriteString("[-" + p.Text + "-]")
		case Insert:
			b.WriteString("{+" + p.Text + "+}")
		default:
			b.WriteString(p.Text)
		}
	}
	return b.String()
}

func TestWords(t *testing.T) {
	tests := []struct {
		a, b, want string
	}{
		{"", "", ""},
		{"giữ nguyên", "giữ nguyên", "giữ nguyên"},
		{"", "mới", "{+mới+}"},
		{"cũ", "", "[-cũ-]"},
		{"Cán bộ xã chậm giải quyết hồ sơ.", "Cán bộ xã chậm giải quyết nhiều hồ sơ.",
			"Cán bộ xã chậm giải quyết {+nhiều +}hồ sơ."},
		{"có 3 trường hợp", "có 5 trường hợp", "có [-3-]{+5+} trường hợp"},
		// Diacritics are part of the word: "hòa" and "hoà" differ, "Hòa" is one word.
		{"xã Tân Hòa", "xã Tân Hóa", "xã Tân [-Hòa-]{+Hóa+}"},
		// A replaced stretch of several words reads as one replacement.
		{"một hai ba", "một bốn năm", "một [-hai ba-]{+bốn năm+}"},
		{"A, B.", "A; B.", "A[-,-]{+;+} B."},
	}
	for _, tt := range tests {
		parts := Words(tt.a, tt.b)
		if got := mark(parts); got != tt.want {
			t.Errorf("Words(%q, %q) = %q, want %q", tt.a, tt.b, got, tt.want)
		}
		if Old(parts) != tt.a || New(parts) != tt.b {
			t.Errorf("Words(%q, %q) does not give back both texts: %q / %q", tt.a, tt.b, Old(parts), New(parts))
		}
	}
}

// outline is a small outline: a header bound to the unit's name, two
// numbered sections with a narrative and a bullet list.
var outline = model.Outline{ID: "t", Sections: []model.Section{
	{ID: "header", Heading: "Đơn vị", Fields: []model.Field{{ID: "unit", Label: "Tên đơn vị", Kind: model.FieldLine, Bind: "unit.name"}}},
	{ID: "I.1", Number: "1", Level: 2, Heading: "Thực trạng", Fields: []model.Field{{ID: "I.1.text", Label: "Nội dung", Kind: model.FieldNarrative}}},
	{ID: "III", Number: "III", Level: 1, Heading: "Giải pháp", Fields: []model.Field{{ID: "III.items", Label: "Giải pháp", Kind: model.FieldBullets}}},
}}

func report(unit, text string, items ...string) model.Report {
	r := model.Report{Outline: "t", Unit: model.Unit{Name: unit}, Answers: map[string]model.Answer{}}
	if text != "" {
		r.Answers["I.1.text"] = model.Answer{Text: text}
	}
	if items != nil {
		r.Answers["III.items"] = model.Answer{Items: items}
	}
	return r
}

func TestReports(t *testing.T) {
	base := report("Tân Hòa", "Đoạn một.\nĐoạn hai có 3 việc.", "Rà soát", "Công khai")
	tests := []struct {
		name     string
		old, cur model.Report
		o        model.Outline
		labels   string
		paras    []string // "section|field|op|marked"
		add, rem int
		summary  string
	}{
		{name: "same", old: base, cur: base, o: outline, summary: "không thay đổi nội dung"},
		{name: "word in a paragraph", old: base, cur: report("Tân Hòa", "Đoạn một.\nĐoạn hai có 5 việc.", "Rà soát", "Công khai"), o: outline,
			labels: "I.1", paras: []string{"I.1|Nội dung|0|Đoạn hai có [-3-]{+5+} việc."}, add: 1, rem: 1,
			summary: "sửa 1 mục (I.1) · thêm 1, bớt 1 ký tự"},
		{name: "paragraph added, item removed, unit renamed", old: base,
			cur: report("Tân Lập", "Đoạn một.\nĐoạn chen.\nĐoạn hai có 3 việc.", "Rà soát"), o: outline,
			labels: "Đơn vị, I.1, III",
			paras: []string{"Đơn vị|Tên đơn vị|0|Tân [-Hòa-]{+Lập+}", "I.1|Nội dung|1|{+Đoạn chen.+}",
				"III|Giải pháp|2|[-Công khai-]"},
			add: 3 + 10, rem: 3 + 9},
		{name: "no outline: every part still compared", old: base, cur: report("Tân Lập", "Đoạn một.\nĐoạn hai có 3 việc."),
			labels: "Đơn vị, III",
			paras:  []string{"Đơn vị|Tên đơn vị|0|Tân [-Hòa-]{+Lập+}", "III|III.items|2|[-Rà soát-]", "III|III.items|2|[-Công khai-]"},
			add:    3, rem: 3 + 7 + 9},
		{name: "an answer the outline lacks", old: base, cur: func() model.Report {
			r := report("Tân Hòa", "Đoạn một.\nĐoạn hai có 3 việc.", "Rà soát", "Công khai")
			r.Answers["IV.text"] = model.Answer{Text: "Kiến nghị"}
			return r
		}(), o: outline, labels: "IV", paras: []string{"IV|IV.text|1|{+Kiến nghị+}"}, add: 9},
		{name: "explicit Không", old: base, cur: func() model.Report {
			r := report("Tân Hòa", "", "Rà soát", "Công khai")
			r.Answers["I.1.text"] = model.Answer{None: true}
			return r
		}(), o: outline, labels: "I.1", paras: []string{"I.1|Nội dung|0|[-Đoạn một.-]{+Không+}", "I.1|Nội dung|2|[-Đoạn hai có 3 việc.-]"},
			add: 5, rem: 9 + 19},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Reports(tt.old, tt.cur, tt.o)
			if got := strings.Join(d.Labels(), ", "); got != tt.labels {
				t.Errorf("labels = %q, want %q", got, tt.labels)
			}
			var paras []string
			for _, s := range d.Sections {
				for _, p := range s.Paras {
					paras = append(paras, strings.Join([]string{s.Label, p.Field, string(rune('0' + p.Op)), mark(p.Parts)}, "|"))
				}
			}
			if strings.Join(paras, "\n") != strings.Join(tt.paras, "\n") {
				t.Errorf("paragraphs:\n%s\nwant:\n%s", strings.Join(paras, "\n"), strings.Join(tt.paras, "\n"))
			}
			if d.Added != tt.add || d.Removed != tt.rem {
				t.Errorf("added, removed = %d, %d; want %d, %d", d.Added, d.Removed, tt.add, tt.rem)
			}
			if tt.summary != "" && d.Summary() != tt.summary {
				t.Errorf("Summary() = %q, want %q", d.Summary(), tt.summary)
			}
		})
	}
}

func TestStaffingAndSigner(t *testing.T) {
	old := report("A", "")
	old.Staffing.Rows = []model.StaffRow{{Roles: []string{"ct-ubnd"}, Start: 1, Now: 1}, {Title: "Ủy viên", Start: 2, Now: 2}}
	old.Signer = model.Signer{Authority: model.AuthorityTM, For: "Ủy ban nhân dân", Title: "Chủ tịch", Name: "Lê Văn A"}
	cur := old.Clone()
	cur.Staffing.Rows[1].Now = 3
	cur.Signer.Name = "Lê Văn B"
	d := Reports(old, cur, model.Outline{})
	if got := strings.Join(d.Labels(), ", "); got != "Bảng số lượng cán bộ, công chức, Chữ ký" {
		t.Fatalf("labels = %q", got)
	}
	if got := mark(d.Sections[0].Paras[0].Parts); got != "Ủy viên: đầu nhiệm kỳ 2, hiện nay [-2-]{+3+}" {
		t.Errorf("staffing row = %q", got)
	}
}

// TestLongTextsStayBounded compares two texts past the table bound: the
// result is coarse but exact.
func TestLongTextsStayBounded(t *testing.T) {
	a := strings.Repeat("một hai ba ", 2000)
	b := strings.Repeat("bốn năm sáu ", 2000)
	parts := Words(a, b)
	if Old(parts) != a || New(parts) != b {
		t.Fatal("a bounded comparison lost text")
	}
	// Only the common trailing space is kept; the rest is replaced whole.
	if add, rem := counts(parts); add != utf8.RuneCountInString(b)-1 || rem != utf8.RuneCountInString(a)-1 {
		t.Errorf("counts = %d, %d", add, rem)
	}
}

func FuzzWords(f *testing.F) {
	f.Add("Cán bộ xã chậm giải quyết hồ sơ.", "Cán bộ xã giải quyết nhiều hồ sơ.")
	f.Add("", "x")
	f.Add("a\u0301 b", "á b")
	f.Add("\xff\xfe", "\xff")
	f.Fuzz(func(t *testing.T, a, b string) {
		parts := Words(a, b)
		if Old(parts) != a || New(parts) != b {
			t.Fatalf("Words(%q, %q) lost text: %q / %q", a, b, Old(parts), New(parts))
		}
		for i, p := range parts {
			if p.Text == "" {
				t.Fatalf("empty part %d", i)
			}
			if i > 0 && parts[i-1].Op == p.Op {
				t.Fatalf("two %d parts in a row", p.Op)
			}
		}
		if a == b && len(parts) > 1 {
			t.Fatalf("equal texts gave changes: %v", parts)
		}
		ra, rb := Reports(report("", a), report("", b), outline), Reports(report("", b), report("", a), outline)
		if ra.Empty() != slices.Equal(lines(a), lines(b)) || ra.Empty() != rb.Empty() {
			t.Fatalf("Reports found %d sections changed for lines %q / %q", len(ra.Sections), lines(a), lines(b))
		}
		if ra.Added-ra.Removed != rb.Removed-rb.Added {
			t.Fatalf("the net change differs by direction: %+v / %+v", ra, rb)
		}
	})
}
