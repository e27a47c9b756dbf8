package docread

import (
	"strings"
	"testing"
)

// TestMarkdownNotes: baocao's own Markdown export reads back with its
// underline and footnotes as a DOCX's; a note nothing cites and a
// reference to no note stay as written.
func TestMarkdownNotes(t *testing.T) {
	tests := []struct {
		name, md string
		want     string // paragraphs: text, then " |" notes
	}{
		{"note", "Dân số tăng[^1] nhanh.\n\n[^1]: Theo thống kê.\n\nĐoạn sau.", "Dân số tăng[1] nhanh. |[1] Theo thống kê.\nĐoạn sau."},
		{"two notes in citing order", "A[^b] và B[^a].\n\n[^a]: một\n\n[^b]: hai", "A[1] và B[2]. |[1] hai |[2] một"},
		{"reference to no note", "thiếu[^9] chú thích", "thiếu[^9] chú thích"},
		{"note nothing cites", "đoạn\n\n[^3]: lẻ loi", "đoạn\n[^3]: lẻ loi"},
		{"underline", "cần <u>rà soát</u> ngay", "cần rà soát ngay"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Read("x.md", []byte(tt.md))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, p := range doc.Paras {
				got = append(got, strings.Join(append([]string{p.Text}, p.Notes...), " |"))
			}
			if strings.Join(got, "\n") != tt.want {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), tt.want)
			}
		})
	}
	doc, _ := Read("x.md", []byte("cần <u>rà soát</u> ngay[^1]\n\n[^1]: x"))
	var under, note bool
	for _, s := range doc.Paras[0].Spans {
		under = under || (s.Text == "rà soát" && s.Underline)
		note = note || s.Note == "1"
	}
	if !under || !note {
		t.Errorf("spans %+v: want underlined \"rà soát\" and a note mark", doc.Paras[0].Spans)
	}
}
