package compile

import (
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/progress"
	tea "charm.land/bubbletea/v2"

	"github.com/baocao/baocao/model"
	tc "github.com/baocao/baocao/templates/compile"
	"github.com/baocao/baocao/ui/common"
	"github.com/baocao/baocao/ui/field"
)

// Deps are what the screen needs beyond common.Services.
type Deps struct {
	// ReadFile reads the list of expected units (main gives os.ReadFile).
	ReadFile func(name string) ([]byte, error)
}

// ShowMsg asks the root to open the compile screen on the marked drafts.
type ShowMsg struct{ IDs []string }

// stage is where the screen is.
type stage int

const (
	stageEdit      stage = iota // filling the form
	stageOverwrite              // confirming overwriting the workbook
	stageBusy                   // reading, compiling, writing
	stageDone                   // compiled
)

// Msg is implemented by the messages of a running compilation: the root
// hands every Msg to the compile screen.
type Msg interface{ compileMsg() }

// Messages of the running compilation.
type (
	progressMsg struct{ done, total int }
	doneMsg     struct {
		res   *tc.Result
		draft common.Draft
		path  string
		err   error
	}
)

func (progressMsg) compileMsg() {}
func (doneMsg) compileMsg()     {}

// Model is the compile screen.
type Model struct {
	c        common.Common
	s        Strings
	deps     Deps
	ids      []string
	keys     keyMap
	inputs   [3]*field.LineInput
	focus    int
	stage    stage
	bar      progress.Model
	done     int
	total    int
	ch       chan tea.Msg
	res      *tc.Result
	draft    common.Draft
	path     string
	err      string
	scroll   int
	width    int
	height   int
	lastPath string
	formTop  int // the line of the first label, for the cursor
}

type keyMap struct {
	common.FormKeyMap
	Back, Open, Up, Down key.Binding
}

var _ common.Component = (*Model)(nil)

// New returns the screen for the drafts ids, proposing a workbook in the
// export folder named after today.
func New(c common.Common, deps Deps, ids []string) *Model {
	m := &Model{c: c, s: stringsFor(c.Str), deps: deps, ids: ids, bar: progress.New(progress.WithDefaultBlend())}
	m.keys = keyMap{FormKeyMap: common.DefaultFormKeyMap(*c.Str),
		Back: common.Bind("esc", m.s.KeyBack, "esc"), Open: common.Bind("enter", m.s.KeyOpen, "enter"),
		Up: common.Bind("↑", m.s.KeyScroll, "up"), Down: common.Bind("↓", m.s.KeyScroll, "down")}
	m.keys.Submit = common.Bind("ctrl+s", m.s.KeyCompile, "ctrl+s")
	env := field.Env{St: c.Styles, Str: c.Str}
	for i, f := range []model.Field{{ID: "deadline", Label: m.s.Deadline, Hint: m.s.DeadlineHint},
		{ID: "expected", Label: m.s.Expected, Hint: m.s.ExpectedHint}, {ID: "workbook", Label: m.s.Workbook}} {
		f.Kind = model.FieldLine
		m.inputs[i] = field.NewLine(env, f, f.ID)
	}
	now := c.Now()
	m.lastPath = filepath.Join(c.Svc.ExportDir, fmt.Sprintf("tong-hop_%04d-%02d-%02d.xlsx", now.Year(), now.Month(), now.Day()))
	m.inputs[2].SetValue(m.lastPath)
	m.inputs[0].Focus()
	m.SetSize(c.Width, c.Height)
	return m
}

// SetSize sets the drawing area.
func (m *Model) SetSize(width, height int) {
	m.width, m.height = width, height
	for _, in := range m.inputs {
		in.SetSize(width-2, 1)
	}
	m.bar.SetWidth(max(width-2, 10))
}

// Typing reports whether a text input has focus.
func (m *Model) Typing() bool { return m.stage == stageEdit }

// Update handles keys, pastes and the compilation's messages.
func (m *Model) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case progressMsg:
		m.done, m.total = msg.done, msg.total
		return wait(m.ch)
	case doneMsg:
		return m.finish(msg)
	case tea.KeyPressMsg:
		return m.handleKey(msg)
	case tea.PasteMsg:
		if m.Typing() {
			return m.inputs[m.focus].Update(msg)
		}
	}
	return nil
}

func (m *Model) handleKey(k tea.KeyPressMsg) tea.Cmd {
	switch m.stage {
	case stageBusy:
		return nil
	case stageOverwrite:
		switch {
		case key.Matches(k, m.keys.Yes):
			return m.start(true)
		case key.Matches(k, m.keys.No):
			m.stage = stageEdit
		}
		return nil
	case stageDone:
		return m.handleDoneKey(k)
	}
	switch {
	case key.Matches(k, m.keys.Back):
		return common.CmdOf(common.ShowDraftsMsg{})
	case key.Matches(k, m.keys.Next), k.String() == "enter" && m.focus < len(m.inputs)-1:
		return m.move(1)
	case key.Matches(k, m.keys.Prev):
		return m.move(-1)
	case key.Matches(k, m.keys.Submit), k.String() == "enter":
		return m.start(false)
	}
	return m.inputs[m.focus].Update(k)
}

func (m *Model) handleDoneKey(k tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(k, m.keys.Back):
		return common.CmdOf(common.ShowDraftsMsg{})
	case key.Matches(k, m.keys.Open) && m.res != nil:
		return common.CmdOf(common.DraftOpenedMsg{Draft: m.draft, Outline: m.res.Target})
	case key.Matches(k, m.keys.Up):
		m.scroll = max(m.scroll-1, 0)
	case key.Matches(k, m.keys.Down):
		m.scroll++
	}
	return nil
}

func (m *Model) move(d int) tea.Cmd {
	m.inputs[m.focus].Blur()
	m.focus = (m.focus + d + len(m.inputs)) % len(m.inputs)
	return m.inputs[m.focus].Focus()
}

// job is one compilation's settings, copied out of the model so that the
// worker shares nothing with it.
type job struct {
	ids      []string
	deadline model.Date
	expected string
	path     string
	force    bool
	svc      common.Services
	deps     Deps
}

// start checks the form and runs the compilation in the background.
func (m *Model) start(force bool) tea.Cmd {
	m.err = ""
	j := job{ids: append([]string(nil), m.ids...), svc: m.c.Svc, deps: m.deps, force: force}
	if len(j.ids) == 0 {
		m.err = m.s.NothingMarked
		return nil
	}
	if text := strings.TrimSpace(m.inputs[0].Value()); text != "" {
		d, err := model.ParseDate(text)
		if err != nil || !d.Valid() {
			m.err = m.s.BadDeadline
			return nil
		}
		j.deadline = d
	}
	j.expected = model.CleanLine(strings.TrimSpace(m.inputs[1].Value()))
	j.path = model.CleanLine(strings.TrimSpace(m.inputs[2].Value()))
	if !strings.EqualFold(filepath.Ext(j.path), ".xlsx") {
		m.err = m.s.NeedPath
		return nil
	}
	m.stage, m.done, m.total = stageBusy, 0, len(j.ids)
	m.ch = make(chan tea.Msg, 8)
	go j.run(m.ch)
	return wait(m.ch)
}

// wait delivers the worker's next message.
func wait(ch chan tea.Msg) tea.Cmd {
	return func() tea.Msg {
		if msg, ok := <-ch; ok {
			return msg
		}
		return nil
	}
}

// run reads the drafts, compiles them, writes the workbook and stores the
// compiled draft, reporting progress on out.
func (j job) run(out chan<- tea.Msg) {
	defer close(out)
	opt, err := j.options()
	if err != nil {
		out <- doneMsg{err: err, path: j.path}
		return
	}
	c := tc.NewCompiler(opt)
	var skipped []tc.Skipped
	for i, id := range j.ids {
		d, err := j.svc.Store.Get(id)
		name := "bản nháp " + id
		if err != nil {
			skipped = append(skipped, tc.Skipped{Name: name, Err: err})
		} else {
			c.Add(tc.Input{Name: name, Report: d.Report, Received: d.Info.Modified})
		}
		out <- progressMsg{i + 1, len(j.ids)}
	}
	res, err := c.Compile(skipped)
	if err != nil {
		out <- doneMsg{err: err, path: j.path}
		return
	}
	defer res.Close()
	var buf bytes.Buffer
	if err := tc.WriteWorkbook(res, &buf); err != nil {
		out <- doneMsg{err: err, path: j.path}
		return
	}
	if err := j.svc.Export.WriteFile(j.path, buf.Bytes(), j.force); err != nil {
		out <- doneMsg{err: err, path: j.path}
		return
	}
	created, err := j.svc.Store.Create(common.Draft{Info: infoOf(res, j.svc.Rules), Report: res.Draft})
	out <- doneMsg{res: res, draft: created, path: j.path, err: err}
}

// options are what the drafts are compiled against, the list of expected
// units read.
func (j job) options() (tc.Options, error) {
	opt := tc.Options{Outlines: j.svc.Outlines, Rules: j.svc.Rules, Deadline: j.deadline}
	if j.expected != "" {
		data, err := j.deps.ReadFile(j.expected)
		if err != nil {
			return opt, err
		}
		if opt.Expected = tc.ParseExpected(data); len(opt.Expected) == 0 {
			return opt, errors.New("danh sách đơn vị không có tên nào; hãy ghi mỗi dòng một tên")
		}
	}
	return opt, nil
}

// infoOf is the drafts-list entry of the compiled draft.
func infoOf(res *tc.Result, rules model.Rules) common.DraftInfo {
	r, o := res.Draft, res.Target
	ps := model.Validate(r, o, rules)
	done, required := model.Progress(r, o, ps)
	errs, warns := model.Count(ps)
	return common.DraftInfo{Title: r.Doc.Subject, Unit: fmt.Sprintf("Tổng hợp %d đơn vị", len(res.Units)), Outline: o.ID,
		Done: done, Required: required, Errors: errs, Warnings: warns}
}

func (m *Model) finish(msg doneMsg) tea.Cmd {
	m.ch = nil
	switch {
	case errors.Is(msg.err, common.ErrFileExists) && m.stage == stageBusy && msg.res == nil:
		m.stage = stageOverwrite
		return nil
	case msg.err != nil:
		m.stage, m.err = stageEdit, m.s.Failed(msg.err)
		return nil
	}
	m.stage, m.res, m.draft, m.path, m.scroll = stageDone, msg.res, msg.draft, msg.path, 0
	return common.StatusCmd(m.doneText(), false)
}

func (m *Model) doneText() string {
	return m.s.Done(len(m.res.Units), m.res.Expected, len(m.res.Missing), m.path, m.draft.Info.ID)
}
