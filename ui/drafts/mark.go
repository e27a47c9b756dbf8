package drafts

import (
	tea "charm.land/bubbletea/v2"

	"github.com/baocao/baocao/ui/common"
	"github.com/baocao/baocao/ui/compile"
)

// mark marks or unmarks a draft for compiling; the cursor stays on it, as
// it does for every other key that acts on a draft.
func (d *Model) mark(id string) {
	if d.marked == nil {
		d.marked = map[string]bool{}
	}
	if d.marked[id] = !d.marked[id]; !d.marked[id] {
		delete(d.marked, id)
	}
}

// compile opens the compile screen on the marked drafts, in list order.
func (d *Model) compile() tea.Cmd {
	var ids []string
	for _, it := range d.items {
		if d.marked[it.ID] {
			ids = append(ids, it.ID)
		}
	}
	d.marked = nil
	return common.CmdOf(compile.ShowMsg{IDs: ids})
}
