package store

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
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

// Overwrites returns an error (ErrOwnFile) when writing a file at target
// (an export, a workbook, a bundle, an outline, a backup) would replace
// the drafts file at db or one of its backups, or put a file named as a
// backup among them: target names it, is a symbolic or hard link to it,
// reaches it through "..", or names it in another case on a disk that
// ignores case. The file system answers (os.SameFile on what the path opens), not a
// comparison of names. It is the one rule every writer asks before it
// writes, and --force does not lift it: the drafts would be lost.
func Overwrites(db, target string) error {
	refuse := &Error{Kind: ErrOwnFile, Path: target}
	if namedAsBackup(db, filepath.Base(target)) {
		parent, err1 := os.Stat(filepath.Dir(writeTarget(target)))
		backups, err2 := os.Stat(BackupDir(db))
		if err1 == nil && err2 == nil && os.SameFile(parent, backups) {
			return refuse
		}
	}
	t, err := os.Stat(target)
	if err != nil {
		return nil // nothing there to replace (a dangling link is replaced itself)
	}
	if d, err := os.Stat(db); err == nil && os.SameFile(t, d) {
		return refuse
	}
	ents, _ := os.ReadDir(BackupDir(db))
	for _, de := range ents {
		if !namedAsBackup(db, de.Name()) {
			continue
		}
		if info, err := os.Stat(filepath.Join(BackupDir(db), de.Name())); err == nil && os.SameFile(t, info) {
			return refuse
		}
	}
	return nil
}

// namedAsBackup says whether name reads as the name of a backup of the
// drafts file at db in any case, and with the trailing dots and spaces
// Windows drops from a name. On a disk that ignores case the drafts file
// may be named "DRAFTS.DB" one day and "drafts.db" the next, and its
// backups carry whichever case made them, so the guard folds case; on a
// disk that keeps case it refuses a few more names in the backups
// folder, which is no loss.
func namedAsBackup(db, name string) bool {
	name = strings.TrimRight(name, ". ")
	_, ok := parseBackupName(strings.ToLower(backupPrefix(db)), strings.ToLower(name))
	return ok
}

// writeTarget is the absolute file a writer at path replaces or creates,
// as the system resolves the path: links followed and ".." taken after
// them (filepath.Abs would clean "link/.." by name, not by where the link
// leads). An existing link to a file gives that file.
func writeTarget(path string) string {
	if real, err := filepath.EvalSymlinks(path); err == nil {
		return absolute(real)
	}
	i := len(path) - 1
	for i > 0 && os.IsPathSeparator(path[i]) {
		i--
	}
	for i >= 0 && !os.IsPathSeparator(path[i]) {
		i--
	}
	dir := "."
	if i >= 0 {
		dir = path[:i+1]
	}
	if real, err := filepath.EvalSymlinks(dir); err == nil {
		return absolute(filepath.Join(real, path[i+1:]))
	}
	return absolute(path)
}

func absolute(path string) string {
	if abs, err := filepath.Abs(path); err == nil {
		return abs
	}
	return path
}
