package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"

	"github.com/baocao/baocao/store"
)

// version is stamped at build time with
// -ldflags "-X main.version=$(git describe --tags --always --dirty)".
var version = ""

// Version returns the stamped version, else the module version Go recorded
// in the binary: the tag for "go install module@version", a pseudo-version
// such as "v0.0.0-20261123083625-39498d357eef+dirty" for "go build" in a
// git checkout, "(devel)" when it knows none.
func Version() string {
	if version != "" {
		return version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		return bi.Main.Version
	}
	return "(devel)"
}

// printVersion prints "baocao VERSION (GOVERSION GOOS/GOARCH)".
func (m *Main) printVersion() error {
	_, err := m.printf("baocao %s (%s %s/%s)\n", Version(), runtime.Version(), runtime.GOOS, runtime.GOARCH)
	return err
}

// runVersion is the "version" command.
func (m *Main) runVersion(g globals, args []string) error {
	fs := newFlagSet("version", m.lang, &g)
	if done, err := m.parse(fs, args); done || err != nil {
		return err
	}
	if err := fs.need(0, 0, "", ""); err != nil {
		return err
	}
	return m.printVersion()
}

// runHelp is the "help" command: "help [COMMAND [SUBCOMMAND]]". The
// overview ends with where the drafts file is on this machine.
func (m *Main) runHelp(g globals, args []string) error {
	fs := newFlagSet("help", m.lang, &g)
	if done, err := m.parse(fs, args); done || err != nil {
		return err
	}
	if err := m.help(fs.args); err != nil || len(fs.args) > 0 {
		return err
	}
	if db, err := store.ResolvePath(g.db, m.Getenv); err == nil {
		m.printf(m.lang.T("\nTệp dữ liệu đang dùng trên máy này: %s\n", "\nDrafts file in use on this computer: %s\n"), db)
	}
	return nil
}

// help prints the help of a topic: "" (the overview), a command, or a
// command and its subcommand ("templates check" shows "templates").
func (m *Main) help(topic []string) error {
	name := ""
	if len(topic) > 0 {
		name = topic[0]
	}
	text, ok := m.helpText(name)
	if !ok {
		return m.usagef("", "không có hướng dẫn cho %q; xem danh sách lệnh bằng \"baocao help\"",
			"no help for %q; see the list of commands with \"baocao help\"", strings.Join(topic, " "))
	}
	_, err := fmt.Fprint(m.Stdout, text)
	return err
}

// helpText returns a topic's help in the current language.
func (m *Main) helpText(topic string) (string, bool) {
	texts := helpVI
	if m.lang == LangEN {
		texts = helpEN
	}
	text, ok := texts[topic]
	return text, ok
}

// parse parses a command's arguments. done is true when --help was asked
// and the command's help has been printed.
func (m *Main) parse(fs *flagSet, args []string) (done bool, err error) {
	help := false
	fs.Bool(&help, "help", "h")
	if err := fs.Parse(args); err != nil {
		return false, err
	}
	if help {
		return true, m.help([]string{fs.cmd})
	}
	return false, nil
}
