package compile

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/baocao/baocao/store"
)

// storeBundle is a bundle of two drafts as the drafts store writes it.
func storeBundle(t testing.TB) string {
	t.Helper()
	fx := newFixture(t)
	dir := t.TempDir()
	s, err := store.Open(filepath.Join(dir, "drafts.db"))
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range fx.genMany(2, 8) {
		if _, err := s.Create(r, store.Summary{Title: r.Unit.Name}); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(dir, "goi.json")
	err = s.ExportBundleFile(path)
	if cerr := s.Close(); err == nil {
		err = cerr
	}
	data, rerr := os.ReadFile(path)
	if err != nil || rerr != nil {
		t.Fatal(err, rerr)
	}
	return string(data)
}

// replaceLast replaces the last match of re in s (in the second draft).
func replaceLast(s string, re *regexp.Regexp, with string) string {
	all := re.FindAllStringIndex(s, -1)
	if len(all) == 0 {
		return s
	}
	at := all[len(all)-1]
	return s[:at[0]] + with + s[at[1]:]
}

// goErrorText is what encoding/json and time write in their errors.
var goErrorText = regexp.MustCompile(`json:|parsing time|cannot unmarshal|Go (struct|value)|invalid character|looking for|of type|at byte|byte \d`)

// TestBundleCausesInVietnamese: each way a bundle can be broken —
// JSON syntax inside a draft or between drafts, a field of the wrong
// type or an unknown one in a draft or its report, a time in the wrong
// form, a key written twice, a list that is not one, a cut file — gives
// a Vietnamese cause naming the field and its line in the bundle, with
// none of Go's own error text.
func TestBundleCausesInVietnamese(t *testing.T) {
	good := storeBundle(t)
	re := regexp.MustCompile
	tests := []struct {
		name string
		edit func(string) string
		mark string   // the line named is the first line holding mark
		want []string // more pieces of the message
	}{
		{"time in words", func(s string) string {
			return replaceLast(s, re(`"modified": "[^"]*"`), `"modified": "hôm qua lúc 10 giờ"`)
		}, "hôm qua", []string{`"modified"`, "hãy sửa"}},
		{"month 13", func(s string) string {
			return replaceLast(s, re(`"modified": "[^"]*"`), `"modified": "2026-13-01T08:00:00Z"`)
		}, "2026-13-01", []string{`"modified"`}},
		{"draft field type", func(s string) string {
			return replaceLast(s, re(`"id": "[^"]*"`), `"id": 424242`)
		}, "424242", []string{`"id"`, "kiểu số"}},
		{"unknown report field", func(s string) string {
			return replaceLast(s, re(`"outline": `), `"ghichu": 1, "outline": `)
		}, "ghichu", []string{`"ghichu"`, "hãy xóa"}},
		{"report field type", func(s string) string {
			return replaceLast(s, re(`"outline": "[^"]*"`), `"outline": 717171`)
		}, "717171", []string{`"outline"`}},
		{"key twice in a draft", func(s string) string {
			return replaceLast(s, re(`"id": `), `"ID": "9", "id": `)
		}, `"ID": "9"`, []string{`"id"`}},
		{"key twice in the bundle", func(s string) string {
			return strings.Replace(s, `"drafts": [`, `"Format": "x", "drafts": [`, 1)
		}, `"Format": "x"`, []string{`"Format"`}},
		{"syntax inside a draft", func(s string) string {
			return replaceLast(s, re(`"report": `), `"report": @`)
		}, "@{", []string{"cú pháp"}},
		{"comma missing between drafts", func(s string) string {
			return replaceLast(s, re(`\},\n(\s*)\{`), "}\n    {  ")
		}, "{  ", []string{"cú pháp"}},
		{"drafts not a list", func(s string) string {
			return strings.Replace(s, `"drafts": [`, `"drafts": {`, 1)
		}, `"drafts": {`, []string{`"drafts"`, "danh sách"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := tt.edit(good)
			if text == good || !strings.Contains(text, tt.mark) {
				t.Fatalf("the edit did not apply")
			}
			line := strings.Count(text[:strings.Index(text, tt.mark)], "\n") + 1
			msg := loadCause(t, text)
			for _, w := range append(tt.want, fmt.Sprintf("dòng %d:", line)) {
				if !strings.Contains(msg, w) {
					t.Errorf("cause %q lacks %q", msg, w)
				}
			}
			if goErrorText.MatchString(msg) {
				t.Errorf("cause %q shows Go's own error text", msg)
			}
		})
	}
	msg := loadCause(t, good[:len(good)*2/3])
	if !strings.Contains(msg, "cắt ngang") || goErrorText.MatchString(msg) {
		t.Errorf("a cut bundle: cause %q", msg)
	}
}

// loadCause loads a bundle holding text and returns the one cause given
// for it (without the file's name).
func loadCause(t *testing.T, text string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "goi.json")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	_, skipped := Load([]string{path}, LoadOptions{})
	if len(skipped) != 1 {
		t.Fatalf("skipped %v, want one cause", skipped)
	}
	return skipped[0].Err.Error()
}

// quoted are the values a cause quotes, which may hold anything.
var quoted = regexp.MustCompile(`"(\\.|[^"\\])*"|“[^”]*”`)

var lineNumber = regexp.MustCompile(`dòng (\d+)`)

// FuzzBundleCauses: whatever a bundle holds, each cause given for it is
// free of Go's own error text (outside the values it quotes) and names
// only lines the file has.
func FuzzBundleCauses(f *testing.F) {
	good := storeBundle(f)
	f.Add(good)
	f.Add(strings.Replace(good, `"modified": "`, `"modified": "x`, 1))
	f.Add(strings.Replace(good, `"report": {`, `"report": {,`, 1))
	f.Add(good[:len(good)/2])
	f.Add("{\"format\": \"baocao/bundle@2\",\n\"drafts\": [\n{\"id\": 1}\n{}]}")
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, text string) {
		path := filepath.Join(dir, "goi.json")
		if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
		_, skipped := Load([]string{path}, LoadOptions{})
		lines := strings.Count(text, "\n") + 1
		for _, s := range skipped {
			msg := quoted.ReplaceAllString(s.Err.Error(), `""`)
			if goErrorText.MatchString(msg) {
				t.Fatalf("cause %q shows Go's own error text", s.Err)
			}
			for _, m := range lineNumber.FindAllStringSubmatch(msg, -1) {
				if n, _ := strconv.Atoi(m[1]); n < 1 || n > lines {
					t.Fatalf("cause %q names line %d of %d", s.Err, n, lines)
				}
			}
		}
	})
}
