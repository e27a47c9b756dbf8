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

// BenchmarkKeyEnter measures, in the same biểu, the enter that ends a
// cell's edit: Update (the edit ends, the cursor moves down, the whole
// table is checked by model.CheckTable) and View. The keys that open the
// next edit are not timed.
func BenchmarkKeyEnter(b *testing.B) {
	m := filled()
	up, seven, enter := uitest.Key("up"), uitest.Key("7"), uitest.Key("enter")
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		m, _ = m.Update(up)
		m, _ = m.Update(seven)
		b.StartTimer()
		m, _ = m.Update(enter)
		_ = m.View()
	}
}

// benchKeys presses the keys in turn, one a round, in a filled biểu.
func benchKeys(b *testing.B, names ...string) {
	m := filled()
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

// filled is a focused grid at 80×24 on a 500-row, 20-column biểu with both
// totals, every cell a number, the cursor a page down.
func filled() Model {
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
	return m
}
