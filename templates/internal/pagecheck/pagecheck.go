// Package pagecheck reads the words of a printed PDF with their places
// (pdftotext -bbox) and checks how the pages break: the issuing body's
// lines, headings kept with what follows, no line ending in a document
// symbol's hyphen or starting with a spaced dash, balanced subject lines.
// The writers' tests use it on the PDF that LibreOffice prints from the
// DOCX and on the PDF writer's own output. It also builds the reports
// those tests print: the state and the party form, for a xã and a phường,
// with text that puts symbols and spaced dashes at many places in a line.
package pagecheck

import (
	"html"
	"os/exec"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Word is one word on a page, in points from the page's top left.
type Word struct {
	Text                   string
	XMin, YMin, XMax, YMax float64
}

// Line is the words that share a baseline, left to right.
type Line struct{ Words []Word }

// Text is the line's words joined by spaces.
func (l Line) Text() string {
	var ws []string
	for _, w := range l.Words {
		ws = append(ws, w.Text)
	}
	return strings.Join(ws, " ")
}

// XMin and XMax are the line's left and right edges.
func (l Line) XMin() float64 { return l.Words[0].XMin }

// XMax is the line's right edge.
func (l Line) XMax() float64 { return l.Words[len(l.Words)-1].XMax }

// Page is a page's lines, top to bottom.
type Page struct {
	Width, Height float64
	Lines         []Line
}

// Text is the page's text, one line a line.
func (p Page) Text() string {
	var ls []string
	for _, l := range p.Lines {
		ls = append(ls, l.Text())
	}
	return strings.Join(ls, "\n")
}

var (
	pageRE = regexp.MustCompile(`<page width="([0-9.]+)" height="([0-9.]+)">`)
	wordRE = regexp.MustCompile(`<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="([0-9.]+)">([^<]*)</word>`)
)

// Read runs pdftotext -bbox on a PDF file and returns its pages.
func Read(t testing.TB, pdftotext, file string) []Page {
	t.Helper()
	out, err := exec.Command(pdftotext, "-bbox", "-enc", "UTF-8", file, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext -bbox %s: %v", file, err)
	}
	return Parse(string(out))
}

// Parse reads pdftotext -bbox output.
func Parse(s string) []Page {
	var pages []Page
	for _, chunk := range strings.Split(s, "</page>") {
		m := pageRE.FindStringSubmatch(chunk)
		if m == nil {
			continue
		}
		p := Page{Width: num(m[1]), Height: num(m[2])}
		var words []Word
		for _, w := range wordRE.FindAllStringSubmatch(chunk, -1) {
			words = append(words, Word{Text: norm.NFC.String(html.UnescapeString(w[5])),
				XMin: num(w[1]), YMin: num(w[2]), XMax: num(w[3]), YMax: num(w[4])})
		}
		p.Lines = lines(words)
		pages = append(pages, p)
	}
	return pages
}

func num(s string) float64 {
	f, _ := strconv.ParseFloat(s, 64)
	return f
}

// lines groups words whose vertical middles are within 3 pt.
func lines(words []Word) []Line {
	sort.SliceStable(words, func(i, j int) bool { return mid(words[i]) < mid(words[j]) })
	var out []Line
	for _, w := range words {
		if n := len(out); n > 0 && mid(w)-mid(out[n-1].Words[0]) < 3 {
			out[n-1].Words = append(out[n-1].Words, w)
			continue
		}
		out = append(out, Line{Words: []Word{w}})
	}
	for _, l := range out {
		sort.SliceStable(l.Words, func(i, j int) bool { return l.Words[i].XMin < l.Words[j].XMin })
	}
	return out
}

func mid(w Word) float64 { return (w.YMin + w.YMax) / 2 }

// Squash makes texts comparable whatever the PDF's spacing: NFC, no white
// space, a non-breaking hyphen read as a hyphen.
func Squash(s string) string {
	s = strings.ReplaceAll(norm.NFC.String(s), "\u2011", "-")
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// MM converts millimetres to points.
func MM(mm float64) float64 { return mm * 72 / 25.4 }

// Column returns the texts of a page's lines within [left, right) points
// above the first line that holds stop (the title), top to bottom: the
// words of each line that lie in the column.
func Column(p Page, left, right float64, stop string) []string {
	var out []string
	for _, l := range p.Lines {
		if strings.Contains(Squash(l.Text()), Squash(stop)) {
			break
		}
		var ws []string
		for _, w := range l.Words {
			if w.XMin >= left && w.XMax <= right {
				ws = append(ws, w.Text)
			}
		}
		if len(ws) > 0 {
			out = append(out, strings.Join(ws, " "))
		}
	}
	return out
}
