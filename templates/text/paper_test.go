package text

import (
	"regexp"
	"strings"
	"testing"

	"github.com/baocao/baocao/templates/internal/pagecheck"
	"github.com/baocao/baocao/templates/layout"
)

var (
	hyphenEnd   = regexp.MustCompile(`[\p{L}\p{N}/)]-$`)
	wrappedDash = regexp.MustCompile(`^[-–] `)
)

// TestPagePaper checks the preview as the writers' pages are checked
// (package pagecheck): the issuing body in the layout's lines, no symbol
// split at its hyphen, no wrapped line starting with a spaced dash, the
// subject in the layout's balanced lines; state and party, a xã and a
// phường, at several widths. The preview is one long page, so there is no
// page foot to keep headings from.
func TestPagePaper(t *testing.T) {
	for _, c := range pagecheck.Cases(t) {
		d, _ := layout.Lay(c.Report, c.Outline, c.Rules)
		for _, width := range []int{40, 60, 80, 100} {
			page := strings.Split(Page(d, width), "\n")
			lw, _, _ := columns(width)
			title := 0
			for title < len(page) && strings.TrimSpace(page[title]) != d.Title {
				title++
			}
			if width >= 80 {
				var left []string
				for _, l := range page[:title] {
					if l = strings.TrimSpace(cut(l, lw)); l != "" {
						left = append(left, l)
					}
				}
				want := append(append([]string(nil), c.Parent...), c.Issuer...)
				if len(left) < len(want) || strings.Join(left[:len(want)], "|") != strings.Join(want, "|") {
					t.Errorf("%s at %d: issuing body printed as %q, want %q", c.Name, width, left, want)
				}
				var subject []string
				for _, l := range page[title+1 : title+1+len(d.SubjectLines)] {
					subject = append(subject, strings.TrimSpace(l))
				}
				if strings.Join(subject, "|") != strings.Join(d.SubjectLines, "|") {
					t.Errorf("%s at %d: subject printed as %q, want %q", c.Name, width, subject, d.SubjectLines)
				}
			}
			for _, l := range page[title:] {
				if strings.HasPrefix(l, layout.RecipientsLabel) {
					break
				}
				if hyphenEnd.MatchString(l) || wrappedDash.MatchString(l) {
					t.Errorf("%s at %d: a line breaks at a symbol's hyphen or before a spaced dash: %q", c.Name, width, l)
				}
			}
		}
	}
}

// cut returns the first n columns of a line.
func cut(s string, n int) string {
	r := []rune(s)
	return string(r[:min(n, len(r))])
}

// TestExportLines checks that the Markdown and plain text exports print
// the issuing body and the subject in the layout's lines, as on paper.
func TestExportLines(t *testing.T) {
	for _, c := range pagecheck.Cases(t) {
		d, _ := layout.Lay(c.Report, c.Outline, c.Rules)
		plain, md := Plain(d), Markdown(d)
		if want := strings.Join(d.SubjectLines, "\n"); !strings.Contains(plain, want) {
			t.Errorf("%s: plain text lacks the subject lines %q", c.Name, d.SubjectLines)
		}
		if want := strings.Join(c.Issuer, "\n"); !strings.Contains(plain, want) {
			t.Errorf("%s: plain text lacks the issuer lines %q", c.Name, c.Issuer)
		}
		if want := "**" + strings.Join(c.Issuer, "**  \n**") + "**"; !strings.Contains(md, want) {
			t.Errorf("%s: Markdown lacks the issuer lines %q", c.Name, c.Issuer)
		}
	}
}
