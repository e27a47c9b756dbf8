package compile

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/baocao/baocao/model"
)

// FuzzParseExpected checks that any list gives clean, distinct, non-empty
// names without a tab or a line break.
func FuzzParseExpected(f *testing.F) {
	for _, s := range []string{"Xã Tân Lợi\nPhường Hòa Thành\n", "\uFEFF# x\r\n1. Xã A\r\n2) Xã B\n- Xã C", "12\tXã A\tI\n", "Phường 12\n", "\x1b[31mXã\x00", "9", "1.\n-\n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		seen := map[string]bool{}
		for _, name := range ParseExpected(data) {
			if name == "" || strings.ContainsAny(name, "\t\n\r") || !utf8.ValidString(name) || name != model.CleanLine(name) {
				t.Fatalf("bad name %q", name)
			}
			if seen[fold(name)] {
				t.Fatalf("%q listed twice", name)
			}
			seen[fold(name)] = true
		}
	})
}

// FuzzReadJSON checks that any file gives reports or skipped entries with
// a message, never a panic, and every report's text is clean; the reports
// read compile (their tables added up) without a panic.
func FuzzReadJSON(f *testing.F) {
	fx := newFixture(f)
	r := fx.genMany(1, 9)[0]
	data, err := model.MarshalReport(r)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	withTables, err := model.MarshalReport(fx.genOn(fx.cchc, 1, 9)[0])
	if err != nil {
		f.Fatal(err)
	}
	f.Add(withTables)
	f.Add([]byte(`{"format":"baocao/bundle@2","drafts":[{"id":"1","modified":"2023-09-01T00:00:00Z","report":` + string(data) + `},{"id":"2","report":{}},{"report":"x"}]}`))
	for _, s := range []string{"", "{", `{"format":"baocao/bundle@9"}`, `{"drafts":[],"format":"baocao/bundle@1"}`, `{"format":7}`, `{"format":"baocao/bundle@1","drafts":null}`, `[]`, `{"format":"baocao/report@1"} x`} {
		f.Add([]byte(s))
	}
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		name := filepath.Join(dir, "f.json")
		if err := os.WriteFile(name, data, 0o600); err != nil {
			t.Fatal(err)
		}
		inputs, skipped := Load([]string{name}, LoadOptions{})
		for _, s := range skipped {
			if s.Err == nil || s.Err.Error() == "" || !strings.HasPrefix(s.Name, name) {
				t.Fatalf("skipped %q without a message", s.Name)
			}
		}
		for _, in := range inputs {
			if in.Report.Unit.Name != model.CleanLine(in.Report.Unit.Name) {
				t.Fatalf("unclean unit name %q", in.Report.Unit.Name)
			}
		}
		if res, err := Compile(inputs, skipped, Options{Outlines: fx.set, Rules: fx.rules}); err == nil {
			if err := WriteWorkbook(res, io.Discard); err != nil {
				t.Fatalf("workbook: %v", err)
			}
		}
	})
}
