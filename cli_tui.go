package main

import (
	"context"
	"errors"
	"os"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/term"

	"github.com/baocao/baocao/templates/settings"
	"github.com/baocao/baocao/ui"
	"github.com/baocao/baocao/ui/common"
)

// runTUI opens the terminal UI on the workspace's drafts file. It reads keys
// from Stdin and draws on Stdout, so tests can drive it.
func (m *Main) runTUI(ctx context.Context, g globals) error {
	if f, ok := m.Stdin.(*os.File); ok && !term.IsTerminal(f.Fd()) {
		return m.usagef("", "chạy baocao không kèm lệnh là mở giao diện soạn thảo, mà giao diện cần một cửa sổ dòng lệnh (terminal); khi chạy trong tập lệnh, hãy dùng một lệnh như baocao list, baocao check, baocao export",
			"without a command baocao opens the editor, which needs a terminal; in a script use a command such as baocao list, baocao check, baocao export")
	}
	w, err := m.workspace(g)
	if err != nil {
		return err
	}
	s, err := m.openStore(w)
	if err != nil {
		return err
	}
	defer s.Close()
	backupCtx, stopBackup := context.WithCancel(ctx)
	defer stopBackup() // before Close: a copy under way stops, the earlier backups stay
	live := &liveOutlines{base: w.outlines}
	svc := common.Services{
		Store:     ui.NewDraftStore(s, live),
		Outlines:  live,
		Rules:     w.rules,
		Export:    m.newExporter(false, w.dbPath),
		ExportDir: exportDir(),
		Backup:    ui.NewBackup(backupCtx, s),
	}
	prefs, prefsErr := openPrefs()
	if prefs != nil {
		svc.Prefs = prefs
	}
	svc.Import = tuiImporter{m: m, w: w, store: svc.Store, outlines: live}
	svc.Word = tuiWordChecker{m: m}
	strs := common.Vietnamese()
	if m.lang == LangEN {
		strs = common.English()
	}
	opts := append([]tea.ProgramOption{tea.WithContext(ctx), tea.WithInput(m.Stdin), tea.WithOutput(m.Stdout)}, m.tuiOptions...)
	p := tea.NewProgram(ui.New(ui.Config{Services: svc, Strings: strs, Banner: m.readOnlyBanner(s), ReadFile: readExpected, PasteGap: common.PasteGap}), opts...)
	_, err = p.Run()
	m.reportLoadErrors(w)
	if prefsErr != nil {
		m.eprintf("%s\n", oneLine(prefsErr.Error()))
	}
	if errors.Is(err, tea.ErrProgramKilled) && ctx.Err() != nil {
		return nil
	}
	if err != nil {
		return m.failf("giao diện dừng vì lỗi: %v; các bản nháp đã lưu vẫn còn, hãy mở lại baocao",
			"the program stopped on an error: %v; saved drafts are kept, start baocao again", err)
	}
	return nil
}

// reportLoadErrors tells, after the UI closes, which user outline files
// could not be offered.
func (m *Main) reportLoadErrors(w *workspace) {
	if len(w.loadErrs) == 0 {
		return
	}
	m.eprintf("%s\n", m.lang.T("Các tệp dàn ý sau có lỗi nên không được dùng (xem: baocao templates):",
		"These outline files have errors and were not offered (see: baocao templates):"))
	for _, err := range w.loadErrs {
		m.eprintf("%s\n", oneLine(err.Error()))
	}
}

// exportDir is the folder first proposed for exported documents when none
// is remembered: the user's documents folder (as the desktop names it),
// else the home folder; the current folder only when there is no home.
func exportDir() string {
	if docs := settings.DocumentsDir(); docs != "" {
		return docs
	}
	if home, err := os.UserHomeDir(); err == nil && home != "" {
		return home
	}
	if wd, err := os.Getwd(); err == nil {
		return wd
	}
	return "."
}

// openPrefs opens the user's settings file (the folder last exported to).
// It returns nil when there is no configuration folder; a damaged file
// gives empty settings and the error, to be shown after the UI closes.
func openPrefs() (*settings.File, error) {
	path, err := settings.DefaultPath()
	if err != nil {
		return nil, nil
	}
	return settings.Open(path)
}
