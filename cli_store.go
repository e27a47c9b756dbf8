package main

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/baocao/baocao/store"
	"github.com/baocao/baocao/ui"
	"github.com/charmbracelet/x/ansi"
)

// openStore opens the workspace's drafts file, with its errors in the
// user's language. Imported drafts get their list summary from the
// workspace's outlines and rules.
func (m *Main) openStore(w *workspace) (*store.Store, error) {
	s, err := store.Open(w.dbPath, store.WithSummarizer(ui.Summarizer(w.outlines, w.rules)))
	if err != nil {
		return nil, m.storeError(err)
	}
	return s, nil
}

// readOnlyBanner is what the UI's title line and the CLI's stderr say of
// a store open read-only; "" for a writable one.
func (m *Main) readOnlyBanner(s *store.Store) string {
	if s.ReadOnly() == nil {
		return ""
	}
	return m.lang.T("CHỈ XEM: tệp bản nháp không ghi được, mọi thay đổi sẽ không được lưu",
		"READ-ONLY: the drafts file cannot be written; changes will not be saved")
}

// warnStore prints on stderr that the store is open read-only.
func (m *Main) warnStore(s *store.Store) {
	if banner := m.readOnlyBanner(s); banner != "" {
		m.eprintf("%s (%s)\n", banner, oneLine(s.ReadOnly().Error()))
	}
}

// autoBackup takes the automatic backup when one is due, after a
// command's work (its output is out first), and prints on stderr why it
// failed.
func (m *Main) autoBackup(ctx context.Context, s *store.Store) {
	if _, err := s.AutoBackup(ctx); err != nil {
		m.eprintf("%s\n", oneLine(m.storeError(err).Error()))
	}
}

// withStore parses a store command's arguments into fs (made with g),
// checks their number and runs fn on the open store.
func (m *Main) withStore(g *globals, args []string, fs *flagSet, min, max int, viWhat, enWhat string,
	fn func(w *workspace, s *store.Store) error) error {
	if done, err := m.parse(fs, args); done || err != nil {
		return err
	}
	if err := fs.need(min, max, viWhat, enWhat); err != nil {
		return err
	}
	w, err := m.workspace(*g)
	if err != nil {
		return err
	}
	s, err := m.openStore(w)
	if err != nil {
		return err
	}
	m.warnStore(s)
	err = fn(w, s)
	if err == nil {
		m.autoBackup(context.Background(), s)
	}
	if cerr := s.Close(); err == nil && cerr != nil {
		err = m.storeError(cerr)
	}
	return err
}

// runList is "baocao list [--sort time|name]".
func (m *Main) runList(_ context.Context, g globals, args []string) error {
	fs := newFlagSet("list", m.lang, &g)
	sortBy := "time"
	fs.String(&sortBy, "sort")
	return m.withStore(&g, args, fs, 0, 0, "", "", func(w *workspace, s *store.Store) error {
		if sortBy != "time" && sortBy != "name" {
			return m.usagef("list", "--sort %q không hợp lệ; hãy dùng time (mới sửa trước) hoặc name (theo tên)",
				"invalid --sort %q; use time (latest first) or name", sortBy)
		}
		width, out := terminalWidth(m.Stdout), m.Stdout
		buf := bufio.NewWriterSize(out, 64<<10) // tens of thousands of lines: not one write each
		m.Stdout = buf
		defer func() {
			buf.Flush()
			m.Stdout = out
		}()
		if sortBy == "time" {
			return m.printEach(w, s, width)
		}
		list, err := s.List()
		if err != nil {
			return m.storeError(err)
		}
		store.SortByName(list)
		if len(list) == 0 {
			m.noDrafts(w)
			return nil
		}
		p := m.listPrinter(width)
		for _, d := range list {
			p.print(d)
		}
		return nil
	})
}

// listLayout is how the drafts list's columns fit a width: the widths in
// terminal cells of the columns before the title (ID, changed, done,
// errors, warnings, outline; each followed by a space), which of them are
// shown, and the title's width (0: whole, into a pipe). Below
// listNarrow cells only the ID and the title are shown.
type listLayout struct {
	widths []int
	shown  []bool
	title  int
}

var listWidths = []int{5, 16, 7, 5, 5, 8}

const listNarrow = 72

// layoutFor fits the list to a terminal width (0 for a pipe).
func layoutFor(width int) listLayout {
	l := listLayout{widths: listWidths, shown: []bool{true, true, true, true, true, true}}
	if width > 0 && width < listNarrow {
		l.shown = []bool{true, false, false, false, false, false}
	}
	fixed := 0
	for i, w := range l.widths {
		if l.shown[i] {
			fixed += w + 1
		}
	}
	if width > 0 {
		l.title = max(width-fixed, 1)
	}
	return l
}

// appendRow appends one line: every shown column fitted to its width (cut
// with "…"), then the title, cut to its width when it has one, without
// the spaces it ends with. Its text is clean already (labels, and the
// store's entries, which it cleans as it reads them), so tens of
// thousands of rows are not cleaned again. cell appends column i's text.
func (l listLayout) appendRow(dst []byte, cell func(dst []byte, i int) []byte) []byte {
	start := len(dst)
	for i, w := range l.widths {
		if l.shown[i] {
			at := len(dst)
			dst = append(fitCell(cell(dst, i), at, w), ' ')
		}
	}
	at := len(dst)
	dst = cell(dst, len(l.widths))
	if l.title > 0 && cellWidth(dst[at:]) > l.title {
		dst = append(dst[:at], ansi.Truncate(string(dst[at:]), l.title, "…")...)
	}
	for len(dst) > start && dst[len(dst)-1] == ' ' {
		dst = dst[:len(dst)-1]
	}
	return dst
}

// printEach prints the drafts list, newest first, one draft a line as
// the store reads it (the list is never held whole), fitted to the
// terminal's width (long titles cut with "…"; 0: into a pipe, titles
// whole).
func (m *Main) printEach(w *workspace, s *store.Store, width int) error {
	var p *listPrinter
	err := s.Each(func(d store.Meta) error {
		if p == nil {
			p = m.listPrinter(width)
		}
		p.print(d)
		return nil
	})
	if err != nil {
		return m.storeError(err)
	}
	if p == nil {
		m.noDrafts(w)
	}
	return nil
}

// noDrafts says that the drafts file holds none.
func (m *Main) noDrafts(w *workspace) {
	m.printf(m.lang.T("Chưa có bản nháp nào trong %s. Chạy \"baocao\" để soạn bản đầu tiên.\n",
		"No drafts in %s yet. Run \"baocao\" to write the first one.\n"), w.dbPath)
}

// listPrinter prints the rows of the drafts list into out, each built in
// one buffer kept from row to row.
type listPrinter struct {
	layout   listLayout
	out      io.Writer
	untitled string
	line     []byte
}

// listPrinter prints the list's header for a terminal width columns wide
// (0: a pipe) and returns the printer of its rows.
func (m *Main) listPrinter(width int) *listPrinter {
	l := layoutFor(width)
	head := [...]string{m.lang.T("MÃ", "ID"), m.lang.T("SỬA LÚC", "CHANGED"), m.lang.T("XONG", "DONE"),
		m.lang.T("LỖI", "ERR"), m.lang.T("CB", "WARN"), m.lang.T("DÀN Ý", "OUTLINE"), m.lang.T("TÊN — ĐƠN VỊ", "TITLE — UNIT")}
	row := l.appendRow(nil, func(dst []byte, i int) []byte { return append(dst, head[i]...) })
	m.printf("%s\n", row)
	return &listPrinter{layout: l, out: m.Stdout, untitled: m.lang.T("(chưa đặt tên)", "(untitled)")}
}

// print prints one row of the drafts list, as it is: a store.Meta's text
// is clean (see appendRow).
func (p *listPrinter) print(d store.Meta) {
	p.line = append(p.layout.appendRow(p.line[:0], func(dst []byte, i int) []byte {
		switch i {
		case 0:
			return append(dst, d.ID...)
		case 1:
			return d.Modified.Local().AppendFormat(dst, "2006-01-02 15:04")
		case 2:
			dst = append(strconv.AppendInt(dst, int64(d.Done), 10), '/')
			return strconv.AppendInt(dst, int64(d.Required), 10)
		case 3:
			return strconv.AppendInt(dst, int64(d.Errors), 10)
		case 4:
			return strconv.AppendInt(dst, int64(d.Warnings), 10)
		case 5:
			return append(dst, d.Outline...)
		}
		if d.Title == "" {
			dst = append(dst, p.untitled...)
		}
		dst = append(dst, d.Title...)
		if d.Unit != "" {
			dst = append(append(dst, " — "...), d.Unit...)
		}
		return dst
	}), '\n')
	p.out.Write(p.line)
}

// runBackup is "baocao backup PATH [--force]". PATH may be a folder, which
// receives a dated file.
func (m *Main) runBackup(_ context.Context, g globals, args []string) error {
	fs := newFlagSet("backup", m.lang, &g)
	force := false
	fs.Bool(&force, "force")
	return m.withStore(&g, args, fs, 1, 1, "nơi ghi bản sao lưu (baocao backup PATH)",
		"where to write the backup (baocao backup PATH)", func(w *workspace, s *store.Store) error {
			dst := fs.args[0]
			if st, err := os.Stat(dst); err == nil && st.IsDir() {
				dst = filepath.Join(dst, "baocao-"+time.Now().Format("2006-01-02-150405")+".db")
			}
			if err := m.refuseExisting(dst, force); err != nil {
				return err
			}
			if err := s.Backup(dst); err != nil {
				return m.failf("không ghi được bản sao lưu %s. %v", "cannot write the backup %s. %v", dst, m.storeError(err))
			}
			m.printf(m.lang.T("Đã sao lưu %s vào %s.\n", "Backed up %s to %s.\n"), w.dbPath, dst)
			return nil
		})
}

// refuseExisting returns an error when path exists and force is off.
func (m *Main) refuseExisting(path string, force bool) error {
	if force {
		return nil
	}
	if _, err := os.Lstat(path); err == nil {
		return m.failf("tệp %s đã có; hãy chọn tên khác, hoặc thêm --force để ghi đè",
			"%s exists; choose another name, or add --force to overwrite it", path)
	}
	return nil
}

// runRestore is "baocao restore [N|NAME]": without an argument it lists the
// backups; with one it restores it.
func (m *Main) runRestore(_ context.Context, g globals, args []string) error {
	fs := newFlagSet("restore", m.lang, &g)
	var replaceRO bool
	fs.Bool(&replaceRO, "replace-read-only")
	if done, err := m.parse(fs, args); done || err != nil {
		return err
	}
	if err := fs.need(0, 1, "", ""); err != nil {
		return err
	}
	w, err := m.workspace(g)
	if err != nil {
		return err
	}
	list, err := store.ListBackups(w.dbPath)
	if err != nil {
		return m.failf("không đọc được thư mục sao lưu %s: %v", "cannot read the backups folder %s: %v", store.BackupDir(w.dbPath), err)
	}
	if len(fs.args) == 0 {
		m.printBackups(w, list)
		return nil
	}
	b, err := m.pickBackup(list, fs.args[0])
	if err != nil {
		return err
	}
	var opts []store.Option
	if replaceRO {
		opts = append(opts, store.WithReplaceReadOnly())
	}
	if err := store.RestoreBackup(w.dbPath, b.Name, opts...); err != nil {
		return m.storeError(err)
	}
	m.printf(m.lang.T("Đã khôi phục %s từ bản sao lưu %s (lúc %s). Tệp cũ được giữ trong %s.\n",
		"Restored %s from the backup %s (taken %s). The old file is kept in %s.\n"),
		w.dbPath, b.Name, b.Time.Local().Format("2006-01-02 15:04:05"), store.BackupDir(w.dbPath))
	return nil
}

// printBackups lists the backups, numbered from 1 (newest).
func (m *Main) printBackups(w *workspace, list []store.BackupInfo) {
	if len(list) == 0 {
		m.printf(m.lang.T("Chưa có bản sao lưu nào của %s (baocao tự sao lưu khi mở tệp, cách nhau ít nhất 12 giờ, sau khi kiểm tra toàn bộ tệp).\n",
			"There is no backup of %s yet (baocao makes one when it opens the file, at least 12 hours apart, after checking the whole file).\n"), w.dbPath)
		return
	}
	m.printf(m.lang.T("Các bản sao lưu của %s, mới nhất trước:\n", "Backups of %s, newest first:\n"), w.dbPath)
	for i, b := range list {
		kind := m.lang.T("tự động", "automatic")
		if !b.Auto {
			kind = m.lang.T("tệp cũ trước lần khôi phục", "file replaced by a restore")
		}
		m.printf("%3d  %s  %8d B  %-s  %s\n", i+1, b.Time.Local().Format("2006-01-02 15:04:05"), b.Size, b.Name, kind)
	}
	m.printf("%s\n", m.lang.T("Khôi phục bằng: baocao restore SỐ", "Restore with: baocao restore N"))
}

// pickBackup finds a backup by its number in the list or its name.
func (m *Main) pickBackup(list []store.BackupInfo, arg string) (store.BackupInfo, error) {
	if n, err := strconv.Atoi(arg); err == nil {
		if n >= 1 && n <= len(list) {
			return list[n-1], nil
		}
		return store.BackupInfo{}, m.failf("không có bản sao lưu số %d (có %d bản); xem danh sách bằng \"baocao restore\"",
			"there is no backup number %d (there are %d); list them with \"baocao restore\"", n, len(list))
	}
	for _, b := range list {
		if b.Name == arg || b.Path == arg {
			return b, nil
		}
	}
	return store.BackupInfo{}, m.failf("không có bản sao lưu %q; xem danh sách bằng \"baocao restore\" rồi chọn theo số",
		"there is no backup %q; list them with \"baocao restore\" and pick one by number", arg)
}

// runBundle is "baocao bundle export|import FILE".
func (m *Main) runBundle(_ context.Context, g globals, args []string) error {
	fs := newFlagSet("bundle", m.lang, &g)
	force := false
	fs.Bool(&force, "force")
	return m.withStore(&g, args, fs, 2, 2, "việc cần làm và tệp (baocao bundle export|import FILE)",
		"what to do and the file (baocao bundle export|import FILE)", func(w *workspace, s *store.Store) error {
			switch fs.args[0] {
			case "export":
				return m.bundleExport(s, fs.args[1], force)
			case "import":
				return m.bundleImport(s, fs.args[1])
			}
			return m.usagef("bundle", "không có việc %q; hãy dùng bundle export FILE hoặc bundle import FILE",
				"no such action %q; use bundle export FILE or bundle import FILE", fs.args[0])
		})
}

// bundleExport writes every draft to file ("-": stdout), atomically.
func (m *Main) bundleExport(s *store.Store, file string, force bool) error {
	if file == "-" {
		if err := s.ExportBundle(m.Stdout); err != nil {
			return m.storeError(err)
		}
		return nil
	}
	if err := m.refuseExisting(file, force); err != nil {
		return err
	}
	if err := s.ExportBundleFile(file); err != nil {
		return m.storeError(err)
	}
	m.printf(m.lang.T("Đã gói các bản nháp vào %s.\n", "Packed the drafts into %s.\n"), file)
	return nil
}

// bundleImport takes in the drafts of file ("-": stdin) and says what it did.
func (m *Main) bundleImport(s *store.Store, file string) error {
	data, err := m.readInput(file)
	if err != nil {
		return err
	}
	res, err := s.ImportBundle(bytes.NewReader(data))
	if err != nil {
		return m.storeError(err)
	}
	m.printf(m.lang.T("Đã nhận từ %s: %d bản mới, %d bản cập nhật, %d bản không đổi, %d bản ở máy này đã sửa tiếp (giữ nguyên), %d bản xung đột giữ thành bản riêng.\n",
		"Took in from %s: %d new, %d updated, %d unchanged, %d edited further here (kept), %d conflicting kept as copies.\n"),
		file, len(res.Added), len(res.Updated), len(res.Unchanged), len(res.Older), len(res.Conflicts))
	for _, c := range res.Conflicts {
		m.printf(m.lang.T("  bản nháp %s đã được sửa ở cả hai máy: bản ở máy này giữ nguyên, bản trong gói lưu thành bản nháp %s (đánh dấu xung đột); hãy so sánh rồi xóa bản không dùng\n",
			"  draft %s was edited on both PCs: this PC's is kept, the bundle's is kept as draft %s (marked as a conflict); compare them and delete the one not needed\n"), c.Local.ID, c.Copy.ID)
	}
	return nil
}
