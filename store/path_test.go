package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/baocao/baocao/model"
)

func TestDataDir(t *testing.T) {
	home := func() (string, error) { return "/home/thu", nil }
	noHome := func() (string, error) { return "", errors.New("no home") }
	tests := []struct {
		goos string
		env  map[string]string
		home func() (string, error)
		want string
		err  bool
	}{
		{"linux", nil, home, "/home/thu/.local/share/baocao", false},
		{"linux", map[string]string{"XDG_DATA_HOME": "/data"}, home, "/data/baocao", false},
		{"linux", map[string]string{"XDG_DATA_HOME": "relative"}, home, "/home/thu/.local/share/baocao", false},
		{"freebsd", nil, home, "/home/thu/.local/share/baocao", false},
		{"darwin", map[string]string{"XDG_DATA_HOME": "/data"}, home, "/home/thu/Library/Application Support/baocao", false},
		{"windows", map[string]string{"AppData": `C:\Users\thu\AppData\Roaming`}, home, filepath.Join(`C:\Users\thu\AppData\Roaming`, "baocao"), false},
		{"windows", nil, home, "", true},
		{"linux", nil, noHome, "", true},
	}
	for _, tt := range tests {
		got, err := dataDir(tt.goos, func(k string) string { return tt.env[k] }, tt.home)
		if got != tt.want || (err != nil) != tt.err {
			t.Errorf("dataDir(%s, %v) = %q, %v; want %q", tt.goos, tt.env, got, err, tt.want)
		}
	}
}

func TestResolvePath(t *testing.T) {
	def, err := DefaultPath()
	if err != nil {
		t.Skipf("no default path here: %v", err)
	}
	cwd, _ := os.Getwd()
	tests := []struct {
		flag, env, want string
	}{
		{"", "", def},
		{"", "/tmp/a.db", "/tmp/a.db"},
		{"/tmp/b.db", "/tmp/a.db", "/tmp/b.db"},
		{"rel.db", "", filepath.Join(cwd, "rel.db")},
	}
	for _, tt := range tests {
		got, err := ResolvePath(tt.flag, func(k string) string {
			if k == EnvDB {
				return tt.env
			}
			return ""
		})
		if err != nil || got != tt.want {
			t.Errorf("ResolvePath(%q, %q) = %q, %v; want %q", tt.flag, tt.env, got, err, tt.want)
		}
	}
	if filepath.Base(def) != FileName {
		t.Errorf("DefaultPath = %q", def)
	}
}

func TestOpenCreatesPrivateFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "mới", "sâu", FileName)
	openTest(t, path)
	for p, want := range map[string]os.FileMode{path: 0o600, filepath.Dir(path): 0o700} {
		info, err := os.Stat(p)
		if err != nil || info.Mode().Perm() != want {
			t.Errorf("%s: mode %v, %v; want %v", p, info.Mode().Perm(), err, want)
		}
	}
	leftovers, _ := filepath.Glob(filepath.Join(filepath.Dir(path), ".*"))
	if len(leftovers) != 0 {
		t.Errorf("temporary files left: %v", leftovers)
	}
}

func TestOpenRemovesTemps(t *testing.T) {
	s, path := newStore(t)
	s.Close()
	openBackup(t, path)
	dir := filepath.Dir(path)
	stale := []string{
		filepath.Join(dir, ".drafts.db-123.tmp"),
		filepath.Join(dir, ".drafts.db-new-9.tmp"),
		filepath.Join(BackupDir(path), ".drafts-20260101-000000.000000-tx4.db-77.tmp"),
	}
	keep := []string{filepath.Join(dir, ".other.db-1.tmp"), filepath.Join(dir, "notes.txt")}
	for _, p := range append(stale, keep...) {
		if err := os.WriteFile(p, []byte("x"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	openTest(t, path)
	for _, p := range stale {
		if _, err := os.Stat(p); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("%s not removed: %v", p, err)
		}
	}
	for _, p := range keep {
		if _, err := os.Stat(p); err != nil {
			t.Errorf("%s removed: %v", p, err)
		}
	}
}

func TestMessage(t *testing.T) {
	tests := []struct {
		err  error
		want string
	}{
		{nil, ""},
		{ErrLocked, "đang được mở trong một cửa sổ baocao khác"},
		{fmt.Errorf("mở: %w", &Error{Kind: ErrNotFound, Draft: "12"}), "bản nháp số 12"},
		{&Error{Kind: ErrCorrupt, Draft: "3", Err: errors.New("x")}, "hãy khôi phục một bản lưu trước"},
		{&model.FormatError{Line: 4, Msg: "sai"}, "dòng 4: sai"},
		{&os.PathError{Op: "open", Path: "/x", Err: os.ErrPermission}, "Không có quyền ghi"},
		{&os.PathError{Op: "write", Path: "/x", Err: syscall.ENOSPC}, "Ổ đĩa đã đầy"},
		{errors.New("i/o error"), "kiểm tra ổ đĩa"},
		{&os.PathError{Op: "open", Path: "/không/có/đâu/drafts.db", Err: syscall.ENOENT}, "Không có thư mục /không/có/đâu"},
		{&os.PathError{Op: "open", Path: "/tmp", Err: syscall.ENOENT}, "Không có tệp /tmp"},
		{&os.PathError{Op: "open", Path: "/x/" + strings.Repeat("a", 300), Err: syscall.ENAMETOOLONG}, "quá dài"},
		{readError(&os.PathError{Op: "open", Path: "/x", Err: os.ErrPermission}), "Không có quyền đọc /x"},
		{writeError(&os.PathError{Op: "open", Path: "/x", Err: syscall.EACCES}), "Không có quyền ghi vào /x"},
		{&os.PathError{Op: "read", Path: "/x", Err: syscall.EISDIR}, "/x là một thư mục"},
		{&os.PathError{Op: "open", Path: "/x/y", Err: syscall.ENOTDIR}, "không phải thư mục"},
		{&os.PathError{Op: "write", Path: "/x", Err: syscall.EROFS}, "chỉ cho đọc"},
		{&Error{Kind: ErrReadOnly, Path: "/x"}, "chỉ xem"},
	}
	for _, tt := range tests {
		got := Message(tt.err)
		if (tt.want == "" && got != "") || !strings.Contains(got, tt.want) {
			t.Errorf("Message(%v) = %q, want it to contain %q", tt.err, got, tt.want)
		}
	}
}

func TestSortByName(t *testing.T) {
	names := []string{"Zô", "Ơn", "Đông", "Ăn", "On", "Dung", "Ân", "Bình", "An", "Ôn", "Ước", "Uyên"}
	var ms []Meta
	for _, n := range names {
		ms = append(ms, Meta{Summary: Summary{Title: n}})
	}
	same := []Meta{
		{ID: "1", Summary: Summary{Title: "Quý I", Unit: "Xã Đông"}, Modified: time.Unix(1, 0)},
		{ID: "2", Summary: Summary{Title: "Quý I", Unit: "Xã Bình"}, Modified: time.Unix(2, 0)},
		{ID: "3", Summary: Summary{Title: "Quý I", Unit: "Xã Bình"}, Modified: time.Unix(3, 0)},
	}
	SortByName(ms)
	SortByName(same)
	if got, want := titles(ms), "An, Ăn, Ân, Bình, Dung, Đông, On, Ôn, Ơn, Uyên, Ước, Zô"; got != want {
		t.Errorf("SortByName = %s\nwant          %s", got, want)
	}
	if got := same[0].ID + same[1].ID + same[2].ID; got != "321" {
		t.Errorf("ties by unit then newest: %s, want 321", got)
	}
}
