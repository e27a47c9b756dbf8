package ui

import (
	"strings"
	"testing"

	"github.com/baocao/baocao/examples"
	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/store"
)

// seedTwo stores the state example as draft 1 (Số 125) and an untitled
// copy with another subject as draft 2, and lists them.
func (h *harness) seedTwo() {
	h.t.Helper()
	r, err := examples.Report("state")
	if err != nil {
		h.t.Fatal(err)
	}
	r.Doc.Number = "125"
	other := r.Clone()
	other.Doc.Number, other.Doc.Subject = "", "Kết quả công tác quý I"
	for _, rep := range []struct {
		r     model.Report
		title string
	}{{r, "Số 125"}, {other, "Kết quả công tác quý I"}} {
		if _, err := h.st.Create(rep.r, store.Summary{Title: rep.title, Outline: "state"}); err != nil {
			h.t.Fatal(err)
		}
	}
	h.run(h.m.drafts.Reload())
}

func (h *harness) titleLine() string { return strings.SplitN(h.view(), "\n", 2)[0] }

// TestScreenTitlesNameTheirDraft: after a draft was open in the wizard,
// the import screen names no draft and a history opened from the list
// names its own draft, not the one the wizard held.
func TestScreenTitlesNameTheirDraft(t *testing.T) {
	h := newHarness(t, 100, 30)
	h.seedTwo()
	h.keys("down", "enter")
	if !strings.Contains(h.titleLine(), "Số 125") {
		t.Fatalf("wizard title %q lacks its draft", h.titleLine())
	}
	h.keys("esc", "esc", "i")
	if got := h.titleLine(); strings.Contains(got, "Số 125") || !strings.Contains(got, "Đọc báo cáo cũ") {
		t.Errorf("import screen title %q", got)
	}
	if help := h.helpLine(); strings.Count(help, "esc") != 1 {
		t.Errorf("import help names esc %d times: %q", strings.Count(help, "esc"), help)
	}
	h.keys("esc", "up", "h")
	if got := h.titleLine(); strings.Contains(got, "Số 125") || !strings.Contains(got, "Lịch sử sửa · 12/09/2023 · Kết quả công tác quý I") {
		t.Errorf("history title %q", got)
	}
}

// TestHelpNamesF1WhileTyping: in a text field "?" and "q" are typed, so the
// full help names f1 for help and ctrl+c alone for quitting.
func TestHelpNamesF1WhileTyping(t *testing.T) {
	h := newHarness(t, 100, 30)
	h.newDraft()
	h.jump("I")
	if !h.m.typing() {
		t.Fatalf("section I does not start in a text field:\n%s", h.view())
	}
	h.keys("f1")
	help := strings.Join(strings.Fields(h.view()), " ")
	for _, want := range []string{"f1 trợ giúp", "ctrl+c thoát"} {
		if !strings.Contains(help, want) {
			t.Errorf("the help lacks %q:\n%s", want, h.view())
		}
	}
	for _, wrong := range []string{"? trợ giúp", " q thoát"} {
		if strings.Contains(help, wrong) {
			t.Errorf("the help names %q while typing:\n%s", wrong, h.view())
		}
	}
}

// TestHelpListsUnplacedKeys: F1 in a draft with unplaced paragraphs lists
// their alt keys, and their hint is whole at 100 columns.
func TestHelpListsUnplacedKeys(t *testing.T) {
	h := newHarness(t, 100, 30)
	r, err := examples.Report("state")
	if err != nil {
		t.Fatal(err)
	}
	r.Unplaced = []string{"Một đoạn chưa xếp được."}
	if _, err := h.st.Create(r, store.Summary{Title: "Nhập", Outline: "state", Section: "I"}); err != nil {
		t.Fatal(err)
	}
	h.run(h.m.drafts.Reload())
	h.keys("enter")
	h.lacks("· al…")
	h.contains("Đoạn chưa xếp 1/1 · alt+↑↓")
	h.keys("f1")
	help := strings.Join(strings.Fields(h.view()), " ")
	for _, want := range []string{"alt+↑ đoạn chưa xếp trước", "alt+enter đưa đoạn vào ô", "alt+x bỏ đoạn"} {
		if !strings.Contains(help, want) {
			t.Errorf("the help lacks %q:\n%s", want, h.view())
		}
	}
}

// TestUnfilledIsNotAnError: a required field left empty reads "chưa
// điền", marked ○ as in the section list, in the staffing table as under
// every field; never "Lỗi" or ✗.
func TestUnfilledIsNotAnError(t *testing.T) {
	h := newHarness(t, 100, 40)
	h.newDraft()
	h.jump("I.1")
	for range 4 {
		h.keys("tab")
	}
	h.contains("○ Chưa điền")
	h.lacks("Lỗi: Chưa điền", "✗ Chưa điền")
}
