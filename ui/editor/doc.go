// Package editor is a text editor component for Bubble Tea v2 in the shape
// of charmbracelet/bubbles: New(opts...), Update returning the concrete
// Model, KeyMap with DefaultKeyMap, Styles with DefaultStyles, SetSize,
// Focus and Blur, View. It edits the narrative sections of a report
// (multi-line, word-wrapped) and, with WithOneLine, one-line fields.
//
// # Long text
//
// The text is kept as a slice of lines (paragraphs). Each line caches the
// byte offsets where its wrapped rows start; the cache is built lazily, only
// for lines that are shown or that the cursor visits, and an edit rewraps
// only the rows of the edited line it can move. View renders only the
// visible rows. So a key costs the same in an empty text as in one of
// 100,000 characters; see BenchmarkKey.
//
// # Vietnamese input
//
// All text enters through model.Clean (NFC, no escape or control
// characters), and each edit normalizes the text around it again, so a
// letter followed by a combining mark becomes one precomposed letter.
// Deletion and cursor movement go by grapheme cluster, and widths are those
// of ansi.StringWidth, so wide and combining characters never break a row.
// Backspace and ctrl+h both delete backwards: Unikey, EVKey and
// ibus-bamboo send one of them and then the composed letter. Cursor returns
// the cell of the insertion point so the parent can place the terminal
// cursor there, where input methods draw their composition.
//
// # Changes
//
// Update returns a command yielding ChangedMsg whenever the user changed
// the text, and Version grows with each change; Value joins the lines once
// per change, so an autosave may call it as often as it likes.
package editor
