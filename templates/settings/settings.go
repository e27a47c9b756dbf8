// Package settings keeps the few choices baocao remembers for a user
// between runs (the folder last exported to) in a small JSON file under the
// user's configuration folder. The UI never writes it itself: it calls File
// through a command (ui/common.Prefs), and main opens it at start.
package settings

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/templates/userfile"
)

// FileName is the settings file's name inside the configuration folder.
const FileName = "settings.json"

// maxSize bounds the settings file; a larger file is not read.
const maxSize = 64 << 10

// Settings are the remembered choices.
type Settings struct {
	// ExportDir is the folder the last export was written to.
	ExportDir string `json:"exportDir,omitempty"`
}

// File is the settings file of one user. Its methods are safe for
// concurrent use; reads are from memory, only SetExportDir writes.
type File struct {
	path string
	mu   sync.Mutex
	s    Settings
}

// DefaultPath returns the settings file of the current user, without
// creating it: os.UserConfigDir()/baocao/settings.json ($XDG_CONFIG_HOME or
// ~/.config on Linux, %AppData% on Windows, ~/Library/Application Support
// on macOS).
func DefaultPath() (string, error) {
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, "baocao", FileName), nil
}

// Open reads the settings at path. A missing file gives empty settings and
// no error; an unreadable or malformed one gives empty settings (so the
// program still starts) and the error, to be shown as a warning.
func Open(path string) (*File, error) {
	f := &File{path: path}
	s, err := readFile(path)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return f, err
	}
	if s.ExportDir != "" {
		if st, err := os.Stat(s.ExportDir); err != nil || !st.IsDir() {
			s.ExportDir = "" // moved or deleted since: propose the documents folder
		}
	}
	f.s = s
	return f, nil
}

// readFile reads and decodes a settings file of at most maxSize bytes;
// only a regular file is read (userfile: never a FIFO or a device).
func readFile(path string) (Settings, error) {
	data, err := userfile.Read(path, maxSize)
	if err != nil {
		return Settings{}, err
	}
	return Parse(data)
}

// Parse decodes settings: a JSON object, unknown keys ignored, a UTF-8
// byte-order mark accepted; text is cleaned of control characters and a
// folder must be an absolute path.
func Parse(data []byte) (Settings, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	var s Settings
	if len(bytes.TrimSpace(data)) == 0 {
		return s, nil
	}
	if err := json.Unmarshal(data, &s); err != nil {
		return Settings{}, fmt.Errorf("tệp thiết lập hỏng (%v); bỏ qua", err)
	}
	s.ExportDir = model.CleanLine(s.ExportDir)
	if s.ExportDir != "" && !filepath.IsAbs(s.ExportDir) {
		s.ExportDir = ""
	}
	return s, nil
}

// Path returns the file's path.
func (f *File) Path() string { return f.path }

// ExportDir returns the folder last exported to, or "" (from memory).
func (f *File) ExportDir() string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.s.ExportDir
}

// SetExportDir remembers dir (made absolute) as the folder last exported
// to and writes the file. It does I/O: call it from a command.
func (f *File) SetExportDir(dir string) error {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.s.ExportDir == abs {
		return nil
	}
	next := f.s
	next.ExportDir = abs
	if err := write(f.path, next); err != nil {
		return err
	}
	f.s = next
	return nil
}

// write replaces the file atomically: a temporary file in the same folder,
// synced, then renamed over it. The folder is made 0700, the file 0600.
func write(path string, s Settings) error {
	data, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return err
	}
	data = append(data, '\n')
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(dir, ".settings-*.tmp")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // after a successful rename this fails harmlessly
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// DocumentsDir returns the user's documents folder when it exists: on
// Linux and other Unix systems XDG_DOCUMENTS_DIR from
// $XDG_CONFIG_HOME/user-dirs.dirs (which desktops localise, e.g. "Tài
// liệu"), else ~/Documents; on Windows %USERPROFILE%\Documents; on macOS
// ~/Documents. It returns "" when there is none.
func DocumentsDir() string {
	home, err := os.UserHomeDir()
	if err != nil || home == "" {
		return ""
	}
	var candidates []string
	if runtime.GOOS != "windows" && runtime.GOOS != "darwin" {
		cfg := os.Getenv("XDG_CONFIG_HOME")
		if cfg == "" || !filepath.IsAbs(cfg) {
			cfg = filepath.Join(home, ".config")
		}
		if data, err := os.ReadFile(filepath.Join(cfg, "user-dirs.dirs")); err == nil {
			if d := UserDirsDocuments(data, home); d != "" {
				candidates = append(candidates, d)
			}
		}
	}
	if runtime.GOOS == "windows" {
		if p := os.Getenv("USERPROFILE"); p != "" {
			candidates = append(candidates, filepath.Join(p, "Documents"))
		}
	}
	candidates = append(candidates, filepath.Join(home, "Documents"))
	for _, d := range candidates {
		if st, err := os.Stat(d); err == nil && st.IsDir() {
			return d
		}
	}
	return ""
}

// UserDirsDocuments reads XDG_DOCUMENTS_DIR from the text of a
// user-dirs.dirs file (lines XDG_xxx_DIR="$HOME/yyy"), with $HOME replaced
// by home. It returns "" when the line is missing, malformed, or names the
// home folder itself (which means "no documents folder").
func UserDirsDocuments(data []byte, home string) string {
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		v, ok := strings.CutPrefix(line, "XDG_DOCUMENTS_DIR=")
		if !ok {
			continue
		}
		if len(v) < 2 || v[0] != '"' || v[len(v)-1] != '"' {
			return ""
		}
		v = strings.ReplaceAll(v[1:len(v)-1], `\"`, `"`)
		switch {
		case v == "$HOME" || v == "$HOME/":
			return ""
		case strings.HasPrefix(v, "$HOME/"):
			v = filepath.Join(home, v[len("$HOME/"):])
		case !strings.HasPrefix(v, "/"):
			return ""
		}
		v = model.CleanLine(filepath.Clean(v))
		if v == filepath.Clean(home) {
			return ""
		}
		return v
	}
	return ""
}
