// Package uitest holds what the UI packages' tests share: key presses by
// name, and golden views compared with files under testdata/ (rewritten when
// the tests run with -update).
package uitest

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	// The -update flag is charm's golden package's (teatest uses it too);
	// importing it defines the flag once for every UI test binary.
	_ "github.com/charmbracelet/x/exp/golden"
)

// Updating reports whether the tests run with -update.
func Updating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// Golden compares got with testdata/name.golden and fails the test when they
// differ; with -update it writes got there instead.
func Golden(t testing.TB, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if Updating() {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if string(want) != got {
		t.Errorf("view differs from %s:\n--- got\n%s\n--- want\n%s", path, got, want)
	}
}

// keyCodes are the named keys a terminal reports.
var keyCodes = map[string]rune{
	"enter": tea.KeyEnter, "backspace": tea.KeyBackspace, "delete": tea.KeyDelete,
	"left": tea.KeyLeft, "right": tea.KeyRight, "up": tea.KeyUp, "down": tea.KeyDown,
	"home": tea.KeyHome, "end": tea.KeyEnd, "pgup": tea.KeyPgUp, "pgdown": tea.KeyPgDown,
	"tab": tea.KeyTab, "esc": tea.KeyEscape, "space": tea.KeySpace,
	"f1": tea.KeyF1, "f2": tea.KeyF2,
}

var keyMods = map[string]tea.KeyMod{"ctrl+": tea.ModCtrl, "alt+": tea.ModAlt, "shift+": tea.ModShift}

// Key returns the key press for a name such as "tab", "ctrl+h",
// "shift+tab" or "ctrl+right", or for one typed character or cluster.
func Key(name string) tea.KeyPressMsg {
	var mod tea.KeyMod
	base := name
	for found := true; found && len(base) > 1; {
		found = false
		for prefix, m := range keyMods {
			if rest, ok := strings.CutPrefix(base, prefix); ok && rest != "" {
				base, mod, found = rest, mod|m, true
			}
		}
	}
	if code, ok := keyCodes[base]; ok {
		msg := tea.KeyPressMsg{Code: code, Mod: mod}
		if code == tea.KeySpace && mod == 0 {
			msg.Text = " "
		}
		return msg
	}
	r, n := utf8.DecodeRuneInString(base)
	if mod != 0 && n == len(base) {
		return tea.KeyPressMsg{Code: r, Mod: mod}
	}
	if n != len(name) {
		r = tea.KeyExtended
	}
	return tea.KeyPressMsg{Code: r, Text: name}
}

// CheckSize fails when a view (without styles) is not exactly h rows or a
// row is wider than w cells.
func CheckSize(t testing.TB, view string, w, h int) {
	t.Helper()
	rows := strings.Split(view, "\n")
	if len(rows) != h {
		t.Fatalf("view has %d rows, want %d:\n%s", len(rows), h, view)
	}
	for i, r := range rows {
		if got := ansi.StringWidth(r); got > w {
			t.Fatalf("row %d is %d cells wide, more than %d: %q", i, got, w, r)
		}
	}
}

// Contains fails unless the view, its lines joined by single spaces (so
// that wrapped text reads as one), holds every text.
func Contains(t testing.TB, view string, texts ...string) {
	t.Helper()
	flat := strings.Join(strings.Fields(view), " ")
	for _, s := range texts {
		if !strings.Contains(flat, s) {
			t.Fatalf("screen lacks %q:\n%s", s, view)
		}
	}
}
