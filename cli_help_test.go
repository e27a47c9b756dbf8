package main

import (
	"runtime"
	"sort"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

func TestHelpTopicsMatch(t *testing.T) {
	keys := func(m map[string]string) []string {
		var out []string
		for k := range m {
			out = append(out, k)
		}
		sort.Strings(out)
		return out
	}
	vi, en := keys(helpVI), keys(helpEN)
	if strings.Join(vi, ",") != strings.Join(en, ",") {
		t.Fatalf("help topics differ: vi %v, en %v", vi, en)
	}
	for _, topic := range vi {
		if topic == "" {
			continue
		}
		for name, texts := range map[string]map[string]string{"vi": helpVI, "en": helpEN} {
			if !strings.Contains(texts[""], "\n  "+topic) {
				t.Errorf("%s overview does not list %q", name, topic)
			}
		}
	}
}

func TestHelp(t *testing.T) {
	for _, topic := range []string{"", "check", "templates", "list", "backup", "restore", "bundle", "export", "import", "help", "version"} {
		for _, lang := range []struct {
			args  []string
			env   map[string]string
			text  map[string]string
			usage string
		}{
			{nil, nil, helpVI, "Cách dùng"},
			{[]string{"--lang", "en"}, nil, helpEN, "Usage"},
			{[]string{"--lang=vi"}, map[string]string{"BAOCAO_LANG": "en"}, helpVI, "Cách dùng"},
			{nil, map[string]string{"BAOCAO_LANG": "en_US.UTF-8"}, helpEN, "Usage"},
		} {
			ways := [][]string{{"help"}, {"--help"}}
			if topic != "" {
				ways = [][]string{{"help", topic}, {topic, "--help"}, {topic, "-h"}, {"--help", topic}}
			}
			for _, way := range ways {
				args := append(append([]string{}, lang.args...), way...)
				if topic != "" {
					args = append(way, lang.args...)
				}
				r := run(t, lang.env, args...)
				r.want(t, 0, []string{lang.usage}, nil)
				if !strings.HasPrefix(r.stdout, lang.text[topic]) || topic != "" && r.stdout != lang.text[topic] {
					t.Errorf("baocao %q printed\n%s\nwant\n%s", args, r.stdout, lang.text[topic])
				}
				if r.stderr != "" {
					t.Errorf("baocao %q wrote to stderr: %s", args, r.stderr)
				}
			}
		}
	}
}

func TestHelpOfSubcommand(t *testing.T) {
	for _, args := range [][]string{{"templates", "check", "--help"}, {"bundle", "export", "-h"}, {"help", "bundle", "import"}} {
		r := run(t, nil, args...)
		r.want(t, 0, []string{"Cách dùng"}, nil)
		if r.stdout != helpVI[strings.TrimPrefix(args[0], "help")] && r.stdout != helpVI[args[1]] {
			t.Errorf("baocao %q printed\n%s", args, r.stdout)
		}
	}
}

func TestUsageErrors(t *testing.T) {
	for _, tc := range []struct {
		args   []string
		env    map[string]string
		stderr []string
	}{
		{[]string{"nosuch"}, nil, []string{"không có lệnh \"nosuch\"", "baocao help"}},
		{[]string{"--lang", "en", "nosuch"}, nil, []string{"unknown command \"nosuch\""}},
		{[]string{"nosuch", "--lang", "en"}, nil, []string{"unknown command \"nosuch\""}},
		{[]string{"help", "nosuch"}, nil, []string{"không có hướng dẫn cho \"nosuch\""}},
		{[]string{"--lang", "fr"}, nil, []string{"--lang \"fr\" không hợp lệ", "invalid --lang"}},
		{[]string{"help"}, map[string]string{"BAOCAO_LANG": "de"}, []string{"BAOCAO_LANG \"de\" không hợp lệ"}},
		{[]string{"--bogus"}, nil, []string{"không có tùy chọn --bogus"}},
		{[]string{"version", "--lang", "en", "--bogus"}, nil, []string{"unknown option --bogus", "See: baocao help version"}},
		{[]string{"version", "extra"}, nil, []string{"thừa tham số \"extra\"", "Xem hướng dẫn: baocao help version"}},
		{[]string{"version", "--help=maybe"}, nil, []string{"chỉ nhận true hoặc false"}},
		{[]string{"version", "--db"}, nil, []string{"tùy chọn --db cần một giá trị"}},
	} {
		r := run(t, tc.env, tc.args...)
		r.want(t, 2, nil, tc.stderr)
		if r.stdout != "" {
			t.Errorf("baocao %q wrote to stdout: %s", tc.args, r.stdout)
		}
	}
}

func TestVersion(t *testing.T) {
	want := "baocao " + Version() + " (" + runtime.Version() + " " + runtime.GOOS + "/" + runtime.GOARCH + ")\n"
	for _, args := range [][]string{{"--version"}, {"-v"}, {"version"}, {"--lang", "en", "--version"}, {"version", "--lang", "en"}} {
		r := run(t, nil, args...)
		r.want(t, 0, nil, nil)
		if r.stdout != want {
			t.Errorf("baocao %q printed %q, want %q", args, r.stdout, want)
		}
	}
}

func TestVersionStamped(t *testing.T) {
	saved := version
	t.Cleanup(func() { version = saved })
	for _, v := range []string{"v1.2.3", "61b7c61-dirty"} {
		version = v
		if got := Version(); got != v {
			t.Errorf("Version() = %q with version %q stamped", got, v)
		}
		r := run(t, nil, "--version")
		if !strings.HasPrefix(r.stdout, "baocao "+v+" (") {
			t.Errorf("--version printed %q with %q stamped", r.stdout, v)
		}
	}
	version = ""
	if Version() == "" {
		t.Error("Version() is empty without a stamp; want the build info's version or (devel)")
	}
}

func TestHelpNamesDataFile(t *testing.T) {
	env, _ := sandbox(t)
	r := run(t, env, "help")
	r.want(t, 0, []string{"Tệp dữ liệu đang dùng trên máy này: " + env["BAOCAO_DB"] + "\n"}, nil)
	run(t, env, "help", "--lang", "en").want(t, 0, []string{"Drafts file in use on this computer: " + env["BAOCAO_DB"]}, nil)
	run(t, env, "help", "check").want(t, 0, nil, nil)
	if strings.Contains(run(t, env, "help", "check").stdout, "Tệp dữ liệu đang dùng") {
		t.Error("the help of a command names the data file; only the overview should")
	}
}

// TestHelpIsNFC checks that the help is stored in Unicode NFC, as every
// text baocao prints must be (decomposed diacritics show as separate marks
// in some Windows consoles).
func TestHelpIsNFC(t *testing.T) {
	for name, texts := range map[string]map[string]string{"vi": helpVI, "en": helpEN} {
		for topic, text := range texts {
			if !norm.NFC.IsNormalString(text) {
				t.Errorf("%s help %q is not NFC", name, topic)
			}
			if strings.ContainsRune(text, '\r') || strings.ContainsRune(text, '\t') {
				t.Errorf("%s help %q holds a carriage return or a tab", name, topic)
			}
		}
	}
}
