// Package importfile is the screen that reads an earlier report (.docx,
// .txt, .md) into a new draft, opened from the drafts list with its import
// key: the clerk types or pastes the file's path, enter reads it through
// common.Services.Import, and the new draft opens in the wizard with the
// import's summary on the status line (its unplaced paragraphs at the top).
package importfile

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/ui/common"
	"github.com/baocao/baocao/ui/editor"
)

// ShowMsg asks the root to show the import screen.
type ShowMsg struct{}

// ShowOutlineMsg asks the root to show the screen in outline mode, from
// the new-draft form ("dàn ý mới từ tệp…").
type ShowOutlineMsg struct{}

// OutlineMsg carries an outline made from a file back to the root, which
// opens the new-draft form on it.
type OutlineMsg struct {
	Outline model.Outline
	Summary string
}

// Msg is a result the root hands to the import screen.
type Msg interface{ importMsg() }

// importedMsg is the result of reading a file.
type importedMsg struct {
	draft   common.Draft
	outline *model.Outline
	summary string
	err     error
}

func (importedMsg) importMsg() {}

// Model is the import screen.
type Model struct {
	c     common.Common
	path  editor.Model
	txt   texts
	keys  keyMap
	busy  bool
	err   string
	width int
	// outline is the outline mode; profile the form chosen with tab.
	outline bool
	profile model.Profile
	// into is the "into" mode (NewInto): nil when reading a new draft.
	into *into
}

// keyMap holds the screen's keys; Back is handled here (it leads back to
// where the screen was opened from) but named in the help by the root.
type keyMap struct{ Read, Back, Form key.Binding }

// New returns the screen with an empty path.
func New(c common.Common) *Model {
	txt := textsFor(c.Str)
	m := &Model{c: c, txt: txt, path: editor.New(editor.WithOneLine()), keys: keyMap{
		Read: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", txt.read)),
		Back: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", txt.back)),
		Form: key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", txt.form)),
	}, profile: model.ProfileState}
	m.path.Placeholder = txt.placeholder
	m.SetSize(c.Width, c.Height)
	return m
}

// NewOutline returns the screen in outline mode: the path of a
// directive's outline document and the form (tab switches it).
func NewOutline(c common.Common) *Model {
	m := New(c)
	m.outline = true
	return m
}

// Init focuses the path.
func (m *Model) Init() tea.Cmd { return m.path.Focus() }

// SetSize sets the drawing area.
func (m *Model) SetSize(width, height int) {
	m.width = width
	m.path.SetSize(max(width-2, 4), 1)
}

// Typing reports that letters are typed into the path (not while the
// screen reads or asks).
func (m *Model) Typing() bool { return !m.busy && !m.asking() }

// Update reads the path, starts the import on enter and opens the draft.
func (m *Model) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case intoMsg:
		return m.handleInto(msg)
	case importedMsg:
		m.busy = false
		if msg.err != nil {
			m.err = msg.err.Error()
			return m.path.Focus()
		}
		if msg.outline != nil {
			return common.CmdOf(OutlineMsg{Outline: *msg.outline, Summary: msg.summary})
		}
		return tea.Batch(common.CmdOf(common.WithOutline(m.c.Svc.Outlines, msg.draft)),
			common.StatusCmd(msg.summary, false))
	case tea.KeyPressMsg:
		if m.busy {
			return nil
		}
		if m.asking() {
			return m.answer(msg)
		}
		switch {
		case key.Matches(msg, m.keys.Back) && m.outline:
			return common.CmdOf(common.ShowNewDraftMsg{})
		case key.Matches(msg, m.keys.Back):
			return common.CmdOf(common.ShowDraftsMsg{})
		case key.Matches(msg, m.keys.Form) && m.outline:
			if m.profile == model.ProfileState {
				m.profile = model.ProfileParty
			} else {
				m.profile = model.ProfileState
			}
			return nil
		case key.Matches(msg, m.keys.Read):
			return m.read()
		}
	}
	var cmd tea.Cmd
	m.path, cmd = m.path.Update(msg)
	return cmd
}

// read starts the import of the typed path (quotes a file manager adds
// when copying a path are removed).
func (m *Model) read() tea.Cmd {
	path := strings.Trim(strings.TrimSpace(m.path.Value()), `"'`)
	if path == "" {
		m.err = m.txt.noPath
		return nil
	}
	if m.c.Svc.Import == nil {
		m.err = m.txt.noImporter
		return nil
	}
	if m.into != nil {
		return m.readInto(path, nil)
	}
	m.busy, m.err = true, ""
	imp := m.c.Svc.Import
	if m.outline {
		profile := m.profile
		return func() tea.Msg {
			o, summary, err := imp.ImportOutline(path, profile)
			return importedMsg{outline: &o, summary: summary, err: err}
		}
	}
	return func() tea.Msg {
		d, summary, err := imp.ImportReport(path)
		return importedMsg{draft: d, summary: summary, err: err}
	}
}

// View draws the title, the path, what is happening, the last error and,
// below, the guidance (cut first on a small window).
func (m *Model) View() string {
	st := m.c.Styles
	w := max(m.width, 10)
	title, guide := m.txt.title, m.txt.guide
	switch {
	case m.asking():
		return m.intoView(w)
	case m.into != nil:
		title, guide = m.into.txt.title(m.into.draft), m.into.txt.guide
	case m.outline:
		title, guide = m.txt.outlineTitle, m.txt.outlineGuide
	}
	lines := []string{st.Wizard.Heading.Render(ansi.Truncate(title, w, "…")),
		st.Form.LabelFocused.Render(ansi.Truncate(m.txt.label, w, "…")), "  " + m.path.View()}
	if m.outline {
		form := m.txt.state
		if m.profile == model.ProfileParty {
			form = m.txt.party
		}
		lines = append(lines, st.Form.Label.Render(ansi.Truncate(m.txt.formLabel+form, w, "…")))
	}
	if m.busy {
		lines = append(lines, st.Form.Hint.Render(m.txt.reading))
	}
	for _, l := range common.WrapLines(m.err, w) {
		lines = append(lines, st.Form.Error.Render(l))
	}
	lines = append(lines, "")
	for _, l := range common.WrapLines(guide, w) {
		lines = append(lines, st.Form.Hint.Render(l))
	}
	return strings.Join(lines, "\n")
}

// Cursor places the terminal cursor in the path.
func (m *Model) Cursor() *tea.Cursor {
	c := m.path.Cursor()
	if c == nil || m.busy || m.asking() {
		return nil
	}
	out := *c
	out.X += 2
	out.Y += 2
	return &out
}

// Title names the screen on the title line.
func (m *Model) Title() string {
	if m.into != nil {
		return m.into.txt.screen
	}
	return m.txt.screen
}

// ShortHelp lists the screen's keys; esc is the root's, named once.
func (m *Model) ShortHelp() []key.Binding {
	if m.asking() {
		return []key.Binding{m.into.yes, m.into.no}
	}
	if m.outline {
		return []key.Binding{m.keys.Read, m.keys.Form}
	}
	return []key.Binding{m.keys.Read}
}

// FullHelp lists the screen's keys.
func (m *Model) FullHelp() [][]key.Binding { return [][]key.Binding{m.ShortHelp()} }

// texts are the screen's words in one language.
type texts struct {
	screen, title, guide, label, placeholder, read, back, reading, noPath, noImporter string
	outlineTitle, outlineGuide, form, formLabel, state, party                         string
}

var vi = texts{
	screen: "Đọc báo cáo cũ",
	title:  "Đọc báo cáo cũ thành bản nháp mới",
	guide: "Tệp Word (.docx), văn bản (.txt) hoặc Markdown (.md). Tệp .doc, .pdf hay có mật khẩu thì mở bằng Word và lưu thành .docx trước. " +
		"Lời văn được giữ nguyên như trong tệp; báo cáo không khớp dàn ý có sẵn thì dàn ý được lập theo chính các đề mục của nó. " +
		"Đoạn nào không xếp được vào mục sẽ nằm đầu trình soạn để chuyển vào đúng mục.",
	label: "Đường dẫn tệp", placeholder: "ví dụ D:\\Báo cáo\\2023.docx",
	read: "đọc tệp", back: "quay lại", reading: "Đang đọc tệp…",
	noPath:       "Hãy gõ hoặc dán đường dẫn tệp cần đọc.",
	noImporter:   "Bản baocao này chưa đọc được tệp từ giao diện; hãy dùng lệnh baocao import TỆP.",
	outlineTitle: "Dàn ý mới từ tệp đề cương của văn bản chỉ đạo",
	outlineGuide: "Mỗi đề mục đánh số (I., 1., a)…) thành một mục, giữ nguyên lời văn; lời hướng dẫn dưới đề mục thành hướng dẫn. " +
		"Dàn ý được lưu vào thư mục outlines và chọn sẵn cho báo cáo mới.",
	form: "đổi thể thức", formLabel: "Thể thức: ", state: "văn bản hành chính", party: "văn bản của Đảng",
}

var en = texts{
	screen: "Import a report",
	title:  "Read an earlier report as a new draft",
	guide: "A Word (.docx), text (.txt) or Markdown (.md) file. Save a .doc, .pdf or password-protected file as .docx in Word first. " +
		"The words are kept as the file has them; a report that fits no outline gets one made from its own headings. " +
		"Paragraphs that fit no section are listed at the top of the editor, to be moved.",
	label: "File path", placeholder: "e.g. D:\\Reports\\2023.docx",
	read: "read file", back: "back", reading: "Reading the file…",
	noPath:       "Type or paste the path of the file to read.",
	noImporter:   "This build cannot read files from the UI; use baocao import FILE.",
	outlineTitle: "New outline from a directive's outline document",
	outlineGuide: "Each numbered heading (I., 1., a)…) becomes a section with its wording; the instructions under it its guide. " +
		"The outline is saved in the outlines folder and chosen for the new report.",
	form: "switch form", formLabel: "Form: ", state: "state document", party: "Party document",
}

func textsFor(str *common.Strings) texts {
	if str != nil && str.Empty == common.English().Empty {
		return en
	}
	return vi
}
