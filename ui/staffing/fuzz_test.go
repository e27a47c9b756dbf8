package staffing

import (
	"slices"
	"testing"

	"github.com/baocao/baocao/model"
)

// fuzzKeys are the keys a fuzz byte can press.
var fuzzKeys = []string{
	"up", "down", "left", "right", "tab", "shift+tab", "backspace", "ctrl+h", "delete",
	"a", "+", "c", "k", "x", "y", "n", "space", "enter", "esc",
	"0", "1", "5", "9", "b", "ế", "字", "-", "\x1b", "ctrl+c",
	"u", "ctrl+z", "p", "ctrl+u", "t", "h", "q", "?",
}

var fuzzSizes = [][2]int{{80, 24}, {40, 12}, {40, 40}, {20, 6}, {1, 1}}

// FuzzTable presses random keys and pastes on the table and checks after
// each that it did not panic, that its view fits its size, that every count
// it set is between 0 and MaxCount, and that the display order is a
// permutation of the rows.
func FuzzTable(f *testing.F) {
	f.Add([]byte{9, 10, 17, 19, 20, 4, 21, 13, 14}, "12")
	f.Add([]byte{11, 24, 25, 17, 0, 17, 2, 22, 13, 17}, "Ủy viên\x1b[31m")
	f.Add([]byte{12, 16, 1, 16, 17, 200, 201, 202}, "7a")
	f.Fuzz(func(t *testing.T, ops []byte, text string) {
		m := newTable(80, 24)
		for _, op := range ops {
			n := int(op)
			switch {
			case n < len(fuzzKeys):
				m, _ = press(m, fuzzKeys[n])
			case n < 200:
				m, _ = m.Update(pasteMsg(text))
			default:
				size := fuzzSizes[n%len(fuzzSizes)]
				m.SetSize(size[0], size[1])
			}
			checkTable(t, m)
		}
	})
}

func checkTable(t *testing.T, m Model) {
	t.Helper()
	checkWidth(t, m.View(), m.width, m.height)
	if c := m.Cursor(); c != nil && (c.X < 0 || c.X >= m.width || c.Y < 0 || c.Y >= m.height) {
		t.Fatalf("cursor (%d, %d) outside %d×%d", c.X, c.Y, m.width, m.height)
	}
	rows := m.Value().Rows
	order := slices.Sorted(slices.Values(m.order))
	for i := range order {
		if order[i] != i {
			t.Fatalf("order %v is not a permutation of %d rows", m.order, len(rows))
		}
	}
	if len(order) != len(rows) {
		t.Fatalf("order has %d rows, table %d", len(order), len(rows))
	}
	for _, r := range rows {
		if r.Start < 0 || r.Start > MaxCount || r.Now < 0 || r.Now > MaxCount {
			t.Fatalf("count out of range: %+v", r)
		}
		if len(r.Roles) == 0 && (r.Title == "" || (r.Group != model.GroupCadre && r.Group != model.GroupCivilServ)) {
			t.Fatalf("custom row without title or group: %+v", r)
		}
	}
}
