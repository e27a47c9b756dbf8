package model

import (
	"errors"
	"testing"
)

func TestAdvancePeriod(t *testing.T) {
	tests := []struct {
		name, in, want string
		kind           PeriodKind
	}{
		{"month", "tình hình tháng 6", "tình hình tháng 7", PeriodMonth},
		{"week", "Kết quả công tác tuần 11 năm 2026", "Kết quả công tác tuần 12 năm 2026", PeriodWeek},
		{"week and outlook", "kết quả tuần 23 và chương trình tuần 24 năm 2026", "kết quả tuần 24 và chương trình tuần 25 năm 2026", PeriodWeek},
		{"last week of a 53-week year", "tuần 53 năm 2026", "tuần 1 năm 2027", PeriodWeek},
		{"last week of a 52-week year", "tuần 52 năm 2027", "tuần 1 năm 2028", PeriodWeek},
		{"week 52 of a 53-week year", "tuần 52 năm 2026", "tuần 53 năm 2026", PeriodWeek},
		{"month with year", "tháng 6 năm 2026", "tháng 7 năm 2026", PeriodMonth},
		{"year rollover", "tháng 12 năm 2026", "tháng 01 năm 2027", PeriodMonth},
		{"rollover with slash", "Tháng 12/2026", "Tháng 01/2027", PeriodMonth},
		{"zero kept", "tháng 06 năm 2026", "tháng 07 năm 2026", PeriodMonth},
		{"no zero kept", "tháng 1 năm 2027", "tháng 2 năm 2027", PeriodMonth},
		{"zero as NĐ 30", "tháng 01 năm 2027", "tháng 02 năm 2027", PeriodMonth},
		{"outlook month too", "kết quả tháng 6 và nhiệm vụ tháng 7 năm 2026", "kết quả tháng 7 và nhiệm vụ tháng 8 năm 2026", PeriodMonth},
		{"date untouched", "Thực hiện Công văn ngày 05 tháng 6 năm 2026 về tháng 6", "Thực hiện Công văn ngày 05 tháng 6 năm 2026 về tháng 7", PeriodMonth},
		{"blank-day date untouched", "ngày  tháng 6 năm 2026", "ngày  tháng 6 năm 2026", PeriodMonth},
		{"numeric date untouched", "Kế hoạch ngày 05/6/2026 tháng 6", "Kế hoạch ngày 05/6/2026 tháng 7", PeriodMonth},
		{"month 13 is no month", "tháng 13", "tháng 13", PeriodMonth},
		{"upper case", "BÁO CÁO THÁNG 6 NĂM 2026", "BÁO CÁO THÁNG 7 NĂM 2026", PeriodMonth},
		{"quarter roman", "quý I năm 2026", "quý II năm 2026", PeriodQuarter},
		{"quarter III", "Quý III", "Quý IV", PeriodQuarter},
		{"quarter rollover", "quý IV năm 2026", "quý I năm 2027", PeriodQuarter},
		{"quarter arabic", "quý 4/2026", "quý 1/2027", PeriodQuarter},
		{"half to year", "6 tháng đầu năm 2026", "năm 2026", PeriodHalf},
		{"half capital", "Sáu tháng đầu năm", "Năm", PeriodHalf},
		{"half outlook", "6 tháng đầu năm và nhiệm vụ 6 tháng cuối năm 2026", "năm và nhiệm vụ năm 2027", PeriodHalf},
		{"nine months to year", "9 tháng đầu năm 2026", "năm 2026", PeriodHalf},
		{"year", "kết quả năm 2026, nhiệm vụ năm 2027", "kết quả năm 2027, nhiệm vụ năm 2028", PeriodYear},
		{"other kind untouched", "quý I năm 2026", "quý I năm 2026", PeriodMonth},
		{"month's year untouched for year kind", "tháng 6 năm 2026", "tháng 6 năm 2026", PeriodYear},
		{"no period", "công tác cải cách hành chính", "công tác cải cách hành chính", PeriodMonth},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := AdvancePeriod(tt.in, tt.kind); got != tt.want {
				t.Errorf("AdvancePeriod(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestPeriodOf(t *testing.T) {
	tests := []struct {
		in   string
		want PeriodKind
	}{
		{"Báo cáo tình hình tháng 6 năm 2026", PeriodMonth},
		{"kết quả quý I năm 2026", PeriodQuarter},
		{"sơ kết 6 tháng đầu năm 2026", PeriodHalf},
		{"tổng kết năm 2026", PeriodYear},
		{"kết quả công tác tuần 11 năm 2026", PeriodWeek},
		{"ngày 05 tháng 6 năm 2026 tổng kết năm 2026", PeriodYear},
		{"ngày 05 tháng 6 năm 2026", PeriodNone},
		{"né tránh, đùn đẩy", PeriodNone},
	}
	for _, tt := range tests {
		if got := PeriodOf(tt.in); got != tt.want {
			t.Errorf("PeriodOf(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestNextPeriod(t *testing.T) {
	src := Report{
		Outline: "state",
		Doc:     Document{Number: "125", TypeCode: "BC", Date: "28/12/2026", Subject: "Kết quả công tác tháng 12 năm 2026"},
		Directive: Directive{Type: "Kế hoạch", Ref: "12/KH-UBND", Date: "05/01/2026",
			Subject: "báo cáo định kỳ hằng tháng"},
		Answers:  map[string]Answer{"ket-qua": {Text: "Trong tháng 12 đã làm xong."}},
		Closing:  "Trên đây là báo cáo tháng 12 năm 2026 của UBND xã.",
		Opening:  "Thực hiện Kế hoạch ngày 05/01/2026, UBND xã báo cáo kết quả tháng 12 như sau:",
		Unplaced: []string{"đoạn chưa xếp"},
		Signer:   Signer{Title: "CHỦ TỊCH", Name: "Trần Văn Minh"},
	}
	next, err := NextPeriod(src)
	if err != nil {
		t.Fatal(err)
	}
	checks := []struct{ name, got, want string }{
		{"subject", next.Doc.Subject, "Kết quả công tác tháng 01 năm 2027"},
		{"closing", next.Closing, "Trên đây là báo cáo tháng 01 năm 2027 của UBND xã."},
		{"opening", next.Opening, "Thực hiện Kế hoạch ngày 05/01/2026, UBND xã báo cáo kết quả tháng 01 như sau:"},
		{"directive subject", next.Directive.Subject, "báo cáo định kỳ hằng tháng"},
		{"directive ref", next.Directive.Ref, "12/KH-UBND"},
		{"number", next.Doc.Number, ""},
		{"date", next.Doc.Date, ""},
		{"answer kept", next.Answers["ket-qua"].Text, "Trong tháng 12 đã làm xong."},
		{"unplaced kept", next.Unplaced[0], "đoạn chưa xếp"},
		{"signer kept", next.Signer.Name, "Trần Văn Minh"},
		{"source untouched", src.Doc.Subject, "Kết quả công tác tháng 12 năm 2026"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.name, c.got, c.want)
		}
	}
}

func TestNextPeriodNoPeriod(t *testing.T) {
	src := Report{Doc: Document{Number: "7", Subject: "Thực trạng né tránh, đùn đẩy"}}
	got, err := NextPeriod(src)
	if !errors.Is(err, ErrNoPeriod) {
		t.Fatalf("err = %v, want ErrNoPeriod", err)
	}
	if got.Doc.Number != "7" {
		t.Errorf("a refused report changed: %+v", got.Doc)
	}
}

func FuzzAdvancePeriod(f *testing.F) {
	for _, s := range []string{"tháng 12 năm 2026", "quý IV/2026", "6 tháng cuối năm 2026", "năm 9999", "tuần 53 năm 9999", "tuần 99", "ngày tháng 1 năm 2026", "6 tháng cuối năm\n2026"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		s = Clean(s)
		kind := PeriodOf(s)
		out := AdvancePeriod(s, kind)
		if kind == PeriodNone && out != s {
			t.Errorf("no period in %q but changed to %q", s, out)
		}
	})
}
