package compile

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/baocao/baocao/model"
)

// tempLeft lists the files left in the temporary folder and, on Linux, the
// spill files this process still has open.
func tempLeft(t *testing.T, tmp string) []string {
	t.Helper()
	entries, err := os.ReadDir(tmp)
	if err != nil {
		t.Fatal(err)
	}
	var left []string
	for _, e := range entries {
		left = append(left, e.Name())
	}
	if runtime.GOOS == "linux" {
		fds, _ := filepath.Glob("/proc/self/fd/*")
		for _, fd := range fds {
			if target, err := os.Readlink(fd); err == nil && strings.Contains(target, "baocao-tong-hop-") {
				left = append(left, "open: "+target)
			}
		}
	}
	return left
}

// TestSpillIsRemoved: the spill file is gone from the temporary folder once
// Run returns, whether it compiled or failed, and closed once the result
// is (on Windows, where an open file cannot be removed, removed then).
func TestSpillIsRemoved(t *testing.T) {
	fx := newFixture(t)
	dir := t.TempDir()
	set := writeSample(t, fx, dir, "json", 20)
	own := fx.genMany(1, 5)[0]
	own.Outline = "rieng"
	writeJSON(t, filepath.Join(dir, "rieng", "rieng.json"), own)
	tests := []struct {
		name  string
		paths []string
		fails bool
	}{
		{"compiled", []string{filepath.Join(dir, "bao-cao")}, false},
		{"no outline compiles", []string{filepath.Join(dir, "rieng")}, true},
		{"nothing read", []string{filepath.Join(dir, "khong-co")}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tmp := t.TempDir()
			t.Setenv("TMPDIR", tmp)
			t.Setenv("TEMP", tmp)
			t.Setenv("TMP", tmp)
			res, err := Run(tt.paths, LoadOptions{}, Options{Outlines: set, Rules: fx.rules})
			if (err != nil) != tt.fails {
				t.Fatalf("Run: %v", err)
			}
			if err == nil {
				if runtime.GOOS != "windows" {
					if left := tempLeft(t, tmp); len(left) != 1 || !strings.HasPrefix(left[0], "open: ") {
						t.Errorf("while the result is open: %v, want only the open spill, removed from the folder", left)
					}
				}
				if err := WriteWorkbook(res, new(strings.Builder)); err != nil {
					t.Fatal(err)
				}
				if err := res.Close(); err != nil {
					t.Fatal(err)
				}
			}
			if left := tempLeft(t, tmp); len(left) > 0 {
				t.Errorf("left behind: %v", left)
			}
		})
	}
}

// TestDraftFieldIsBounded: the units' texts are gathered in name order
// until the field holds model.MaxFieldLen characters; the units left out
// are named in one issue per field, with their number and what to do.
func TestDraftFieldIsBounded(t *testing.T) {
	fx := newFixture(t)
	var field model.Field
	for _, s := range fx.state.Sections {
		for _, f := range s.Fields {
			if field.ID == "" && f.Bind == "" && f.Kind == model.FieldNarrative {
				field = f
			}
		}
	}
	tests := []struct {
		name        string
		units, size int
		left        int
	}{
		{"fits", 10, 19_000, 0},
		{"just over", 10, 20_500, 1},
		{"far over", 60, 9_000, 38},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			reports := fx.genMany(tt.units, 3)
			var inputs []Input
			for i := range reports {
				reports[i].Answers[field.ID] = model.Answer{Text: strings.Repeat("ế", tt.size)}
				inputs = append(inputs, Input{Name: fmt.Sprint(i), Report: reports[i]})
			}
			res, err := Compile(inputs, nil, Options{Outlines: fx.set, Rules: fx.rules})
			if err != nil {
				t.Fatal(err)
			}
			defer res.Close()
			text := res.Draft.Answers[field.ID].Text
			if n := utf8.RuneCountInString(text); n > model.MaxFieldLen || !strings.HasPrefix(text, res.Units[0].Label()+": ") {
				t.Fatalf("the field holds %d characters, starting %.40q", n, text)
			}
			if got := strings.Count(text, strings.Repeat("ế", tt.size)); got != tt.units-tt.left {
				t.Errorf("%d units' texts gathered, want %d", got, tt.units-tt.left)
			}
			var full []Issue
			for _, is := range res.Issues {
				if is.Kind == IssueFull {
					full = append(full, is)
				}
			}
			switch {
			case tt.left == 0 && len(full) > 0:
				t.Errorf("issues %v, want none", full)
			case tt.left > 0 && (len(full) != 1 || full[0].Unit != field.Label ||
				!strings.Contains(full[0].Message, fmt.Sprintf("của %s đơn vị (từ %s trở đi", Count(tt.left), res.Units[tt.units-tt.left].Label())) ||
				!strings.Contains(full[0].Message, "báo cáo của chính các đơn vị")):
				t.Errorf("issues %v, want one on %q naming %d units from %s", full, field.Label, tt.left, res.Units[tt.units-tt.left].Label())
			}
		})
	}
}

// TestReceivedIsBounded: the receipt paragraph names the units still
// missing up to a budget and counts the rest, so that it stays within
// model.MaxFieldLen however long the list of expected units.
func TestReceivedIsBounded(t *testing.T) {
	fx := newFixture(t)
	tests := []struct {
		name     string
		expected int
		counted  string
	}{
		{"short list", 30, ""},
		{"long list", 40_000, " và "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			expected := make([]string, tt.expected)
			for i := range expected {
				expected[i] = fmt.Sprintf("Xã Chưa Gửi Số %d", i+1)
			}
			inputs := []Input{{Name: "a", Report: fx.genMany(1, 9)[0]}}
			res, err := Compile(inputs, nil, Options{Outlines: fx.set, Rules: fx.rules, Expected: expected})
			if err != nil {
				t.Fatal(err)
			}
			defer res.Close()
			text := res.Draft.Answers[FieldReceived].Text
			if n := utf8.RuneCountInString(text); n > model.MaxFieldLen {
				t.Fatalf("the receipt paragraph holds %d characters", n)
			}
			last := expected[len(expected)-1] + ";"
			if tt.counted == "" {
				if !strings.Contains(text, ": "+expected[0]+", ") || !strings.Contains(text, last) {
					t.Errorf("not every missing unit named: %.200q", text)
				}
				return
			}
			if strings.Contains(text, last) || !strings.Contains(text, "đơn vị khác (xem trang \""+SheetSubmissions+"\"") {
				t.Errorf("the units past the budget are not counted: …%q", text[len(text)-200:])
			}
		})
	}
}
