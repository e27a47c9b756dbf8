// Package staffing is the staffing table (thực trạng cán bộ, công chức) of a
// report as a Bubble Tea v2 component in the shape of charmbracelet/bubbles:
// New, Update returning the concrete Model, KeyMap with DefaultKeyMap,
// Styles with DefaultStyles, SetSize, Focus and Blur, View.
//
// Rows are positions (model.StaffRow), grouped cán bộ first, then công
// chức; the two columns are the counts at the start of the term (đầu nhiệm
// kỳ) and now (hiện nay). Count cells take digits only: any other key leaves
// the table as it was and says so. Under the table come the live group and
// grand totals, a warning when the "now" total passes the regime's cap, the
// problems the parent passes in (SetProblems), and the paragraph
// model.StaffingText writes from the table.
//
// Keys (DefaultKeyMap): arrows, tab and shift+tab move between cells; digits
// and backspace edit; a adds a catalogue position, c a position with its own
// title, k a combined post (kiêm nhiệm), x removes a row after confirmation.
// Update returns a command yielding ChangedMsg after every change, and
// LeaveMsg when tab or shift+tab would leave the table, so the parent can
// move to the next or previous field.
package staffing
