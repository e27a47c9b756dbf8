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

// Overwrites returns an error when writing a file at target (an export, a
// bundle, a backup) would replace the drafts file at db or one of its
// backups (ErrOwnFile): target names it, is a link to it or a hard link
// of it, or is a file in its backups folder. Every writer refuses such a
// target, with --force too: the drafts would be lost.
func Overwrites(db, target string) error {
	t, err := os.Stat(target)
	if err != nil {
		return nil
	}
	if d, err := os.Stat(db); err == nil && os.SameFile(t, d) {
		return &Error{Kind: ErrOwnFile, Path: target}
	}
	real, err := filepath.EvalSymlinks(target)
	if err != nil {
		return nil
	}
	dir, err1 := os.Stat(filepath.Dir(real))
	backups, err2 := os.Stat(BackupDir(db))
	if err1 == nil && err2 == nil && os.SameFile(dir, backups) {
		return &Error{Kind: ErrOwnFile, Path: target}
	}
	return nil
}
