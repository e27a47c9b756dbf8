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
// problems the parent passes in (SetProblems), and the paragraph written
// from the table: the one the document prints when the parent gives it
// (WithParagraphs: model.Rules.StaffingParagraphs), else model.StaffingText.
//
// Keys (DefaultKeyMap): arrows and enter move between cells; tab and
// shift+tab leave the table for the next or previous field; digits and
// backspace edit; a adds a catalogue position (typing filters the list, with
// or without diacritics, or by the first letters of its words: "ctub" for
// Chủ tịch UBND; enter adds it, a digit adds it and types its count), c a
// position with its own title, k a combined post (kiêm nhiệm); x removes a
// row at once and u (ctrl+z) undoes the last changes; p shows the generated
// paragraph in full. Help returns the keys of the current mode. Update
// returns a command yielding ChangedMsg after every change, and LeaveMsg on
// tab or shift+tab, so the parent can move to the next or previous field.
package staffing
