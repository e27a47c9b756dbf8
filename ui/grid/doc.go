// Package grid is the editor of a table field (model.TableSpec with its
// answer, a model.Table) as a Bubble Tea v2 component in the shape of
// charmbracelet/bubbles: New, Update returning the concrete Model, KeyMap
// with DefaultKeyMap, Styles from ui/common, SetSize, Focus and Blur, View.
//
// The cursor is on one cell. Arrows move between cells, tab and shift+tab to
// the next and previous cell (row after row); tab on the last cell and
// shift+tab on the first answer with LeaveMsg so the parent moves to the
// next or previous field. Typing replaces the cell's value; enter edits
// inside it (←/→ then move in the text); enter, tab or an arrow ends the
// edit and esc takes it back. Rows are added, inserted and removed in a
// table with free rows; a biểu's fixed rows stay. ctrl+z undoes the last
// changes, one step a change (a whole paste is one step).
//
// Pasted text (tea.PasteMsg, or the keys of a paste that common.Burst
// recognised, announced by common.BurstMsg) fills the grid from the cursor
// cell: tabs separate cells and line breaks rows, as a spreadsheet copies
// them; a table with free rows grows to take the pasted rows. Nothing
// pasted runs as a command.
//
// The STT and row-label columns stay pinned on the left while the data
// columns scroll sideways, so a 20-column biểu stays usable at 40×12. The
// computed totals (TableSpec.TotalRow, TotalColumn) follow every change.
// A cell whose number cannot be read, or that a problem passed to
// SetProblems names, is marked with "!"; the footer gives the reason for the
// cell under the cursor.
package grid
