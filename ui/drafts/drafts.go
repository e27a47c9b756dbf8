package drafts

import (
	"maps"
	"strings"
	"unicode"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/ui/common"
	"github.com/baocao/baocao/ui/history"
	"github.com/baocao/baocao/ui/importfile"
	"github.com/baocao/baocao/ui/trash"
	"github.com/baocao/baocao/ui/wordcheck"
)

// KeyMap holds the drafts screen's keys: the common ones and those of
// history, trash and the filter.
type KeyMap struct {
	common.DraftsKeyMap
	History, Trash, ClearFilter, Import key.Binding
	// ImportInto reads an edited copy of the highlighted draft's document
	// into it (importfile.ShowIntoMsg); ImportIntoBar is the same key with
	// the short name the key bar has room for.
	ImportInto, ImportIntoBar key.Binding
	// Word opens the Word file checker.
	Word key.Binding
	// Next makes next period's report from the draft (báo cáo kỳ sau).
	Next key.Binding
	// SaveOutline saves an imported draft's own outline as a template.
	SaveOutline key.Binding
	// Mark marks drafts to compile; Compile opens the compile screen on them.
	Mark, Compile key.Binding
}

// DefaultKeyMap returns the drafts screen's keys.
func DefaultKeyMap(c *common.Strings) KeyMap {
	s := stringsFor(c)
	return KeyMap{
		DraftsKeyMap:  common.DefaultDraftsKeyMap(*c),
		History:       common.Bind("h", s.KeyHistory, "h"),
		Trash:         common.Bind("t", s.KeyTrash, "t"),
		ClearFilter:   common.Bind("ctrl+u", s.KeyClearFilter, "ctrl+u"),
		Mark:          common.Bind("space", s.KeyMark, "space"),
		Compile:       common.Bind("c", s.KeyCompile, "c"),
		Import:        common.Bind("i", s.KeyImport, "i"),
		ImportInto:    common.Bind("r", s.KeyImportInto, "r"),
		ImportIntoBar: common.Bind("r", s.KeyImportIntoBar, "r"),
		Word:          common.Bind("w", s.KeyWord, "w"),
		Next:          common.Bind("s", s.KeyNext, "s"),
		SaveOutline:   common.Bind("m", s.KeySaveOutline, "m"),
	}
}

// Msg is a result the root hands to the drafts screen (besides the
// common ones: DraftsLoadedMsg, OutlinesLoadedMsg, DeletedMsg).
type Msg interface{ draftsMsg() }

// undeletedMsg reports the draft taken back from the trash by u when this
// session deleted none.
type undeletedMsg struct {
	entry trash.Entry
	err   error
}

func (undeletedMsg) draftsMsg() {}

// pageSize is how many drafts the screen holds at a time: a page around
// the cursor, read again as the cursor leaves it.
const pageSize = 200

// Model is the drafts screen. It holds one page of the list (items, from
// offset on) and the list's length (total, after the filter); the cursor
// counts in the whole list.
type Model struct {
	c         common.Common
	s         Strings
	keys      KeyMap
	items     []common.DraftInfo
	offset    int
	total     int
	seq       int               // the last query asked; older pages are dropped
	names     map[string]string // outline ID → name
	cur       int
	filter    string
	filtering bool
	confirm   string // ID of the draft waiting for delete confirmation
	notice    string // why the last key did nothing, until the next key
	want      string // ID of the draft the cursor goes to when the list comes
	deleted   string // ID of the last draft deleted in this session, for undo
	// marked holds the drafts marked to compile, each with its place in
	// the list when it was marked (compiled in that order).
	marked map[string]int
	loaded bool
	err    error
	width  int
	height int
}

var _ common.Component = (*Model)(nil)

// New returns the drafts screen; it shows "loading" until the list
// arrives (the root's Init asks for it).
func New(c common.Common) *Model {
	return &Model{c: c, s: stringsFor(c.Str), keys: DefaultKeyMap(c.Str), names: map[string]string{}, width: c.Width, height: c.Height}
}

// SetSize sets the drawing area.
func (d *Model) SetSize(width, height int) { d.width, d.height = width, height }

// Typing reports whether the filter is being typed.
func (d *Model) Typing() bool { return d.filtering }

// Len is the number of drafts listed (after the filter).
func (d *Model) Len() int { return d.total }

// Reload reads the page around the cursor again, with the filter (after
// a change, or on coming back to the screen).
func (d *Model) Reload() tea.Cmd {
	d.seq++
	q := common.ListQuery{Offset: max(d.cur-pageSize/2, 0), Count: pageSize, Seq: d.seq}
	if want := model.Fold(d.filter); want != "" {
		names := maps.Clone(d.names)
		q.Match = func(it common.DraftInfo) bool {
			return strings.Contains(model.Fold(it.Title+" "+it.Unit+" "+names[it.Outline]), want)
		}
	}
	return common.LoadDraftsCmd(d.c.Svc.Store, q)
}

// follow reads the page around the cursor when it has left the one held.
func (d *Model) follow() tea.Cmd {
	if d.cur >= d.offset && d.cur < d.offset+len(d.items) || d.total == 0 {
		return nil
	}
	return d.Reload()
}

// Update handles the list, the outlines' names and the keys.
func (d *Model) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case common.DraftsLoadedMsg:
		if msg.Seq != d.seq {
			return nil // a page asked for before the last query
		}
		target := d.want
		if sel, ok := d.selected(); ok && target == "" {
			target = sel.ID
		}
		d.loaded, d.err = true, msg.Err
		if msg.Err == nil {
			d.items, d.offset, d.total = msg.Items, msg.Offset, msg.Total
			if d.cur >= d.total {
				d.cur = max(d.total-1, 0)
				return d.follow()
			}
		}
		d.moveTo(target)
	case common.OutlinesLoadedMsg:
		for _, o := range msg.Outlines {
			d.names[o.ID] = common.OutlineName(d.c.Svc.Rules, o, common.Today(d.c.Now))
		}
		if d.filter != "" {
			return d.Reload()
		}
	case common.DeletedMsg:
		return d.handleDeleted(msg)
	case undeletedMsg:
		return d.handleUndeleted(msg)
	case noPeriodMsg:
		d.notice = d.s.NoPeriod(msg.id)
	case savedOutlineMsg:
		return d.savedOutline(msg)
	case tea.KeyPressMsg:
		d.notice = ""
		return d.handleKey(msg)
	case tea.PasteMsg:
		if d.filtering {
			d.filter += model.CleanLine(msg.Content)
			return d.refilter()
		}
	}
	return nil
}

func (d *Model) handleDeleted(msg common.DeletedMsg) tea.Cmd {
	if msg.Err != nil {
		return common.StatusCmd(d.c.Str.StoreError(msg.Err), true)
	}
	d.deleted = ""
	text := d.c.Str.Restored
	if !msg.Undo {
		d.deleted, text = msg.ID, d.c.Str.Deleted
	}
	return tea.Batch(common.StatusCmd(text, false), d.Reload())
}

func (d *Model) handleUndeleted(msg undeletedMsg) tea.Cmd {
	if msg.err != nil {
		return common.StatusCmd(d.c.Str.StoreError(msg.err), true)
	}
	if msg.entry.ID == "" {
		return common.StatusCmd(d.s.TrashEmpty, false)
	}
	title := msg.entry.Title
	if title == "" {
		title = d.s.Untitled
	}
	return tea.Batch(common.StatusCmd(d.s.UndeletedLast(msg.entry.ID, title), false), d.Reload())
}

func (d *Model) handleKey(k tea.KeyPressMsg) tea.Cmd {
	switch {
	case d.confirm != "":
		return d.handleConfirm(k)
	case key.Matches(k, d.keys.ClearFilter):
		d.filter = ""
		return d.refilter()
	case d.filtering && k.String() == "enter":
		// The key bar says "enter mở": end the filter and open the
		// highlighted draft.
		d.filtering = false
		return d.open()
	case d.filtering:
		return d.handleFilterKey(k)
	}
	switch {
	case key.Matches(k, d.keys.Up):
		d.cur = max(d.cur-1, 0)
		return d.follow()
	case key.Matches(k, d.keys.Down):
		d.cur = min(d.cur+1, max(d.total-1, 0))
		return d.follow()
	case key.Matches(k, d.keys.Filter):
		d.filtering = true
	case key.Matches(k, d.keys.New):
		return common.CmdOf(common.ShowNewDraftMsg{})
	case key.Matches(k, d.keys.Trash):
		return common.CmdOf(trash.ShowMsg{})
	case key.Matches(k, d.keys.Import):
		return common.CmdOf(importfile.ShowMsg{})
	case key.Matches(k, d.keys.Word):
		return common.CmdOf(wordcheck.ShowMsg{})
	case key.Matches(k, d.keys.Undo):
		return d.undo()
	case key.Matches(k, d.keys.Compile) && len(d.marked) > 0:
		return d.compile()
	case k.String() == "esc" && d.filter != "":
		d.filter = ""
		return d.refilter()
	}
	sel, ok := d.selected()
	if !ok {
		return nil
	}
	switch {
	case key.Matches(k, d.keys.Open):
		return d.open()
	case key.Matches(k, d.keys.Duplicate):
		return common.DuplicateCmd(d.c.Svc.Store, d.c.Svc.Outlines, sel.ID)
	case key.Matches(k, d.keys.Next):
		return nextPeriodCmd(d.c.Svc, sel.ID)
	case key.Matches(k, d.keys.SaveOutline):
		return d.saveOutline(sel.ID)
	case key.Matches(k, d.keys.History):
		return common.CmdOf(history.ShowMsg{ID: sel.ID})
	case key.Matches(k, d.keys.ImportInto):
		return common.CmdOf(importfile.ShowIntoMsg{Draft: sel})
	case key.Matches(k, d.keys.Delete):
		d.confirm = sel.ID
	case key.Matches(k, d.keys.Mark):
		d.mark(sel.ID)
		return d.follow()
	}
	return nil
}

// undo takes back the draft deleted in this session, or else the one
// deleted last whenever that was (after a restart, on another day).
func (d *Model) undo() tea.Cmd {
	if d.deleted != "" {
		return common.DeleteCmd(d.c.Svc.Store, d.deleted, true)
	}
	st, ok := d.c.Svc.Store.(trash.Store)
	if !ok {
		return nil
	}
	return func() tea.Msg {
		e, err := st.UndeleteLast()
		return undeletedMsg{e, err}
	}
}

func (d *Model) handleConfirm(k tea.KeyPressMsg) tea.Cmd {
	id := d.confirm
	switch {
	case key.Matches(k, d.keys.Yes):
		d.confirm = ""
		return common.DeleteCmd(d.c.Svc.Store, id, false)
	case key.Matches(k, d.keys.No):
		d.confirm = ""
	}
	return nil
}

func (d *Model) handleFilterKey(k tea.KeyPressMsg) tea.Cmd {
	old := d.filter
	switch k.String() {
	case "esc":
		d.filtering, d.filter = false, ""
	case "down", "up":
		d.filtering = false
	case "backspace", "ctrl+h":
		r := []rune(d.filter)
		if len(r) > 0 {
			d.filter = string(r[:len(r)-1])
		}
	default:
		if !strings.ContainsFunc(k.Text, unicode.IsControl) {
			d.filter += k.Text
		}
	}
	if d.filter == old {
		return nil
	}
	return d.refilter()
}

// Select puts the cursor on draft id when the list next comes (the draft
// just opened, which an edit moves to the top).
func (d *Model) Select(id string) { d.want = id }

// moveTo puts the cursor on draft id when the page held shows it: the
// cursor follows a draft when a re-sort moves it, rather than stay on its
// row.
func (d *Model) moveTo(id string) {
	d.want = ""
	for i, it := range d.items {
		if it.ID == id {
			d.cur = d.offset + i
			return
		}
	}
}

// open opens the highlighted draft, if any.
func (d *Model) open() tea.Cmd {
	sel, ok := d.selected()
	if !ok {
		return nil
	}
	return common.OpenDraftCmd(d.c.Svc.Store, d.c.Svc.Outlines, sel.ID)
}

// selected returns the draft under the cursor, when its page is held.
func (d *Model) selected() (common.DraftInfo, bool) {
	i := d.cur - d.offset
	if i < 0 || i >= len(d.items) {
		return common.DraftInfo{}, false
	}
	return d.items[i], true
}

// refilter asks for the first page of the drafts whose title, unit or
// outline contain the filter, ignoring case and diacritics (the store
// reads them all, one at a time).
func (d *Model) refilter() tea.Cmd {
	d.cur = 0
	return d.Reload()
}

// View draws the list, the empty state or the loading line.
func (d *Model) View() string {
	st := d.c.Styles.Drafts
	var lines []string
	if d.filtering || d.filter != "" {
		lines = append(lines, st.Filter.Render(ansi.Truncate(d.c.Str.FilterPrompt+d.filter, d.width, "…")), "")
	}
	var tail []string
	if sel, ok := d.selected(); ok && d.confirm == sel.ID {
		tail = append([]string{""}, common.WrapStyled(st.Confirm.Render, d.confirmText(sel), d.width)...)
	}
	if d.notice != "" {
		tail = append([]string{""}, common.WrapStyled(d.c.Styles.App.StatusError.Render, d.notice, d.width)...)
	}
	switch {
	case !d.loaded:
		lines = append(lines, d.c.Str.Loading)
	case d.err != nil:
		lines = append(lines, common.WrapStyled(d.c.Styles.App.StatusError.Render, d.c.Str.StoreError(d.err), d.width)...)
	case d.total == 0 && d.filter == "":
		lines = append(lines, common.WrapStyled(st.Empty.Render, d.c.Str.NoDrafts, d.width)...)
	case d.total == 0:
		lines = append(lines, st.Empty.Render(d.c.Str.NoMatch))
	default:
		lines = append(lines, d.listLines(d.height-len(lines)-len(tail))...)
	}
	return common.FitLines(strings.Join(append(lines, tail...), "\n"), d.width, d.height)
}

func (d *Model) confirmText(sel common.DraftInfo) string {
	title := sel.Title
	if title == "" {
		title = d.s.Untitled
	}
	return d.s.ConfirmDelete(sel.ID, ansi.Truncate(title, max(d.width/2, 20), "…"), sel.Unit, sel.Modified)
}

// listLines draws the drafts on screen, two lines each, scrolled to the
// cursor; the others are not drawn at all. A draft whose page is still
// being read shows as "…".
func (d *Model) listLines(height int) []string {
	st := d.c.Styles.Drafts
	top, end := common.VisibleRange(d.total, d.cur, 2, max(height, 2))
	lines := make([]string, 0, 2*(end-top))
	for i := top; i < end; i++ {
		if i < d.offset || i >= d.offset+len(d.items) {
			lines = append(lines, st.Item.Render("  …"), "")
			continue
		}
		it := d.items[i-d.offset]
		title := it.Title
		if _, on := d.marked[it.ID]; on {
			title = "✓ " + title
		}
		title = ansi.Truncate(title, d.width-2, "…")
		if i == d.cur {
			title = st.Selected.Render("▸ " + title)
		} else {
			title = st.Item.Render("  " + title)
		}
		lines = append(lines, title, "  "+d.metaLine(it))
	}
	return lines
}

// metaLine is "5/13 mục xong · 2 lỗi · 2 phút trước · unit · outline".
func (d *Model) metaLine(it common.DraftInfo) string {
	st := d.c.Styles.Drafts
	s := d.c.Str
	lead := s.ProgressLine(it.Done, it.Required)
	problems := s.ProblemCount(it.Errors, it.Warnings)
	parts := []string{s.Ago(d.c.Now().Sub(it.Modified), it.Modified)}
	for _, p := range []string{it.Unit, d.names[it.Outline]} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	meta := st.Meta.Render(lead)
	if problems != "" {
		meta += st.Meta.Render(" · ") + st.Problems.Render(problems)
	}
	rest := ansi.Truncate(" · "+strings.Join(parts, " · "), max(d.width-2-ansi.StringWidth(ansi.Strip(meta)), 0), "…")
	return meta + st.Meta.Render(rest)
}

// ShortHelp lists the main keys.
func (d *Model) ShortHelp() []key.Binding {
	switch {
	case d.confirm != "":
		return []key.Binding{d.keys.Yes, d.keys.No}
	case d.filtering || d.filter != "":
		return []key.Binding{d.keys.Open, d.keys.ClearFilter}
	case d.total == 0:
		return []key.Binding{d.keys.New, d.keys.Trash, d.keys.Undo}
	case len(d.marked) > 0:
		return []key.Binding{d.keys.Mark, d.keys.Compile, d.keys.Open}
	}
	// The most used first; duplicate, undo and the filter are in the full help.
	return []key.Binding{d.keys.Open, d.keys.New, d.keys.Delete, d.keys.History, d.keys.ImportIntoBar, d.keys.Trash}
}

// FullHelp lists every key.
func (d *Model) FullHelp() [][]key.Binding {
	k := d.keys
	return [][]key.Binding{{k.Up, k.Down, k.Open}, {k.New, k.Duplicate, k.Next, k.Delete, k.Undo}, {k.History, k.Trash, k.Import, k.ImportInto, k.SaveOutline, k.Word},
		{k.Filter, k.ClearFilter}, {k.Mark, k.Compile}}
}
