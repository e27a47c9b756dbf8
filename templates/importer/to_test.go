package importer

import (
	"strings"
	"testing"

	"github.com/baocao/baocao/templates/docread"
	"github.com/baocao/baocao/templates/export"
	"github.com/baocao/baocao/templates/layout"
	"github.com/baocao/baocao/templates/text"
)

// TestToAndSigner: the Kính gửi block is read as the source has it (one
// line, or "Kính gửi:" over "- …" recipients) and ends there, the next
// sentence opening the body; the signer's title is printed as written.
func TestToAndSigner(t *testing.T) {
	tests := []struct {
		sample           string
		to, opening      string
		authority, title string
	}{
		{"a công văn to a list of recipients, signer title in mixed case",
			"Kính gửi:|- Phòng Nông nghiệp và Môi trường huyện;|- Trung tâm Nước sạch tỉnh.",
			"Ủy ban nhân dân xã Đức Hòa báo cáo số hộ dùng nước sạch đến hết tháng 7 năm 2026 như sau:",
			"KT. CHỦ TỊCH", "Phó Chủ tịch"},
		{"a báo cáo with a Kính gửi line", "Kính gửi: Ủy ban nhân dân thành phố Cần Thơ.",
			"Thực hiện Kế hoạch số 95/KH-UBND ngày 10/02/2026 của Ủy ban nhân dân thành phố, Ủy ban nhân dân phường báo cáo như sau:",
			"TM. ỦY BAN NHÂN DÂN", "Chủ tịch"},
		{"a report sent as a công văn", "Kính gửi: Phòng Văn hóa - Xã hội huyện Tuy An.",
			"Thực hiện Công văn số 301/PVHXH ngày 20/3/2026 của Phòng Văn hóa - Xã hội huyện về báo cáo tiêm chủng, Ủy ban nhân dân xã An Phú báo cáo như sau:",
			"TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"},
	}
	for _, tt := range tests {
		t.Run(tt.sample, func(t *testing.T) {
			res := sampleNamed(t, tt.sample).imported(t)
			r := res.Report
			if got := strings.Join(r.To, "|"); got != tt.to || r.Opening != tt.opening || len(r.Unplaced) > 0 {
				t.Errorf("to %q, opening %q, unplaced %q", got, r.Opening, r.Unplaced)
			}
			sig := layout.Compose(r, res.Outline, importOpts(t).Rules).Signature
			if sig.Authority != tt.authority || sig.Title != tt.title {
				t.Errorf("signature printed as %q / %q", sig.Authority, sig.Title)
			}
		})
	}
}

// sampleNamed is the sample of that name.
func sampleNamed(t *testing.T, name string) sample {
	t.Helper()
	for _, s := range samples {
		if s.name == name {
			return s
		}
	}
	t.Fatalf("no sample %q", name)
	return sample{}
}

// TestToLaidOut: the Kính gửi block prints above the body as NĐ 30 places
// it: one line centred, a list from a fifth of the width in with the
// recipients under the text after "Kính gửi: "; in DOCX one line is a
// centred paragraph; every format prints it before the opening sentence.
func TestToLaidOut(t *testing.T) {
	const width = 80
	tests := []struct {
		sample string
		want   []string // the TXT lines, as set
	}{
		{"a báo cáo with a Kính gửi line", []string{
			strings.Repeat(" ", (width-len([]rune("Kính gửi: Ủy ban nhân dân thành phố Cần Thơ.")))/2) + "Kính gửi: Ủy ban nhân dân thành phố Cần Thơ."}},
		{"a công văn to a list of recipients, signer title in mixed case", []string{
			strings.Repeat(" ", 16) + "Kính gửi:",
			strings.Repeat(" ", 26) + "- Phòng Nông nghiệp và Môi trường huyện;",
			strings.Repeat(" ", 26) + "- Trung tâm Nước sạch tỉnh."}},
	}
	for _, tt := range tests {
		t.Run(tt.sample, func(t *testing.T) {
			res := sampleNamed(t, tt.sample).imported(t)
			d := layout.Compose(res.Report, res.Outline, importOpts(t).Rules)
			page := text.Page(d, width)
			block := strings.Join(tt.want, "\n") + "\n"
			at := strings.Index(page, block)
			if at < 0 || strings.Fields(page[at+len(block):])[0] != strings.Fields(d.Body[0].Text)[0] {
				t.Errorf("TXT lacks %q before the body:\n%s", tt.want, page)
			}
			for _, format := range []string{"md", "docx", "pdf"} {
				data, err := export.Render(format, res.Report, res.Outline, importOpts(t).Rules)
				if err != nil {
					t.Fatalf("%s: %v", format, err)
				}
				if format == "md" && !strings.Contains(string(data), "\n"+strings.TrimSpace(tt.want[0])) {
					t.Errorf("MD lacks the Kính gửi line:\n%s", data)
				}
				if format != "docx" {
					continue
				}
				doc, err := docread.Read("x.docx", data)
				if err != nil {
					t.Fatal(err)
				}
				for i, p := range doc.Paras {
					if p.Full() != strings.TrimSpace(tt.want[0]) {
						continue
					}
					if single := len(tt.want) == 1; single != (p.Align == "center") || doc.Paras[i+len(tt.want)].Full() != res.Report.Opening {
						t.Errorf("DOCX: %q aligned %q, followed by %q", p.Full(), p.Align, doc.Paras[i+len(tt.want)].Full())
					}
				}
			}
		})
	}
}
