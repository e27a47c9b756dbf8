package main

import (
	"os"
	"reflect"
	"strings"
	"testing"

	"charm.land/bubbles/v2/key"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/ui/common"
	"github.com/baocao/baocao/ui/drafts"
	"github.com/baocao/baocao/ui/editor"
	"github.com/baocao/baocao/ui/grid"
	"github.com/baocao/baocao/ui/history"
	"github.com/baocao/baocao/ui/staffing"
	"github.com/baocao/baocao/ui/trash"
)

func readme(t *testing.T) string {
	t.Helper()
	data, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// TestREADMETestCommand keeps README's test command and the one .ci/run
// runs the same.
func TestREADMETestCommand(t *testing.T) {
	ci, err := os.ReadFile(".ci/run")
	if err != nil {
		t.Fatal(err)
	}
	const cmd = "go test -race ./..."
	if !strings.Contains(readme(t), "\n"+cmd+"\n") || !strings.Contains(string(ci), "\n"+cmd+"\n") {
		t.Errorf("README.md and .ci/run must both run %q on a line of its own", cmd)
	}
}

// TestREADMECommands checks that README documents every command with help.
func TestREADMECommands(t *testing.T) {
	text := readme(t)
	for topic := range helpVI {
		if topic != "" && !strings.Contains(text, "`baocao "+topic) {
			t.Errorf("README.md does not document \"baocao %s\"", topic)
		}
	}
}

// TestREADMEKeys checks that README names every key of the UI's key maps,
// so the table cannot drift from ui/keys.go.
func TestREADMEKeys(t *testing.T) {
	text := readme(t)
	s := common.Vietnamese()
	for _, km := range []any{common.DefaultGlobalKeyMap(s), common.DefaultDraftsKeyMap(s), common.DefaultFormKeyMap(s),
		common.DefaultWizardKeyMap(s), common.DefaultListKeyMap(s), staffing.DefaultKeyMap(), editor.DefaultKeyMap(),
		drafts.DefaultKeyMap(&s), history.DefaultKeyMap(&s), trash.DefaultKeyMap(&s), struct{ Open key.Binding }{history.OpenKey(&s)},
		grid.DefaultKeyMap()} {
		v := reflect.ValueOf(km)
		for i := 0; i < v.NumField(); i++ {
			b, ok := v.Field(i).Interface().(key.Binding)
			if !ok {
				continue
			}
			for _, k := range strings.Split(b.Help().Key, "/") {
				if !strings.Contains(text, "`"+k+"`") {
					t.Errorf("README.md does not name the key %q (%s.%s)", k, v.Type().Name(), v.Type().Field(i).Name)
				}
			}
		}
	}
}

// TestREADMEJSONExample checks that the README's example of the JSON form
// is read by model.UnmarshalReport and follows a built-in outline.
func TestREADMEJSONExample(t *testing.T) {
	text := readme(t)
	start := strings.Index(text, "```json\n")
	if start < 0 {
		t.Fatal("README.md has no ```json example")
	}
	body := text[start+len("```json\n"):]
	body = body[:strings.Index(body, "```")]
	r, err := model.UnmarshalReport([]byte(body))
	if err != nil {
		t.Fatalf("README's JSON example does not read: %v", err)
	}
	env, dir := sandbox(t)
	file := writeFile(t, dir, "readme.json", []byte(body))
	res := run(t, env, "check", file)
	lines := strings.Split(strings.TrimSpace(res.stdout), "\n")
	for _, line := range lines[:len(lines)-1] {
		// The example is shortened: only answers may be missing (to do).
		if !strings.HasPrefix(line, "chưa điền: answers.") {
			t.Errorf("README's example (outline %q) has a problem beyond missing answers: %s", r.Outline, line)
		}
	}
}
