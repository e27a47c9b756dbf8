package settings

import (
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"testing"
)

func TestParse(t *testing.T) {
	tests := []struct {
		name, in, want string
		err            bool
	}{
		{"empty", "", "", false},
		{"spaces", " \n", "", false},
		{"folder", `{"exportDir":"/home/an/Tài liệu"}`, "/home/an/Tài liệu", false},
		{"bom", "\xef\xbb\xbf" + `{"exportDir":"/x"}`, "/x", false},
		{"unknown keys", `{"exportDir":"/x","theme":"dark"}`, "/x", false},
		{"relative folder dropped", `{"exportDir":"docs"}`, "", false},
		{"escape cleaned", `{"exportDir":"/a\u001b[31mb"}`, "/ab", false},
		{"not json", `exportDir=/x`, "", true},
		{"wrong type", `{"exportDir":3}`, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Parse([]byte(tt.in))
			if (err != nil) != tt.err || s.ExportDir != tt.want {
				t.Errorf("Parse(%q) = %q, %v; want %q, error %v", tt.in, s.ExportDir, err, tt.want, tt.err)
			}
		})
	}
}

// TestRemember: the folder set is written, read back by a new Open (a new
// run), and the file is private to the user.
func TestRemember(t *testing.T) {
	path := filepath.Join(t.TempDir(), "cfg", "baocao", FileName)
	f, err := Open(path)
	if err != nil || f.ExportDir() != "" {
		t.Fatalf("missing file: %q, %v", f.ExportDir(), err)
	}
	dir := t.TempDir()
	if err := f.SetExportDir(dir); err != nil {
		t.Fatal(err)
	}
	again, err := Open(path)
	if err != nil || again.ExportDir() != dir {
		t.Fatalf("after a restart: %q, %v; want %q", again.ExportDir(), err, dir)
	}
	if runtime.GOOS != "windows" {
		st, err := os.Stat(path)
		if err != nil || st.Mode().Perm() != 0o600 {
			t.Errorf("mode %v, %v", st.Mode(), err)
		}
	}
	left, _ := filepath.Glob(filepath.Join(filepath.Dir(path), ".settings-*"))
	if len(left) != 0 {
		t.Errorf("temporary files left: %v", left)
	}
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = f.SetExportDir(filepath.Join(dir, string(rune('a'+i))))
			_ = f.ExportDir()
		}()
	}
	wg.Wait()
}

func TestOpenBadFiles(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte("{"), 0o600)
	if f, err := Open(bad); err == nil || f == nil || f.ExportDir() != "" {
		t.Errorf("malformed file: %v", err)
	}
	big := filepath.Join(dir, "big.json")
	os.WriteFile(big, make([]byte, maxSize+10), 0o600)
	if _, err := Open(big); err == nil {
		t.Error("an oversized file was read")
	}
	if _, err := Open(dir); err == nil {
		t.Error("a folder was read as settings")
	}
}

// TestSetFails: an unwritable place is an error, and memory keeps the old
// folder.
func TestSetFails(t *testing.T) {
	dir := t.TempDir()
	block := filepath.Join(dir, "file")
	os.WriteFile(block, nil, 0o600)
	f, _ := Open(filepath.Join(block, "baocao", FileName))
	if err := f.SetExportDir(dir); err == nil {
		t.Fatal("writing under a file succeeded")
	}
	if f.ExportDir() != "" {
		t.Errorf("memory changed to %q after a failed write", f.ExportDir())
	}
}

func TestUserDirsDocuments(t *testing.T) {
	home := "/home/an"
	tests := []struct{ in, want string }{
		{"XDG_DOCUMENTS_DIR=\"$HOME/Tài liệu\"\n", "/home/an/Tài liệu"},
		{"# comment\nXDG_DESKTOP_DIR=\"$HOME/Desktop\"\nXDG_DOCUMENTS_DIR=\"$HOME/Documents\"\n", "/home/an/Documents"},
		{"XDG_DOCUMENTS_DIR=\"/srv/docs\"", "/srv/docs"},
		{"XDG_DOCUMENTS_DIR=\"$HOME/\"", ""},
		{"XDG_DOCUMENTS_DIR=\"$HOME\"", ""},
		{"XDG_DOCUMENTS_DIR=$HOME/Docs", ""},
		{"XDG_DOCUMENTS_DIR=\"relative\"", ""},
		{"XDG_DOCUMENTS_DIR=\"$HOME/../an\"", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := UserDirsDocuments([]byte(tt.in), home); got != tt.want {
			t.Errorf("%q gave %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestDocumentsDir(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "darwin" {
		t.Skip("reads user-dirs.dirs only on Linux and BSD")
	}
	home := t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(home, ".config"))
	if got := DocumentsDir(); got != "" {
		t.Errorf("no documents folder: got %q", got)
	}
	os.Mkdir(filepath.Join(home, "Documents"), 0o700)
	if got := DocumentsDir(); got != filepath.Join(home, "Documents") {
		t.Errorf("got %q", got)
	}
	os.MkdirAll(filepath.Join(home, ".config"), 0o700)
	os.Mkdir(filepath.Join(home, "Tài liệu"), 0o700)
	os.WriteFile(filepath.Join(home, ".config", "user-dirs.dirs"), []byte("XDG_DOCUMENTS_DIR=\"$HOME/Tài liệu\"\n"), 0o600)
	if got := DocumentsDir(); got != filepath.Join(home, "Tài liệu") {
		t.Errorf("localised folder: got %q", got)
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"", `{"exportDir":"/x"}`, "\xef\xbb\xbf{}", `{"exportDir":"\u001b]52;x"}`, `[`, `{"exportDir":null}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := Parse(data)
		if err != nil && s.ExportDir != "" {
			t.Fatal("an error with a folder")
		}
		if s.ExportDir != "" && !filepath.IsAbs(s.ExportDir) {
			t.Fatalf("relative folder %q", s.ExportDir)
		}
		for _, r := range s.ExportDir {
			if r < 0x20 || r == 0x7f {
				t.Fatalf("control character in %q", s.ExportDir)
			}
		}
	})
}

func FuzzUserDirsDocuments(f *testing.F) {
	for _, s := range []string{"XDG_DOCUMENTS_DIR=\"$HOME/Documents\"", "XDG_DOCUMENTS_DIR=\"/\"", "XDG_DOCUMENTS_DIR=\"$HOME/a\\\"b\""} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		got := UserDirsDocuments(data, "/home/an")
		if got != "" && !filepath.IsAbs(got) {
			t.Fatalf("relative %q", got)
		}
		if got == "/home/an" {
			t.Fatal("home itself")
		}
	})
}

// TestFIFONotRead: a FIFO at the settings path is refused at once, not
// waited on.
func TestFIFONotRead(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no FIFOs")
	}
	path := filepath.Join(t.TempDir(), FileName)
	if err := mkfifo(path); err != nil {
		t.Skip(err)
	}
	f, err := Open(path)
	if err == nil || f.ExportDir() != "" {
		t.Errorf("a FIFO was read: %v", err)
	}
}
