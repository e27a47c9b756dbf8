package store

import (
	"errors"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestBundleCauses: a bundle with an unknown field or a time in the wrong
// form is refused with a Vietnamese cause naming the field and its line,
// never Go's own text.
func TestBundleCauses(t *testing.T) {
	a, _ := newStore(t)
	mustCreate(t, a, sampleReport("A", 1), sampleSummary("A"))
	good := string(export(t, a))
	lineOf := func(s, sub string) string {
		return "dòng " + strconv.Itoa(strings.Count(s[:strings.Index(s, sub)], "\n")+1)
	}
	created := regexp.MustCompile(`"created": "[^"]*"`)
	badTime := created.ReplaceAllString(good, `"created": "hôm qua lúc 10:30"`)
	badMonth := created.ReplaceAllString(good, `"created": "2026-13-01T08:00:00Z"`)
	unknown := strings.Replace(good, `"version":`, `"phienban": 2, "version":`, 1)
	tests := []struct {
		name, data string
		want       []string
	}{
		{"time in words", badTime, []string{`"created"`, "hôm qua", lineOf(badTime, "hôm qua"), "hãy sửa"}},
		{"month 13", badMonth, []string{`"created"`, "2026-13-01", lineOf(badMonth, "2026-13-01"), "hãy sửa"}},
		{"unknown draft field", unknown, []string{`"phienban"`, lineOf(unknown, "phienban"), "hãy xóa"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := a.ImportBundle(strings.NewReader(tt.data))
			if !errors.Is(err, ErrBadBundle) {
				t.Fatalf("ImportBundle = %v, want ErrBadBundle", err)
			}
			msg := Message(err)
			for _, w := range tt.want {
				if !strings.Contains(msg, w) {
					t.Errorf("message %q lacks %q", msg, w)
				}
			}
			if strings.Contains(msg, "json:") || strings.Contains(msg, "parsing time") {
				t.Errorf("message %q shows Go's own error", msg)
			}
		})
	}
}
