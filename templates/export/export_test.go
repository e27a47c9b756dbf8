package export_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/templates"
	"github.com/baocao/baocao/templates/export"
	fixtures "github.com/baocao/baocao/templates/internal/fixture"
	"github.com/baocao/baocao/ui/common"
)

// The UI's interface is met; set Exists to the UI's sentinel when wiring.
var _ common.Exporter = export.Exporter{Exists: common.ErrFileExists}

func fixture(t testing.TB, id string) (model.Report, model.Outline, model.Rules) {
	return fixtures.Example(t, id)
}

func TestRender(t *testing.T) {
	r, o, rules := fixture(t, "state")
	tests := []struct {
		format string
		check  func([]byte) bool
	}{
		{"docx", func(b []byte) bool { return bytes.HasPrefix(b, []byte("PK\x03\x04")) }},
		{".DOCX", func(b []byte) bool { return bytes.HasPrefix(b, []byte("PK\x03\x04")) }},
		{"pdf", func(b []byte) bool { return bytes.HasPrefix(b, []byte("%PDF-")) }},
		{"md", func(b []byte) bool { return bytes.Contains(b, []byte("# BÁO CÁO")) }},
		{"txt", func(b []byte) bool { return bytes.Contains(b, []byte("Lê Thị Thu Hà")) }},
		{"json", func(b []byte) bool {
			back, err := model.UnmarshalReport(b)
			return err == nil && back.Signer.Name == r.Signer.Name
		}},
	}
	for _, tt := range tests {
		data, err := export.Render(tt.format, r, o, rules)
		if err != nil || !tt.check(data) {
			t.Errorf("Render(%q): err %v, output not as expected", tt.format, err)
		}
	}
	var fe *export.FormatError
	if _, err := export.Render("odt", r, o, rules); !errors.As(err, &fe) || !strings.Contains(err.Error(), "docx, pdf") {
		t.Errorf("Render(odt) = %v, want a FormatError listing the formats", err)
	}
}

func TestDefaultName(t *testing.T) {
	tests := []struct {
		name string
		edit func(r *model.Report)
		ext  string
		want string
	}{
		{"seed 000", func(r *model.Report) {
			r.Doc.Number, r.Unit.Name, r.Doc.Date = "197", "Phổ Minh", "29/8/2023"
		}, "docx", "197-BC-UBND_Pho-Minh_2023-08-29.docx"},
		{"party, đ folded", func(r *model.Report) {
			r.Doc.Number, r.Unit.IssuerCode, r.Unit.Name, r.Doc.Date = "5", "ĐU", "Đức Phổ", "05/02/2026"
		}, ".pdf", "05-BC-DU_Duc-Pho_2026-02-05.pdf"},
		{"no number yet", func(r *model.Report) { r.Doc.Number = "" }, "md", "BC-UBND_An-Thinh_2023-09-12.md"},
		{"bad date left out", func(r *model.Report) { r.Doc.Date = "31/2/2023" }, "txt", "215-BC-UBND_An-Thinh.txt"},
		{"nothing at all", func(r *model.Report) { *r = model.Report{} }, "json", "bao-cao.json"},
		{"odd characters", func(r *model.Report) { r.Unit.Name = "Ea H'Leo / Phường 1 (cũ)" }, "docx", "215-BC-UBND_Ea-H-Leo-Phuong-1-cu_2023-09-12.docx"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, o, _ := fixture(t, "state")
			tt.edit(&r)
			if got := export.DefaultName(r, o, tt.ext); got != tt.want {
				t.Errorf("DefaultName = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestWriteFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "r.docx")
	if err := export.WriteFile(path, []byte("one"), false); err != nil {
		t.Fatal(err)
	}
	err := export.WriteFile(path, []byte("two"), false)
	if !errors.Is(err, export.ErrExists) || !strings.Contains(err.Error(), "--force") {
		t.Errorf("second write without force: %v, want ErrExists mentioning --force", err)
	}
	if got, _ := os.ReadFile(path); string(got) != "one" {
		t.Errorf("refused write changed the file: %q", got)
	}
	if err := export.WriteFile(path, []byte("three"), true); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(path); string(got) != "three" {
		t.Errorf("forced write gave %q", got)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("temporary files left behind: %v", entries)
	}
	uiErr := export.Exporter{Exists: common.ErrFileExists}.WriteFile(path, nil, false)
	if !errors.Is(uiErr, common.ErrFileExists) || !errors.Is(uiErr, export.ErrExists) {
		t.Errorf("Exporter.WriteFile: %v does not match both sentinels", uiErr)
	}
}

func TestWriteFileErrors(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name, path, want string
	}{
		{"missing folder", filepath.Join(dir, "no", "r.docx"), "không có"},
		{"a folder", dir, "thư mục"},
	}
	for _, tt := range tests {
		err := export.WriteFile(tt.path, []byte("x"), true)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: %v, want a message with %q", tt.name, err, tt.want)
		}
	}
}

func TestPage(t *testing.T) {
	r, o, rules := fixture(t, "party")
	page := export.Exporter{}.Page(r, o, rules, 60)
	if !strings.Contains(page, "ĐẢNG CỘNG SẢN VIỆT NAM") || !strings.Contains(page, "Trần Minh Khôi") {
		t.Errorf("page lacks the motto or the signer:\n%s", page)
	}
}

// TestRenderEmpty renders a new, empty report of every built-in outline in
// every format: a draft just begun must still preview and export.
func TestRenderEmpty(t *testing.T) {
	rules, err := templates.Rules()
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range templates.Builtin() {
		r := model.New(o)
		for _, f := range export.Formats {
			if data, err := export.Render(f, r, o, rules); err != nil || len(data) == 0 {
				t.Errorf("%s/%s: %v", o.ID, f, err)
			}
		}
		if page := export.Page(r, o, rules, 40); !strings.Contains(page, "BÁO CÁO") {
			t.Errorf("%s: empty page lacks the title:\n%s", o.ID, page)
		}
	}
}

// TestExporterGuard: WriteFile asks Guard first and writes nothing when it
// refuses, even with force.
func TestExporterGuard(t *testing.T) {
	path := filepath.Join(t.TempDir(), "drafts.db")
	if err := os.WriteFile(path, []byte("kho"), 0o600); err != nil {
		t.Fatal(err)
	}
	refused := errors.New("refused")
	x := export.Exporter{Guard: func(p string) error {
		if p == path {
			return refused
		}
		return nil
	}}
	if err := x.WriteFile(path, []byte("văn bản"), true); !errors.Is(err, refused) {
		t.Fatalf("WriteFile over a guarded file = %v, want the guard's error", err)
	}
	if data, _ := os.ReadFile(path); string(data) != "kho" {
		t.Fatalf("the guarded file now holds %q", data)
	}
	if err := x.WriteFile(path+".txt", []byte("văn bản"), false); err != nil {
		t.Fatalf("WriteFile beside it: %v", err)
	}
}
