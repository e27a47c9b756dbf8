package store

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
)

// FileName is the drafts file's name inside DataDir.
const FileName = "drafts.db"

// EnvDB is the environment variable that overrides the drafts file's path.
const EnvDB = "BAOCAO_DB"

// DataDir returns baocao's data folder, without creating it: on Linux and
// other Unix systems $XDG_DATA_HOME/baocao, else ~/.local/share/baocao; on
// Windows %AppData%\baocao; on macOS ~/Library/Application Support/baocao.
// Outline files live in DataDir/outlines, the drafts file in
// DataDir/drafts.db.
func DataDir() (string, error) {
	return dataDir(runtime.GOOS, os.Getenv, os.UserHomeDir)
}

func dataDir(goos string, env func(string) string, home func() (string, error)) (string, error) {
	switch goos {
	case "windows":
		if d := env("AppData"); d != "" {
			return filepath.Join(d, "baocao"), nil
		}
		return "", errors.New("biến môi trường %AppData% trống; hãy chỉ rõ tệp bản nháp bằng --db hoặc BAOCAO_DB")
	case "darwin", "ios":
		h, err := home()
		if err != nil {
			return "", err
		}
		return filepath.Join(h, "Library", "Application Support", "baocao"), nil
	}
	if d := env("XDG_DATA_HOME"); d != "" && filepath.IsAbs(d) {
		return filepath.Join(d, "baocao"), nil
	}
	h, err := home()
	if err != nil {
		return "", err
	}
	return filepath.Join(h, ".local", "share", "baocao"), nil
}

// DefaultPath returns the default drafts file, DataDir()/drafts.db. Open
// creates the folder (0700) and the file (0600) when they are missing.
func DefaultPath() (string, error) {
	dir, err := DataDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, FileName), nil
}

// ResolvePath chooses the drafts file: the --db flag when given, else
// $BAOCAO_DB (read through env, usually os.Getenv), else DefaultPath. The
// result is absolute.
func ResolvePath(flag string, env func(string) string) (string, error) {
	p := flag
	if p == "" && env != nil {
		p = env(EnvDB)
	}
	if p == "" {
		return DefaultPath()
	}
	return filepath.Abs(p)
}
