package editor

import (
	"strings"
	"testing"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// named maps key names to the key presses a terminal reports for them.
var named = map[string]tea.KeyPressMsg{
	"enter":      {Code: tea.KeyEnter},
	"backspace":  {Code: tea.KeyBackspace},
	"ctrl+h":     {Code: 'h', Mod: tea.ModCtrl},
	"delete":     {Code: tea.KeyDelete},
	"left":       {Code: tea.KeyLeft},
	"right":      {Code: tea.KeyRight},
	"up":         {Code: tea.KeyUp},
	"down":       {Code: tea.KeyDown},
	"home":       {Code: tea.KeyHome},
	"end":        {Code: tea.KeyEnd},
	"pgup":       {Code: tea.KeyPgUp},
	"pgdown":     {Code: tea.KeyPgDown},
	"ctrl+home":  {Code: tea.KeyHome, Mod: tea.ModCtrl},
	"ctrl+end":   {Code: tea.KeyEnd, Mod: tea.ModCtrl},
	"ctrl+left":  {Code: tea.KeyLeft, Mod: tea.ModCtrl},
	"ctrl+right": {Code: tea.KeyRight, Mod: tea.ModCtrl},
	"alt+left":   {Code: tea.KeyLeft, Mod: tea.ModAlt},
	"alt+right":  {Code: tea.KeyRight, Mod: tea.ModAlt},
	"ctrl+w":     {Code: 'w', Mod: tea.ModCtrl},
	"alt+d":      {Code: 'd', Mod: tea.ModAlt},
	"ctrl+u":     {Code: 'u', Mod: tea.ModCtrl},
	"ctrl+k":     {Code: 'k', Mod: tea.ModCtrl},
	"ctrl+a":     {Code: 'a', Mod: tea.ModCtrl},
	"ctrl+e":     {Code: 'e', Mod: tea.ModCtrl},
	"ctrl+c":     {Code: 'c', Mod: tea.ModCtrl},
	"tab":        {Code: tea.KeyTab},
	"esc":        {Code: tea.KeyEscape},
	"space":      {Code: tea.KeySpace, Text: " "},
}

// keyPress returns the key press for a key name, or for typed text.
func keyPress(k string) tea.KeyPressMsg {
	if msg, ok := named[k]; ok {
		return msg
	}
	r, n := utf8.DecodeRuneInString(k)
	if n != len(k) {
		r = tea.KeyExtended
	}
	return tea.KeyPressMsg{Code: r, Text: k}
}

// press sends each key to the model in turn.
func press(m Model, keys ...string) Model {
	for _, k := range keys {
		m, _ = m.Update(keyPress(k))
	}
	return m
}

// typeText sends s one rune at a time as typed keys.
func typeText(m Model, s string) Model {
	for _, r := range s {
		m, _ = m.Update(keyPress(string(r)))
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
