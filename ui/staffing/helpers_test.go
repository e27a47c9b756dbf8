package staffing

import (
	"github.com/baocao/baocao/ui/internal/uitest"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/baocao/baocao/model"
)

// testRegime is a catalogue shaped like Nghị định 33/2023, with its caps.
func testRegime() model.Regime {
	cadre := func(id, short string, max int) model.Position {
		return model.Position{ID: id, Title: short, Short: short, Group: model.GroupCadre, Max: max}
	}
	civil := func(id, short string, kinds ...model.UnitKind) model.Position {
		return model.Position{ID: id, Title: short, Short: short, Group: model.GroupCivilServ, Kinds: kinds}
	}
	return model.Regime{
		ID: "nd33-2023", Basis: "Nghị định 33/2023/NĐ-CP",
		Caps: map[string]int{"phuong/I": 23, "phuong/II": 21, "phuong/III": 19, "xa/II": 20},
		Catalogue: model.Catalogue{Positions: []model.Position{
			cadre("bi-thu", "Bí thư Đảng ủy", 1), cadre("pho-bi-thu", "Phó Bí thư Đảng ủy", 0),
			cadre("ct-hdnd", "Chủ tịch HĐND", 1), cadre("pct-hdnd", "Phó Chủ tịch HĐND", 1),
			cadre("ct-ubnd", "Chủ tịch UBND", 1), cadre("pct-ubnd", "Phó Chủ tịch UBND", 2),
			cadre("ct-mttq", "Chủ tịch Ủy ban MTTQ Việt Nam", 1),
			civil("cht-quan-su", "Chỉ huy trưởng Ban Chỉ huy quân sự"), civil("van-phong", "Văn phòng - thống kê"),
			civil("dia-chinh-do-thi", "Địa chính - xây dựng - đô thị và môi trường", model.KindWard, model.KindTownlet),
			civil("dia-chinh-nong-nghiep", "Địa chính - nông nghiệp - xây dựng và môi trường", model.KindCommune),
			civil("tai-chinh", "Tài chính - kế toán"), civil("tu-phap", "Tư pháp - hộ tịch"),
			civil("van-hoa", "Văn hóa - xã hội"),
		}},
	}
}

// testStaffing is a ward's table with a combined post and a custom row.
func testStaffing() model.Staffing {
	row := func(start, now int, roles ...string) model.StaffRow {
		return model.StaffRow{Roles: roles, Start: start, Now: now}
	}
	return model.Staffing{Term: "2020-2025", Rows: []model.StaffRow{
		row(2, 2, "van-phong"),
		row(1, 1, "pho-bi-thu", "ct-hdnd"),
		row(1, 1, "bi-thu"),
		row(1, 0, "ct-ubnd"),
		row(1, 2, "pct-ubnd"),
		row(1, 1, "tai-chinh"),
		{Title: "Ủy viên UBND", Group: model.GroupCadre, Start: 1, Now: 1},
	}}
}

// newTable returns a focused table of the test staffing for a ward of
// class I.
func newTable(w, h int) Model {
	m := New(testStaffing(), testRegime(), model.KindWard, WithClass("I"), WithSize(w, h))
	m.Focus()
	return m
}

// press sends the keys in turn and returns the model and every message the
// returned commands produced.
func press(m Model, keys ...string) (Model, []tea.Msg) {
	var msgs []tea.Msg
	for _, k := range keys {
		var cmd tea.Cmd
		m, cmd = m.Update(uitest.Key(k))
		msgs = append(msgs, run(cmd)...)
	}
	return m, msgs
}

// run runs a command and the commands of a batch.
func run(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	msg := cmd()
	if batch, ok := msg.(tea.BatchMsg); ok {
		var msgs []tea.Msg
		for _, c := range batch {
			msgs = append(msgs, run(c)...)
		}
		return msgs
	}
	return []tea.Msg{msg}
}

// typeText types s one rune at a time.
func typeText(m Model, s string) Model {
	for _, r := range s {
		m, _ = press(m, string(r))
	}
	return m
}

// checkWidth fails when a line of the view is wider than w or there are
// more than h lines.
func checkWidth(t *testing.T, view string, w, h int) {
	t.Helper()
	lines := strings.Split(ansi.Strip(view), "\n")
	if len(lines) > h {
		t.Fatalf("view has %d lines, more than %d", len(lines), h)
	}
	for i, l := range lines {
		if ansi.StringWidth(l) > w {
			t.Fatalf("line %d is %d cells, more than %d: %q", i, ansi.StringWidth(l), w, l)
		}
	}
}

func pasteMsg(s string) tea.PasteMsg { return tea.PasteMsg{Content: s} }

func splitLines(s string) []string { return strings.Split(s, "\n") }
