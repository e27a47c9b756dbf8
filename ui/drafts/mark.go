package drafts

import (
	"cmp"
	"maps"
	"slices"
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/baocao/baocao/ui/common"
	"github.com/baocao/baocao/ui/compile"
)

// mark marks or unmarks a draft for compiling and moves down.
func (d *Model) mark(id string) {
	if d.marked == nil {
		d.marked = map[string]int{}
	}
	if _, on := d.marked[id]; on {
		delete(d.marked, id)
	} else {
		d.marked[id] = d.cur
	}
	d.cur = min(d.cur+1, max(d.total-1, 0))
}

// compile opens the compile screen on the marked drafts, in list order
// (their places when marked: the list is not held whole).
func (d *Model) compile() tea.Cmd {
	ids := slices.SortedFunc(maps.Keys(d.marked), func(a, b string) int {
		return cmp.Or(cmp.Compare(d.marked[a], d.marked[b]), strings.Compare(a, b))
	})
	d.marked = nil
	return common.CmdOf(compile.ShowMsg{IDs: ids})
}
