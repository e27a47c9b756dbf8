package ui

import "testing"

// TestDraftsWordCheckKey: w in the drafts list opens the Word checker at
// 80×24 and 40×12; without a checker the screen says to use the command;
// esc goes back to the list.
func TestDraftsWordCheckKey(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {40, 12}} {
		h := newHarness(t, size[0], size[1])
		h.keys("w")
		h.contains("Kiểm tra văn bản Word", "Đường dẫn tệp Word")
		h.typeText("x.docx")
		h.keys("enter")
		h.contains("baocao check")
		h.keys("esc")
		h.lacks("Đường dẫn tệp Word")
	}
}
