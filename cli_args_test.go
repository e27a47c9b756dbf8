package main

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

func TestFlagSet(t *testing.T) {
	for _, tc := range []struct {
		args   []string
		format string
		force  bool
		db     string
		pos    []string
		err    string
	}{
		{[]string{"a.json", "--format", "pdf"}, "pdf", false, "", []string{"a.json"}, ""},
		{[]string{"--format=md", "a", "b"}, "md", false, "", []string{"a", "b"}, ""},
		{[]string{"-f", "txt", "--force", "x"}, "txt", true, "", []string{"x"}, ""},
		{[]string{"x", "--force=false", "-db", "Bản nháp/drafts.db"}, "", false, "Bản nháp/drafts.db", []string{"x"}, ""},
		{[]string{"--", "--format", "-"}, "", false, "", []string{"--format", "-"}, ""},
		{[]string{"-", "--db="}, "", false, "", nil, "giá trị rỗng"},
		{[]string{"x", "--db", ""}, "", false, "", nil, "giá trị rỗng"},
		{[]string{"x", "--format", ""}, "", false, "", nil, "giá trị rỗng"},
		{[]string{"--format"}, "", false, "", nil, "cần một giá trị"},
		{[]string{"--force=có"}, "", false, "", nil, "chỉ nhận true hoặc false"},
		{[]string{"--nope"}, "", false, "", nil, "không có tùy chọn --nope"},
		{[]string{"---"}, "", false, "", nil, "không có tùy chọn ---"},
		{[]string{"--=x"}, "", false, "", nil, "không có tùy chọn --=x"},
	} {
		var g globals
		var format string
		var force bool
		fs := newFlagSet("export", LangVI, &g)
		fs.String(&format, "format", "f")
		fs.Bool(&force, "force")
		err := fs.Parse(tc.args)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("Parse(%q) = %v, want an error with %q", tc.args, err, tc.err)
			}
			continue
		}
		if err != nil || format != tc.format || force != tc.force || g.db != tc.db || !slices.Equal(fs.args, tc.pos) {
			t.Errorf("Parse(%q): format %q force %v db %q args %q err %v", tc.args, format, force, g.db, fs.args, err)
		}
	}
}

func TestPickLang(t *testing.T) {
	for _, tc := range []struct {
		args []string
		env  string
		want Lang
		bad  bool
	}{
		{nil, "", LangVI, false},
		{nil, "EN", LangEN, false},
		{nil, "vi_VN.UTF-8", LangVI, false},
		{[]string{"--lang", "en"}, "vi", LangEN, false},
		{[]string{"--lang=en", "--lang", "vi"}, "", LangVI, false},
		{[]string{"--", "--lang", "en"}, "", LangVI, false},
		{[]string{"--lang"}, "en", LangEN, false},
		{[]string{"-lang=fr"}, "", LangVI, true},
		{nil, "français", LangVI, true},
	} {
		got, err := pickLang(tc.args, tc.env)
		var ue *UsageError
		if got != tc.want || (err != nil) != tc.bad || err != nil && !errors.As(err, &ue) {
			t.Errorf("pickLang(%q, %q) = %v, %v; want %v, error %v", tc.args, tc.env, got, err, tc.want, tc.bad)
		}
	}
}

// FuzzFlagSet checks that option parsing never panics, keeps positional
// arguments in order, and fails only with a UsageError in the user's
// language.
func FuzzFlagSet(f *testing.F) {
	for _, s := range []string{"a.json\x00--format\x00pdf", "--\x00-x", "-o=\x00--force=1", "--lang\x00en\x00-h", "---\x00=\x00-"} {
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, joined string, en bool) {
		args := strings.Split(joined, "\x00")
		lang := LangVI
		if en {
			lang = LangEN
		}
		var g globals
		var out string
		var force bool
		fs := newFlagSet("export", lang, &g)
		fs.String(&out, "o", "output")
		fs.Bool(&force, "force")
		err := fs.Parse(args)
		if err != nil {
			var ue *UsageError
			if !errors.As(err, &ue) || ue.Command != "export" || ue.Msg == "" {
				t.Fatalf("Parse(%q) failed with %T %v", args, err, err)
			}
			return
		}
		i := 0
		for _, a := range fs.args {
			for i < len(args) && args[i] != a {
				i++
			}
			if i == len(args) {
				t.Fatalf("Parse(%q) returned %q out of order or invented", args, fs.args)
			}
			i++
		}
		if _, err := pickLang(args, ""); err != nil {
			var ue *UsageError
			if !errors.As(err, &ue) {
				t.Fatalf("pickLang(%q) failed with %T", args, err)
			}
		}
	})
}
