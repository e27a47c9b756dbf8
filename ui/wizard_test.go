package ui

import (
	"strings"
	"testing"

	"github.com/baocao/baocao/ui/common"
	"github.com/baocao/baocao/ui/internal/uitest"

	"unicode/utf8"

	tea "charm.land/bubbletea/v2"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/ui/editor"
)

// newDraft creates a draft for phường Phổ Minh through the form and leaves
// the harness in the wizard's first section.
func (h *harness) newDraft() {
	h.t.Helper()
	h.keys("n")
	h.chooseUnit("phuong", "II")
	h.typeText("Phổ Minh")
	h.keys("ctrl+s")
	if h.m.screen != scrWizard {
		h.t.Fatalf("not in the wizard:\n%s", h.view())
	}
}

// chooseUnit picks the unit's kind and class in the new-draft form (from
// its first field) by value, since the options follow the date, and leaves
// the focus on the unit's name.
func (h *harness) chooseUnit(kind, class string) {
	h.t.Helper()
	for h.m.newDraft.Focused() != "unit.kind" {
		h.keys("tab")
	}
	for i := 0; i < 8 && h.m.newDraft.Value("unit.kind") != kind; i++ {
		h.keys("right")
	}
	h.keys("tab")
	for i := 0; i < 8 && h.m.newDraft.Value("unit.class") != class; i++ {
		h.keys("right")
	}
	h.keys("tab")
	if h.m.newDraft.Value("unit.kind") != kind || h.m.newDraft.Value("unit.class") != class {
		h.t.Fatalf("the form offers no %s %s:\n%s", kind, class, h.view())
	}
}

// jump shows a section as review's enter would.
func (h *harness) jump(section string) {
	h.run(common.CmdOf(common.JumpMsg{Section: section}))
}

// stored reads the draft back from the store.
func (h *harness) stored() model.Report {
	h.t.Helper()
	d, err := h.svc.Store.Get(h.m.wizard.info.ID)
	if err != nil {
		h.t.Fatal(err)
	}
	return d.Report
}

// focusField moves focus to the input of a field by pressing tab.
func (h *harness) focusField(id string) {
	h.t.Helper()
	for range len(h.m.wizard.inputs) {
		if h.m.wizard.inputs[h.m.wizard.focus].Field().ID == id {
			return
		}
		h.keys("tab")
	}
	h.t.Fatalf("no field %q in section %s", id, h.m.wizard.outline.Sections[h.m.wizard.sec].ID)
}

func TestWizardAutosave(t *testing.T) {
	h := newHarness(t, 80, 24)
	h.newDraft()
	h.focusField("doc.number")
	h.typeText("197")
	if got := h.stored().Doc.Number; got != "197" {
		t.Fatalf("stored number = %q, want 197", got)
	}
	h.contains("Đã lưu 14:32:05")
}

func TestWizardProblemShowsOnceFieldIsLeft(t *testing.T) {
	h := newHarness(t, 80, 24)
	h.newDraft()
	h.focusField("doc.date")
	h.typeText("31/2/2023")
	h.lacks("không có trên")
	h.keys("tab")
	h.keys("shift+tab")
	h.contains("không có trên")
	for range 6 {
		h.keys("backspace")
	}
	for _, r := range "29/8/2023" {
		h.m.Update(uitest.Key(string(r))) // no autosave tick: leaving must apply
	}
	h.keys("tab")
	h.lacks("không có trên", "Chưa điền \"Ngày ban hành\"")
}

func TestWizardNoneToggle(t *testing.T) {
	h := newHarness(t, 80, 24)
	h.newDraft()
	h.jump("II.1")
	h.keys("ctrl+k")
	h.contains("[Không]")
	if a := h.stored().Answers["II.1.text"]; !a.None {
		t.Fatalf("stored answer = %+v, want None", a)
	}
	h.keys("ctrl+k")
	h.lacks("[Không]")
	h.jump("header")
	h.focusField("unit.name")
	h.keys("ctrl+k")
	h.contains("không trả lời “Không” được")
}

func TestWizardSections(t *testing.T) {
	h := newHarness(t, 80, 24)
	h.newDraft()
	w := h.m.wizard
	h.keys("pgdown")
	if id := w.outline.Sections[w.sec].ID; id != "basis" {
		t.Fatalf("after pgdown: section %s", id)
	}
	h.keys("ctrl+n", "ctrl+n", "ctrl+p")
	if id := w.outline.Sections[w.sec].ID; id != "I" {
		t.Fatalf("after ctrl+n ctrl+n ctrl+p: section %s", id)
	}
	h.keys("esc", "down", "down", "enter")
	if id := w.outline.Sections[w.sec].ID; id != "I.2" || w.sidebar {
		t.Fatalf("sidebar enter: section %s, sidebar %v", id, w.sidebar)
	}
	h.keys("esc", "esc")
	if h.m.screen != scrDrafts {
		t.Fatalf("esc esc: screen %d", h.m.screen)
	}
	h.contains("Ủy ban nhân dân phường Phổ Minh", "mục xong")
	h.keys("enter")
	if id := h.m.wizard.outline.Sections[h.m.wizard.sec].ID; id != "I.2" {
		t.Fatalf("resumed at %s, want I.2", id)
	}
}

func TestQuitWaitsForTheLastSave(t *testing.T) {
	h := newHarness(t, 80, 24)
	h.newDraft()
	h.jump("I.2")
	for _, r := range "Chưa lưu" {
		h.m.Update(uitest.Key(string(r))) // commands dropped: no autosave ran
	}
	h.keys("ctrl+c")
	if !h.quit {
		t.Fatal("did not quit")
	}
	if got := h.stored().Answers["I.2.text"].Text; got != "Chưa lưu" {
		t.Fatalf("stored = %q", got)
	}
}

func TestQuitAfterFailedSave(t *testing.T) {
	h := newHarness(t, 80, 24)
	h.newDraft()
	h.jump("I.2")
	if err := h.st.Close(); err != nil {
		t.Fatal(err)
	}
	h.typeText("Sẽ không lưu được")
	h.contains("Chưa lưu được")
	h.keys("ctrl+c")
	if h.quit {
		t.Fatal("quit although the save failed")
	}
	h.contains("ctrl+c lần nữa")
	h.keys("ctrl+c")
	if !h.quit {
		t.Fatal("second ctrl+c did not quit")
	}
}

func TestQLetterIsTypedInTextFields(t *testing.T) {
	h := newHarness(t, 80, 24)
	h.newDraft()
	h.jump("I.2")
	h.typeText("q?")
	if h.quit || h.m.showHelp {
		t.Fatal("q or ? taken as a key inside a text field")
	}
	h.keys("esc", "?")
	if !h.m.showHelp {
		t.Fatal("? outside text fields did not open the help")
	}
	h.contains("mục trước", "hướng dẫn")
	h.keys("q")
	if !h.quit {
		t.Fatal("q in the sidebar did not quit")
	}
}

func TestPasteIsCleaned(t *testing.T) {
	h := newHarness(t, 80, 24)
	h.newDraft()
	h.jump("I.2")
	h.send(tea.PasteMsg{Content: "Dòng một\x1b[31m đỏ\x07\nDòng hai"})
	h.keys("tab")
	got := h.stored().Answers["I.2.text"].Text
	if got != "Dòng một đỏ\nDòng hai" {
		t.Fatalf("stored %q", got)
	}
}

func TestLargePasteStaysResponsive(t *testing.T) {
	h := newHarness(t, 80, 24)
	h.newDraft()
	h.jump("I.2")
	big := strings.Repeat("Cán bộ, công chức phường làm việc đúng giờ. ", 1<<20/48)
	h.send(tea.PasteMsg{Content: big})
	h.keys("tab")
	got := h.stored().Answers["I.2.text"].Text
	if n := utf8.RuneCountInString(got); n != editor.DefaultMaxLen {
		t.Fatalf("stored %d characters of a %d-byte paste, want the editor's limit %d", n, len(big), editor.DefaultMaxLen)
	}
	checkSize(t, h.view(), 80, 24)
}
