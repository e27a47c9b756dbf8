package model

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// look writes spans compactly for comparison: "b:" bold, "i:" italic, "u:"
// underline, "^id" a reference.
func look(spans []Span) string {
	var parts []string
	for _, s := range spans {
		if s.Note != "" {
			parts = append(parts, "^"+s.Note)
			continue
		}
		p := ""
		if s.Bold {
			p += "b"
		}
		if s.Italic {
			p += "i"
		}
		if s.Underline {
			p += "u"
		}
		parts = append(parts, p+":"+s.Text)
	}
	return strings.Join(parts, "|")
}

func TestParseInline(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Báo cáo tháng 6", ":Báo cáo tháng 6"},
		{"*Ghi chú: số liệu tạm tính", ":*Ghi chú: số liệu tạm tính"},
		{"điểm a_1 và b_2", ":điểm a_1 và b_2"},
		{"5 * 3 = 15", ":5 * 3 = 15"},
		{"tổng ** số", ":tổng ** số"},
		{"**Điều 1.** Nội dung", "b:Điều 1.|: Nội dung"},
		{"rất *khẩn* trương", ":rất |i:khẩn|: trương"},
		{"__gạch chân__ thôi", "u:gạch chân|: thôi"},
		{"***cả hai*** và", "bi:cả hai|: và"},
		{"**đậm *cả hai* đậm**", "b:đậm |bi:cả hai|b: đậm"},
		{"**a*b***", "b:a|bi:b"},
		{"*a**b***", "i:a|bi:b"},
		{"dân số[^1] tăng", ":dân số|^1|: tăng"},
		{`giá \*\*không\*\* đậm`, ":giá **không** đậm"},
		{`a\b`, `:a\b`},
		{`\[^1]`, ":[^1]"},
		{"[^ 1] [^]", ":[^ 1] [^]"},
		{"__init", ":__init"},
		{"**Ghi chú**: xem", "b:Ghi chú|:: xem"},
	}
	for _, tt := range tests {
		got := ParseInline(tt.in)
		if look(got) != tt.want {
			t.Errorf("ParseInline(%q) = %s, want %s", tt.in, look(got), tt.want)
		}
		if back := FormatInline(got); back != tt.in {
			t.Errorf("FormatInline(ParseInline(%q)) = %q", tt.in, back)
		}
	}
}

func TestFormatInline(t *testing.T) {
	tests := []struct {
		spans []Span
		want  string
	}{
		{[]Span{{Text: "Điều 1. ", Bold: true}, {Text: "Nội dung"}}, "**Điều 1.** Nội dung"},
		{[]Span{{Text: "a "}, {Text: " nghiêng ", Italic: true}, {Text: "b"}}, "a  *nghiêng* b"},
		{[]Span{{Text: "đậm ", Bold: true}, {Text: "cả hai", Bold: true, Italic: true}}, "**đậm** ***cả hai***"},
		{[]Span{{Text: "*Ghi chú:"}, {Text: "x", Underline: true}}, `\*Ghi chú:__x__`},
		{[]Span{{Text: "dân số"}, {Note: "1"}, {Text: " **tăng**"}}, `dân số[^1] **tăng*\*`},
	}
	for _, tt := range tests {
		got := FormatInline(tt.spans)
		if got != tt.want {
			t.Errorf("FormatInline(%s) = %q, want %q", look(tt.spans), got, tt.want)
		}
		if want := look(joinLooks(edgeSpaces(tt.spans))); look(ParseInline(got)) != want {
			t.Errorf("ParseInline(%q) = %s, want %s", got, look(ParseInline(got)), want)
		}
	}
}

func TestEscapeInline(t *testing.T) {
	tests := []struct{ in, want string }{
		{"*Ghi chú:", "*Ghi chú:"},
		{"a *b* c", `a \*b\* c`},
		{"a_1 __x__", `a_1 \_\_x\_\_`},
		{`C:\*`, `C:\\*`},
		{"[^2] ghi", `\[^2] ghi`},
		{"5 * 3", "5 * 3"},
	}
	for _, tt := range tests {
		got := EscapeInline(tt.in)
		if got != tt.want {
			t.Errorf("EscapeInline(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if back := InlineText(got, nil); back != tt.in {
			t.Errorf("InlineText(EscapeInline(%q)) = %q", tt.in, back)
		}
	}
}

func TestNoteDef(t *testing.T) {
	tests := []struct{ in, id, text string }{
		{"[^1]: Theo số liệu của Chi cục Thống kê", "1", "Theo số liệu của Chi cục Thống kê"},
		{"[^a2]:x", "a2", "x"},
		{"[^1] không phải", "", ""},
		{"[1]: không phải", "", ""},
	}
	for _, tt := range tests {
		id, text, ok := NoteDef(tt.in)
		if id != tt.id || text != tt.text || ok != (tt.id != "") {
			t.Errorf("NoteDef(%q) = %q, %q, %v", tt.in, id, text, ok)
		}
	}
}

func FuzzInline(f *testing.F) {
	for _, s := range []string{"**a** *b* __c__", "***x***", "**a*b***", "*Ghi chú:", `\*x\*`, "a[^1] b", "[^1]: note", "a_1 5 * 3", "****", "_*_*"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		spans := ParseInline(s)
		if back := FormatInline(spans); back != s {
			t.Fatalf("FormatInline(ParseInline(%q)) = %q", s, back)
		}
		if got := InlineText(EscapeInline(s), nil); got != s {
			t.Fatalf("InlineText(EscapeInline(%q)) = %q", s, got)
		}
		fresh := joinLooks(spans)
		out, exact := FormatInlineExact(fresh)
		if exact && look(ParseInline(out)) != look(joinLooks(edgeSpaces(fresh))) {
			t.Fatalf("FormatInlineExact(%s) = %q, exact but reads %s", look(fresh), out, look(ParseInline(out)))
		}
	})
}

// TestFormatInlineExact holds the importer's spans that markup must carry:
// emphasis that starts and ends at word edges, nested or in sequence.
func TestFormatInlineExact(t *testing.T) {
	tests := [][]Span{
		{{Text: "Điều 1.", Bold: true}, {Text: " Nội dung "}, {Text: "nghiêng", Italic: true}},
		{{Text: "đậm và ", Bold: true}, {Text: "cả hai", Bold: true, Italic: true}, {Text: " nghiêng", Italic: true}},
		{{Text: "gạch ", Underline: true}, {Text: "đậm", Underline: true, Bold: true}, {Text: " thường"}},
		{{Text: "5 * 3 "}, {Text: "*", Bold: true}, {Text: " a_1"}},
	}
	for _, spans := range tests {
		if out, ok := FormatInlineExact(spans); !ok {
			t.Errorf("FormatInlineExact(%s) = %q, not exact (reads %s)", look(spans), out, look(ParseInline(out)))
		}
	}
}

func TestInlineRanges(t *testing.T) {
	tests := []struct{ in, want string }{
		{"a **b** c", "a |**:m|b:b|**:m| c"},
		{`x \*y`, `x |\:m|*y`},
		{"đạt[^1] *kế*", "đạt|[^1]:n| |*:m|kế:i|*:m"},
		{"*Ghi chú:", "*Ghi chú:"},
	}
	for _, tt := range tests {
		var parts []string
		end := 0
		for _, r := range InlineRanges(tt.in) {
			if r.Start != end {
				t.Fatalf("InlineRanges(%q): gap before %d", tt.in, r.Start)
			}
			end = r.End
			p := tt.in[r.Start:r.End]
			switch {
			case r.Marker:
				p += ":m"
			case r.Note:
				p += ":n"
			case r.Bold:
				p += ":b"
			case r.Italic:
				p += ":i"
			}
			parts = append(parts, p)
		}
		if end != len(tt.in) {
			t.Errorf("InlineRanges(%q) ends at %d", tt.in, end)
		}
		if got := strings.Join(parts, "|"); got != tt.want {
			t.Errorf("InlineRanges(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

// BenchmarkInlineHostile: markup that would cost quadratic time in a naive
// parser (many open runs of one character, closers of the other; many
// spans whose emphasis alternates) costs time linear in its length.
func BenchmarkInlineHostile(b *testing.B) {
	hostile := strings.Repeat("__a ", 20000) + strings.Repeat("b* ", 20000)
	spans := make([]Span, 40000)
	for i := range spans {
		spans[i] = Span{Text: "ch ", Bold: true, Italic: i%2 == 0}
	}
	for range b.N {
		ParseInline(hostile)
		FormatInline(spans)
	}
}
