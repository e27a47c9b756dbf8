//go:build unix

package userfile

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

func TestRead(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "tệp.outline")
	os.WriteFile(file, []byte("nội dung"), 0o600)
	fifo := filepath.Join(dir, "ong")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	os.Symlink(fifo, filepath.Join(dir, "lien-ket-ong"))
	os.Symlink("/dev/zero", filepath.Join(dir, "zero"))
	os.WriteFile(filepath.Join(dir, "lon"), make([]byte, 2048), 0o600)
	tests := []struct {
		name, path string
		is         error
		msg        string
	}{
		{"regular", file, nil, ""},
		{"folder", dir, ErrNotRegular, "thư mục"},
		{"fifo", fifo, ErrNotRegular, "không phải tệp thường"},
		{"link to fifo", filepath.Join(dir, "lien-ket-ong"), ErrNotRegular, "không phải tệp thường"},
		{"device", filepath.Join(dir, "zero"), ErrNotRegular, "không phải tệp thường"},
		{"too large", filepath.Join(dir, "lon"), ErrTooLarge, "lớn hơn 1 KB"},
		{"missing", filepath.Join(dir, "không-có"), os.ErrNotExist, "không có tệp"},
		{"name too long", filepath.Join(dir, strings.Repeat("a", 300)), syscall.ENAMETOOLONG, "quá dài"},
		{"file as folder", filepath.Join(file, "x"), syscall.ENOTDIR, "không phải thư mục"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			data, err := Read(tc.path, 1024)
			if tc.is == nil {
				if err != nil || string(data) != "nội dung" {
					t.Fatalf("Read = %q, %v", data, err)
				}
				return
			}
			if !errors.Is(err, tc.is) || !strings.Contains(err.Error(), tc.msg) {
				t.Fatalf("Read error %v, want one matching %v and saying %q", err, tc.is, tc.msg)
			}
		})
	}
}
