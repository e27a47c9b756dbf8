package ui

import (
	"strings"
	"unicode"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"golang.org/x/text/unicode/norm"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/ui/common"
)

// Drafts is the start screen: every draft with its progress, problems and
// age, a filter, and the keys to open, start, duplicate and delete.
type Drafts struct {
	c         common.Common
	keys      common.DraftsKeyMap
	items     []common.DraftInfo
	names     map[string]string // outline ID → name
	shown     []int             // indexes into items that pass the filter
	cur       int
	filter    string
	filtering bool
	confirm   string // ID of the draft waiting for delete confirmation
	deleted   string // ID of the last draft deleted, for undo
	loaded    bool
	err       error
	width     int
	height    int
}

var _ common.Component = (*Drafts)(nil)

// NewDrafts returns the drafts screen; it shows "loading" until the list
// arrives (the root's Init asks for it).
func NewDrafts(c common.Common) *Drafts {
	return &Drafts{c: c, keys: common.DefaultDraftsKeyMap(*c.Str), names: map[string]string{}, width: c.Width, height: c.Height}
}

// SetSize sets the drawing area.
func (d *Drafts) SetSize(width, height int) { d.width, d.height = width, height }

// Typing reports whether the filter is being typed.
func (d *Drafts) Typing() bool { return d.filtering }

// Update handles the list, the outlines' names and the keys.
func (d *Drafts) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case common.DraftsLoadedMsg:
		d.loaded, d.err = true, msg.Err
		if msg.Err == nil {
			d.items = msg.Items
		}
		d.refilter()
	case common.OutlinesLoadedMsg:
		for _, o := range msg.Outlines {
			d.names[o.ID] = o.Name
		}
	case common.DeletedMsg:
		return d.handleDeleted(msg)
	case tea.KeyPressMsg:
		return d.handleKey(msg)
	case tea.PasteMsg:
		if d.filtering {
			d.filter += model.CleanLine(msg.Content)
			d.refilter()
		}
	}
	return nil
}

func (d *Drafts) handleDeleted(msg common.DeletedMsg) tea.Cmd {
	if msg.Err != nil {
		return common.StatusCmd(d.c.Str.StoreError(msg.Err), true)
	}
	d.deleted = ""
	text := d.c.Str.Restored
	if !msg.Undo {
		d.deleted, text = msg.ID, d.c.Str.Deleted
	}
	return tea.Batch(common.StatusCmd(text, false), common.LoadDraftsCmd(d.c.Svc.Store))
}

func (d *Drafts) handleKey(k tea.KeyPressMsg) tea.Cmd {
	switch {
	case d.confirm != "":
		return d.handleConfirm(k)
	case d.filtering:
		d.handleFilterKey(k)
		return nil
	}
	switch {
	case key.Matches(k, d.keys.Up):
		d.cur = max(d.cur-1, 0)
	case key.Matches(k, d.keys.Down):
		d.cur = min(d.cur+1, max(len(d.shown)-1, 0))
	case key.Matches(k, d.keys.Filter):
		d.filtering = true
	case key.Matches(k, d.keys.New):
		return common.CmdOf(common.ShowNewDraftMsg{})
	case key.Matches(k, d.keys.Undo):
		if d.deleted != "" {
			return common.DeleteCmd(d.c.Svc.Store, d.deleted, true)
		}
	case k.String() == "esc" && d.filter != "":
		d.filter = ""
		d.refilter()
	}
	sel, ok := d.selected()
	if !ok {
		return nil
	}
	switch {
	case key.Matches(k, d.keys.Open):
		return common.OpenDraftCmd(d.c.Svc.Store, d.c.Svc.Outlines, sel.ID)
	case key.Matches(k, d.keys.Duplicate):
		return common.DuplicateCmd(d.c.Svc.Store, d.c.Svc.Outlines, sel.ID)
	case key.Matches(k, d.keys.Delete):
		d.confirm = sel.ID
	}
	return nil
}

func (d *Drafts) handleConfirm(k tea.KeyPressMsg) tea.Cmd {
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

func (d *Drafts) handleFilterKey(k tea.KeyPressMsg) {
	switch k.String() {
	case "esc":
		d.filtering, d.filter = false, ""
	case "enter", "down", "up":
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
	d.refilter()
}

// selected returns the draft under the cursor.
func (d *Drafts) selected() (common.DraftInfo, bool) {
	if d.cur < 0 || d.cur >= len(d.shown) {
		return common.DraftInfo{}, false
	}
	return d.items[d.shown[d.cur]], true
}

// refilter keeps the drafts whose title or unit contain the filter,
// ignoring case and diacritics.
func (d *Drafts) refilter() {
	want := fold(d.filter)
	d.shown = d.shown[:0]
	for i, it := range d.items {
		if want == "" || strings.Contains(fold(it.Title+" "+it.Unit+" "+d.names[it.Outline]), want) {
			d.shown = append(d.shown, i)
		}
	}
	d.cur = min(d.cur, max(len(d.shown)-1, 0))
}

// fold lower-cases text and drops its diacritics, so "pho minh" finds
// "Phổ Minh".
func fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == 'đ':
			b.WriteRune('d')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// View draws the list, the empty state or the loading line.
func (d *Drafts) View() string {
	st := d.c.Styles.Drafts
	var lines []string
	if d.filtering || d.filter != "" {
		lines = append(lines, st.Filter.Render(ansi.Truncate(d.c.Str.FilterPrompt+d.filter, d.width, "…")), "")
	}
	switch {
	case !d.loaded:
		lines = append(lines, d.c.Str.Loading)
	case d.err != nil:
		lines = append(lines, wrapStyled(d.c.Styles.App.StatusError.Render, d.c.Str.StoreError(d.err), d.width)...)
	case len(d.items) == 0:
		lines = append(lines, wrapStyled(st.Empty.Render, d.c.Str.NoDrafts, d.width)...)
	case len(d.shown) == 0:
		lines = append(lines, st.Empty.Render(d.c.Str.NoMatch))
	default:
		lines = append(lines, d.listLines(d.height-len(lines)-1)...)
	}
	if sel, ok := d.selected(); ok && d.confirm == sel.ID {
		lines = append(lines, "")
		lines = append(lines, wrapStyled(st.Confirm.Render, d.c.Str.ConfirmDelete(sel.Title), d.width)...)
	}
	return common.FitLines(strings.Join(lines, "\n"), d.width, d.height)
}

// listLines draws the drafts, two lines each, scrolled to the cursor.
func (d *Drafts) listLines(height int) []string {
	st := d.c.Styles.Drafts
	var lines []string
	for i, idx := range d.shown {
		it := d.items[idx]
		title := ansi.Truncate(it.Title, d.width-2, "…")
		if i == d.cur {
			title = st.Selected.Render("▸ " + title)
		} else {
			title = st.Item.Render("  " + title)
		}
		lines = append(lines, title, "  "+d.metaLine(it))
	}
	return common.ScrollWindow(lines, 2*d.cur+1, max(height, 2))
}

// metaLine is "5/13 mục xong · 2 lỗi · 2 phút trước · unit · outline".
func (d *Drafts) metaLine(it common.DraftInfo) string {
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

// wrapStyled wraps text and styles each line.
func wrapStyled(render func(...string) string, text string, width int) []string {
	var out []string
	for _, l := range common.WrapLines(text, width) {
		out = append(out, render(l))
	}
	return out
}

// ShortHelp lists the main keys.
func (d *Drafts) ShortHelp() []key.Binding {
	if d.confirm != "" {
		return []key.Binding{d.keys.Yes, d.keys.No}
	}
	return []key.Binding{d.keys.Open, d.keys.New, d.keys.Duplicate, d.keys.Delete, d.keys.Filter}
}

// FullHelp lists every key.
func (d *Drafts) FullHelp() [][]key.Binding {
	return [][]key.Binding{{d.keys.Up, d.keys.Down, d.keys.Open}, {d.keys.New, d.keys.Duplicate, d.keys.Delete, d.keys.Undo}, {d.keys.Filter}}
}
