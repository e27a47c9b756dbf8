package importer

import (
	"regexp"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"github.com/baocao/baocao/templates"
	"github.com/baocao/baocao/templates/docread"
	"github.com/baocao/baocao/templates/docread/docxtest"
	"github.com/baocao/baocao/templates/export"
	"github.com/baocao/baocao/templates/layout"
)

// The round trip's measures (issue 17): import then export keeps at least
// keptShare of the source's body paragraphs word for word, adds no
// sentence, and leaves at most unplacedShare of them unplaced.
const (
	keptShare     = 0.98
	unplacedShare = 0.05
)

// wordKey compares text the way the measures do: case-free, whitespace
// collapsed, NFC.
func wordKey(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(norm.NFC.String(s))), " ")
}

var sentenceEnd = regexp.MustCompile(`[.;:!?](?:\s|$)`)

// sentences splits a paragraph after each stop, semicolon or colon.
func sentences(p string) []string {
	var out []string
	for {
		loc := sentenceEnd.FindStringIndex(p)
		if loc == nil {
			break
		}
		out = append(out, p[:loc[0]+1])
		p = p[loc[1]:]
	}
	return append(out, p)
}

// roundTrip is one source's measures.
type roundTrip struct {
	body            []string // the source's body paragraphs
	kept, unplaced  int
	missing, added  []string
	exported        []string // the export's paragraphs (DOCX read back)
	exportedPlain   string   // the TXT export, lines joined
	sourceFull      string   // wordKey of the whole source
	unplacedEntries []string
}

// measure imports src, exports it as DOCX and TXT and compares.
func measure(t *testing.T, src docread.Document, body []string) roundTrip {
	t.Helper()
	res, err := ImportReport(src, importOpts(t))
	if err != nil {
		t.Fatal(err)
	}
	data, err := export.Render("docx", res.Report, res.Outline, importOpts(t).Rules)
	if err != nil {
		t.Fatal(err)
	}
	out, err := docread.Read("export.docx", data)
	if err != nil {
		t.Fatal(err)
	}
	txt, err := export.Render("txt", res.Report, res.Outline, importOpts(t).Rules)
	if err != nil {
		t.Fatal(err)
	}
	rt := roundTrip{body: body, unplacedEntries: res.Report.Unplaced, exportedPlain: wordKey(string(txt))}
	var all []string
	for _, p := range src.Paras {
		all = append(all, p.Full())
		all = append(all, p.Notes...)
	}
	rt.sourceFull = wordKey(strings.Join(all, " \n "))
	var exp []string
	for _, p := range out.Paras {
		rt.exported = append(rt.exported, p.Full())
		exp = append(exp, p.Full())
		exp = append(exp, p.Notes...)
	}
	joined := " " + wordKey(strings.Join(exp, " \n ")) + " "
	unplaced := map[string]bool{}
	for _, u := range res.Report.Unplaced {
		unplaced[wordKey(u)] = true
	}
	for _, b := range body {
		k := wordKey(b)
		switch {
		case unplaced[k]:
			rt.unplaced++
		case strings.Contains(joined, " "+k+" ") && strings.Contains(" "+rt.exportedPlain+" ", " "+k+" "):
			rt.kept++
		default:
			rt.missing = append(rt.missing, b)
		}
	}
	bare := strings.ReplaceAll(rt.sourceFull, " ", "")
	for _, p := range exp {
		if formText(p) {
			continue
		}
		for _, s := range sentences(p) {
			k := strings.ReplaceAll(wordKey(s), " ", "")
			if strings.Trim(k, ".;:,-–+•*/") != "" && !strings.Contains(bare, k) {
				rt.added = append(rt.added, s)
			}
		}
	}
	return rt
}

// formText reports the form's own fixed lines, which are not words in the
// clerk's name: the motto and slogan, and a number or date line left blank
// for the văn thư ("Số:      /BC-UBND", "…, ngày … tháng … năm ……").
func formText(p string) bool {
	switch p {
	case layout.StateMotto, layout.StateSlogan, layout.PartyMotto:
		return true
	}
	return strings.HasPrefix(p, "Số") && !strings.ContainsAny(p, "0123456789") || strings.HasSuffix(p, "ngày … tháng … năm ……")
}

// check asserts the measures.
func (rt roundTrip) check(t *testing.T) {
	t.Helper()
	t.Logf("%d of %d body paragraphs word for word, %d unplaced, %d sentences added", rt.kept, len(rt.body), rt.unplaced, len(rt.added))
	n := float64(len(rt.body))
	if float64(rt.kept) < keptShare*n {
		t.Errorf("%d of %d body paragraphs kept word for word (want ≥ %.0f%%); missing: %q", rt.kept, len(rt.body), keptShare*100, rt.missing)
	}
	if float64(rt.unplaced) > unplacedShare*n {
		t.Errorf("%d of %d body paragraphs unplaced (want ≤ %.0f%%)", rt.unplaced, len(rt.body), unplacedShare*100)
	}
	if len(rt.added) > 0 {
		t.Errorf("the export says what the source does not: %q", rt.added)
	}
}

// paraTexts reads a built document back, as the importer sees it.
func paraTexts(t *testing.T, doc docread.Document) []string {
	var out []string
	for _, p := range doc.Paras {
		out = append(out, p.Full())
	}
	return out
}

// TestRoundTripFixtures: each sample, imported then exported, keeps its
// body word for word, adds nothing, and prints its own signer, Nơi nhận
// and type name exactly; what follows the signature is kept visibly.
func TestRoundTripFixtures(t *testing.T) {
	for _, f := range samples {
		t.Run(f.name, func(t *testing.T) {
			src, err := docread.Read(f.name+".docx", f.build())
			if err != nil {
				t.Fatal(err)
			}
			paras := paraTexts(t, src)
			body := paras[len(f.header) : len(f.header)+len(f.body)]
			rt := measure(t, src, body)
			rt.check(t)
			exported := map[string]bool{}
			for _, p := range rt.exported {
				exported[wordKey(p)] = true
			}
			from := len(f.header) + len(f.body)
			for _, p := range paras[from : from+len(f.recipients)+len(f.signature)] {
				if !exported[wordKey(p)] {
					t.Errorf("Nơi nhận or signature line %q not printed as written; export: %q", p, rt.exported)
				}
			}
			all := " " + wordKey(strings.Join(rt.exported, " ")) + " "
			for _, p := range paras[:len(f.header)] {
				if !strings.Contains(all, " "+wordKey(p)+" ") {
					t.Errorf("header line %q not printed as written; export: %q", p, rt.exported)
				}
			}
			kept := wordKey(strings.Join(rt.unplacedEntries, " ") + " " + strings.Join(rt.exported, " "))
			for _, p := range paras[from+len(f.recipients)+len(f.signature):] {
				if !strings.Contains(kept, wordKey(p)) {
					t.Errorf("%q after the signature is lost", p)
				}
			}
		})
	}
}

// TestRoundTripSeeds: the seed reports, made DOCX, keep their body from
// the opening to the closing sentence word for word and gain nothing.
func TestRoundTripSeeds(t *testing.T) {
	for _, prefix := range []string{"000", "002"} {
		t.Run(prefix, func(t *testing.T) {
			src := seedDOCX(t, prefix)
			paras := paraTexts(t, src)
			first, last := -1, -1
			for i, p := range paras {
				f := Fold(p)
				if first < 0 && strings.HasPrefix(f, "thuc hien") {
					first = i
				}
				if strings.HasPrefix(f, "tren day") {
					last = i
				}
			}
			if first < 0 || last < first {
				t.Fatalf("seed %s: no opening or closing sentence found", prefix)
			}
			measure(t, src, paras[first:last+1]).check(t)
		})
	}
}

// TestFixturesOwnOutline: reports that are not the built-in thematic one
// (weekly, monthly, quarterly with Parts, a plan) are not forced onto it:
// each gets an outline from its own headings, in the order written, and
// the Parts are headings of it.
func TestFixturesOwnOutline(t *testing.T) {
	for _, f := range samples {
		t.Run(f.name, func(t *testing.T) {
			res := f.imported(t)
			if !res.Derived {
				t.Fatalf("forced onto outline %s (fit %.2f)", res.Outline.ID, res.Fit)
			}
			if o := res.Outline; o.Subject != "" || o.Closing != "" || len(o.DefaultRecipients) > 0 || len(o.Defaults) > 0 {
				t.Errorf("the report's own outline carries another report's words: %q %q %q %q", o.Subject, o.Closing, o.DefaultRecipients, o.Defaults)
			}
			if probs := templates.CheckOutline("x.outline", WriteOutline(res.Outline, "x.docx")); len(probs) > 0 {
				t.Errorf("the report's own outline does not check: %+v", probs)
			}
			written := map[string]bool{}
			for _, h := range res.Report.Headings {
				written[wordKey(h.Text)] = true
			}
			for _, p := range f.body {
				p = strings.NewReplacer("**", "", "__", "").Replace(p)
				if strings.HasPrefix(p, "PHẦN THỨ") && !written[wordKey(p)] {
					t.Errorf("Part %q is not a heading: %+v", p, res.Report.Headings)
				}
			}
		})
	}
}

// TestImportedHyphensAsTyped: the DOCX of an imported draft prints the
// clerk's hyphens and spaced dashes as typed — not as Word's non-breaking
// hyphen or a no-break space, which search and copy do not match.
func TestImportedHyphensAsTyped(t *testing.T) {
	res := samples[1].imported(t)
	data, err := export.Render("docx", res.Report, res.Outline, importOpts(t).Rules)
	if err != nil {
		t.Fatal(err)
	}
	xml := docxtest.DocumentXML(t, data)
	for _, typed := range []string{"Công văn số 2710/BKHĐT-TH ngày 08/9/2024", "tình hình kinh tế - xã hội hằng tháng"} {
		if !strings.Contains(xml, typed) {
			t.Errorf("%q is not in the DOCX as typed", typed)
		}
	}
}

// TestImportSummary: the summary names the parts read, counts the tables
// and says what the draft does not keep as the source has it.
func TestImportSummary(t *testing.T) {
	cases := []struct {
		f       sample
		fields  []string
		notKept []string
	}{
		{samples[0], []string{"ngày", "câu mở đầu", "câu kết", "nơi nhận", "người ký"}, nil},
		{samples[1], []string{"cơ quan ban hành", "số", "văn bản chỉ đạo", "người ký"}, nil},
		{samples[5], []string{"tên loại văn bản", "trích yếu"}, nil},
	}
	for _, c := range cases {
		t.Run(c.f.name, func(t *testing.T) {
			res := c.f.imported(t)
			s := res.Summary
			fields := "|" + strings.Join(s.Fields, "|") + "|"
			for _, f := range c.fields {
				if !strings.Contains(fields, "|"+f+"|") {
					t.Errorf("fields read %q lack %q", s.Fields, f)
				}
			}
			if len(s.NotKept) != len(c.notKept) {
				t.Fatalf("not kept: %q, want %q", s.NotKept, c.notKept)
			}
			for i, want := range c.notKept {
				if !strings.HasPrefix(s.NotKept[i], want) {
					t.Errorf("not kept %q, want %q…", s.NotKept[i], want)
				}
			}
			if s.Placed+s.Unplaced != s.Paragraphs {
				t.Errorf("counts do not add up: %+v", s)
			}
		})
	}
}

// TestRefusedTypes: a document whose type baocao does not compose is
// refused with what to do, never turned into a BÁO CÁO; the types it
// composes are read.
func TestRefusedTypes(t *testing.T) {
	cases := []struct {
		title  string
		refuse bool
	}{
		{"QUYẾT ĐỊNH", true},
		{"NGHỊ QUYẾT", true},
		{"TỜ TRÌNH", false},
		{"THÔNG BÁO", false},
		{"BÁO CÁO", false},
	}
	for _, c := range cases {
		f := samples[5]
		f.header = append(append([]string(nil), f.header[:6]...), c.title, "Về việc tổng vệ sinh môi trường")
		src, err := docread.Read("x.docx", f.build())
		if err != nil {
			t.Fatal(err)
		}
		res, err := ImportReport(src, importOpts(t))
		if c.refuse {
			if err == nil || !strings.Contains(err.Error(), c.title) || !strings.Contains(err.Error(), "hãy") {
				t.Errorf("%s: want a refusal saying what to do, got %v", c.title, err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", c.title, err)
			continue
		}
		if want := map[bool]string{true: "", false: c.title}[c.title == "BÁO CÁO"]; res.Report.Doc.Title != want {
			t.Errorf("%s: type read as %q", c.title, res.Report.Doc.Title)
		}
	}
}

// TestLetter: a report sent as a công văn ("V/v …" under the number,
// "Kính gửi:") is read as one and printed in the công văn layout: no type
// name, the V/v line in the header, Kính gửi above the body.
func TestLetter(t *testing.T) {
	f := samples[4]
	res := f.imported(t)
	r := res.Report
	if !r.Doc.Letter || r.Doc.Subject != "báo cáo kết quả tiêm chủng quý I năm 2026" || strings.Join(r.To, "|") != "Kính gửi: Phòng Văn hóa - Xã hội huyện Tuy An." {
		t.Fatalf("read as letter %v, subject %q, to %q", r.Doc.Letter, r.Doc.Subject, r.To)
	}
	for _, format := range []string{"txt", "md", "docx", "pdf"} {
		data, err := export.Render(format, r, res.Outline, importOpts(t).Rules)
		if err != nil {
			t.Fatalf("%s: %v", format, err)
		}
		if format != "txt" {
			continue
		}
		lines := strings.Split(string(data), "\n")
		vv, to := -1, -1
		for i, l := range lines {
			switch {
			case strings.TrimSpace(l) == layout.ReportTitle:
				t.Errorf("a công văn printed as %s", layout.ReportTitle)
			case strings.HasPrefix(l, "V/v "):
				vv = i
			case strings.HasPrefix(l, "Kính gửi:"):
				to = i
			}
		}
		if vv < 0 || to < vv || !strings.HasPrefix(lines[vv-1], "Số: 88/UBND-VP") {
			t.Errorf("V/v under the number and Kính gửi before the body: %q", lines)
		}
	}
}
