package compile

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/xuri/excelize/v2"

	"github.com/baocao/baocao/model"

	"github.com/baocao/baocao/store"
)

// TestRunSkipsWhatPanics: a file whose reader panics (as a hostile Word
// file could make it) is skipped and named; the good reports around it are
// compiled and the workbook is written.
func TestRunSkipsWhatPanics(t *testing.T) {
	fx := newFixture(t)
	dir := t.TempDir()
	reports := fx.genMany(4, 11)
	for i, r := range reports {
		writeJSON(t, filepath.Join(dir, fmt.Sprintf("bc-%d.json", i)), r)
	}
	for _, name := range []string{"doc.docx", "hong.docx"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(name), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	read := func(name string, data []byte) ([]Input, error) {
		if string(data) == "hong.docx" {
			var deep []int
			_ = deep[len(data)]
		}
		return []Input{{Report: fx.genMany(5, 11)[4]}}, nil
	}
	res, err := Run([]string{dir}, LoadOptions{Readers: map[string]Reader{".docx": read}}, Options{Outlines: fx.set, Rules: fx.rules})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { res.Close() })
	if len(res.Units) != 5 || len(res.Skipped) != 1 || !strings.HasSuffix(res.Skipped[0].Name, "hong.docx") ||
		!strings.Contains(res.Skipped[0].Err.Error(), "bị bỏ qua") {
		t.Fatalf("units %d, skipped %v", len(res.Units), res.Skipped)
	}
	var buf bytes.Buffer
	if err := WriteWorkbook(res, &buf); err != nil {
		t.Fatal(err)
	}
}

// TestBundleRulesAreTheStores: what "bundle import" refuses as a whole (a
// key twice, in the bundle or a draft; a uid on two drafts) compile skips
// as a whole, naming why, instead of picking one copy silently.
func TestBundleRulesAreTheStores(t *testing.T) {
	fx := newFixture(t)
	dir := t.TempDir()
	s, err := store.Open(filepath.Join(dir, "drafts.db"))
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range fx.genMany(3, 12) {
		if _, err := s.Create(r, store.Summary{Title: r.Unit.Name}); err != nil {
			t.Fatal(err)
		}
	}
	var good bytes.Buffer
	if err := s.ExportBundle(&good); err != nil {
		t.Fatal(err)
	}
	first := strings.Index(good.String(), `"uid": "`) + len(`"uid": "`)
	uid := good.String()[first : first+32]
	second := strings.LastIndex(good.String(), `"uid": "`) + len(`"uid": "`)
	tests := []struct {
		name, data, says string
	}{
		{"good", good.String(), ""},
		{"bundle key", strings.Replace(good.String(), `"format": "baocao/bundle@2",`, `"format": "baocao/bundle@2", "format": "baocao/bundle@2",`, 1), `"format"`},
		{"report key", strings.Replace(good.String(), `"outline": "state",`, `"outline": "state", "outline": "party",`, 1), `"outline"`},
		{"uid twice", good.String()[:second] + uid + good.String()[second+32:], "cùng uid"},
		{"trailing", good.String() + "{}", "dữ liệu thừa"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, storeErr := s.ImportBundle(strings.NewReader(tt.data))
			path := filepath.Join(dir, tt.name+".json")
			if err := os.WriteFile(path, []byte(tt.data), 0o600); err != nil {
				t.Fatal(err)
			}
			inputs, skipped := Load([]string{path}, LoadOptions{})
			if tt.says == "" {
				if storeErr != nil || len(inputs) != 3 || len(skipped) != 0 {
					t.Fatalf("store %v; compile %d inputs, skipped %v", storeErr, len(inputs), skipped)
				}
				return
			}
			if !errors.Is(storeErr, store.ErrBadBundle) {
				t.Errorf("bundle import took it: %v", storeErr)
			}
			if len(inputs) != 0 || len(skipped) != 1 || skipped[0].Name != path || !strings.Contains(skipped[0].Err.Error(), tt.says) {
				t.Errorf("compile read %d drafts, skipped %v; want the bundle skipped saying %s", len(inputs), skipped, tt.says)
			}
		})
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
}

// TestLongNamesAreCutWithAWarning: names longer than an Excel cell holds
// are cut in the workbook (never by the library silently) and listed.
func TestLongNamesAreCutWithAWarning(t *testing.T) {
	fx := newFixture(t)
	rs := fx.genMany(2, 13)
	long := strings.Repeat("Tân Hòa 𝐀 ", 4000)
	rs[0].Unit.Name, rs[0].Unit.Issuer = long, ""
	rs[1].Unit.Parent = long
	res, err := Compile([]Input{{Name: "a.json", Report: rs[0]}, {Name: "b.json", Report: rs[1]}}, nil, Options{Outlines: fx.set, Rules: fx.rules})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { res.Close() })
	var cut []string
	for _, is := range res.Issues {
		if is.Kind == IssueCut {
			cut = append(cut, is.Message)
			if len([]rune(is.Unit)) > 60 {
				t.Errorf("the issue names the unit with %d characters", len([]rune(is.Unit)))
			}
		}
	}
	if all := strings.Join(cut, "|"); len(cut) != 2 || !strings.Contains(all, "tên đơn vị dài 40.003 ký tự") || !strings.Contains(all, "tên cấp trên dài") {
		t.Fatalf("cut warnings = %q", cut)
	}
	var buf bytes.Buffer
	if err := WriteWorkbook(res, &buf); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(SheetStaffing)
	if err != nil {
		t.Fatal(err)
	}
	for _, cell := range []string{rows[1][1], rows[1][2], rows[2][1], rows[2][2]} {
		if n := len(utf16.Encode([]rune(cell))); n > excelize.TotalCellChars || n > 1000 && !strings.HasSuffix(cell, "…") {
			t.Errorf("a cell of %d UTF-16 units, ending %q", n, cell[max(len(cell)-8, 0):])
		}
	}
}

// TestCompilerAddsAsCompile: reports added one at a time from several
// goroutines compile as Compile compiles them all at once, without keeping
// their answers.
func TestCompilerAddsAsCompile(t *testing.T) {
	fx := newFixture(t)
	opt := Options{Outlines: fx.set, Rules: fx.rules}
	var inputs []Input
	for i, r := range fx.genOn(fx.cchc, 20, 31) {
		inputs = append(inputs, Input{Name: fmt.Sprint(i), Report: r})
	}
	want, err := Compile(inputs, nil, opt)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { want.Close() })
	c := NewCompiler(opt)
	done := make(chan bool)
	for w := range 4 {
		go func() {
			for i := w; i < len(inputs); i += 4 {
				c.Add(inputs[i])
			}
			done <- true
		}()
	}
	for range 4 {
		<-done
	}
	got, err := c.Compile(nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { got.Close() })
	a, _ := model.MarshalReport(want.Draft)
	b, _ := model.MarshalReport(got.Draft)
	if len(got.Units) != len(want.Units) || !bytes.Equal(a, b) {
		t.Errorf("%d units, drafts equal %v; want %d units and the same draft", len(got.Units), bytes.Equal(a, b), len(want.Units))
	}
}
