package editor

import (
	"github.com/baocao/baocao/ui/internal/uitest"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// press sends each key to the model in turn.
func press(m Model, keys ...string) Model {
	for _, k := range keys {
		m, _ = m.Update(uitest.Key(k))
	}
	return m
}

// typeText sends s one rune at a time as typed keys.
func typeText(m Model, s string) Model {
	for _, r := range s {
		m, _ = m.Update(uitest.Key(string(r)))
	}
	return m
}

// paste sends s as a bracketed paste.
func paste(m Model, s string) Model {
	m, _ = m.Update(tea.PasteMsg{Content: s})
	return m
}

// focused returns a focused editor of the size with the options.
func focused(w, h int, opts ...Option) Model {
	m := New(append([]Option{WithSize(w, h)}, opts...)...)
	m.Focus()
	return m
}

// checkRows fails when a row of the stripped view is wider than w or the
// view does not have h rows.
func checkRows(t testing.TB, view string, w, h int) {
	t.Helper()
	rows := strings.Split(ansi.Strip(view), "\n")
	if len(rows) != h {
		t.Fatalf("view has %d rows, want %d:\n%s", len(rows), h, view)
	}
	for i, r := range rows {
		if got := ansi.StringWidth(r); got > w {
			t.Fatalf("row %d is %d cells wide, more than %d: %q", i, got, w, r)
		}
	}
}
