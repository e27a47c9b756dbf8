// Command baocao drafts a commune's báo cáo offline, section by section, and
// exports it as a correctly formatted document.
//
// With no arguments it opens the terminal UI on the drafts file; the
// subcommands (check, templates, list, backup, restore, bundle, export) work
// without it. Run "baocao help" for the list, "baocao help COMMAND" for one.
//
// The shape follows benbjohnson/litestream: Main.Run parses the arguments
// and runs a command, returning an error; main only turns that error into a
// message and an exit code (0 success, 1 problems found or failure, 2 wrong
// usage).
package main

import (
	"context"
	"errors"
	"io"
	"os"

	tea "charm.land/bubbletea/v2"
)

func main() {
	m := NewMain()
	err := m.Run(context.Background(), os.Args[1:])
	os.Exit(m.Exit(err))
}

// Main is the program: its standard streams and environment, so that tests
// can run it in-process with temporary directories.
type Main struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	// Getenv reads the environment (BAOCAO_DB, BAOCAO_LANG, the data
	// directory variables).
	Getenv func(string) string

	lang Lang
	// tuiOptions are extra Bubble Tea options for the UI (tests set a
	// window size, which a terminal would report).
	tuiOptions []tea.ProgramOption
}

// NewMain returns a Main wired to the process's streams and environment.
func NewMain() *Main {
	return &Main{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv}
}

// Run runs the command named by args (without the program name). It returns
// nil on success, a *UsageError for wrong arguments, ErrProblems when a
// check found errors (already printed), and any other error on failure.
func (m *Main) Run(ctx context.Context, args []string) error {
	lang, err := pickLang(args, m.Getenv("BAOCAO_LANG"))
	m.lang = lang
	if err != nil {
		return err
	}
	g := globals{}
	rest, err := g.parseLeading(m.lang, args)
	if err != nil {
		return err
	}
	switch {
	case g.version:
		return m.printVersion()
	case g.help:
		return m.runHelp(g, rest)
	case len(rest) == 0:
		return m.runTUI(ctx, g)
	}
	return m.dispatch(ctx, g, rest[0], rest[1:])
}

// dispatch runs one subcommand with its own arguments.
func (m *Main) dispatch(ctx context.Context, g globals, cmd string, args []string) error {
	switch cmd {
	case "help":
		return m.runHelp(g, args)
	case "version":
		return m.runVersion(g, args)
	case "check":
		return m.runCheck(g, args)
	case "templates":
		return m.runTemplates(g, args)
	case "list":
		return m.runList(ctx, g, args)
	case "backup":
		return m.runBackup(ctx, g, args)
	case "restore":
		return m.runRestore(ctx, g, args)
	case "bundle":
		return m.runBundle(ctx, g, args)
	case "export":
		return m.runExport(ctx, g, args)
	case "history":
		return m.runHistory(ctx, g, args)
	case "trash":
		return m.runTrash(ctx, g, args)
	case "verify":
		return m.runVerify(ctx, g, args)
	case "compile":
		return m.runCompile(g, args)
	case "import":
		return m.runImport(ctx, g, args)
	case "next":
		return m.runNext(ctx, g, args)
	}
	return m.usagef("", "không có lệnh %q; xem danh sách lệnh bằng \"baocao help\"",
		"unknown command %q; see the list of commands with \"baocao help\"", cmd)
}

// Exit prints err, if any, to Stderr and returns the process exit code:
// 0 success, 1 problems found or failure, 2 wrong usage.
func (m *Main) Exit(err error) int {
	if err == nil {
		return 0
	}
	if errors.Is(err, ErrProblems) {
		return 1
	}
	if errors.Is(err, ErrSkipped) {
		return 3
	}
	var ue *UsageError
	if errors.As(err, &ue) {
		m.eprintf("baocao: %s\n", oneLine(ue.Msg))
		if ue.Command != "" {
			m.eprintf("%s\n", m.lang.T("Xem hướng dẫn: baocao help "+ue.Command,
				"See: baocao help "+ue.Command))
		}
		return 2
	}
	m.eprintf("baocao: %s\n", oneLine(err.Error()))
	return 1
}
