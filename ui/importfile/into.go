package importfile

import (
	"errors"
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/baocao/baocao/ui/common"
)

// ShowIntoMsg asks the root to show the screen in "into" mode: an edited
// copy of Draft's document (printed, corrected in Word, sent back) is read
// into that draft as a new revision. A file that looks like another report
// (another unit, outline or form) is shown with its differences and read
// only when the clerk confirms; cancelling changes nothing.
type ShowIntoMsg struct{ Draft common.DraftInfo }

// intoMsg is the result of reading a file into a draft; differs, when
// set, are the differences found instead (nothing changed).
type intoMsg struct {
	draft   common.Draft
	summary string
	path    string
	differs []string
	err     error
}

func (intoMsg) importMsg() {}

// into is the "into" mode's state: the draft, the file waiting for the
// clerk's answer and the differences it shows.
type into struct {
	draft   common.DraftInfo
	pending string
	differs []string
	yes, no key.Binding
	txt     intoTexts
}

// NewInto returns the screen reading a file into the draft info.
func NewInto(c common.Common, info common.DraftInfo) *Model {
	m := New(c)
	txt := intoTextsFor(c.Str)
	m.into = &into{draft: info, txt: txt,
		yes: common.Bind("y", txt.yes, "y"),
		no:  common.Bind("n", txt.no, "n", "esc")}
	return m
}

// asking reports that the screen waits for the clerk's answer.
func (m *Model) asking() bool { return m.into != nil && m.into.differs != nil }

// readInto starts reading path into the draft, accepting the differences
// the clerk confirmed.
func (m *Model) readInto(path string, accept []string) tea.Cmd {
	imp, id := m.c.Svc.Import, m.into.draft.ID
	m.busy, m.err = true, ""
	return func() tea.Msg {
		d, summary, err := imp.ImportInto(path, id, accept)
		var mis *common.MismatchError
		if errors.As(err, &mis) {
			return intoMsg{path: path, differs: mis.Differs}
		}
		return intoMsg{draft: d, summary: summary, err: err}
	}
}

// handleInto opens the draft read into, or asks about the differences.
func (m *Model) handleInto(msg intoMsg) tea.Cmd {
	m.busy = false
	switch {
	case msg.err != nil:
		m.err = msg.err.Error()
		return m.path.Focus()
	case len(msg.differs) > 0:
		m.into.pending, m.into.differs = msg.path, msg.differs
		m.path.Blur()
		return nil
	}
	return tea.Batch(common.CmdOf(common.WithOutline(m.c.Svc.Outlines, msg.draft)),
		common.StatusCmd(msg.summary, false))
}

// answer reads the file on yes; no (or esc) drops it, the draft unchanged.
func (m *Model) answer(k tea.KeyPressMsg) tea.Cmd {
	in := m.into
	switch {
	case key.Matches(k, in.yes):
		accept := in.differs
		in.differs = nil
		return m.readInto(in.pending, accept)
	case key.Matches(k, in.no):
		in.differs = nil
		m.err = in.txt.cancelled
		return m.path.Focus()
	}
	return nil
}

// intoView names what differs between the file and the draft, then asks
// (the key bar names the answers too, should a small window cut the
// question).
func (m *Model) intoView(w int) string {
	st, in := m.c.Styles, m.into
	lines := []string{st.Wizard.Heading.Render(ansi.Truncate(in.txt.mismatch, w, "…"))}
	for _, d := range in.differs {
		for _, l := range common.WrapLines("- "+d, w) {
			lines = append(lines, st.Form.Label.Render(l))
		}
	}
	for _, l := range common.WrapLines(in.txt.ask(in.draft), w) {
		lines = append(lines, st.Form.Error.Render(l))
	}
	return strings.Join(lines, "\n")
}

// intoTexts are the "into" mode's words in one language.
type intoTexts struct {
	screen, guide, mismatch, yes, no, cancelled string
	title                                       func(common.DraftInfo) string
	ask                                         func(common.DraftInfo) string
}

var intoVi = intoTexts{
	screen: "Đọc tệp vào bản nháp",
	title: func(d common.DraftInfo) string {
		return fmt.Sprintf("Đọc tệp đã sửa vào bản nháp số %s — “%s”", d.ID, d.Title)
	},
	guide: "Tệp Word (.docx), văn bản (.txt) hoặc Markdown (.md) là bản đã sửa của chính bản nháp này, ví dụ bản in ra được góp ý rồi sửa trong Word. " +
		"Nội dung tệp thành bản sửa mới của bản nháp; bản trước vẫn xem lại và lấy lại được trong lịch sử (phím h ở danh sách). " +
		"Tệp có vẻ là báo cáo khác (đơn vị, dàn ý hoặc thể thức khác) thì baocao hỏi trước khi ghi.",
	mismatch:  "Tệp có vẻ không phải bản sửa của bản nháp này:",
	yes:       "vẫn đọc vào",
	no:        "thôi",
	cancelled: "Đã thôi; bản nháp không thay đổi gì. Hãy chọn đúng tệp, hoặc đọc tệp thành bản nháp mới (phím i ở danh sách).",
	ask: func(d common.DraftInfo) string {
		return fmt.Sprintf("Vẫn đọc tệp vào bản nháp số %s? Nhấn y để đọc vào; n hoặc esc để thôi, bản nháp không thay đổi.", d.ID)
	},
}

var intoEn = intoTexts{
	screen: "Read a file into a draft",
	title: func(d common.DraftInfo) string {
		return fmt.Sprintf("Read an edited copy into draft %s — “%s”", d.ID, d.Title)
	},
	guide: "A Word (.docx), text (.txt) or Markdown (.md) file that is an edited copy of this very draft, e.g. the printout corrected in Word. " +
		"Its content becomes a new version of the draft; the previous one stays in its history (h in the list). " +
		"If the file looks like another report (another unit, outline or form), baocao asks before writing.",
	mismatch:  "The file does not look like an edited copy of this draft:",
	yes:       "read it in anyway",
	no:        "cancel",
	cancelled: "Cancelled; the draft is unchanged. Choose the right file, or read the file as a new draft (i in the list).",
	ask: func(d common.DraftInfo) string {
		return fmt.Sprintf("Read the file into draft %s anyway? Press y to read it in; n or esc to cancel, the draft unchanged.", d.ID)
	},
}

func intoTextsFor(str *common.Strings) intoTexts {
	if textsFor(str).screen == en.screen {
		return intoEn
	}
	return intoVi
}
