package model

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func TestDateLine(t *testing.T) {
	tests := []struct {
		d    Date
		want string
	}{
		{Date{2026, 2, 5}, "Phổ Minh, ngày 05 tháng 02 năm 2026"},
		{Date{2023, 8, 29}, "Phổ Minh, ngày 29 tháng 8 năm 2023"},
		{Date{2023, 3, 15}, "Phổ Minh, ngày 15 tháng 3 năm 2023"},
		{Date{2023, 1, 10}, "Phổ Minh, ngày 10 tháng 01 năm 2023"},
		{Date{2023, 12, 9}, "Phổ Minh, ngày 09 tháng 12 năm 2023"},
	}
	for _, tt := range tests {
		if got := DateLine("Phổ Minh", tt.d); got != tt.want {
			t.Errorf("DateLine(%v) = %q, want %q", tt.d, got, tt.want)
		}
	}
}

func TestNumberLine(t *testing.T) {
	tests := []struct {
		p                Profile
		num, typ, issuer string
		want             string
	}{
		{ProfileState, "197", "BC", "UBND", "Số: 197/BC-UBND"},
		{ProfileState, "5", "BC", "UBND", "Số: 05/BC-UBND"},
		{ProfileState, "05", "BC", "UBND", "Số: 05/BC-UBND"},
		{ProfileState, "", "BC", "UBND", "Số:      /BC-UBND"},
		{ProfileParty, "5", "BC", "ĐU", "Số 05-BC/ĐU"},
		{ProfileParty, "123", "BC", "ThU", "Số 123-BC/ThU"},
	}
	for _, tt := range tests {
		if got := NumberLine(tt.p, tt.num, tt.typ, tt.issuer); got != tt.want {
			t.Errorf("NumberLine(%s, %q) = %q, want %q", tt.p, tt.num, got, tt.want)
		}
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in    string
		want  Date
		err   bool
		valid bool
	}{
		{"29/8/2023", Date{2023, 8, 29}, false, true},
		{"05/02/2026", Date{2026, 2, 5}, false, true},
		{"2023-08-29", Date{2023, 8, 29}, false, true},
		{"29.8.2023", Date{2023, 8, 29}, false, true},
		{" 29-8-2023 ", Date{2023, 8, 29}, false, true},
		{"29/02/2023", Date{2023, 2, 29}, false, false},
		{"29/02/2024", Date{2024, 2, 29}, false, true},
		{"29/02/1900", Date{1900, 2, 29}, false, false},
		{"31/4/2023", Date{2023, 4, 31}, false, false},
		{"0/1/2023", Date{2023, 1, 0}, false, false},
		{"29/8/23", Date{}, true, false},
		{"29/8", Date{}, true, false},
		{"ngày 29", Date{}, true, false},
		{"", Date{}, true, false},
		{"+1/2/2023", Date{}, true, false},
	}
	for _, tt := range tests {
		got, err := ParseDate(tt.in)
		if (err != nil) != tt.err {
			t.Errorf("ParseDate(%q) error %v, want error %v", tt.in, err, tt.err)
			continue
		}
		if got != tt.want || got.Valid() != tt.valid {
			t.Errorf("ParseDate(%q) = %v valid %v, want %v valid %v", tt.in, got, got.Valid(), tt.want, tt.valid)
		}
	}
}

func TestClean(t *testing.T) {
	decomposed := "Vie\u0302\u0323t Nam" // NFD "Việt Nam"
	tests := []struct{ in, want string }{
		{"Phổ Minh", "Phổ Minh"},
		{decomposed, "Việt Nam"},
		{"a\x1b[31mđỏ\x1b[0m b", "ađỏ b"},
		{"title\x1b]0;evil\x07 end", "title end"},
		{"osc\x1b]8;;http://x\x1b\\link", "osclink"},
		{"bell\x07 nul\x00 del\x7f", "bell nul del"},
		{"c1\u009b31m text", "c1 text"},
		{"crlf\r\nline\rnext", "crlf\nline\nnext"},
		{"tab\there", "tab here"},
		{"bad\xffbyte", "bad\uFFFDbyte"},
		{"bidi\u202eevil", "bidievil"},
		// Invisible format characters: bidi marks, zero-width, BOM, tags.
		{"Xã \u200fA\u061c \u2067B\u2069", "Xã A B"},
		{"số\u200b1\ufeff \u2060x\u00ad", "số1 x"},
		{"tag\U000e0041\U000e0042", "tag"},
		{"👨\u200d👩 ক্\u200cষ", "👨\u200d👩 ক্\u200cষ"},
		// Other line breaks keep the words apart.
		{"một\u2028hai\u2029ba\u0085bốn\vnăm\fsáu", "một\nhai\nba\nbốn\nnăm\nsáu"},
		{"esc at end\x1b", "esc at end"},
		// Unterminated sequences lose only their introducer, never the text after.
		{"Trước \x1b]52;c;SGVsbG8= Sau đó", "Trước 52;c;SGVsbG8= Sau đó"},
		{"Trước \x1bPq Sau đó\nDòng hai", "Trước q Sau đó\nDòng hai"},
		{"Một \x1b]0;tên\nHai", "Một 0;tên\nHai"},
		{"Một \x1b_apc Hai", "Một apc Hai"},
		{"osc\x1b]2;t\u009cend", "oscend"},
		{"Số \x1b[" + strings.Repeat("1;", 40) + "x", "Số " + strings.Repeat("1;", 40) + "x"},
		{"\x1bĐảng ủy", "Đảng ủy"},
		{"charset\x1b(B ok", "charset ok"},
		{"\x1b(Đ", "(Đ"},
	}
	for _, tt := range tests {
		if got := Clean(tt.in); got != tt.want {
			t.Errorf("Clean(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got := CleanLine("  one\ntwo  "); got != "one two" {
		t.Errorf("CleanLine = %q", got)
	}
}

// FuzzCleanUnterminated: text behind an escape introducer that never ends
// is kept: Clean(p + introducer + t) still holds Clean(t).
func FuzzCleanUnterminated(f *testing.F) {
	f.Add("Trước ", 0, "52;c;SGVsbG8= Sau đó")
	f.Add("", 3, "Đảng ủy xã")
	f.Fuzz(func(t *testing.T, p string, intro int, tail string) {
		intros := []string{"\x1b]", "\x1bP", "\x1bX", "\x1b^", "\x1b_", "\u009d", "\u0090"}
		in := intros[uint(intro)%uint(len(intros))]
		want := Clean(tail)
		if want == "" || strings.ContainsAny(tail, "\x07\x1b\u009c") || !utf8.ValidString(tail) {
			return
		}
		if r, _ := utf8.DecodeRuneInString(want); r < 'A' || r > 'z' {
			return // a leading mark may compose with the text before it
		}
		got := Clean(p + in + tail)
		if !strings.Contains(got, want) {
			t.Fatalf("Clean(%q) = %q lost %q", p+in+tail, got, want)
		}
	})
}

func FuzzClean(f *testing.F) {
	for _, s := range []string{"Phổ Minh", "a\x1b[31mb", "\x1b]0;x\x07", "Vie\u0302\u0323t", "\r\n\t\x00\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Clean(s)
		if !utf8.ValidString(got) {
			t.Fatalf("Clean(%q) is not valid UTF-8", s)
		}
		if !norm.NFC.IsNormalString(got) {
			t.Fatalf("Clean(%q) = %q is not NFC", s, got)
		}
		for _, r := range got {
			if r != '\n' && isControl(r) {
				t.Fatalf("Clean(%q) = %q keeps control %U", s, got, r)
			}
		}
		if again := Clean(got); again != got {
			t.Fatalf("Clean is not idempotent: %q → %q → %q", s, got, again)
		}
		if isClean(s) && rebuild(s) != s {
			t.Fatalf("isClean(%q) but cleaning gives %q", s, rebuild(s))
		}
		if isClean(s) != isCleanSlow(s) {
			t.Fatalf("isClean(%q) = %v, its full check says %v", s, isClean(s), isCleanSlow(s))
		}
	})
}
