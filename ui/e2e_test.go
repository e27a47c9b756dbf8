package ui

import (
	"archive/zip"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"github.com/baocao/baocao/ui/common"
	"github.com/baocao/baocao/ui/internal/uitest"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/templates/export"
)

// journeyTexts are the narratives typed in the journey, by field ID.
var journeyTexts = map[string]string{
	"I.text":    "Phường đã quán triệt các văn bản chỉ đạo của cấp trên về chấn chỉnh lề lối làm việc.",
	"I.1.text":  "Một số công chức chuyên môn còn chậm tham mưu, để hồ sơ đất đai quá hạn mà không báo lý do.",
	"I.2.text":  "Tình trạng chưa phổ biến nhưng làm chậm việc giải quyết thủ tục cho người dân.",
	"II.1.text": "Khối lượng việc tăng trong khi biên chế công chức không tăng.",
}

// journeyItems are the bullet lists typed in the journey.
var journeyItems = map[string]string{
	"III.1.items": "Rà soát quy chế làm việc của UBND phường\nCông khai quy trình giải quyết hồ sơ",
	"III.2.items": "Kiểm tra công vụ đột xuất mỗi quý",
	"III.3.items": "Đánh giá cán bộ theo kết quả công việc",
	"III.4.items": "Đảng ủy chỉ đạo từng chi bộ kiểm điểm việc chậm trễ",
	"III.5.items": "Không xếp loại hoàn thành tốt nhiệm vụ khi để hồ sơ trễ hạn hai lần",
}

// fillSection types the answer of every text field of the current section.
func (h *harness) fillSection() {
	h.t.Helper()
	w := h.m.wizard
	for range len(w.inputs) {
		id := w.inputs[w.focus].Field().ID
		switch {
		case journeyTexts[id] != "":
			h.typeText(journeyTexts[id])
		case journeyItems[id] != "":
			h.typeText(journeyItems[id])
		}
		if w.focus == len(w.inputs)-1 {
			return
		}
		h.keys("tab")
	}
}

// TestJourney is the whole clerk's journey on a real store: a new draft,
// every section filled (one staffing error made and fixed), a clean review,
// an export, quitting, and resuming after a restart with every word intact.
func TestJourney(t *testing.T) {
	dir := t.TempDir()
	h := openHarness(t, dir, export.Exporter{Exists: common.ErrFileExists}, 80, 24)
	h.keys("n")
	h.chooseUnit("phuong", "II")
	h.typeText("Phổ Minh")
	h.keys("tab", "tab", "tab")
	h.typeText("UBND thị xã Đức Phổ")
	h.keys("tab", "tab", "tab")
	h.typeText("1364-CV/TU")
	h.keys("tab")
	h.typeText("23/8/2023")
	h.keys("tab")
	h.typeText("Ban Thường vụ Thị ủy Đức Phổ")
	h.keys("enter")
	if h.m.screen != scrWizard {
		t.Fatalf("not in the wizard:\n%s", h.view())
	}

	// header: number and date; the rest came from the form.
	h.focusField("doc.number")
	h.typeText("197")
	h.keys("tab")
	h.typeText("29/8/2023")
	h.keys("pgdown", "pgdown") // basis was filled by the form
	h.fillSection()            // I
	h.keys("pgdown")
	h.fillStaffing() // leaves with tab from the last cell
	h.typeText("2020-2025")
	h.keys("tab")
	h.typeText(journeyTexts["I.1.text"])
	for _, id := range []string{"I.2", "II", "II.1", "II.2", "III", "III.1", "III.2", "III.3", "III.4", "III.5", "III.6", "IV"} {
		h.keys("pgdown")
		if got := h.m.wizard.outline.Sections[h.m.wizard.sec].ID; got != id {
			t.Fatalf("pgdown reached %s, want %s", got, id)
		}
		h.fillSection()
	}
	h.keys("ctrl+k") // IV: no proposal
	h.jumpBack("II.2")
	h.keys("ctrl+k") // II.2: no subjective cause
	h.jumpBack("closing")
	h.focusField("signer.name")
	h.typeText("Trần Văn Minh")
	h.keys("ctrl+r")
	h.contains("Không còn lỗi hay cảnh báo nào")
	h.keys("esc")
	uitest.Golden(t, "wizard_closing", h.view())
	h.keys("ctrl+r")

	h.keys("esc", "ctrl+x")
	h.contains("DOCX")
	h.keys("tab", "enter")
	h.contains("Đã xuất")
	checkDocx(t, filepath.Join(dir, "197-BC-UBND_Pho-Minh_2023-08-29.docx"), "PHỔ MINH", "Trần Văn Minh", journeyTexts["I.2.text"])
	want, _, _ := h.m.wizard.Snapshot()
	h.keys("esc", "ctrl+c")
	if !h.quit {
		t.Fatal("ctrl+c did not quit")
	}
	h.st.Close()

	again := openHarness(t, dir, export.Exporter{Exists: common.ErrFileExists}, 80, 24)
	again.contains("Thực trạng và nhiệm vụ", "Ủy ban nhân dân phường Phổ Minh", "13/13 mục xong")
	again.keys("enter")
	w := again.m.wizard
	if id := w.outline.Sections[w.sec].ID; id != "closing" {
		t.Fatalf("resumed at %s, want closing", id)
	}
	got, _, _ := w.Snapshot()
	a, _ := model.MarshalReport(want)
	b, _ := model.MarshalReport(got)
	if string(a) != string(b) {
		t.Fatalf("report after restart differs:\n%s\nwant\n%s", b, a)
	}
	for id, text := range journeyTexts {
		if got.Answers[id].Text != text {
			t.Fatalf("%s = %q, want %q", id, got.Answers[id].Text, text)
		}
	}
	for id, text := range journeyItems {
		if items := strings.Join(got.Answers[id].Items, "\n"); items != text {
			t.Fatalf("%s = %q, want %q", id, items, text)
		}
	}
}

// jumpBack goes to a section through the sidebar, as a clerk would.
func (h *harness) jumpBack(id string) {
	h.t.Helper()
	h.keys("esc")
	w := h.m.wizard
	for range len(w.outline.Sections) {
		if w.outline.Sections[w.side].ID == id {
			h.keys("enter")
			return
		}
		h.keys("up")
	}
	h.t.Fatalf("no section %s in the sidebar", id)
}

// fillStaffing types the staffing table of a phường: one row per
// catalogue position, one person each, with Bí thư first typed as 2 (an
// error: at most one) and then corrected.
func (h *harness) fillStaffing() {
	h.t.Helper()
	h.keys("a", "enter", "2", "right", "2", "down")
	h.run(h.m.wizard.commit())
	h.contains("Bí thư", "tối đa")
	uitest.Golden(h.t, "wizard_staffing_error", h.view())
	if !hasProblem(h.m.wizard.problems, "staffing") {
		h.t.Fatalf("no staffing problem for two Bí thư:\n%s", h.view())
	}
	h.keys("up", "left", "1", "right", "1", "enter") // enter ends the count (issue 20 item 2)
	for range 15 {
		h.keys("a", "enter", "1", "right", "1", "enter")
	}
	h.run(h.m.wizard.commit())
	if hasProblem(h.m.wizard.problems, "staffing") {
		h.t.Fatalf("staffing problems left: %v", h.m.wizard.problems)
	}
	h.keys("tab")
}

// hasProblem reports an error whose path starts with prefix.
func hasProblem(ps []model.Problem, prefix string) bool {
	for _, p := range ps {
		if strings.HasPrefix(p.Path, prefix) && p.Severity == model.Error {
			return true
		}
	}
	return false
}

// checkDocx opens a DOCX and fails unless its document part holds every text.
func checkDocx(t *testing.T, path string, texts ...string) {
	t.Helper()
	z, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer z.Close()
	f, err := z.Open("word/document.xml")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	body, err := io.ReadAll(f)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range texts {
		if !strings.Contains(string(body), s) {
			t.Fatalf("%s lacks %q", path, s)
		}
	}
}
