package ui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/ui/common"
	"github.com/baocao/baocao/ui/field"
	"github.com/baocao/baocao/ui/internal/uitest"
)

// newDraftOf starts a draft of a phường on the outline with the ID.
func (h *harness) newDraftOf(outline string) {
	h.t.Helper()
	h.keys("n")
	for i := 0; i < 10 && h.m.newDraft.Value("outline") != outline; i++ {
		h.keys("right")
	}
	h.chooseUnit("phuong", "II")
	h.typeText("Phổ Minh")
	h.keys("ctrl+s")
	if h.m.wizard == nil || h.m.wizard.outline.ID != outline {
		h.t.Fatalf("not a draft of %s:\n%s", outline, h.view())
	}
}

// pasteKeys presses keys as a terminal without bracketed paste types a
// paste: each within common.PasteGap of the one before, all waiting before
// the program runs the commands they return (a held key's release among
// them); the clock then moves on as a person's would.
func (h *harness) pasteKeys(keys ...string) {
	h.t.Helper()
	h.pasteKeysPaused(-1, 0, keys...)
}

// pasteKeysPaused is pasteKeys on a loaded machine: the program has no
// processor for pause before it handles the key at index at.
func (h *harness) pasteKeysPaused(at int, pause time.Duration, keys ...string) {
	h.t.Helper()
	now := testNow.Add(time.Hour)
	h.m.burst = common.NewBurst(common.PasteGap, func() time.Time { return now })
	var cmds []tea.Cmd
	for i, k := range keys {
		if i == at {
			now = now.Add(pause)
		}
		_, cmd := h.m.Update(uitest.Key(k))
		cmds = append(cmds, cmd)
		now = now.Add(time.Millisecond)
	}
	now = now.Add(time.Second)
	for _, cmd := range cmds {
		h.run(cmd)
	}
}

// tableAnswer is the stored table of a field, cells row by row.
func (h *harness) tableAnswer(id string) []string {
	h.t.Helper()
	h.run(h.m.wizard.commit())
	var out []string
	if t := h.stored().Answers[id].Table; t != nil {
		for _, r := range t.Rows {
			out = append(out, strings.Join(r.Cells, "|"))
		}
	}
	return out
}

func TestTableFieldInWizard(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {40, 12}} {
		h := newHarness(t, size[0], size[1])
		h.newDraftOf("cchc-quy")
		h.jump("II.1")
		h.focusField("bieu.tthc")
		if _, ok := h.m.wizard.inputs[h.m.wizard.focus].(*field.TableInput); !ok {
			t.Fatalf("bieu.tthc is not a grid")
		}
		h.keys("1", "2", "tab", "3", "enter", "down")
		h.contains("Tổng cộng", "Đất đai", "Dòng 3/6")
		h.keys("left", "left", "9", "tab")
		got := h.tableAnswer("bieu.tthc")
		if len(got) != 6 || got[0] != "12|3||||" || got[2] != "9|||||" {
			t.Errorf("%dx%d: stored %q", size[0], size[1], got)
		}
		checkSize(t, h.view(), size[0], size[1])
		if h.m.wizard.inputs[h.m.wizard.focus].Field().ID != "bieu.tthc" {
			t.Errorf("tab inside the grid left it")
		}
		h.keys("5", "esc")
		if h.m.wizard.sidebar || h.tableAnswer("bieu.tthc")[2] != "9|||||" {
			t.Errorf("esc did not take the edit back in the grid")
		}
		h.keys("ctrl+down", "ctrl+down", "ctrl+down", "end", "tab")
		if id := h.m.wizard.inputs[h.m.wizard.focus].Field().ID; id == "bieu.tthc" {
			t.Errorf("tab on the last cell did not leave the grid")
		}
		if size[0] == 80 {
			h.contains("Bảng 6 dòng, đã điền 3/36 ô")
		}
		h.keys("esc")
		if !h.m.wizard.sidebar {
			t.Errorf("esc out of an edit did not reach the sidebar")
		}
	}
}

func TestPastedKeysInTheGrid(t *testing.T) {
	h := newHarness(t, 80, 24)
	h.newDraftOf("cchc-quy")
	h.jump("II.1")
	h.focusField("bieu.tthc")
	h.pasteKeys("1", "0", "tab", "2", "0", "enter", "3", "tab", "4", "enter")
	got := h.tableAnswer("bieu.tthc")
	if len(got) != 6 || got[0] != "10|20||||" || got[1] != "3|4||||" {
		t.Errorf("stored %q", got)
	}
	if h.m.wizard.inputs[h.m.wizard.focus].Field().ID != "bieu.tthc" {
		t.Errorf("a pasted tab moved the focus")
	}
}

// TestPasteKeptWholeUnderLoad (issue 20 item 1): rows pasted as keys into
// a list fill their own cells when the program is paused in the middle of
// the paste, as a loaded machine does; the key after the pause used to
// replace the cell before it and shift the rows that followed.
func TestPasteKeptWholeUnderLoad(t *testing.T) {
	text := "Chứng thực\tAn\t3/7/2026\t2\tThiếu bản gốc\rKết hôn\tBình\t4/8/2026\t1\tXác minh\r"
	var keys []string
	pause := -1
	for _, r := range text {
		switch r {
		case '\t':
			keys = append(keys, "tab")
		case '\r':
			keys = append(keys, "enter")
		default:
			keys = append(keys, string(r))
		}
		if r == 'T' {
			pause = len(keys) - 1
		}
	}
	h := newHarness(t, 80, 24)
	h.newDraftOf("cchc-quy")
	h.jump("PL2")
	h.focusField("bieu.trehan")
	h.pasteKeysPaused(pause, 30*time.Millisecond, keys...)
	want := []string{"Chứng thực|An|3/7/2026|2|Thiếu bản gốc", "Kết hôn|Bình|4/8/2026|1|Xác minh"}
	if got := h.tableAnswer("bieu.trehan"); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("stored %q, want %q", got, want)
	}
}

// TestPastedKeysInTextField (issue 20 item 1): a tab in keys that a terminal
// typed from a paste is text, not a move to the next field, and letters
// after it are text.
func TestPastedKeysInTextField(t *testing.T) {
	h := newHarness(t, 80, 24)
	h.newDraft()
	h.focusField("doc.number")
	h.pasteKeys("1", "2", "tab", "q", "?", "enter", "x")
	if id := h.m.wizard.inputs[h.m.wizard.focus].Field().ID; id != "doc.number" {
		t.Fatalf("the paste moved the focus to %s", id)
	}
	if h.quit || h.m.showHelp {
		t.Fatal("a pasted q or ? ran as a key")
	}
	h.keys("tab")
	if got := h.stored().Doc.Number; got != "12 q? x" {
		t.Errorf("stored %q, want the pasted text", got)
	}
}

// TestPastedKeysInStaffing (issue 20 item 1): u and c in pasted keys never
// undo or add a position in the staffing table.
func TestPastedKeysInStaffing(t *testing.T) {
	h := newHarness(t, 80, 24)
	h.newDraft()
	h.jump("I.1")
	h.focusField("staffing")
	h.keys("a", "enter", "2", "enter")
	h.pasteKeys("u", "5", "tab", "c", "7")
	h.run(h.m.wizard.commit())
	rows := h.stored().Staffing.Rows
	if len(rows) != 1 || h.m.wizard.inputBusy() {
		t.Fatalf("rows %+v, busy %v", rows, h.m.wizard.inputBusy())
	}
	if rows[0].Now != 57 || rows[0].Start != 2 {
		t.Errorf("row = %d/%d, want 2/57", rows[0].Start, rows[0].Now)
	}
}

// TestPastedKeysOnTheDraftsList (issue 20 item 1): on a screen without a
// text field, a paste typed as keys runs no command, its first key
// included; a key typed alone still acts after the paste gap.
func TestPastedKeysOnTheDraftsList(t *testing.T) {
	h := newHarness(t, 80, 24)
	h.newDraft()
	h.keys("esc", "esc")
	if h.m.screen != scrDrafts {
		t.Fatalf("not on the drafts list:\n%s", h.view())
	}
	h.pasteKeys("x", "d", "q", "n")
	if h.quit || h.m.screen != scrDrafts || strings.Count(h.view(), "mục xong") != 1 || strings.Contains(h.view(), "Xóa bản nháp") {
		t.Fatalf("a pasted key ran as a command:\n%s", h.view())
	}
	h.pasteKeys("n")
	if h.m.screen != scrNewDraft {
		t.Fatalf("n typed alone did not open the form:\n%s", h.view())
	}
}

// TestJumpToCell: review's enter on a problem of a table cell shows the
// cell.
func TestJumpToCell(t *testing.T) {
	h := newHarness(t, 80, 24)
	h.newDraftOf("cchc-quy")
	h.jump("II.1")
	h.focusField("bieu.tthc")
	h.keys("down", "down", "right", "right", "a", "b", "enter")
	h.run(h.m.wizard.commit())
	h.jump("II.3")
	var p model.Problem
	for _, q := range h.m.wizard.problems {
		if strings.HasPrefix(q.Path, "answers.bieu.tthc.rows[") {
			p = q
		}
	}
	if p.Path != "answers.bieu.tthc.rows[2].cells[2]" {
		t.Fatalf("problem %+v", p)
	}
	h.run(common.CmdOf(common.JumpMsg{Section: p.Section, Field: p.Field, Path: p.Path}))
	h.contains("Dòng 3/6 Đất đai · Đã giải quyết › Đúng hạn (hồ sơ)", "không phải là số")
}
