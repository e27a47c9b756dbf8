package staffing

import (
	"reflect"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// TestCountCells (issue 20 item 2): typing replaces a cell's count, also
// after the table lost and got back focus; a letter typed while a count is
// being typed is no command.
func TestCountCells(t *testing.T) {
	blur := func(m *Model) { m.Blur(); m.Focus() }
	tests := []struct {
		name       string
		steps      []any // key names, or func(*Model)
		rows       int
		start, now int
		msg        string
	}{
		{"refocused, typing replaces", []any{"1", blur, "9", "9", "9"}, 7, 999, 1, ""},
		{"u while typing is no undo", []any{"7", "down", "up", "5", "u"}, 7, 5, 1, "Đang nhập số"},
		{"x while typing removes nothing", []any{"5", "x"}, 7, 5, 1, "Đang nhập số"},
		{"c while typing adds nothing", []any{"5", "c"}, 7, 5, 1, "Đang nhập số"},
		{"digits go on after a refused letter", []any{"5", "c", "2"}, 7, 52, 1, ""},
		{"after enter, letters act", []any{"5", "enter", "x"}, 6, 0, 0, "Đã xóa dòng"},
		{"after an arrow, u undoes", []any{"5", "right", "u"}, 7, 1, 1, "hoàn tác"},
		{"ctrl+z works while typing", []any{"5", "ctrl+z"}, 7, 1, 1, "hoàn tác"},
		{"delete ends the typing", []any{"5", "delete", "x"}, 6, 0, 0, "Đã xóa dòng"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := newTable(80, 30)
			for _, s := range tt.steps {
				if f, ok := s.(func(*Model)); ok {
					f(&m)
					continue
				}
				m, _ = press(m, s.(string))
			}
			rows := m.Value().Rows
			if len(rows) != tt.rows {
				t.Fatalf("%d rows, want %d", len(rows), tt.rows)
			}
			if r := rows[1]; tt.rows == 7 && (r.Start != tt.start || r.Now != tt.now) {
				t.Errorf("row = %d/%d, want %d/%d", r.Start, r.Now, tt.start, tt.now)
			}
			if !strings.Contains(m.Message(), tt.msg) || (tt.msg == "" && m.Message() != "") {
				t.Errorf("message = %q, want %q", m.Message(), tt.msg)
			}
			if m.mode != modeTable {
				t.Errorf("mode %d, want the table", m.mode)
			}
		})
	}
}

// TestPastedLetters (issue 20 item 1): letters in pasted text are refused
// as counts and never run as commands; the digits around them still type.
func TestPastedLetters(t *testing.T) {
	tests := []struct {
		name  string
		paste string
		start int
		now   int
	}{
		{"u does not undo", "u12\tu3", 12, 3},
		{"c opens no title", "c4\tc5", 4, 5},
		{"x removes nothing", "x6", 6, 1},
		{"a opens no picker", "a\t8", 7, 8},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, _ := press(newTable(80, 30), "7", "down", "up") // a change u would undo
			for _, r := range tt.paste {                       // as a terminal types a paste, one message a key
				m, _ = m.Update(tea.PasteMsg{Content: string(r)})
			}
			rows := m.Value().Rows
			if len(rows) != 7 {
				t.Fatalf("%d rows, want 7", len(rows))
			}
			if r := rows[1]; r.Start != tt.start || r.Now != tt.now {
				t.Errorf("row = %d/%d, want %d/%d", r.Start, r.Now, tt.start, tt.now)
			}
			if m.mode != modeTable {
				t.Errorf("mode %d, want the table", m.mode)
			}
		})
	}
}

// TestPasteRows: a bracketed paste of rows from a spreadsheet fills the
// counts from the cursor cell.
func TestPasteRows(t *testing.T) {
	m := newTable(80, 30)
	m, _ = m.Update(tea.PasteMsg{Content: "3\t4\r\n5\t6\r\n"})
	if m.sel != 2 {
		t.Errorf("cursor on row %d after the paste, want 2 (CR LF is one line break)", m.sel)
	}
	want := testStaffing()
	want.Rows[1].Start, want.Rows[1].Now = 3, 4
	want.Rows[2].Start, want.Rows[2].Now = 5, 6
	if got := m.Value(); !reflect.DeepEqual(got, want) {
		t.Errorf("rows = %+v", got.Rows)
	}
	if m.Message() != "" {
		t.Errorf("message %q", m.Message())
	}
}
