package ui

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/ui/common"
	"github.com/baocao/baocao/ui/unplaced"
)

// unplacedRows is how many lines of the selected unplaced paragraph the
// pane shows.
func (w *Wizard) unplacedRows() int {
	if w.height < 20 {
		return 1
	}
	return 2
}

// unplacedKey carries out the unplaced list's keys in the fields pane;
// false when the key is not the list's.
func (w *Wizard) unplacedKey(k tea.KeyPressMsg) (tea.Cmd, bool) {
	act, i, ok := w.unplaced.Key(k)
	switch {
	case !ok:
		return nil, false
	case act == unplaced.Moved:
		return w.moveUnplaced(i), true
	case act == unplaced.Dropped:
		w.unplaced.Remove(i)
		w.report.Unplaced = w.unplaced.Items()
		w.save.dirty = true
		return tea.Batch(w.commit(), common.StatusCmd(w.unplaced.Dropped(), false)), true
	}
	w.layout()
	return nil, true
}

// moveUnplaced appends unplaced paragraph i to the focused field, when it
// is a text field of the section, and takes it out of the list.
func (w *Wizard) moveUnplaced(i int) tea.Cmd {
	if len(w.inputs) == 0 {
		return common.StatusCmd(w.unplaced.NotText(), true)
	}
	in := w.inputs[w.focus]
	f := in.Field()
	if !takesParagraph(f) {
		return common.StatusCmd(w.unplaced.NotText(), true)
	}
	in.Apply(&w.report)
	text := w.unplaced.Selected()
	cur := strings.TrimRight(w.report.Text(f), "\n ")
	switch {
	case cur == "":
	case f.Kind == model.FieldLine:
		cur += " "
	default:
		cur += "\n"
	}
	w.report.SetText(f, cur+text)
	in.Load(w.report)
	w.unplaced.Remove(i)
	w.report.Unplaced = w.unplaced.Items()
	w.touched[f.ID] = true
	w.save.dirty = true
	w.validate()
	w.layout()
	return tea.Batch(w.commit(), common.StatusCmd(w.unplaced.Moved(f.Label), false))
}

// takesParagraph reports whether an unplaced paragraph may go into the
// field: an answer's text, or a narrative bound to the report (the closing,
// Câu kết), never a one-line part of the header or the signature.
func takesParagraph(f model.Field) bool {
	switch f.Kind {
	case model.FieldNarrative:
		return true
	case model.FieldBullets, model.FieldLine:
		return f.Bind == ""
	}
	return false
}
