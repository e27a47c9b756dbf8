package export_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/templates/export"
	"github.com/baocao/baocao/templates/internal/pagecheck"
	"github.com/baocao/baocao/templates/layout"
)

// TestSamePageBreaks checks that baocao's PDF breaks its pages where
// LibreOffice breaks the DOCX of the same report (issue 20 item 13): the
// same number of pages, each starting with the same line, for the four
// examples. It fails on a PDF writer without widow and orphan control,
// which left "sợ sai, sợ trách nhiệm." alone at the top of a page. In both
// PDFs the number line stands level with the date line (item 12). A
// table's caption at a page's foot goes to the next page with its table in
// both (issue 16 §3).
func TestSamePageBreaks(t *testing.T) {
	if testing.Short() && os.Getenv("CI") != "true" {
		t.Skip("skipped in -short mode: converting with LibreOffice takes seconds")
	}
	soffice, pdftotext := tool(t, "soffice"), tool(t, "pdftotext")
	dir := t.TempDir()
	ids := []string{"state", "party", "state2026", "party2026", "cchc-caption"}
	args := []string{"--headless", "--norestore", "-env:UserInstallation=file://" + filepath.Join(dir, "profile"),
		"--convert-to", "pdf", "--outdir", filepath.Join(dir, "lo")}
	for _, id := range ids {
		r, o, rules := breakFixture(t, id)
		for _, format := range []string{"docx", "pdf"} {
			data, err := export.RenderWith(format, r, o, rules, export.Options{Created: time.Unix(0, 0)})
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, id+"."+format), data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		args = append(args, filepath.Join(dir, id+".docx"))
	}
	if out, err := exec.Command(soffice, args...).CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	for _, id := range ids {
		ourPages := pagecheck.Read(t, pdftotext, filepath.Join(dir, id+".pdf"))
		loPages := pagecheck.Read(t, pdftotext, filepath.Join(dir, "lo", id+".pdf"))
		ours, lo := starts(ourPages), starts(loPages)
		if strings.Join(ours, "\n") != strings.Join(lo, "\n") {
			t.Errorf("%s: pages start\n  in baocao's PDF: %q\n  in LibreOffice's: %q", id, ours, lo)
		}
		for name, pages := range map[string][]pagecheck.Page{"baocao's PDF": ourPages, "LibreOffice's": loPages} {
			number, date := word(pages[0], "Số"), word(pages[0], "ngày")
			if number == nil || date == nil {
				t.Errorf("%s, %s: no number or date line on page 1", id, name)
			} else if d := number.YMax - date.YMax; d > 1.5 || d < -1.5 {
				t.Errorf("%s, %s: the number line sits %.1f pt off the date line's baseline, want them level (issue 20 item 12)", id, name, d)
			}
		}
	}
}

// breakFixture returns the example id, or for "cchc-caption" the cchc
// example with eight one-line paragraphs before its first table, so that
// the table's caption falls at the foot of page 1 (issue 16 §3): LibreOffice
// must carry it to page 2 with its table, as baocao's PDF does.
func breakFixture(t *testing.T, id string) (model.Report, model.Outline, model.Rules) {
	if id != "cchc-caption" {
		return fixture(t, id)
	}
	r, o, rules := fixture(t, "cchc")
	a := r.Answers["II.1.text"]
	for k := range 8 {
		a.Text += "\nĐoạn bổ sung thứ " + strconv.Itoa(k+1) + "."
	}
	r.Answers["II.1.text"] = a
	return r, o, rules
}

// word returns the first word on p that is w, with or without a colon.
func word(p pagecheck.Page, w string) *pagecheck.Word {
	for _, l := range p.Lines {
		for i, x := range l.Words {
			if x.Text == w || x.Text == w+":" {
				return &l.Words[i]
			}
		}
	}
	return nil
}

// starts returns the first line of text of each page, the page number in
// the top margin left out, squashed (pdftotext spaces justified lines
// unevenly) and cut to 30 characters.
func starts(pages []pagecheck.Page) []string {
	var out []string
	for _, p := range pages {
		first := ""
		for _, l := range p.Lines {
			if _, err := strconv.Atoi(l.Text()); err != nil {
				first = pagecheck.Squash(l.Text())
				break
			}
		}
		r := []rune(first)
		out = append(out, string(r[:min(len(r), 30)]))
	}
	return out
}

// tool returns the path of a program the test needs, skipping the test when
// it is missing, except under CI=true, where it fails.
func tool(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		msg := "skipped: " + name + " not found; install libreoffice-writer-nogui and poppler-utils (Debian) to run this check"
		if os.Getenv("CI") == "true" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	return p
}

// TestRecipientsWrap checks a Nơi nhận line too long for its column, in
// baocao's PDF and in LibreOffice's print of the DOCX (issue 20 item 15):
// its next lines hang under its text, not under the dash, and none holds a
// single word.
func TestRecipientsWrap(t *testing.T) {
	if testing.Short() && os.Getenv("CI") != "true" {
		t.Skip("skipped in -short mode: converting with LibreOffice takes seconds")
	}
	pdftotext := tool(t, "pdftotext")
	r, o, rules := fixture(t, "state")
	r.Recipients = []string{
		"Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội của phường",
		"Các cơ quan chuyên môn, đơn vị sự nghiệp thuộc Ủy ban nhân dân phường",
		"Lưu: VT, VP",
	}
	files := printBoth(t, r, o, rules)
	right := pagecheck.MM(recipientsRight(o))
	for name, file := range files {
		lines := recipientLines(pagecheck.Read(t, pdftotext, file), right)
		if len(lines) < 5 {
			t.Fatalf("%s: found %d Nơi nhận lines, want the three recipients wrapped: %v", name, len(lines), lines)
		}
		var dash float64
		for _, l := range lines {
			if l.Words[0].Text == "-" || strings.HasPrefix(l.Words[0].Text, "-") {
				dash = l.XMin()
				continue
			}
			if l.XMin() < dash+2 {
				t.Errorf("%s: %q starts under the dash, want a hanging indent", name, l.Text())
			}
			if len(l.Words) < 2 {
				t.Errorf("%s: %q stands alone on its line", name, l.Text())
			}
		}
	}
}

// recipientsRight returns the right edge of the Nơi nhận column (mm from the page's
// left edge) in the form of the example.
func recipientsRight(o model.Outline) float64 {
	f := layout.FormFor(o.Profile, "12/9/2023")
	return f.MarginLeft + f.HeaderLeftWidth
}

// recipientLines returns the lines under "Nơi nhận:", the words left of
// right (points) only.
func recipientLines(pages []pagecheck.Page, right float64) []pagecheck.Line {
	var out []pagecheck.Line
	for _, p := range pages {
		in := false
		for _, l := range p.Lines {
			if strings.HasPrefix(l.Text(), "Nơi nhận:") {
				in = true
				continue
			}
			var ws []pagecheck.Word
			for _, w := range l.Words {
				if w.XMax <= right {
					ws = append(ws, w)
				}
			}
			if in && len(ws) > 0 {
				out = append(out, pagecheck.Line{Words: ws})
			}
		}
	}
	return out
}

// TestEmptySectionsDoNotChain: in a half-filled draft the empty sections'
// headings follow one another; keeping each with the next chained them all
// onto page 2 and left page 1 nearly blank (issue 20 item 14). A heading is
// kept only with its own content, so page 1 is filled, in baocao's PDF and
// in LibreOffice's print of the DOCX alike.
func TestEmptySectionsDoNotChain(t *testing.T) {
	if testing.Short() && os.Getenv("CI") != "true" {
		t.Skip("skipped in -short mode: converting with LibreOffice takes seconds")
	}
	pdftotext := tool(t, "pdftotext")
	r, o, rules := fixture(t, "party")
	r.Answers, r.Staffing = nil, model.Staffing{}
	for name, file := range printBoth(t, r, o, rules) {
		pages := pagecheck.Read(t, pdftotext, file)
		if len(pages) < 2 {
			continue
		}
		p := pages[0]
		bottom := 0.0
		for _, l := range p.Lines {
			for _, w := range l.Words {
				bottom = max(bottom, w.YMax)
			}
		}
		if gap := p.Height - bottom - pagecheck.MM(20); gap > pagecheck.MM(40) {
			t.Errorf("%s: page 1 ends %.0f mm above its bottom margin, its headings pushed to page 2", name, gap*25.4/72)
		}
	}
}

// printBoth renders a report as baocao's PDF and as a DOCX printed by
// LibreOffice, and returns the two PDF files by who printed them.
func printBoth(t *testing.T, r model.Report, o model.Outline, rules model.Rules) map[string]string {
	t.Helper()
	soffice, dir := tool(t, "soffice"), t.TempDir()
	for _, format := range []string{"docx", "pdf"} {
		data, err := export.RenderWith(format, r, o, rules, export.Options{Created: time.Unix(0, 0)})
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "r."+format), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out, err := exec.Command(soffice, "--headless", "--norestore", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
		"--convert-to", "pdf", "--outdir", filepath.Join(dir, "lo"), filepath.Join(dir, "r.docx")).CombinedOutput()
	if err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	return map[string]string{"baocao's PDF": filepath.Join(dir, "r.pdf"), "LibreOffice's": filepath.Join(dir, "lo", "r.pdf")}
}

// TestTableRowsAsInPDF checks that a table's rows are as high in Word's
// and LibreOffice's layout of the DOCX as in baocao's PDF (issue 16 §3: the
// PDF has the DOCX's layout; tables set in 12–13 pt), so that both break
// their pages alike, in a biểu filled in part. The DOCX's cells once left
// their paragraph marks at the document's 14 pt, which Word and
// LibreOffice count in a line's height: a row with an empty cell was
// 2.7 pt taller than in the PDF.
func TestTableRowsAsInPDF(t *testing.T) {
	if testing.Short() && os.Getenv("CI") != "true" {
		t.Skip("skipped in -short mode: converting with LibreOffice takes seconds")
	}
	pdftotext := tool(t, "pdftotext")
	r, o, rules := fixture(t, "cchc")
	tthc := r.Answers["bieu.tthc"].Table.Clone()
	for i := range tthc.Rows { // a biểu half filled: its rows' last cells empty
		for c := len(tthc.Rows[i].Cells) / 2; c < len(tthc.Rows[i].Cells); c++ {
			tthc.Rows[i].Cells[c] = ""
		}
	}
	r.Answers["bieu.tthc"] = model.Answer{Table: tthc}
	pitch := map[string]float64{}
	for name, file := range printBoth(t, r, o, rules) {
		first, fourth := rowTop(pagecheck.Read(t, pdftotext, file), "Hộ tịch"), rowTop(pagecheck.Read(t, pdftotext, file), "Xây dựng")
		if first == 0 || fourth <= first {
			t.Fatalf("%s: rows \"Hộ tịch\" and \"Xây dựng\" not found on one page", name)
		}
		pitch[name] = (fourth - first) / 3
	}
	if d := pitch["LibreOffice's"] - pitch["baocao's PDF"]; d > 0.6 || d < -0.6 {
		t.Errorf("a table row is %.2f pt high in LibreOffice's print, %.2f pt in baocao's PDF", pitch["LibreOffice's"], pitch["baocao's PDF"])
	}
}

// rowTop returns the top of the first line that holds label after its
// row number, or 0.
func rowTop(pages []pagecheck.Page, label string) float64 {
	for _, p := range pages {
		for _, l := range p.Lines {
			if strings.Contains(l.Text(), " "+label+" ") && len(l.Words) > 2 {
				return l.Words[0].YMin
			}
		}
	}
	return 0
}
