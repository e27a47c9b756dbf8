package grid

import (
	"fmt"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/ui/internal/uitest"
)

// BenchmarkKey measures one key typed into a cell of a filled 500-row,
// 20-column biểu with both totals: Update (the cell and the totals change)
// and View at 80×24.
func BenchmarkKey(b *testing.B) {
	benchKeys(b, "1", "2", "backspace")
}

// BenchmarkKeyEnter measures, in the same biểu, a digit that opens a cell
// and the enter that ends its edit, one a round: Update (on enter the
// table is checked whole) and View.
func BenchmarkKeyEnter(b *testing.B) {
	benchKeys(b, "7", "enter", "up")
}

// benchKeys presses the keys in turn, one a round, in a filled biểu.
func benchKeys(b *testing.B, names ...string) {
	spec := wide(20, 500)
	spec.TotalColumn = true
	t := model.NewTable(spec)
	for r := range t.Rows {
		for c := range t.Rows[r].Cells {
			t.Rows[r].Cells[c] = fmt.Sprintf("%d.%03d", r+c, (r*c)%1000)
		}
	}
	m := New(spec, t, WithSize(80, 24))
	m.Focus()
	m, _ = m.Update(uitest.Key("ctrl+down"))
	var msgs []tea.Msg
	for _, n := range names {
		msgs = append(msgs, uitest.Key(n))
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := range b.N {
		m, _ = m.Update(msgs[i%len(msgs)])
		_ = m.View()
	}
}
