package export_test

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/baocao/baocao/templates/export"
)

// TestWriteFileFrom: the content written by the callback lands in the file
// as WriteFile's would; the guard, the refusal to overwrite and a failing
// callback leave the file as it was and no temporary file behind.
func TestWriteFileFrom(t *testing.T) {
	failed := errors.New("failed half-way")
	refused := errors.New("refused")
	guarded := "drafts.db"
	x := export.Exporter{Guard: func(p string) error {
		if filepath.Base(p) == guarded {
			return refused
		}
		return nil
	}}
	tests := []struct {
		name, file string
		write      func(io.Writer) error
		force      bool
		want       error
		content    string
	}{
		{"new file", "a.xlsx", writeString("bảng tính"), false, nil, "bảng tính"},
		{"overwrite with force", "old.xlsx", writeString("mới"), true, nil, "mới"},
		{"existing without force", "old.xlsx", writeString("mới"), false, export.ErrExists, "cũ"},
		{"guarded", guarded, writeString("mới"), true, refused, "cũ"},
		{"callback fails", "old.xlsx", func(w io.Writer) error {
			if _, err := io.WriteString(w, "nửa"); err != nil {
				return err
			}
			return failed
		}, true, failed, "cũ"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			for _, name := range []string{"old.xlsx", guarded} {
				if err := os.WriteFile(filepath.Join(dir, name), []byte("cũ"), 0o600); err != nil {
					t.Fatal(err)
				}
			}
			path := filepath.Join(dir, tt.file)
			err := x.WriteFileFrom(path, tt.write, tt.force)
			if !errors.Is(err, tt.want) || (tt.want == nil) != (err == nil) {
				t.Fatalf("WriteFileFrom = %v, want %v", err, tt.want)
			}
			if data, _ := os.ReadFile(path); string(data) != tt.content {
				t.Errorf("the file holds %q, want %q", data, tt.content)
			}
			if left, _ := filepath.Glob(filepath.Join(dir, ".*")); len(left) > 0 {
				t.Errorf("temporary files left: %v", left)
			}
		})
	}
}

func writeString(s string) func(io.Writer) error {
	return func(w io.Writer) error {
		_, err := io.WriteString(w, s)
		return err
	}
}
