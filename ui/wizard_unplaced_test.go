package ui

import (
	"path/filepath"
	"testing"

	"github.com/baocao/baocao/examples"
	"github.com/baocao/baocao/store"
	"github.com/baocao/baocao/templates/export"
	"github.com/baocao/baocao/ui/common"
)

// TestWizardUnplaced: an imported draft's unplaced paragraphs show at the
// top of the wizard; alt+↓ chooses one, alt+enter moves it into the field
// being edited, alt+x discards one, and the draft is saved without them.
func TestWizardUnplaced(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {40, 12}} {
		dir := t.TempDir()
		st, err := store.Open(filepath.Join(dir, "drafts.db"), store.WithBackups(0))
		if err != nil {
			t.Fatal(err)
		}
		r, err := examples.Report("state")
		if err != nil {
			t.Fatal(err)
		}
		r.Unplaced = []string{"Kính gửi: UBND thị xã", "Đoạn nói về thôn Đông cần đưa vào mục I."}
		if _, err := st.Create(r, store.Summary{Title: "Nhập từ tệp", Outline: "state", Section: "I"}); err != nil {
			t.Fatal(err)
		}
		st.Close()
		h := openHarness(t, dir, export.Exporter{Exists: common.ErrFileExists}, size[0], size[1])
		h.keys("enter")
		h.contains("1/2", "Kính gửi")
		checkSize(t, h.view(), size[0], size[1])
		h.keys("alt+down")
		h.contains("2/2", "Đoạn nói về thôn Đông")
		h.keys("alt+enter")
		h.contains("1/1", "Kính gửi")
		got := h.stored()
		if text := got.Answers["I.text"].Text; len(got.Unplaced) != 1 || text[len(text)-len("Đoạn nói về thôn Đông cần đưa vào mục I."):] != "Đoạn nói về thôn Đông cần đưa vào mục I." {
			t.Fatalf("%v: after alt+enter: unplaced %q, I.text %q", size, got.Unplaced, text)
		}
		h.keys("alt+x")
		h.lacks("Kính gửi")
		if got := h.stored(); len(got.Unplaced) != 0 {
			t.Fatalf("%v: after alt+x: unplaced %q", size, got.Unplaced)
		}
		checkSize(t, h.view(), size[0], size[1])
	}
}

// TestWizardUnplacedNotText: alt+enter on a field that takes no paragraph
// says so and keeps the paragraph.
func TestWizardUnplacedNotText(t *testing.T) {
	dir := t.TempDir()
	st, err := store.Open(filepath.Join(dir, "drafts.db"), store.WithBackups(0))
	if err != nil {
		t.Fatal(err)
	}
	r, _ := examples.Report("state")
	r.Unplaced = []string{"Một đoạn lạc"}
	if _, err := st.Create(r, store.Summary{Title: "Nhập", Outline: "state", Section: "header"}); err != nil {
		t.Fatal(err)
	}
	st.Close()
	h := openHarness(t, dir, export.Exporter{Exists: common.ErrFileExists}, 80, 24)
	h.keys("enter", "alt+enter")
	h.contains("không nhận đoạn văn", "1/1")
	if got := h.stored(); len(got.Unplaced) != 1 {
		t.Errorf("unplaced %q", got.Unplaced)
	}
}

// TestWizardUnplacedIntoClosing: alt+enter works in Câu kết as in every
// narrative field; the paragraph becomes the closing's next line.
func TestWizardUnplacedIntoClosing(t *testing.T) {
	dir := t.TempDir()
	st, err := store.Open(filepath.Join(dir, "drafts.db"), store.WithBackups(0))
	if err != nil {
		t.Fatal(err)
	}
	r, _ := examples.Report("state")
	r.Closing = "Trên đây là báo cáo của xã."
	r.Unplaced = []string{"Kính đề nghị huyện xem xét."}
	if _, err := st.Create(r, store.Summary{Title: "Nhập", Outline: "state", Section: "closing"}); err != nil {
		t.Fatal(err)
	}
	st.Close()
	h := openHarness(t, dir, export.Exporter{Exists: common.ErrFileExists}, 80, 24)
	h.keys("enter")
	h.contains("Câu kết")
	h.keys("alt+enter")
	h.lacks("không nhận đoạn văn")
	if got := h.stored(); len(got.Unplaced) != 0 || got.Closing != "Trên đây là báo cáo của xã.\nKính đề nghị huyện xem xét." {
		t.Errorf("after alt+enter in Câu kết: unplaced %q, closing %q", got.Unplaced, got.Closing)
	}
}

// TestDraftsImportKey: i in the drafts list opens the import screen; esc
// goes back; without an importer the screen says to use the command.
func TestDraftsImportKey(t *testing.T) {
	h := newHarness(t, 80, 24)
	h.keys("i")
	h.contains("Đọc báo cáo cũ thành bản nháp mới", "Đường dẫn tệp")
	h.typeText("x.docx")
	h.keys("enter")
	h.contains("baocao import")
	h.keys("esc")
	h.lacks("Đường dẫn tệp")
}
