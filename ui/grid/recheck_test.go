package grid

import (
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/ui/common"
)

// TestProblemsFollowRows checks that the problem of a cell follows the
// rows through every edit that changes them (delete, insert, undo, paste):
// a row is marked with "!" exactly when it still holds the non-number
// "x", and the footer names no problem once none is left.
func TestProblemsFollowRows(t *testing.T) {
	tests := []struct {
		name  string
		steps []tea.Msg
	}{
		{"the row deleted", keys("x", "enter", "ctrl+d")},
		{"the row deleted while its cell is edited", keys("x", "ctrl+d")},
		{"the typing undone", keys("x", "enter", "ctrl+z")},
		{"the typing undone while editing", keys("x", "ctrl+z")},
		{"a number pasted over it", append(keys("x", "enter"), tea.PasteMsg{Content: "5"})},
		{"rows pasted over it", append(keys("x", "enter", "home", "up"), tea.PasteMsg{Content: "c\t5\nd\t6"})},
		{"rows typed as keys over it", append(keys("x", "enter", "up", "home", "c"),
			append([]tea.Msg{common.BurstMsg{Text: "c"}}, pasted("\t5\nd\t6")...)...)},
		{"a row inserted above it", keys("x", "enter", "ctrl+b")},
		{"a row inserted, then deleted", keys("x", "enter", "ctrl+b", "ctrl+d")},
		{"the row deleted, then undone", keys("x", "enter", "ctrl+d", "ctrl+z")},
		{"a row deleted above it", keys("x", "enter", "up", "ctrl+d")},
	}
	setup := keys("a", "tab", "1", "enter", "ctrl+t", "b", "tab") // the cursor on row 2's Vốn
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, _ := drive(New(list(), nil, WithSize(80, 12)), setup...)
			for i, msg := range tt.steps {
				m, _ = drive(m, msg)
				v := ansi.Strip(m.View())
				bad := slices.ContainsFunc(cells(m.Value()), func(r string) bool { return strings.HasSuffix(r, "|x") })
				if !bad && strings.Contains(v, "không phải là số") {
					t.Errorf("after step %d: no cell holds x, the footer names its problem:\n%s", i, v)
				}
				for _, l := range strings.Split(v, "\n")[1:] {
					if strings.Contains(l, "│") && strings.Contains(l, "!") != strings.HasSuffix(strings.TrimSpace(l), "x") {
						t.Errorf("after step %d: line %q is marked wrongly:\n%s", i, l, v)
					}
				}
			}
		})
	}
}

// TestTypedTotalFollowsRows checks a typed "Tổng cộng" row that differs
// from the rows above it: deleting the row that made the difference, or
// undoing the row that made it, takes its mark away.
func TestTypedTotalFollowsRows(t *testing.T) {
	spec := list()
	spec.TotalRow = false
	rows := keys("a", "tab", "1", "enter", "ctrl+t", "b", "tab", "2", "enter", "ctrl+t", "T", "ổ", "n", "g", " ", "c", "ộ", "n", "g", "tab", "1", "enter")
	tests := []struct {
		name  string
		steps []tea.Msg
	}{
		{"the row deleted", keys("up", "ctrl+d")},
		{"the row deleted while its cell is edited", keys("up", "9", "ctrl+d")},
		{"the row emptied by a paste", append(keys("up"), tea.PasteMsg{Content: "0"})},
		{"the total undone and typed again", keys("ctrl+z", "3", "enter")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, _ := drive(New(spec, nil, WithSize(80, 12)), rows...)
			if v := ansi.Strip(m.View()); !strings.Contains(v, "!") {
				t.Fatalf("the typed total is not marked:\n%s", v)
			}
			m, _ = drive(m, tt.steps...)
			if v := ansi.Strip(m.View()); strings.Contains(v, "!") {
				t.Errorf("a mark is left after the change; cells %q:\n%s", cells(m.Value()), v)
			}
		})
	}
}

// TestMarkKeepsValue checks that the "!" of a problem cell hides none of
// its value: a left-aligned text keeps its first letter (the mark stands
// in its padding, on the right), a right-aligned number its digits.
func TestMarkKeepsValue(t *testing.T) {
	tests := []struct {
		name  string
		spec  model.TableSpec
		steps []string
		want  string // in the marked cell's line
	}{
		{"a word in a money column", list(), []string{"tab", "a", "b", "c", "enter"}, "abc"},
		{"a negative count", bieu(), []string{"-", "3", "enter"}, "-3"},
		{"a word in a count column", bieu(), []string{"x", "y", "enter"}, "xy"},
		{"a word as wide as its column", bieu(), []string{"t", "á", "m", "m", "ư", "ơ", "i", "enter"}, "tám"},
		{"a number as wide as its column", bieu(), []string{"-", "1", "2", "3", "4", "5", "6", "enter"}, "-12"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, _ := drive(New(tt.spec, nil, WithSize(80, 12)), keys(tt.steps...)...)
			m.Blur()
			lines := strings.Split(ansi.Strip(m.View()), "\n")
			var row string
			for _, l := range lines {
				if strings.Contains(l, "!") && strings.Contains(l, "│") {
					row = l
				}
			}
			if row == "" {
				t.Fatalf("no cell is marked:\n%s", strings.Join(lines, "\n"))
			}
			if !strings.Contains(row, tt.want) {
				t.Errorf("marked line %q hides part of %q", row, tt.want)
			}
		})
	}
}
