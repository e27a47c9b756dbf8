package grid

import (
	"fmt"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/ui/common"
	"github.com/baocao/baocao/ui/internal/uitest"
)

// FuzzPaste pastes any text, whole and as the keys of a burst, into a
// biểu and a free table: the grid keeps its shape and bounds, cells hold
// one clean line each, the totals are those of model.TableTotals, and the
// view fits.
func FuzzPaste(f *testing.F) {
	for _, s := range []string{"1\t2\n3\t4\n", "Cầu\t1.250,5\r\nĐường\t300\r\n", "\t\t\n\n", "a\u0301\x1b[31m\tb", strings.Repeat("9\t", 50)} {
		f.Add(s, uint8(0))
	}
	f.Fuzz(func(t *testing.T, s string, at uint8) {
		for _, spec := range []model.TableSpec{bieu(), list()} {
			m := New(spec, nil, WithSize(40, 12))
			m.Focus()
			for range at % 4 {
				m, _ = m.Update(uitest.Key("right"))
			}
			m, _ = m.Update(tea.PasteMsg{Content: s})
			check(t, m, spec)
			for _, r := range m.rows { // the cell being edited too, as the view shows it
				for _, c := range r.Cells {
					if strings.ContainsFunc(c, unicode.IsControl) {
						t.Fatalf("control character in cell %q", c)
					}
				}
			}
			m, _ = m.Update(uitest.Key("x"))
			m, _ = m.Update(common.BurstMsg{Text: "x"})
			for _, r := range s {
				m, _ = m.Update(tea.PasteMsg{Content: string(r)})
			}
			m.Blur()
			check(t, m, spec)
		}
	})
}

// check fails unless the grid is in shape.
func check(t *testing.T, m Model, spec model.TableSpec) {
	t.Helper()
	v := m.Value()
	if len(v.Rows) == 0 || len(v.Rows) > model.MaxTableRows || (spec.Fixed() && len(v.Rows) != len(spec.Rows)) {
		t.Fatalf("%d rows", len(v.Rows))
	}
	for _, r := range v.Rows {
		if len(r.Cells) != len(spec.Columns) {
			t.Fatalf("row of %d cells", len(r.Cells))
		}
		for _, c := range r.Cells {
			if strings.ContainsAny(c, "\t\n\r\x1b") || utf8.RuneCountInString(c) > model.MaxCellRunes || !utf8.ValidString(c) {
				t.Fatalf("cell %q", c)
			}
		}
	}
	if want, err := model.TableTotals(spec, &v); err == nil && fmt.Sprint(m.check.sums) != fmt.Sprint(want) {
		t.Fatalf("totals %v, want %v", m.check.sums, want)
	}
	lines := strings.Split(ansi.Strip(m.View()), "\n")
	if len(lines) > 12 {
		t.Fatalf("view of %d lines", len(lines))
	}
	for _, l := range lines {
		if ansi.StringWidth(l) > 40 {
			t.Fatalf("line %q wider than 40", l)
		}
	}
}
