package importfile

import (
	"errors"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/ui/common"
	"github.com/baocao/baocao/ui/internal/uitest"
)

type fakeImporter struct{ paths []string }

func (f *fakeImporter) ImportReport(path string) (common.Draft, string, error) {
	f.paths = append(f.paths, path)
	if strings.HasSuffix(path, ".pdf") {
		return common.Draft{}, "", errors.New("tệp là tệp PDF; hãy lưu thành .docx")
	}
	return common.Draft{Info: common.DraftInfo{ID: "7"}, Report: model.Report{Outline: "state"}}, "Đã đọc 3 đoạn", nil
}

func (f *fakeImporter) ImportOutline(path string, p model.Profile) (model.Outline, string, error) {
	f.paths = append(f.paths, string(p)+":"+path)
	return model.Outline{ID: "moi", Profile: p}, "Đã lập dàn ý", nil
}

func (f *fakeImporter) ImportInto(path, id string, _ []string) (common.Draft, string, error) {
	f.paths = append(f.paths, id+":"+path)
	return common.Draft{}, "", errors.New("không dùng")
}

type outlines struct{}

func (outlines) All() []model.Outline                      { return []model.Outline{{ID: "state"}} }
func (o outlines) Of(r model.Report) (model.Outline, bool) { return o.Get(r.Outline) }
func (outlines) Get(id string) (model.Outline, bool) {
	return model.Outline{ID: id}, id == "state"
}

func newScreen(imp common.Importer, w, h int) *Model {
	str := common.Vietnamese()
	st := common.DefaultStyles()
	return New(common.Common{Str: &str, Styles: &st, Width: w, Height: h,
		Svc: common.Services{Import: imp, Outlines: outlines{}}})
}

// drain runs a command and the commands its messages give back.
func drain(m *Model, cmd tea.Cmd) []tea.Msg {
	var out []tea.Msg
	if cmd == nil {
		return nil
	}
	msg := cmd()
	switch msg := msg.(type) {
	case tea.BatchMsg:
		for _, c := range msg {
			out = append(out, drain(m, c)...)
		}
	case importedMsg, intoMsg:
		out = append(out, drain(m, m.Update(msg))...)
	case nil:
	default:
		out = append(out, msg)
	}
	return out
}

func typeText(m *Model, s string) {
	for _, r := range s {
		m.Update(uitest.Key(string(r)))
	}
}

func TestImportScreen(t *testing.T) {
	imp := &fakeImporter{}
	m := newScreen(imp, 40, 12)
	m.Init()
	drain(m, m.Update(uitest.Key("enter")))
	if !strings.Contains(ansi.Strip(m.View()), "Hãy gõ hoặc dán") || len(imp.paths) != 0 {
		t.Fatalf("empty path: %q", ansi.Strip(m.View()))
	}
	typeText(m, `"D:\Báo cáo\cu.pdf"`)
	drain(m, m.Update(uitest.Key("enter")))
	if v := ansi.Strip(m.View()); !strings.Contains(v, "PDF") || imp.paths[0] != `D:\Báo cáo\cu.pdf` {
		t.Fatalf("pdf: %q, paths %q", v, imp.paths)
	}
	for range len(`"D:\Báo cáo\cu.pdf"`) {
		m.Update(uitest.Key("backspace"))
	}
	typeText(m, "cu.docx")
	msgs := drain(m, m.Update(uitest.Key("enter")))
	opened, status := false, false
	for _, msg := range msgs {
		switch msg := msg.(type) {
		case common.DraftOpenedMsg:
			opened = msg.Err == nil && msg.Draft.Info.ID == "7"
		case common.StatusMsg:
			status = strings.Contains(msg.Text, "Đã đọc 3 đoạn")
		}
	}
	if !opened || !status {
		t.Errorf("after a good import: %#v", msgs)
	}
	for _, line := range strings.Split(m.View(), "\n") {
		if ansi.StringWidth(line) > 40 {
			t.Errorf("line wider than 40: %q", ansi.Strip(line))
		}
	}
	if msgs := drain(m, m.Update(uitest.Key("esc"))); len(msgs) != 1 {
		t.Errorf("esc: %#v", msgs)
	} else if _, ok := msgs[0].(common.ShowDraftsMsg); !ok {
		t.Errorf("esc gave %#v", msgs[0])
	}
}

// TestOutlineMode: tab switches the form; enter makes the outline and
// hands it to the root; esc goes back to the new-draft form.
func TestOutlineMode(t *testing.T) {
	imp := &fakeImporter{}
	m := NewOutline(newScreen(imp, 80, 24).c)
	m.Init()
	if v := ansi.Strip(m.View()); !strings.Contains(v, "Dàn ý mới từ tệp") || !strings.Contains(v, "văn bản hành chính") {
		t.Fatalf("view: %q", v)
	}
	m.Update(uitest.Key("tab"))
	if !strings.Contains(ansi.Strip(m.View()), "văn bản của Đảng") {
		t.Errorf("tab did not switch the form")
	}
	typeText(m, "dc.docx")
	msgs := drain(m, m.Update(uitest.Key("enter")))
	if len(msgs) != 1 || imp.paths[0] != "party:dc.docx" {
		t.Fatalf("%#v %q", msgs, imp.paths)
	}
	if om, ok := msgs[0].(OutlineMsg); !ok || om.Outline.ID != "moi" || om.Summary != "Đã lập dàn ý" {
		t.Errorf("%#v", msgs[0])
	}
	if msgs := drain(m, m.Update(uitest.Key("esc"))); len(msgs) != 1 {
		t.Errorf("esc: %#v", msgs)
	} else if _, ok := msgs[0].(common.ShowNewDraftMsg); !ok {
		t.Errorf("esc gave %#v", msgs[0])
	}
}

// derivingImporter imports any file as a report no built-in outline fits:
// the draft carries the outline made from the report's headings, as the
// real service does; the outlines offered do not change.
type derivingImporter struct{}

func (derivingImporter) ImportReport(path string) (common.Draft, string, error) {
	return common.Draft{Info: common.DraftInfo{ID: "8"}, Report: model.Report{Outline: "tuan-23", Imported: true, OutlineFile: "outline: tuan-23"}},
		"Không dàn ý nào khớp; bản nháp theo dàn ý lập từ chính các đề mục của nó.", nil
}

func (derivingImporter) ImportOutline(string, model.Profile) (model.Outline, string, error) {
	return model.Outline{}, "", errors.New("không dùng")
}

func (derivingImporter) ImportInto(string, string, []string) (common.Draft, string, error) {
	return common.Draft{}, "", errors.New("không dùng")
}

type liveSet struct{ list []model.Outline }

func (l *liveSet) All() []model.Outline { return l.list }
func (l *liveSet) Of(r model.Report) (model.Outline, bool) {
	if r.OutlineFile != "" {
		return model.Outline{ID: r.Outline, Source: r.OutlineFile}, true
	}
	return l.Get(r.Outline)
}
func (l *liveSet) Get(id string) (model.Outline, bool) {
	for _, o := range l.list {
		if o.ID == id {
			return o, true
		}
	}
	return model.Outline{}, false
}

// TestImportFitsNoOutline: a report that fits no built-in outline opens as
// a draft with the outline made from its own headings, and the status line
// says so; nothing is refused.
func TestImportFitsNoOutline(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {40, 12}} {
		live := &liveSet{list: []model.Outline{{ID: "state"}}}
		str := common.Vietnamese()
		st := common.DefaultStyles()
		m := New(common.Common{Str: &str, Styles: &st, Width: size[0], Height: size[1],
			Svc: common.Services{Import: derivingImporter{}, Outlines: live}})
		m.Init()
		typeText(m, "tuan-23.docx")
		var opened common.DraftOpenedMsg
		status := ""
		for _, msg := range drain(m, m.Update(uitest.Key("enter"))) {
			switch msg := msg.(type) {
			case common.DraftOpenedMsg:
				opened = msg
			case common.StatusMsg:
				status = msg.Text
			}
		}
		if opened.Err != nil || opened.Draft.Info.ID != "8" || opened.Outline.ID != "tuan-23" {
			t.Errorf("%v: opened %+v", size, opened)
		}
		if len(live.All()) != 1 {
			t.Errorf("%v: the draft's own outline joined the outlines offered: %+v", size, live.All())
		}
		if !strings.Contains(status, "từ chính các đề mục") || strings.Contains(ansi.Strip(m.View()), "baocao import") {
			t.Errorf("%v: status %q, view %q", size, status, ansi.Strip(m.View()))
		}
	}
}
