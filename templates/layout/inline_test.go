package layout

import (
	"fmt"
	"strings"
	"testing"

	"github.com/baocao/baocao/model"
)

// show writes blocks compactly: each block's plain text, its emphasised
// runs in braces, its notes after "|".
func show(blocks []Block) string {
	var out []string
	for _, b := range blocks {
		s := b.Text
		for _, sp := range b.Spans {
			if sp.Bold || sp.Italic || sp.Underline {
				s += fmt.Sprintf(" {%s b%v i%v u%v}", sp.Text, sp.Bold, sp.Italic, sp.Underline)
			}
		}
		for _, n := range b.Notes {
			s += fmt.Sprintf(" |%d %s", n.Number, n.Text)
		}
		out = append(out, s)
	}
	return strings.Join(out, "\n")
}

func TestFootnotes(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  string
	}{
		{"plain text unchanged", []string{"*Ghi chú: 5 * 3", "điểm a_1"}, "*Ghi chú: 5 * 3\nđiểm a_1"},
		{"emphasis", []string{"rất **khẩn** trương"}, "rất khẩn trương {khẩn btrue ifalse ufalse}"},
		{"note after its paragraph", []string{"dân số[^1] tăng", "[^1]: Theo *thống kê*."}, "dân số[1] tăng |1 Theo thống kê."},
		{"numbered in citing order", []string{"a[^x] b[^1]", "[^1]: một", "[^x]: hai"}, "a[1] b[2] |1 hai |2 một"},
		{"note before its paragraph", []string{"[^1]: trước", "sau[^1]"}, "sau[1] |1 trước"},
		{"reference to no note", []string{"thiếu[^9] chú thích"}, "thiếu[^9] chú thích"},
		{"note nothing cites", []string{"đoạn", "[^3]: lẻ loi"}, "đoạn\n[^3]: lẻ loi"},
		{"two answers, same id", []string{"một[^1]", "[^1]: A", "hai[^1]", "[^1]: B"}, "một[1] |1 A\nhai[2] |2 B"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := 0
			got := show(footnotes(narrative(strings.Join(tt.lines, "\n")), &n))
			if got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

// TestWrittenHeading: an imported heading prints as written, asterisks
// and all; a run-in heading is a paragraph led by the heading in bold.
func TestWrittenHeading(t *testing.T) {
	n := 0
	content := []Block{{Kind: Paragraph, Text: "tính đến *30/9*"}}
	got := footnotes(written(model.WrittenHeading{Text: "8.1. Giải ngân:", RunIn: true}, 3, content), &n)
	if len(got) != 1 || got[0].Kind != Paragraph || show(got) != "8.1. Giải ngân: tính đến 30/9 {8.1. Giải ngân: btrue ifalse ufalse} {30/9 bfalse itrue ufalse}" {
		t.Errorf("run-in: %+v", show(got))
	}
	got = footnotes(written(model.WrittenHeading{Text: "*) Ghi chú *a*"}, 2, nil), &n)
	if len(got) != 1 || got[0].Kind != Heading || got[0].Text != "*) Ghi chú *a*" || got[0].Spans != nil {
		t.Errorf("heading: %+v", got)
	}
}
