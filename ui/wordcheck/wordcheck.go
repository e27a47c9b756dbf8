// Package wordcheck is the "Kiểm tra tệp Word" screen, opened from the
// drafts list: the clerk types or pastes a .docx's path (as on the import
// screen), enter checks it through common.Services.Word against the form in
// force on its date, the problems are listed with where they are, their
// rule and what to do, and f writes a corrected copy beside the file.
package wordcheck

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/baocao/baocao/ui/common"
	"github.com/baocao/baocao/ui/editor"
)

// ShowMsg asks the root to show the screen.
type ShowMsg struct{}

// Msg is a result the root hands to the screen.
type Msg interface{ wordMsg() }

// checkedMsg is the result of checking or fixing a file.
type checkedMsg struct {
	report common.WordReport
	fixed  string // the corrected copy's name, after a fix
	err    error
}

func (checkedMsg) wordMsg() {}

// Model is the screen.
type Model struct {
	c      common.Common
	txt    texts
	keys   keyMap
	path   editor.Model
	file   string // the file checked
	report *common.WordReport
	fixed  string
	busy   bool
	err    string
	top    int // first line of the list shown
	width  int
	height int
}

type keyMap struct{ Check, Fix, Up, Down, PageUp, PageDown, Back key.Binding }

// New returns the screen with an empty path.
func New(c common.Common) *Model {
	txt := textsFor(c.Str)
	m := &Model{c: c, txt: txt, path: editor.New(editor.WithOneLine()), keys: keyMap{
		Check:    key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", txt.check)),
		Fix:      key.NewBinding(key.WithKeys("f"), key.WithHelp("f", txt.fix)),
		Up:       key.NewBinding(key.WithKeys("up"), key.WithHelp("↑/↓", txt.scroll)),
		Down:     key.NewBinding(key.WithKeys("down")),
		PageUp:   key.NewBinding(key.WithKeys("pgup")),
		PageDown: key.NewBinding(key.WithKeys("pgdown")),
		Back:     key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", txt.back)),
	}}
	m.path.Placeholder = txt.placeholder
	m.SetSize(c.Width, c.Height)
	return m
}

// Init focuses the path.
func (m *Model) Init() tea.Cmd { return m.path.Focus() }

// SetSize sets the drawing area.
func (m *Model) SetSize(width, height int) {
	m.width, m.height = width, height
	m.path.SetSize(max(width-2, 4), 1)
}

// Typing reports that letters go into the path (not while results show).
func (m *Model) Typing() bool { return m.report == nil && !m.busy }

// Update handles the result of a check and the keys.
func (m *Model) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case checkedMsg:
		return m.handleChecked(msg)
	case tea.KeyPressMsg:
		if m.busy {
			return nil
		}
		if m.report != nil {
			return m.handleListKey(msg)
		}
		switch {
		case key.Matches(msg, m.keys.Back):
			return common.CmdOf(common.ShowDraftsMsg{})
		case key.Matches(msg, m.keys.Check):
			return m.check()
		}
	}
	if m.report != nil {
		return nil
	}
	var cmd tea.Cmd
	m.path, cmd = m.path.Update(msg)
	return cmd
}

func (m *Model) handleChecked(msg checkedMsg) tea.Cmd {
	m.busy = false
	if msg.err != nil {
		m.err = msg.err.Error()
		if m.report == nil {
			return m.path.Focus()
		}
		return nil
	}
	m.report, m.fixed, m.top = &msg.report, msg.fixed, 0
	if msg.fixed != "" {
		return common.StatusCmd(m.txt.fixedStatus(msg.fixed, len(msg.report.Problems)), false)
	}
	return nil
}

func (m *Model) handleListKey(k tea.KeyPressMsg) tea.Cmd {
	page := max(m.listHeight()-1, 1)
	switch {
	case key.Matches(k, m.keys.Back):
		m.report, m.fixed, m.err = nil, "", ""
		return m.path.Focus()
	case key.Matches(k, m.keys.Fix):
		return m.fix()
	case key.Matches(k, m.keys.Up):
		m.top--
	case key.Matches(k, m.keys.Down):
		m.top++
	case key.Matches(k, m.keys.PageUp):
		m.top -= page
	case key.Matches(k, m.keys.PageDown):
		m.top += page
	}
	m.top = min(max(m.top, 0), max(len(m.listLines())-m.listHeight(), 0))
	return nil
}

// check starts checking the typed path (quotes a file manager adds when
// copying a path are removed).
func (m *Model) check() tea.Cmd {
	path := strings.Trim(strings.TrimSpace(m.path.Value()), `"'`)
	switch {
	case path == "":
		m.err = m.txt.noPath
		return nil
	case m.c.Svc.Word == nil:
		m.err = m.txt.noChecker
		return nil
	}
	m.busy, m.err, m.file = true, "", path
	w := m.c.Svc.Word
	return func() tea.Msg {
		r, err := w.CheckWord(path)
		return checkedMsg{report: r, err: err}
	}
}

// fix writes the corrected copy when something can be fixed.
func (m *Model) fix() tea.Cmd {
	if m.fixable() == 0 {
		m.err = m.txt.nothingToFix
		return nil
	}
	m.busy, m.err = true, ""
	w, path := m.c.Svc.Word, m.file
	return func() tea.Msg {
		out, r, err := w.FixWord(path)
		return checkedMsg{report: r, fixed: out, err: err}
	}
}

func (m *Model) fixable() int {
	n := 0
	for _, p := range m.report.Problems {
		if p.Fixable {
			n++
		}
	}
	return n
}

// View draws the path form, or the list of problems.
func (m *Model) View() string {
	st := m.c.Styles
	w := max(m.width, 10)
	lines := []string{st.Wizard.Heading.Render(ansi.Truncate(m.txt.title, w, "…"))}
	if m.report == nil {
		lines = append(lines, st.Form.LabelFocused.Render(ansi.Truncate(m.txt.label, w, "…")), "  "+m.path.View())
	}
	if m.busy {
		lines = append(lines, st.Form.Hint.Render(m.txt.working))
	}
	for _, l := range common.WrapLines(m.err, w) {
		lines = append(lines, st.Form.Error.Render(l))
	}
	if m.report == nil {
		lines = append(lines, "")
		for _, l := range common.WrapLines(m.txt.guide, w) {
			lines = append(lines, st.Form.Hint.Render(l))
		}
		return strings.Join(lines, "\n")
	}
	lines = append(lines, st.Form.Label.Render(ansi.Truncate(m.summary(), w, "…")))
	list := m.listLines()
	end := min(m.top+m.listHeight(), len(list))
	return strings.Join(append(lines, list[m.top:end]...), "\n")
}

// summary is the line above the list: the counts, or what the fix wrote.
func (m *Model) summary() string {
	errs := 0
	for _, p := range m.report.Problems {
		if p.Error {
			errs++
		}
	}
	s := m.txt.counts(errs, len(m.report.Problems)-errs, m.fixable())
	if m.fixed != "" {
		s = m.txt.fixedStatus(m.fixed, len(m.report.Problems))
	}
	return s
}

// listHeight is the rows left for the list under the heading lines.
func (m *Model) listHeight() int {
	used := 2
	if m.err != "" || m.busy {
		used++
	}
	return max(m.height-used, 1)
}

// listLines renders every problem, wrapped to the width.
func (m *Model) listLines() []string {
	st := m.c.Styles
	w := max(m.width, 10)
	out := common.WrapLines(m.txt.form(m.report.Form, m.report.Date), w)
	if len(m.report.Problems) == 0 {
		return append(out, st.Form.Hint.Render(m.txt.none))
	}
	for _, p := range m.report.Problems {
		kind, style := m.txt.warning, st.Form.Hint
		if p.Error {
			kind, style = m.txt.error, st.Form.Error
		}
		head := kind + " · " + p.Where
		if p.Fixable {
			head += " · " + m.txt.canFix
		}
		for _, l := range common.WrapLines(head, w) {
			out = append(out, style.Render(l))
		}
		out = append(out, indented(p.What, w)...)
		for _, l := range indented(m.txt.source+p.Source, w) {
			out = append(out, st.Form.Hint.Render(l))
		}
		out = append(out, indented(m.txt.remedy+p.Remedy, w)...)
	}
	return out
}

// indented wraps s two columns in from the left edge.
func indented(s string, w int) []string {
	lines := common.WrapLines(s, max(w-2, 8))
	for i, l := range lines {
		lines[i] = "  " + l
	}
	return lines
}

// Cursor places the terminal cursor in the path.
func (m *Model) Cursor() *tea.Cursor {
	c := m.path.Cursor()
	if c == nil || m.busy || m.report != nil {
		return nil
	}
	out := *c
	out.X += 2
	out.Y += 2
	return &out
}

// Title names the screen on the title line.
func (m *Model) Title() string { return m.txt.screen }

// ShortHelp lists the keys of the state shown.
func (m *Model) ShortHelp() []key.Binding {
	if m.report != nil {
		return []key.Binding{m.keys.Fix, m.keys.Up}
	}
	return []key.Binding{m.keys.Check} // the root adds esc
}

// FullHelp lists the screen's keys.
func (m *Model) FullHelp() [][]key.Binding { return [][]key.Binding{m.ShortHelp()} }

var _ common.Component = (*Model)(nil)

// texts are the screen's words in one language.
type texts struct {
	screen, title, guide, label, placeholder, check, fix, scroll, back, working   string
	noPath, noChecker, nothingToFix, none, error, warning, canFix, source, remedy string
	counts                                                                        func(errs, warns, fixable int) string
	fixedStatus                                                                   func(name string, left int) string
	form                                                                          func(form, date string) string
}

var vi = texts{
	screen: "Kiểm tra tệp Word", title: "Kiểm tra văn bản Word trước khi trình ký",
	guide: "Tệp .docx soạn bằng Word, LibreOffice hay xuất từ baocao. Kiểm tra khổ giấy, lề, phông, cỡ chữ và vị trí từng thành phần, " +
		"số và ký hiệu, ngày tháng, Nơi nhận, thẩm quyền ký, văn bản đã bị thay thế và chính tả, theo thể thức có hiệu lực vào ngày của văn bản. " +
		"Tệp gốc không bị sửa; bản sửa được ghi thành tệp mới bên cạnh.",
	label: "Đường dẫn tệp Word", placeholder: "ví dụ D:\\Văn bản\\Báo cáo quý III.docx",
	check: "kiểm tra", fix: "ghi bản sửa", scroll: "cuộn", back: "quay lại", working: "Đang kiểm tra…",
	noPath:       "Hãy gõ hoặc dán đường dẫn tệp Word cần kiểm tra.",
	noChecker:    "Bản baocao này chưa kiểm tra được tệp từ giao diện; hãy dùng lệnh baocao check TỆP.docx.",
	nothingToFix: "Không có lỗi nào sửa tự động được; hãy sửa tay theo hướng dẫn.",
	none:         "Không có lỗi hay cảnh báo nào.", error: "Lỗi", warning: "Cảnh báo", canFix: "sửa được (f)",
	source: "Căn cứ: ", remedy: "Cách sửa: ",
	counts: func(e, w, f int) string {
		return fmt.Sprintf("%d lỗi, %d cảnh báo; %d vấn đề sửa tự động được (phím f).", e, w, f)
	},
	fixedStatus: func(name string, left int) string {
		return fmt.Sprintf("Đã ghi bản sửa %s; còn %d vấn đề cần sửa tay.", name, left)
	},
	form: func(f, d string) string { return "Thể thức: " + f + "; ngày " + d + "." },
}

var en = texts{
	screen: "Check a Word file", title: "Check a Word document before signing",
	guide: "A .docx written in Word or LibreOffice, or exported by baocao. Checks paper, margins, each element's font and size, " +
		"number and symbol, date, Nơi nhận, signing authority, replaced documents cited and spelling, by the form in force on the document's date. " +
		"The original is never changed; the corrected copy is a new file beside it.",
	label: "Word file path", placeholder: "e.g. D:\\Documents\\Report Q3.docx",
	check: "check", fix: "write corrected copy", scroll: "scroll", back: "back", working: "Checking…",
	noPath:       "Type or paste the path of the Word file to check.",
	noChecker:    "This build cannot check files from the UI; use baocao check FILE.docx.",
	nothingToFix: "Nothing can be fixed automatically; fix by hand as guided.",
	none:         "No errors or warnings.", error: "Error", warning: "Warning", canFix: "fixable (f)",
	source: "Rule: ", remedy: "To do: ",
	counts: func(e, w, f int) string {
		return fmt.Sprintf("%d error(s), %d warning(s); %d fixable automatically (f).", e, w, f)
	},
	fixedStatus: func(name string, left int) string {
		return fmt.Sprintf("Wrote the corrected copy %s; %d problem(s) left to fix by hand.", name, left)
	},
	form: func(f, d string) string { return "Form: " + f + "; date " + d + "." },
}

func textsFor(str *common.Strings) texts {
	if str != nil && str.Lang == "en" {
		return en
	}
	return vi
}
